// Fax through the built binary: an official with a fax number gets a fax-ready PDF (one with only a
// fax number too), --json names the channel and the number, --format pdf puts faxes in the combined
// PDF, the action log and `sent --channel fax` count them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleCase, runCli, tempDir } from '../helpers/cli.js';
import { itWithPoppler, pageTexts, pdfInfo } from '../unit/write/pdf/poppler.js';

/** The example case with a fax number for the attorney general and a fax-only ombudsperson. */
function faxCase(dir: string): string {
  const text = readFileSync(exampleCase, 'utf8')
    .replace('    email: ministeriopublico@mp.gob.ve\n', '    email: ministeriopublico@mp.gob.ve\n    fax: "+58 212 555 0100"\n')
    .replace('targets:\n', 'targets:\n  - id: ombudsperson\n    name: Rosa Ejemplo\n    title: Defensora del Pueblo\n    fax: "+58 212 555 0199"\n');
  const path = join(dir, 'fax-case.md');
  writeFileSync(path, text);
  return path;
}

const who = ['--name', 'Ada Lovelace', '--city', 'Leeds', '--country', 'United Kingdom', '--date', '2024-09-01'];

describe('the fax channel', () => {
  itWithPoppler('writes <official>.fax.pdf for every official with a fax number, one page with its cover line, and --json names it', async () => {
    const dir = tempDir();
    const file = faxCase(dir);
    const r = await runCli(['generate', file, ...who, '--out', 'out', '--json', '--no-log'], { cwd: dir });
    expect(r.code).toBe(0);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { target: string; channel: string; fax?: string; path: string });
    const faxes = records.filter((x) => x.channel === 'fax');
    expect(faxes.map((x) => [x.target, x.fax, x.path])).toEqual([
      ['ombudsperson', '+58 212 555 0199', 'out/venezuela-protest-detentions/ombudsperson.fax.pdf'],
      ['attorney-general', '+58 212 555 0100', 'out/venezuela-protest-detentions/attorney-general.fax.pdf'],
    ]);
    // The fax-only official gets a fax and nothing else.
    expect(records.filter((x) => x.target === 'ombudsperson').map((x) => x.channel)).toEqual(['fax']);
    const pdf = join(dir, 'out/venezuela-protest-detentions/attorney-general.fax.pdf');
    expect(pdfInfo(pdf).pages).toBe(1);
    const [page = ''] = pageTexts(pdf);
    expect(page.split('\n')[0]?.trim()).toBe('Fax to +58 212 555 0100 — Tarek William Saab — 1 page — from Ada Lovelace');
    // The same words as the postal letter.
    const letter = readFileSync(join(dir, 'out/venezuela-protest-detentions/attorney-general.letter.txt'), 'utf8');
    const words = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(words(page)).toContain(words(letter.split('\n\n').slice(-3, -1).join(' ')));
  });

  itWithPoppler('--channel fax --format pdf puts the faxes in the combined PDF, and an official without a fax is named', async () => {
    const dir = tempDir();
    const file = faxCase(dir);
    const r = await runCli(['generate', file, ...who, '--out', 'out', '--channel', 'fax', '--format', 'pdf', '--no-log'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('permanent-mission: no fax number, so no fax');
    expect(r.stderr).toContain('Generated 2 faxes');
    const pages = pageTexts(join(dir, 'out/venezuela-protest-detentions/letters.pdf'));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Fax to +58 212 555 0199 — Rosa Ejemplo — 1 page — from Ada Lovelace');
  });

  it('is counted in the action log, and sent --channel fax records it', async () => {
    const dir = tempDir();
    const data = tempDir('ua-data-');
    const file = faxCase(dir);
    const env = { UA_LETTER_DATA_DIR: data, UA_LETTER_CONFIG_DIR: data };
    expect((await runCli(['generate', file, ...who, '--out', 'out', '--channel', 'fax'], { cwd: dir, env })).code).toBe(0);
    const sent = await runCli(['sent', file, '--channel', 'fax', '--count', '2', '--date', '2024-09-02'], { cwd: dir, env });
    expect(sent.code).toBe(0);
    const report = await runCli(['report', file, '--json'], { cwd: dir, env });
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/"fax"/);
    const log = readFileSync(join(data, 'actions.jsonl'), 'utf8');
    expect(log).toMatch(/"fax":2/);
  });
});

describe('an address too big for the envelope window', () => {
  it('stops the run with exit 2, naming the case file, the line of the address and the official; no PDF is written', async () => {
    const dir = tempDir();
    const lines = Array.from({ length: 12 }, (_, i) => `      - Building ${i + 1}, a rather long line of the address that wraps`).join('\n');
    const text = readFileSync(exampleCase, 'utf8').replace('      - 335 East 46th Street\n', `      - 335 East 46th Street\n${lines}\n`);
    writeFileSync(join(dir, 'big.md'), text);
    const r = await runCli(['generate', 'big.md', ...who, '--out', 'out', '--format', 'pdf', '--target', 'permanent-mission', '--no-log'], { cwd: dir });
    expect(r.code).toBe(2);
    // The official's address list starts on the line after its `address:` key (1-based: + 2).
    const all = text.split('\n');
    const line = all.findIndex((l, i) => l === '    address:' && i > all.indexOf('  - id: permanent-mission')) + 2;
    expect(r.stderr).toMatch(new RegExp(`^error: big\\.md:${line}:7 targets\\[1\\]\\.address: the address of permanent-mission \\(\\d+ lines with name and title\\) does not fit the DL envelope window`, 'm'));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
