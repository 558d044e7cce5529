// Signing with initials: nothing of the full name, the street, the country or the email address in
// any document text, whatever the channel; the .eml keeps the address in its From header only.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { hasPython, parseEml } from '../helpers/parse-eml.js';

const CASE = `---
id: initials-case
title: "Ruritania: student journalists held"
country: Ruritania
deadline: 2031-01-31
languages: [en]
targets:
  - id: minister
    name: Rudolf Rassendyll
    address: [Palace Square 1, Strelsau, Ruritania]
    email: minister@example.gov
    phone: "+99 1 234 567"
    twitter: JusticeRU
---

## Letter

Release the students held since 12 August.

## Tweet

Free the students of Strelsau.
`;

const SIGNER = ['--name', 'Adaline Lovelace-Byron', '--address', '12 Millstone Lane | Flat 2', '--city', 'Leeds', '--country', 'United Kingdom', '--email', 'adaline@example.org'];
/** Every piece of the signer that must not appear: name parts, street words, country, email. */
const SECRETS = ['Adaline', 'Lovelace', 'Byron', 'Millstone', 'Flat 2', 'United Kingdom', 'adaline@example.org', 'adaline'];

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

function expectNoSecrets(text: string, where: string): void {
  for (const secret of SECRETS) expect(text.toLowerCase().includes(secret.toLowerCase()), `${where} holds "${secret}"`).toBe(false);
}

describe.skipIf(!hasPython)('generate --initials', () => {
  it('leaves the full name, street, country and email out of every letter, email, post and call script, and says so', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'case.md'), CASE);
    const out = join(dir, 'out');
    const r = await runCli(['generate', join(dir, 'case.md'), ...SIGNER, '--initials', '--date', '2030-12-01', '--out', out, '--no-log']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Signing with initials and town only (A. L.-B., Leeds): left out of every letter and email: the full name, the street address, the country and the email address.');
    expect(r.stderr).toContain('The .eml email drafts still carry adaline@example.org as their From address');
    const written = files(out);
    expect(written.map((f) => f.slice(out.length + 1)).sort()).toEqual([
      'initials-case/minister.call.txt', 'initials-case/minister.email.eml', 'initials-case/minister.email.txt', 'initials-case/minister.letter.txt', 'initials-case/minister.tweet.txt',
    ]);
    for (const file of written.filter((f) => !f.endsWith('.eml'))) expectNoSecrets(readFileSync(file, 'utf8'), file);
    const letter = readFileSync(join(out, 'initials-case', 'minister.letter.txt'), 'utf8');
    expect(letter.startsWith('A. L.-B.\nLeeds\n')).toBe(true);
    expect(letter.trimEnd().endsWith('A. L.-B.')).toBe(true);

    const eml = parseEml(readFileSync(join(out, 'initials-case', 'minister.email.eml')));
    expect(eml.headers.From).toBe('"A. L.-B." <adaline@example.org>');
    expectNoSecrets(eml.body, 'the .eml body');
    expectNoSecrets(Object.entries(eml.headers).filter(([k]) => k !== 'From').map(([k, v]) => `${k}: ${v}`).join('\n'), 'the .eml headers');
  });

  it('reads "initials: true" from the profile, and names a list\'s folders after the initials', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'case.md'), CASE);
    writeFileSync(join(dir, 'profile.yaml'), 'name: Adaline Lovelace-Byron\naddress: [12 Millstone Lane]\ncity: Leeds\ninitials: true\n');
    const single = await runCli(['generate', join(dir, 'case.md'), '--profile', join(dir, 'profile.yaml'), '--date', '2030-12-01', '--stdout', '--no-log']);
    expect(single.code).toBe(0);
    expect(single.stderr).toContain('left out of every letter and email: the full name and the street address.');
    expect(single.stderr).not.toContain('.eml');
    expectNoSecrets(single.stdout, 'stdout');

    writeFileSync(join(dir, 'signers.csv'), 'name,address,city,email\nAdaline Lovelace-Byron,12 Millstone Lane,Leeds,adaline@example.org\nAdaline Lamb-Brown,1 Other Road,Leeds,\n');
    const out = join(dir, 'out');
    const list = await runCli(['generate', join(dir, 'case.md'), '--signers', join(dir, 'signers.csv'), '--initials', '--date', '2030-12-01', '--out', out, '--no-log', '--json']);
    expect(list.code).toBe(0);
    expect(list.stderr).toContain('Signing with initials and town only (all 2 signers)');
    expect(list.stderr).toContain("still carry the signers' email addresses as their From address");
    const records = list.stdout.trim().split('\n').map((l) => JSON.parse(l) as { signer: string; path: string });
    expect(new Set(records.map((rec) => rec.signer))).toEqual(new Set(['A. L.-B.']));
    for (const file of files(out)) {
      expectNoSecrets(file.slice(out.length), 'a file name');
      if (!file.endsWith('.eml')) expectNoSecrets(readFileSync(file, 'utf8'), file);
    }
    // Same initials, same town: still two letters of their own, in two folders.
    expect(new Set(records.map((rec) => rec.path.split('/').slice(-2, -1)[0])).size).toBe(2);
  });
});
