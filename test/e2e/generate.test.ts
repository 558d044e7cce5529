import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleCase, runCli, tempDir } from '../helpers/cli.js';

const signer = ['--name', 'Ada Lovelace', '--address', '12 Mill Lane', '--city', 'Leeds', '--country', 'United Kingdom'];
const onTime = ['--date', '2024-09-01'];

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  ).sort();
}

describe('ua-letter generate on the example case', () => {
  it('writes a letter and an email draft for each official and says how many days are left', async () => {
    const out = tempDir();
    const r = await runCli(['generate', exampleCase, ...signer, ...onTime, '--out', out]);
    expect(r.stderr).toContain('26 days left');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const files = listFiles(out);
    expect(files).toEqual([
      'venezuela-protest-detentions/attorney-general.email.eml',
      'venezuela-protest-detentions/attorney-general.email.txt',
      'venezuela-protest-detentions/attorney-general.letter.txt',
      'venezuela-protest-detentions/permanent-mission.email.eml',
      'venezuela-protest-detentions/permanent-mission.email.txt',
      'venezuela-protest-detentions/permanent-mission.letter.txt',
    ]);
    const letter = readFileSync(join(out, 'venezuela-protest-detentions/attorney-general.letter.txt'), 'utf8');
    expect(letter).toContain('Ada Lovelace');
    expect(letter).toContain('Tarek William Saab');
    expect(letter).toContain('VENEZUELA');
    expect(letter).toContain('1 September 2024');
    expect(letter).toContain('Leeds');
  });

  it('keeps existing files without --force and overwrites them with it', async () => {
    const out = tempDir();
    const args = ['generate', exampleCase, ...signer, ...onTime, '--out', out, '--channel', 'letter'];
    expect((await runCli(args)).code).toBe(0);
    const file = join(out, 'venezuela-protest-detentions/attorney-general.letter.txt');
    writeFileSync(file, 'my own edits');
    const again = await runCli(args);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('existed already');
    expect(readFileSync(file, 'utf8')).toBe('my own edits');
    expect((await runCli([...args, '--force'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('Tarek William Saab');
  });

  it('prints JSON Lines, one object per document, and nothing else on stdout', async () => {
    const out = tempDir();
    const r = await runCli(['generate', exampleCase, ...signer, ...onTime, '--out', out, '--json']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => `${String(l.target)}/${String(l.channel)}`)).toEqual([
      'attorney-general/letter', 'attorney-general/email', 'permanent-mission/letter', 'permanent-mission/email',
    ]);
    for (const l of lines) {
      expect(l).toMatchObject({ case: 'venezuela-protest-detentions', lang: 'en', signer: 'Ada Lovelace' });
      expect(typeof l.bytes).toBe('number');
      expect(existsSync(String(l.path))).toBe(true);
    }
    // The example's email is longer than mail programs take from a link: the .eml is the way.
    expect(lines[1]!.mailto).toBeNull();
  });

  it('gives a mailto link for an email short enough, with the user template winning over the built-in', async () => {
    const out = tempDir();
    const templates = tempDir('ua-templates-');
    mkdirSync(join(templates, 'en'));
    writeFileSync(join(templates, 'en', 'email.hbs'), 'Please free them.\n{{signer.name}}\n');
    const r = await runCli(['generate', exampleCase, ...signer, ...onTime, '--out', out, '--json', '--channel', 'email', '--target', 'attorney-general', '--templates', templates]);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout) as { mailto: string };
    expect(record.mailto).toMatch(/^mailto:ministeriopublico@mp\.gob\.ve\?subject=/);
    expect(decodeURIComponent(record.mailto.split('body=')[1]!)).toBe('Please free them.\r\nAda Lovelace\r\n');
  });

  it('prints the documents with --stdout and writes nothing', async () => {
    const out = tempDir();
    const r = await runCli(['generate', exampleCase, ...signer, ...onTime, '--out', join(out, 'never'), '--stdout', '--channel', 'letter', '--lang', 'es']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 de septiembre de 2024');
    expect(existsSync(join(out, 'never'))).toBe(false);
  });

  it('refuses a case past its deadline, says how long ago and how to override', async () => {
    const r = await runCli(['generate', exampleCase, ...signer, '--date', '2024-10-07', '--stdout']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2024-09-27');
    expect(r.stderr).toContain('10 days ago');
    expect(r.stderr).toContain('--ignore-deadline');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const forced = await runCli(['generate', exampleCase, ...signer, '--date', '2024-10-07', '--stdout', '--ignore-deadline']);
    expect(forced.code).toBe(0);
  });

  it('takes "today" from SOURCE_DATE_EPOCH so output is reproducible', async () => {
    const epoch = String(Date.UTC(2024, 8, 20) / 1000);
    const a = await runCli(['generate', exampleCase, ...signer, '--stdout', '--channel', 'letter'], { env: { SOURCE_DATE_EPOCH: epoch } });
    const b = await runCli(['generate', exampleCase, ...signer, '--stdout', '--channel', 'letter'], { env: { SOURCE_DATE_EPOCH: epoch } });
    expect(a.code).toBe(0);
    expect(a.stdout).toContain('20 September 2024');
    expect(a.stdout).toBe(b.stdout);
  });

  it('asks for a sender name with the flag that supplies it when there is no profile', async () => {
    const r = await runCli(['generate', exampleCase, ...onTime, '--stdout']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No sender name: pass --name');
  });

  it('writes files atomically: no temporary file is left in the output folder', async () => {
    const out = tempDir();
    const r = await runCli(['generate', exampleCase, ...signer, ...onTime, '--out', out]);
    expect(r.code).toBe(0);
    const all = listFiles(out);
    expect(all.filter((f) => f.includes('.tmp'))).toEqual([]);
    for (const f of all) expect(statSync(join(out, f)).size).toBeGreaterThan(0);
  });
});
