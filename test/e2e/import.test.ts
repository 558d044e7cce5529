// `ua-letter import` through the built binary: the seed UA becomes a draft that validates and
// generates letters as it is; the draft goes to stdout or --out, the report to stderr.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';
import { pdfFromText } from '../unit/import/pdf-fixture.js';

// The seed lives beside the repository, in CI as here.
const seed = join(repoRoot, '..', 'shared', 'seeds', '000_c532e7bb0940af15.txt');
const fixtures = join(repoRoot, 'test', 'fixtures', 'import');

describe('ua-letter import on the seed UA', () => {
  it('writes a draft that validate accepts and generate turns into letters', async () => {
    const dir = tempDir('ua-import-');
    const draft = join(dir, 'case.md');
    const imported = await runCli(['import', seed, '--out', draft]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe('');
    expect(imported.stderr).toMatch(/^found +deadline +2024-09-27 \(high, line 52\)$/m);
    expect(imported.stderr).toMatch(/^found +targets\[1\]\.email +misionvene@venezuelaonu\.gob\.ve/m);
    expect(imported.stderr).toMatch(/^missing +links\.report /m);

    const validated = await runCli(['validate', draft]);
    expect(validated.stderr).not.toMatch(/error/);
    expect(validated.code).toBe(0);

    const signer = ['--name', 'Ada Lovelace', '--address', '12 Mill Lane', '--city', 'Leeds', '--country', 'United Kingdom'];
    const generated = await runCli(['generate', draft, ...signer, '--date', '2024-09-01', '--stdout', '--channel', 'letter']);
    expect(generated.code).toBe(0);
    expect(generated.stdout).toContain('Dear Attorney General of the Republic,');
    expect(generated.stdout).toContain('Dear Permanent Representative of Venezuela,');
  });

  it('prints only the draft on stdout, and the report on stderr', async () => {
    const r = await runCli(['import', seed]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^---\n# Draft made by "ua-letter import" from .*000_c532e7bb0940af15\.txt\./);
    expect(r.stdout).toContain('\ndeadline: 2024-09-27\nlanguages: [en, es]\n');
    expect(r.stdout).not.toMatch(/^found /m);
    expect(r.stderr).toMatch(/^\d+ fields found, \d+ not found in /m);
  });

  it('gives the report as one JSON object on stderr with --json', async () => {
    const r = await runCli(['import', seed, '--json']);
    const report = JSON.parse(r.stderr) as { source: string; entries: Array<{ field: string; status: string; value?: string; confidence?: string; line?: number }> };
    expect(report.entries.find((e) => e.field === 'deadline')).toEqual({ field: 'deadline', status: 'found', value: '2024-09-27', confidence: 'high', line: 52 });
    expect(report.entries.find((e) => e.field === 'languages')).toMatchObject({ value: 'en, es' });
  });

  it('reads the document from stdin with -', async () => {
    const r = await runCli(['import', '-'], { input: readFileSync(join(fixtures, 'es-ua.txt'), 'utf8') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('from stdin.');
    expect(r.stdout).toContain('deadline: 2024-09-27');
  });
});

describe('ua-letter import --out', () => {
  it('refuses to overwrite a file without --force, and overwrites it with --force', async () => {
    const dir = tempDir('ua-import-');
    const draft = join(dir, 'case.md');
    writeFileSync(draft, 'mine\n');
    const refused = await runCli(['import', seed, '--out', draft]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`error: ${draft} already exists`);
    expect(readFileSync(draft, 'utf8')).toBe('mine\n');

    const forced = await runCli(['import', seed, '--out', draft, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(draft, 'utf8')).toMatch(/^---\n/);
  });
});

describe('ua-letter import on other input', () => {
  it('imports a PDF (found by its content, whatever its name) into a draft that validates', async () => {
    const dir = tempDir('ua-import-');
    const pdf = join(dir, 'ua-download');
    writeFileSync(pdf, await pdfFromText(readFileSync(join(fixtures, 'pdf-source.txt'), 'utf8')));
    const draft = join(dir, 'case.md');
    const r = await runCli(['import', pdf, '--out', draft]);
    expect(r.code).toBe(0);
    expect(readFileSync(draft, 'utf8')).toContain('title: "Türkiye: peaceful protesters face prison for a march"');
    expect((await runCli(['validate', draft])).code).toBe(0);
  });

  it('fails with exit 2 and a message for a file that does not exist', async () => {
    const r = await runCli(['import', 'no-such-ua.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: no-such-ua.txt: no such file');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('warns about a document that is not a UA and leaves placeholders that validate rejects', async () => {
    const dir = tempDir('ua-import-');
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'Minutes of the committee meeting.\nWe discussed the budget.\n');
    const draft = join(dir, 'case.md');
    const r = await runCli(['import', notes, '--out', draft]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('does not look like an Urgent Action');
    expect(existsSync(draft)).toBe(true);
    const validated = await runCli(['validate', draft]);
    expect(validated.code).toBe(2);
    expect(validated.stderr).toMatch(/deadline: "TODO-YYYY-MM-DD" is not a date/);
  });
});
