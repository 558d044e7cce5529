// `ua-letter import` through the built binary: the seed UA becomes a draft that validates and
// generates letters as it is; the draft goes to stdout or --out, the report to stderr.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { scoreDraft } from '../../bench/lib/import-score.mjs';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';
import { makePdf, pdfFromText } from '../unit/import/pdf-fixture.js';

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
    expect(r.stderr.split('\n')[0]).toMatch(/^read .*000_c532e7bb0940af15\.txt as text$/);
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

describe('ua-letter import on real Urgent Actions and bad input', () => {
  const shared = join(repoRoot, '..', 'shared', 'fixtures', 'urgent-actions');
  const expected = JSON.parse(readFileSync(join(shared, 'EXPECTED.json'), 'utf8')) as Record<string, unknown>;

  for (const name of ['honduras-amr-37-6674-2017.pdf', 'honduras-amr-37-6674-2017.txt']) {
    it(`reads every fact of Amnesty International's own template from ${name.slice(-3)}, and the draft validates`, async () => {
      const dir = tempDir('ua-import-');
      const draft = join(dir, 'case.md');
      const r = await runCli(['import', join(shared, name), '--out', draft]);
      expect(r.code).toBe(0);
      const score = scoreDraft(readFileSync(draft, 'utf8'), expected[name]);
      expect(score.details).toEqual([]);
      expect(score.right).toBe(score.facts);
      expect(r.stderr).toMatch(/^found +targets\[0\]\.name +Julián Pacheco \(high, line \d+\)$/m);
      // Under "TARGET'S CONTACT DETAILS & "COPIES TO"" he is the official written to, not a copy.
      expect(readFileSync(draft, 'utf8')).not.toMatch(/^\s+copy: true$/m);
      expect(r.stderr.split('\n')[0]).toBe(name.endsWith('.pdf') ? `read ${join(shared, name)} as a PDF (2 pages)` : `read ${join(shared, name)} as text`);
      expect(r.stderr).toMatch(/^\d+ fields found, \d+ not found in .*honduras.* \(\d+ high, \d+ medium, \d+ low(?:; \d+ lines? skipped)?\)$/m);
      expect((await runCli(['validate', draft])).code).toBe(0);
    });
  }

  it('reads a web page saved from the browser, from a file or from stdin, and reports a hidden address', async () => {
    const page = join(fixtures, 'layouts', 'es-venezuela-page.html');
    const fromFile = await runCli(['import', page]);
    const fromStdin = await runCli(['import', '-'], { input: readFileSync(page, 'utf8') });
    for (const r of [fromFile, fromStdin]) {
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('name: Ramón Alfredo Castillo');
      expect(r.stdout).not.toMatch(/<\/?p>|protected\]?$/m);
      expect(r.stderr).toMatch(/^missing +email +line \d+ shows "\[email protected\]"/m);
      expect(r.stderr).toMatch(/^read (?:.*es-venezuela-page\.html|stdin) as a web page \(HTML\)$/m);
    }
  });

  it('reads a saved page whose theme has no <main>: its doctype is no element, and the longest article is the UA', async () => {
    const r = await runCli(['import', join(fixtures, 'layouts', 'fr-page-without-main.html')]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/bug in ua-letter|TypeError/);
    expect(r.stdout).toMatch(/^ {4}name: Karim Bennani$/m);
    expect(r.stdout).toMatch(/^ {4}email: cabinet@justice\.example\.ma$/m);
    expect(r.stdout).not.toMatch(/Autre action|Pétition|groupe@section/);
  });

  it('reads a saved page in the charset its site declared (windows-1251), not as Windows-1252', async () => {
    // Cyrillic letters to windows-1251 bytes: А–я are 0xC0–0xFF in order.
    const cp1251 = (text: string): Buffer => Buffer.from(Array.from(text, (c) => (c.charCodeAt(0) >= 0x410 && c.charCodeAt(0) <= 0x44f ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0))));
    const page = join(tempDir('ua-import-'), 'ru.html');
    writeFileSync(page, cp1251('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><h1>RUSSIA: A POET HELD FOR HIS VERSES</h1><p>Write to:</p><p>Prosecutor General<br>Игорь Викторович Краснов<br>ул. Большая Дмитровка, 15</p><p>Уважаемый Генеральный прокурор,</p><p>Я пишу вам с просьбой освободить поэта, задержанного за стихи.</p></body></html>'));
    const r = await runCli(['import', page]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/not UTF-8/);
    expect(r.stdout).toMatch(/^ {4}name: Игорь Викторович Краснов$/m);
    expect(r.stdout).toContain('ул. Большая Дмитровка, 15');
  });

  it('refuses a PDF whose streams inflate past the limit: exit 2, one line, without inflating it', async () => {
    const dir = tempDir('ua-import-');
    const bomb = join(dir, 'bomb.pdf');
    const body = deflateSync(Buffer.alloc(120 * 1024 * 1024, 0x20), { level: 1 });
    const head = `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n4 0 obj << /Length ${body.length} /Filter /FlateDecode >>\nstream\n`;
    writeFileSync(bomb, Buffer.concat([Buffer.from(head, 'latin1'), body, Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1')]));
    const r = await runCli(['import', bomb]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: .*bomb\.pdf: the PDF's compressed streams inflate to more than 100 MB: refused/)]);
    expect(r.stdout).toBe('');
  });

  it('refuses a bomb inside a filter chain (/Filter [/FlateDecode /FlateDecode]): exit 2, one line', async () => {
    const dir = tempDir('ua-import-');
    const bomb = join(dir, 'chained.pdf');
    const body = deflateSync(deflateSync(Buffer.alloc(120 * 1024 * 1024, 0x20), { level: 9 }), { level: 9 });
    const head = `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n4 0 obj << /Length ${body.length} /Filter [/FlateDecode /FlateDecode] >>\nstream\n`;
    writeFileSync(bomb, Buffer.concat([Buffer.from(head, 'latin1'), body, Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1')]));
    const r = await runCli(['import', bomb]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: .*chained\.pdf: the PDF's compressed streams inflate to more than 100 MB: refused/)]);
    expect(r.stdout).toBe('');
  });

  it('refuses a PDF of more pages than any Urgent Action has: exit 2, one line', async () => {
    const dir = tempDir('ua-import-');
    const pdf = join(dir, 'long.pdf');
    writeFileSync(pdf, await makePdf((doc) => {
      for (let i = 0; i < 300; i++) doc.text(`page ${i + 1}`).addPage();
    }));
    const r = await runCli(['import', pdf]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: .*long\.pdf: the PDF has 301 pages; the limit is 300/)]);
  });

  it('loads neither the HTML parser nor PDF.js to import text: both stay out of the import chunk', () => {
    const chunks = join(repoRoot, 'dist', 'cli-bundle', 'chunks');
    const name = readdirSync(chunks).find((f) => /^import-[\w-]+\.js$/.test(f));
    expect(name).toBeDefined();
    const code = readFileSync(join(chunks, name ?? ''), 'utf8');
    expect(code).not.toMatch(/node_modules\/(?:htmlparser2|domhandler|entities|unpdf)\//);
    expect(code).toMatch(/import\("\.\/html-text-[\w-]+\.js"\)/);
  });

  // The bound leaves room for CI's busy cores over a quiet machine's time, yet fails any quadratic
  // pass, which took minutes (README, "Speed, as measured").
  it('ends a 10 MB pathological paste within 15 s of CPU (no pass over the lines is quadratic)', async () => {
    const dir = tempDir('ua-import-');
    const paste = join(dir, 'paste.txt');
    // The shapes that were slow: one official's fields a line without a blank between them (each
    // line re-read every earlier one), flattened officials, "Country: …" lines, blank runs, a
    // line of a megabyte; a quarter of the 10 MB each, roughly.
    const quarter = 2.4 * 1024 * 1024;
    const parts = [
      'Jane Doe | Ministry of Justice | 12 Example Street\nDear Minister,\n',
      'Attorney General Jane Doe Ministerio Público, 15 Avenida 15-16 Phone: +502 2411 9191 | Fax: +502 2411 9124 | Email: fg@mp.example.gt Salutation: Dear Attorney General\n',
      'Egypt: something happened here\n\n\n\n',
    ].map((chunk) => chunk.repeat(Math.floor(quarter / chunk.length)));
    writeFileSync(paste, parts.join('') + 'word '.repeat(quarter / 5));
    // CPU time, not wall time: the bound is about the importer's passes, and a busy machine
    // (CI, four suites at once) stretches the wall clock alone.
    const report = join(dir, 'cpu-ms');
    const preload = pathToFileURL(join(repoRoot, 'test', 'helpers', 'cpu-report.mjs')).href;
    const r = await runCli(['import', paste, '--out', join(dir, 'draft.md')], {
      env: { NODE_OPTIONS: `--import ${preload}`, UA_TEST_CPU_REPORT: report },
      timeoutMs: 55_000,
    });
    expect(r.code).toBe(0);
    expect(Number(readFileSync(report, 'utf8'))).toBeLessThan(15_000);
  }, 60_000);

  it('takes "--out -" for stdout, as "-" is stdin: the draft is printed and no file named "-" is made', async () => {
    const dir = tempDir('ua-import-');
    const r = await runCli(['import', '-', '--out', '-'], { input: 'URGENT ACTION\nEXAMPLELAND: TEACHER HELD\n\nWrite to:\n\nMinister Jane Doe\n1 Example Road\nExampletown\n', cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^---\n/);
    expect(r.stdout).toContain('name: Jane Doe');
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('reads at most 10 MB from stdin: exit 2, one line', async () => {
    const r = await runCli(['import', '-'], { input: 'URGENT ACTION\n'.repeat(800_000) });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: .*too large.*10 MB/)]);
  });
});
