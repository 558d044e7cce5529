// Web-mail compose links, read back the way Gmail and Outlook read them, against the .eml draft
// read back by an independent MIME parser: the three must be the same message.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleCase, runCli, tempDir } from '../helpers/cli.js';
import { hasPython, parseEml } from '../helpers/parse-eml.js';

const CASE = `---
id: short-email-case
title: "Ruritania: «urgent» release & care (now)!"
country: Ruritania
deadline: 2031-01-31
languages: [en]
bcc: [count@example.org]
targets:
  - id: minister
    name: Rudolf Rassendyll
    email: [minister@example.gov, office+ua@example.gov]
---

## Letter

Release the students held since 12 August.
`;

/** A case whose email is short enough for a link: a one-line email template. */
function setup(): { dir: string; caseFile: string; templates: string } {
  const dir = tempDir();
  const caseFile = join(dir, 'case.md');
  writeFileSync(caseFile, CASE);
  const templates = join(dir, 'templates');
  mkdirSync(join(templates, 'en'), { recursive: true });
  writeFileSync(join(templates, 'en', 'email.hbs'), "Please free them: 100% + now & #always.\n'Thank you' – {{signer.name}}\n");
  return { dir, caseFile, templates };
}

const decode = (link: string) => Object.fromEntries(new URL(link).searchParams);
const lf = (text: string) => text.replace(/\r\n/g, '\n');
const signer = ['--name', 'Zoë Ångström', '--city', 'Leeds', '--country', 'United Kingdom', '--email', 'zoe@example.org', '--date', '2030-12-01'];

describe.skipIf(!hasPython)('Gmail and Outlook links', () => {
  it('decode to exactly the To, Bcc, Subject and body of the .eml draft, in --json and in the .email.txt', async () => {
    const { dir, caseFile, templates } = setup();
    const out = join(dir, 'out');
    const r = await runCli(['generate', caseFile, ...signer, '--templates', templates, '--out', out, '--json', '--channel', 'email']);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout) as { gmail: string; outlook: string; mailto: string };
    const eml = parseEml(readFileSync(join(out, 'short-email-case', 'minister.email.eml')));
    const to = eml.headers.To!.split(',').map((a) => a.trim()).join(',');
    expect(to).toBe('minister@example.gov,office+ua@example.gov');

    const gmail = decode(record.gmail);
    expect(record.gmail.startsWith('https://mail.google.com/mail/?view=cm&fs=1&')).toBe(true);
    expect(gmail).toEqual({ view: 'cm', fs: '1', to, bcc: eml.headers.Bcc, su: eml.headers.Subject, body: lf(eml.body) });

    const outlook = decode(record.outlook);
    expect(record.outlook.startsWith('https://outlook.office.com/mail/deeplink/compose?')).toBe(true);
    expect(outlook).toEqual({ to, bcc: eml.headers.Bcc, subject: eml.headers.Subject, body: lf(eml.body) });
    expect(eml.headers.Subject).toContain('«urgent» release & care (now)!');

    const text = readFileSync(join(out, 'short-email-case', 'minister.email.txt'), 'utf8');
    expect(text).toContain(`\nOpen it in Gmail: ${record.gmail}\n`);
    expect(text).toContain(`\nOpen it in Outlook on the web: ${record.outlook}\n`);
    expect(text).toContain(`\nOpen it in your mail program: ${record.mailto}\n`);
  });

  it('are left out, and the .email.txt says what to do instead, when the email is too long for a link', async () => {
    const out = tempDir();
    const r = await runCli(['generate', exampleCase, ...signer, '--date', '2024-09-01', '--out', out, '--json', '--channel', 'email', '--target', 'attorney-general']);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(record).toMatchObject({ mailto: null, gmail: null, outlook: null });
    const text = readFileSync(join(out, 'venezuela-protest-detentions', 'attorney-general.email.txt'), 'utf8');
    expect(text).toContain('open attorney-general.email.eml instead.');
    expect(text).toContain('Too long for a Gmail or Outlook on the web link: copy the text above into a new message there.');
    expect(text).not.toContain('https://');
  });
});
