// The scripting contract of README.md ("Scripting"), through the built binary: stdout carries only
// what was asked for, every diagnostic goes to stderr, "-" reads stdin, the exit codes mean what
// the README says, --quiet leaves only errors, NO_COLOR wins over everything.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot, runCli, tempDir } from '../helpers/cli.js';

const fixture = join(repoRoot, 'test', 'fixtures', 'hardening', 'case.md');
const ON_TIME = ['--date', '2024-09-01'];
const SIGNER = ['--name', 'Ana Silva', '--city', 'Leeds', '--country', 'United Kingdom'];
const ESC = '\u001b';

/** A folder with the fixture as case.md and, for warnings, a copy with a misspelt field. */
function folder(): string {
  const dir = tempDir('ua-contract-');
  copyFileSync(fixture, join(dir, 'case.md'));
  writeFileSync(join(dir, 'typo.md'), readFileSync(fixture, 'utf8').replace('deadline: 2024-09-27\n', 'deadline: 2024-09-27\ndeadlin: 2024-09-28\n'));
  // Another case (two files with one id would add a warning of their own).
  writeFileSync(join(dir, 'other.md'), readFileSync(fixture, 'utf8').replace('id: hardening-sample', 'id: other-sample'));
  return dir;
}

const jsonLines = (stdout: string) => stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('stdout carries only the requested output', () => {
  it('validate prints nothing on stdout; its verdict and warnings go to stderr', async () => {
    const dir = folder();
    const r = await runCli(['validate', 'other.md', 'typo.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('other.md: OK\nwarning: typo.md:7:1 deadlin: unknown field; did you mean "deadline"?\ntypo.md: OK, 1 warning\n');
  });

  it('validate --json prints one JSON object per file on stdout and nothing on stderr', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'bad.md'), '---\nid: Bad Id\n---\n');
    const r = await runCli(['validate', '--json', 'other.md', 'typo.md', 'bad.md', 'nope.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    const records = jsonLines(r.stdout);
    expect(records.map((o) => [o.file, o.valid])).toEqual([['other.md', true], ['typo.md', true], ['bad.md', false], ['nope.md', false]]);
    expect(records[1]!.warnings).toEqual([{ line: 7, column: 1, field: 'deadlin', message: 'unknown field; did you mean "deadline"?' }]);
  });

  it('generate writing files prints nothing on stdout, and its summary on stderr', async () => {
    const dir = folder();
    const r = await runCli(['generate', 'typo.md', ...SIGNER, ...ON_TIME, '--out', 'out', '--no-log'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^warning: typo\.md:7:1 deadlin: unknown field; did you mean "deadline"\?\n/);
    expect(r.stderr).toMatch(/Generated 1 letter, 1 email: 3 files written in out\/ \(\d+\.\d s\)\n$/);
  });

  it('generate --json prints one JSON object per document and nothing else on stdout', async () => {
    const dir = folder();
    const r = await runCli(['generate', 'typo.md', ...SIGNER, ...ON_TIME, '--out', 'out', '--json', '--no-log'], { cwd: dir });
    expect(r.code).toBe(0);
    const records = jsonLines(r.stdout);
    expect(records.map((o) => o.channel)).toEqual(['letter', 'email']);
    for (const o of records) {
      expect(o).toMatchObject({ case: 'hardening-sample', target: 'minister', lang: 'en', signer: 'Ana Silva', status: 'written' });
      for (const p of o.paths as string[]) expect(existsSync(join(dir, p))).toBe(true);
    }
    expect(r.stderr).toContain('warning: typo.md:7:1 deadlin');
  });

  it('generate --stdout --json adds the content, one document per line', async () => {
    const dir = folder();
    const r = await runCli(['generate', 'case.md', ...SIGNER, ...ON_TIME, '--stdout', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const records = jsonLines(r.stdout);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ channel: 'letter', path: null, status: null });
    expect(String(records[0]!.content)).toMatch(/\nAna Silva\n$/);
    expect(readdirSync(dir).sort()).toEqual(['case.md', 'other.md', 'typo.md']);
  });

  it('generate --stdout prints the documents; warnings stay on stderr', async () => {
    const dir = folder();
    const r = await runCli(['generate', 'typo.md', ...SIGNER, ...ON_TIME, '--stdout', '--channel', 'letter'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^==> minister · letter · en <==\nAna Silva\nLeeds\nUnited Kingdom\n\n1 September 2024\n/);
    expect(r.stdout).not.toContain('warning');
    expect(r.stdout).not.toContain('deadline 2024-09-27');
    expect(r.stderr).toContain('warning: typo.md:7:1 deadlin');
  });
});

describe('"-" as the case file', () => {
  it('reads the case from stdin and prints exactly what the file gives', async () => {
    const dir = folder();
    const fromFile = await runCli(['generate', 'case.md', ...SIGNER, ...ON_TIME, '--stdout'], { cwd: dir });
    const fromStdin = await runCli(['generate', '-', ...SIGNER, ...ON_TIME, '--stdout'], { cwd: dir, input: readFileSync(fixture, 'utf8') });
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(fromStdin.stdout).toContain('Three reporters from Testville');
  });

  it('names stdin "-" in every message', async () => {
    const r = await runCli(['validate', '-'], { input: readFileSync(fixture, 'utf8').replace('id: hardening-sample', 'id: Hardening') });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: -:2:5 id: "Hardening" is not a valid id: use lower-case letters a-z, digits and "-" only\n');
  });
});

describe('exit codes', () => {
  it.each([
    { meaning: '0: done', args: ['validate', 'case.md'], code: 0 },
    { meaning: '0: done, with files kept that existed', args: ['generate', 'case.md', ...SIGNER, ...ON_TIME, '--out', 'out', '--no-log'], code: 0, twice: true },
    { meaning: '1: a failure outside the input (the output folder is a file)', args: ['generate', 'case.md', ...SIGNER, ...ON_TIME, '--out', 'typo.md', '--no-log'], code: 1 },
    { meaning: '2: bad input', args: ['validate', 'nope.md'], code: 2 },
    { meaning: '2: bad usage', args: ['generate', 'case.md', '--channel', 'fax'], code: 2 },
    { meaning: '2: an expired case', args: ['generate', 'case.md', ...SIGNER, '--date', '2024-12-01', '--stdout'], code: 2 },
  ])('$meaning', async ({ args, code, twice }) => {
    const dir = folder();
    if (twice) await runCli(args, { cwd: dir });
    const r = await runCli(args, { cwd: dir });
    expect(r.code).toBe(code);
    expect(r.signal).toBeNull();
    expect(r.stderr).not.toMatch(/\n\s+at |This is a bug/);
  });
});

describe('--quiet', () => {
  it('silences progress, summaries and warnings on success', async () => {
    const dir = folder();
    const r = await runCli(['generate', 'typo.md', ...SIGNER, ...ON_TIME, '--out', 'out', '--quiet', '--no-log'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(readdirSync(join(dir, 'out', 'hardening-sample')).sort()).toEqual(['minister.email.eml', 'minister.email.txt', 'minister.letter.txt']);
  });

  it('still prints errors', async () => {
    const dir = folder();
    const r = await runCli(['validate', '-q', 'nope.md', 'typo.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: nope.md: no such file\n');
  });
});

describe('colour', () => {
  it('appears on stderr only when forced, and never on stdout', async () => {
    const dir = folder();
    const r = await runCli(['generate', 'typo.md', ...SIGNER, ...ON_TIME, '--stdout'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(ESC); // the check below can fail: colour is really on here
    expect(r.stdout).not.toContain(ESC);
  });

  it.each([
    { when: 'NO_COLOR is set, even with FORCE_COLOR', env: { NO_COLOR: '1', FORCE_COLOR: '1' } },
    { when: 'stderr is not a terminal', env: { NO_COLOR: undefined, FORCE_COLOR: undefined } },
  ])('never appears when $when: not one ESC byte', async ({ env }) => {
    const dir = folder();
    const r = await runCli(['validate', 'typo.md', 'nope.md'], { cwd: dir, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('warning:');
    expect(r.stderr + r.stdout).not.toContain(ESC);
  });

  it('never lets an escape sequence from a file reach the terminal', async () => {
    const dir = folder();
    // A line without a colon: the message quotes it as it is written.
    writeFileSync(join(dir, 'esc.md'), readFileSync(fixture, 'utf8').replace('country: Testland\n', `country: Testland\n${ESC}[2J${ESC}[31mpwned\n`));
    const r = await runCli(['validate', 'esc.md'], { cwd: dir });
    expect(r.stderr).not.toContain(ESC);
    expect(r.stderr).toContain('\\u001b[2J');
  });
});

describe('a reader that stops reading', () => {
  /** Runs generate over 2,000 signers and closes its stdout after the first chunk, as `| head -1` does. */
  async function closedEarly(extraArgs: string[]): Promise<{ dir: string; code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
    const dir = folder();
    const rows = Array.from({ length: 2000 }, (_, i) => `Signer ${i},Leeds`);
    writeFileSync(join(dir, 'signers.csv'), ['name,city', ...rows].join('\n') + '\n');
    const home = tempDir('ua-home-');
    const child = spawn(process.execPath, [binPath, 'generate', 'case.md', '--signers', 'signers.csv', ...ON_TIME, ...extraArgs, '--no-log'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', UA_LETTER_CONFIG_DIR: home, UA_LETTER_DATA_DIR: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    return { dir, code, signal, stderr };
  }

  it('ends the run cleanly with exit 1, no crash and no temporary file', async () => {
    const { dir, code, signal, stderr } = await closedEarly(['--out', 'out', '--json']);
    expect(signal).toBeNull();
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/Unhandled|\n\s+at |This is a bug/);
    expect(stderr).toMatch(/^error: the output was closed: \d+ files written before the stop; run the same command again to finish the rest$/m);
    const leftovers = (readdirSync(join(dir, 'out'), { recursive: true }) as string[]).filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });

  it('says that the printed documents are incomplete with --stdout, and exits 1', async () => {
    const { code, signal, stderr } = await closedEarly(['--stdout']);
    expect(signal).toBeNull();
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/Unhandled|\n\s+at |This is a bug|files written/);
    expect(stderr).toMatch(/^error: the output was closed: stopped before every document was printed$/m);
  });
});
