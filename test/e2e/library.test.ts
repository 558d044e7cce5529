// The library face, used in process as an organiser's script would: `import('ua-letter')` and
// call generate(). Runs the built package (dist/), which is what a script imports, with its
// writer threads' script beside it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleCase, repoRoot, tempDir } from '../helpers/cli.js';

type Library = typeof import('../../src/index.js');
const library = async (): Promise<Library> => (await import(pathToFileURL(join(repoRoot, 'dist', 'index.js')).href)) as Library;

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.UA_LETTER_THREADS;
});

describe('generate() in process', () => {
  it('writes the letters and returns a summary of every document, printing nothing', async () => {
    const { generate } = await library();
    const out = join(tempDir('ua-lib-'), 'out');
    const printed = [vi.spyOn(process.stdout, 'write'), vi.spyOn(process.stderr, 'write')];
    const summary = await generate({ cases: [exampleCase], signer: { name: 'Ada', city: 'Leeds', country: 'United Kingdom' }, out, date: '2024-09-01' });
    for (const spy of printed) expect(spy).not.toHaveBeenCalled();
    expect(summary.documents.length).toBeGreaterThan(0);
    for (const doc of summary.documents) {
      expect(doc).toMatchObject({ case: 'venezuela-protest-detentions', lang: 'en', signer: 'Ada', status: 'written' });
      expect(doc.bytes).toBe(doc.paths.reduce((n, p) => n + readFileSync(p).length, 0));
    }
    const letters = summary.documents.filter((d) => d.channel === 'letter');
    expect(letters.map((d) => d.target).sort()).toEqual(['attorney-general', 'permanent-mission']);
    expect(readFileSync(letters[0]!.path!, 'utf8')).toContain('Ada');
    expect(summary.written).toBe(summary.documents.reduce((n, d) => n + d.paths.length, 0));
    expect(summary.today).toBe('2024-09-01');
  });

  it('resolves relative paths against the cwd it is given, not the process\'s', async () => {
    const { generate } = await library();
    const dir = tempDir('ua-lib-cwd-');
    writeFileSync(join(dir, 'case.md'), readFileSync(exampleCase));
    const summary = await generate({ cases: ['case.md'], signer: { name: 'Ada' }, out: 'letters', cwd: dir, date: '2024-09-01', channels: ['letter'] });
    expect(summary.documents.map((d) => d.path)).toEqual([
      join('letters', 'venezuela-protest-detentions', 'attorney-general.letter.txt'),
      join('letters', 'venezuela-protest-detentions', 'permanent-mission.letter.txt'),
    ]);
    expect(existsSync(join(dir, 'letters', 'venezuela-protest-detentions', 'permanent-mission.letter.txt'))).toBe(true);
  });

  it('throws the typed error for bad input, with the exit code the CLI would use', async () => {
    const { generate, InputErrors } = await library();
    const dir = tempDir('ua-lib-bad-');
    writeFileSync(join(dir, 'bad.md'), '---\nid: Not A Slug\n---\n');
    const error = await generate({ cases: ['bad.md'], signer: { name: 'Ada' }, cwd: dir, date: '2024-09-01' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputErrors);
    expect((error as InstanceType<typeof InputErrors>).exitCode).toBe(2);
    expect(readdirSync(dir)).toEqual(['bad.md']);
  });

  it('reports the writer threads a big batch used (and none when they are turned off)', async () => {
    const { generate } = await library();
    const dir = tempDir('ua-lib-threads-');
    const rows = Array.from({ length: 120 }, (_, i) => `Signer ${i},${i} Road,Leeds,United Kingdom,s${i}@example.org`);
    writeFileSync(join(dir, 'signers.csv'), ['name,address,city,country,email', ...rows].join('\n') + '\n');
    const run = async (threads: string, out: string) => {
      process.env.UA_LETTER_THREADS = threads;
      return generate({ cases: [exampleCase], signers: 'signers.csv', out, cwd: dir, date: '2024-09-01' });
    };
    const on = await run('2', 'on');
    const off = await run('0', 'off');
    expect(on.writerThreads).toBe(2);
    expect(off.writerThreads).toBe(0);
    expect(on.written).toBe(off.written);
    expect(on.written).toBeGreaterThan(500);
  });
});
