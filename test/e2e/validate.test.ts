import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleCase, runCli, tempDir } from '../helpers/cli.js';

const GOOD = ['---', 'id: good-case', 'title: A good case', 'country: Testland', 'deadline: 2024-09-27', 'languages: [en]', 'targets:', '  - id: minister', '    name: Jo Minister', '    email: minister@example.org', '---', '', '## Letter', '', 'Please act.', ''].join('\n');

/** A folder with the example case and a few small cases of our own. */
function workspace(): string {
  const dir = tempDir('ua-validate-');
  mkdirSync(join(dir, 'cases'));
  copyFileSync(exampleCase, join(dir, 'cases', 'example.md'));
  writeFileSync(join(dir, 'good.md'), GOOD);
  writeFileSync(join(dir, 'bad.md'), GOOD.replace('email: minister@example.org', 'email: minister at example.org').replace('deadline: 2024-09-27', 'deadline: 2024-02-30'));
  writeFileSync(join(dir, 'warn.md'), GOOD.replace('id: good-case', 'id: warn-case').replace('languages: [en]', 'languages: [en, es]').replace('targets:', 'targest:'));
  writeFileSync(join(dir, 'twin.md'), GOOD.replace('title: A good case', 'title: Same id, other file'));
  writeFileSync(join(dir, 'hint.md'), GOOD.replace('id: good-case', 'id: hint-case').replace('languages: [en]', 'languages: [en, es]'));
  return dir;
}

describe('ua-letter validate', () => {
  it('says OK for each valid file on stderr, prints nothing on stdout and exits 0', async () => {
    const cwd = workspace();
    const r = await runCli(['validate', 'cases/example.md', 'good.md'], { cwd });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', 'cases/example.md: OK\ngood.md: OK\n']);
  });

  it('prints one line per problem, checks every file, and exits 2', async () => {
    const cwd = workspace();
    const r = await runCli(['validate', 'bad.md', 'good.md', 'missing.md'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'error: bad.md:5:11 deadline: "2024-02-30" is not a real date',
        'error: bad.md:10:12 targets[0].email: "minister at example.org" is not an email address',
        'good.md: OK',
        'error: missing.md: no such file',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 when there are only warnings, and counts them', async () => {
    const cwd = workspace();
    const r = await runCli(['validate', 'hint.md'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('warning: hint.md:6:17 languages[1]: no "## Letter (es)" section, so there is no sample letter in this language\nhint.md: OK, 1 warning\n');
  });

  it('reports errors first, then warnings, each in file order', async () => {
    const cwd = workspace();
    const r = await runCli(['validate', 'warn.md'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toEqual([
      'error: warn.md:2:1 targets: required field is missing ("targest" on line 7 looks like a misspelling of it)',
      'warning: warn.md:6:17 languages[1]: no "## Letter (es)" section, so there is no sample letter in this language',
      'warning: warn.md:7:1 targest: unknown field; did you mean "targets"?',
      '',
    ]);
  });

  it('prints one JSON object per file with --json and nothing on stderr', async () => {
    const cwd = workspace();
    const r = await runCli(['validate', '--json', 'good.md', 'bad.md', 'hint.md', 'nope.md'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual([
      { file: 'good.md', valid: true, errors: [], warnings: [] },
      {
        file: 'bad.md',
        valid: false,
        errors: [
          { line: 5, column: 11, field: 'deadline', message: '"2024-02-30" is not a real date' },
          { line: 10, column: 12, field: 'targets[0].email', message: '"minister at example.org" is not an email address' },
        ],
        warnings: [],
      },
      { file: 'hint.md', valid: true, errors: [], warnings: [{ line: 6, column: 17, field: 'languages[1]', message: 'no "## Letter (es)" section, so there is no sample letter in this language' }] },
      { file: 'nope.md', valid: false, errors: [{ line: null, column: null, field: null, message: 'no such file' }], warnings: [] },
    ]);
  });

  it('names a folder given instead of a file, with a hint', async () => {
    const r = await runCli(['validate', 'cases'], { cwd: workspace() });
    expect([r.code, r.stderr]).toEqual([2, 'error: cases: is a folder, not a file\n  To name every case in it: cases/*.md\n']);
  });

  it('reads a case from stdin when the file is "-"', async () => {
    const ok = await runCli(['validate', '-'], { cwd: workspace(), input: GOOD });
    expect([ok.code, ok.stderr]).toEqual([0, '-: OK\n']);
    const bad = await runCli(['validate', '-'], { cwd: workspace(), input: GOOD.replace('title: A good case\n', '') });
    expect([bad.code, bad.stderr]).toEqual([2, 'error: -:2:1 title: required field is missing\n']);
  });

  it('warns when two files share a case id, since their letters would share a folder', async () => {
    const r = await runCli(['validate', 'good.md', 'twin.md'], { cwd: workspace() });
    expect([r.code, r.stderr]).toEqual([0, 'good.md: OK\nwarning: twin.md id: "good-case" is also the id of good.md\ntwin.md: OK, 1 warning\n']);
  });

  it('accepts a file with a byte order mark and Windows line ends', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'windows.md'), '\uFEFF' + GOOD.replace(/\n/g, '\r\n'));
    const r = await runCli(['validate', 'windows.md'], { cwd });
    expect([r.code, r.stderr]).toEqual([0, 'windows.md: OK\n']);
  });

  it('names the line and column of the first byte that is not UTF-8', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'latin1.md'), Buffer.from(GOOD.replace('Jo Minister', 'Jo Ministr\u00e9'), 'latin1'));
    const r = await runCli(['validate', 'latin1.md'], { cwd });
    expect([r.code, r.stderr]).toEqual([2, 'error: latin1.md:9:21: byte 0xE9 is not valid UTF-8; save the file as UTF-8\n']);
  });
});
