// The identical-letters warning: once, with the count, exactly when two or more signers would send
// one official the same text apart from their names and addresses; --json marks the repeats.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleCase, runCli, tempDir } from '../helpers/cli.js';

const ON_TIME = ['--date', '2024-09-01', '--no-log', '--channel', 'letter', '--target', 'attorney-general'];

function signers(count: number, personal = false): string {
  const dir = tempDir();
  const rows = Array.from({ length: count }, (_, i) => `Signer ${i + 1},${i + 1} Mill Lane,Leeds,United Kingdom${personal ? `,I have followed this case since day ${i + 1}.` : ''}`);
  const file = join(dir, 'signers.csv');
  writeFileSync(file, [`name,address,city,country${personal ? ',personal' : ''}`, ...rows].join('\n'));
  return file;
}

const warnings = (stderr: string) => stderr.split('\n').filter((l) => l.includes('word for word'));

describe('identical letters', () => {
  it('are named once, with the count, for 20 signers with --no-vary; --json marks every repeat', async () => {
    const r = await runCli(['generate', exampleCase, '--signers', signers(20), '--no-vary', '--out', tempDir(), '--json', ...ON_TIME]);
    expect(r.code).toBe(0);
    expect(warnings(r.stderr)).toEqual([
      "warning: 19 of 20 letters are word for word another signer's to the same official, apart from names and addresses: offices discard identical letters; leave out --no-vary, or give signers a personal line (--personal, or a \"personal\" column).",
    ]);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { identical: boolean });
    expect(records.map((rec) => rec.identical)).toEqual([false, ...Array<boolean>(19).fill(true)]);
  });

  it('are not there when each signer adds a personal line, or for one signer alone', async () => {
    const personal = await runCli(['generate', exampleCase, '--signers', signers(20, true), '--no-vary', '--out', tempDir(), ...ON_TIME]);
    expect(personal.code).toBe(0);
    expect(warnings(personal.stderr)).toEqual([]);
    const one = await runCli(['generate', exampleCase, '--name', 'Ada Lovelace', '--no-vary', '--out', tempDir(), ...ON_TIME]);
    expect(one.code).toBe(0);
    expect(warnings(one.stderr)).toEqual([]);
  });

  it('are named for a letter template that does not vary, with advice for the template', async () => {
    const templates = tempDir();
    mkdirSync(join(templates, 'en'));
    writeFileSync(join(templates, 'en', 'letter.hbs'), '{{target.salutation}},\n\n{{#each case.letter}}{{this}}\n\n{{/each}}{{signer.name}}\n');
    const r = await runCli(['generate', exampleCase, '--signers', signers(3), '--templates', templates, '--out', tempDir(), ...ON_TIME]);
    expect(r.code).toBe(0);
    expect(warnings(r.stderr)).toHaveLength(1);
    expect(warnings(r.stderr)[0]).toContain("2 of 3 letters are word for word another signer's to the same official");
    expect(warnings(r.stderr)[0]).toContain("vary the templates' phrasing ({{#vary}})");
  });

  it('are not warned about in a varied batch of 1,000 signers of the shipped case: one note with the number of wordings', async () => {
    const r = await runCli(['generate', exampleCase, '--signers', signers(1000), '--out', tempDir(), '--json', ...ON_TIME], { timeoutMs: 120_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(warnings(r.stderr)).toEqual([]);
    expect(r.stderr).not.toMatch(/^warning:/m);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { identical: boolean });
    const distinct = records.filter((rec) => !rec.identical).length;
    // Some dozens of wordings for one official: the phrasings run out long before 1,000 signers.
    expect(distinct).toBeGreaterThan(20);
    expect(distinct).toBeLessThan(200);
    const notes = r.stderr.split('\n').filter((l) => l.includes('different wordings'));
    expect(notes).toEqual([
      `1000 letters in ${distinct} different wordings (each signer's phrasing is picked from the templates' choices, and a batch repeats some): an official will see some wordings more than once; to make every letter its own, give signers a personal line (--personal, or a "personal" column).`,
    ]);
  }, 120_000);

  it('are warned about in the same batch with --no-vary: 999 of 1,000', async () => {
    const r = await runCli(['generate', exampleCase, '--signers', signers(1000), '--no-vary', '--out', tempDir(), ...ON_TIME], { timeoutMs: 120_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(warnings(r.stderr)).toHaveLength(1);
    expect(warnings(r.stderr)[0]).toContain("warning: 999 of 1000 letters are word for word another signer's to the same official");
    expect(r.stderr).not.toContain('different wordings');
  }, 120_000);

  it('--stdout names them too', async () => {
    const r = await runCli(['generate', exampleCase, '--signers', signers(4), '--no-vary', '--stdout', ...ON_TIME]);
    expect(r.code).toBe(0);
    expect(warnings(r.stderr)[0]).toContain('3 of 4 letters');
  });
});
