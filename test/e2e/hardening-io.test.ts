// Issue 16, hardening round two, the I/O half, through the built binary: endless inputs answered
// in bounded time and memory, Ctrl-C and SIGTERM heard while waiting on a named pipe, two runs
// writing the same new folder at once without either losing the other's files, and the temp
// files of a killed run removed by the next one. Each test failed on the code before the issue.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { binPath, repoRoot, runCli, tempDir } from '../helpers/cli.js';

const FIXTURE = join(repoRoot, 'test', 'fixtures', 'hardening', 'case.md');
const CASE_DIR = 'hardening-sample';
const canMakeFifo = spawnSync('mkfifo', ['--version']).error === undefined;

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function folder(): string {
  const dir = tempDir('ua-hardening-io-');
  copyFileSync(FIXTURE, join(dir, 'case.md'));
  return dir;
}

/** The binary in its own process group, as a shell runs a foreground job; stdin from `input`. */
function start(args: string[], cwd: string, input?: Buffer): { pid: number; finished: Promise<Finished> } {
  const home = tempDir('ua-home-');
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', UA_LETTER_CONFIG_DIR: home, UA_LETTER_DATA_DIR: home };
  delete env.FORCE_COLOR;
  const started = Date.now();
  const child = spawn(process.execPath, [binPath, ...args], { cwd, env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  // The tool stops reading at its limit and exits; the rest of our input then has nowhere to go.
  child.stdin.on('error', () => {});
  child.stdin.end(input ?? '');
  const finished = new Promise<Finished>((resolve, reject) => {
    // The bound under test: an answer within 10 s. Past it the process is killed and the test fails.
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
  return { pid: child.pid!, finished };
}

const run = (args: string[], cwd: string, input?: Buffer) => start(args, cwd, input).finished;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every file under `dir`, relative, with '/'. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split('\\').join('/'))
    .sort();
}

describe('endless and oversized inputs (issue 16, item 1)', () => {
  it.each([
    { name: 'import of /dev/zero', args: ['import', '/dev/zero'], message: 'error: /dev/zero: is too large (over the 10 MB limit)' },
    { name: 'a profile that is /dev/zero', args: ['generate', 'case.md', '--profile', '/dev/zero', '--date', '2024-09-01', '--stdout'], message: 'error: /dev/zero: is too large (over the 10 MB limit)' },
    { name: 'a signer list that is /dev/zero', args: ['generate', 'case.md', '--signers', '/dev/zero', '--date', '2024-09-01', '--stdout'], message: 'error: /dev/zero: is too large (over the 10 MB limit)' },
  ])('answers $name with exit 2 within 10 s', async ({ args, message }) => {
    const r = await run(args, folder());
    expect([r.code, r.stderr]).toEqual([2, `${message}\n`]);
    expect(r.stdout).toBe('');
  });

  it('answers 30 MB of zeros on stdin to import with exit 2, writing no draft', async () => {
    const r = await run(['import', '-'], folder(), Buffer.alloc(30_000_000));
    expect([r.code, r.stderr, r.stdout]).toEqual([2, 'error: -: is too large (over the 10 MB limit)\n', '']);
  });
});

/** True when this process may not list `dir` (as /proc/1/fdinfo in a container, even for root). */
function unreadable(dir: string): boolean {
  try {
    readdirSync(dir);
    return false;
  } catch (error) {
    return ['EACCES', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '');
  }
}

describe.skipIf(!unreadable('/proc/1/fdinfo'))('a templates folder with a subfolder it may not read', () => {
  it('is a usage error naming the folder (exit 2, one line and a hint), not a crash with a stack trace', async () => {
    const r = await run(['generate', 'case.md', '--name', 'Ana', '--date', '2024-09-01', '--templates', '/proc', '--out', 'out'], folder());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/(^|\n)error: --templates \/proc: cannot read \S+ \(E[A-Z]+\)\n {2}Pass the folder that holds en\/letter\.hbs and the other templates\.\n$/);
  });
});

describe.skipIf(!canMakeFifo)('signals while waiting on a named pipe (issue 16, item 4)', () => {
  it.each([
    { command: ['validate', 'p'], signal: 'SIGTERM' as const, code: 143 },
    { command: ['validate', 'p'], signal: 'SIGINT' as const, code: 130 },
    { command: ['generate', 'p', '--name', 'Ana', '--date', '2024-09-01', '--out', 'out'], signal: 'SIGTERM' as const, code: 143 },
    { command: ['import', 'p', '--out', 'draft.md'], signal: 'SIGINT' as const, code: 130 },
  ])('$command.0 of a pipe nobody writes to stops on $signal with exit $code, writing nothing', async ({ command, signal, code }) => {
    const cwd = folder();
    spawnSync('mkfifo', [join(cwd, 'p')]);
    const job = start(command, cwd);
    // Long enough to be waiting on the pipe; on a busy machine it may still be reading the saved
    // profile, which the signal stops the same way.
    await sleep(1200);
    process.kill(-job.pid, signal);
    const r = await job.finished;
    expect(r.signal).toBeNull();
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(/^error: \S+: interrupted while reading; nothing was done\n$/);
    expect(listFiles(cwd)).toEqual(['case.md']);
  });

  // At once: each waits out the tool's 5 s for a writer, a wait that needs no CPU (one after the
  // other they took ~21 s of the run).
  it.concurrent.each([
    { what: 'a case', command: ['validate', 'p'] },
    { what: 'a signer list', command: ['generate', 'case.md', '--signers', 'p', '--date', '2024-09-01', '--out', 'out', '--no-log'] },
    { what: 'a profile', command: ['generate', 'case.md', '--profile', 'p', '--date', '2024-09-01', '--out', 'out', '--no-log'] },
    { what: 'a document to import', command: ['import', 'p', '--out', 'draft.md'] },
  ])('answers within 10 s when $what is a pipe that nobody ever opens for writing (exit 2, nothing written)', async ({ command }) => {
    const cwd = folder();
    spawnSync('mkfifo', [join(cwd, 'p')]);
    const r = await start(command, cwd).finished;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/(^|\n)error: p: is a named pipe that nothing wrote to in 5 s\n( {2}Start the program that writes to it first, or pass a file\.\n)?$/);
    expect(r.ms).toBeLessThan(10_000);
    expect(listFiles(cwd)).toEqual(['case.md']);
  }, 20_000);

  it('still reads a pipe that is written to', async () => {
    const cwd = folder();
    spawnSync('mkfifo', [join(cwd, 'p')]);
    const job = start(['validate', 'p'], cwd);
    await sleep(300);
    writeFileSync(join(cwd, 'p'), readFileSync(FIXTURE));
    const r = await job.finished;
    expect([r.code, r.stderr]).toEqual([0, 'p: OK\n']);
  });
});

/** The process has a SIGTERM handler (Linux: bit 15 of SigCgt in /proc/PID/status). */
/**
 * CPU time the process has used, in clock ticks (/proc/<pid>/stat, utime + stime). Node itself
 * catches SIGTERM from its first milliseconds (to restore the terminal), so the signal mask says
 * nothing about the tool's own handler; CPU time spent says how far it got, on a busy machine too.
 */
function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

describe('SIGTERM during a long PDF import (issue 16, item 4)', () => {
  let pdf: string;
  beforeAll(async () => {
    // A 250-page PDF (import refuses more than 300), made by the tool itself: one letter per signer.
    const dir = folder();
    writeFileSync(join(dir, 's.csv'), ['name,city', ...Array.from({ length: 250 }, (_, i) => `Signer ${i},Leeds`)].join('\n') + '\n');
    const made = await runCli(['generate', 'case.md', '--signers', 's.csv', '--format', 'pdf', '--channel', 'letter', '--date', '2024-09-01', '--out', 'out', '--no-log'], { cwd: dir, timeoutMs: 120_000 });
    expect(made.code).toBe(0);
    pdf = join(dir, 'out', CASE_DIR, 'letters.pdf');
  }, 120_000);

  it('stops with exit 143 and writes no draft', async () => {
    const cwd = folder();
    copyFileSync(pdf, join(cwd, 'big.pdf'));
    const job = start(['import', 'big.pdf', '--out', 'draft.md'], cwd);
    // A fixed wait raced the import itself (a quiet machine reads the 250 pages in about a second),
    // and on a loaded machine came before the tool had started: signal once it has spent 0.4 s of
    // CPU, past loading (its handler is set before any work) and well before the pages are read.
    while (cpuTicks(job.pid) < 40) await sleep(5);
    process.kill(-job.pid, 'SIGTERM');
    const r = await job.finished;
    expect([r.code, r.signal]).toEqual([143, null]);
    expect(r.stderr).toMatch(/^error: big\.pdf: interrupted/);
    expect(listFiles(cwd)).toEqual(['big.pdf', 'case.md']);
  });
});

describe('two runs into the same new folder at once (issue 16, item 3)', () => {
  it('reports as written only files that hold its own letters, and as kept the others', async () => {
    const cwd = folder();
    const names = Array.from({ length: 1500 }, (_, i) => `Signer ${String(i).padStart(4, '0')}`);
    for (const run of ['a', 'b']) {
      writeFileSync(join(cwd, `${run}.csv`), ['name,personal', ...names.map((n) => `${n},Sent by run ${run}.`)].join('\n') + '\n');
    }
    const args = (list: string) => ['generate', 'case.md', '--signers', list, '--channel', 'letter', '--json', '--out', 'out', '--date', '2024-09-01', '--no-log'];
    // The second run starts once the first is writing, so that they really meet in the folder
    // (started together, one could finish before the other began and prove nothing).
    const first = start(args('a.csv'), cwd);
    while (!existsSync(join(cwd, 'out', CASE_DIR))) await sleep(5);
    const [a, b] = await Promise.all([first.finished, run(args('b.csv'), cwd)]);
    const written = new Map<string, string>();
    const counts = { a: { written: 0, kept: 0 }, b: { written: 0, kept: 0 } };
    for (const [label, r] of [['a', a], ['b', b]] as const) {
      expect(r.code, r.stderr).toBe(0);
      for (const line of r.stdout.trim().split('\n')) {
        const record = JSON.parse(line) as { path: string; status: string };
        const text = readFileSync(join(cwd, record.path), 'utf8');
        if (record.status === 'written') {
          expect(written.has(record.path), `${record.path} reported written by both runs`).toBe(false);
          written.set(record.path, label);
          expect(text, record.path).toContain(`Sent by run ${label}.`);
          counts[label].written++;
        } else {
          expect(record.status).toBe('skipped');
          expect(text, record.path).not.toContain(`Sent by run ${label}.`);
          counts[label].kept++;
        }
      }
    }
    // Every letter was written by exactly one of them, and the other kept it.
    expect(written.size).toBe(names.length);
    expect(counts.a.written + counts.b.written).toBe(names.length);
    expect(counts.a.kept).toBe(counts.b.written);
    expect(counts.b.kept).toBe(counts.a.written);
    // They met: the second run found letters of the first already there.
    expect(counts.b.kept, JSON.stringify(counts)).toBeGreaterThan(0);
    expect(listFiles(join(cwd, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});

describe('a batch killed with kill -9 (issue 16, item 7)', () => {
  it('leaves temp files that the next run removes, and the output equals a clean run', async () => {
    const cwd = folder();
    writeFileSync(join(cwd, 's.csv'), ['name,city,email', ...Array.from({ length: 3000 }, (_, i) => `Signer ${i},Leeds,s${i}@example.org`)].join('\n') + '\n');
    const args = ['generate', 'case.md', '--signers', 's.csv', '--date', '2024-09-01', '--out', 'out', '--no-log'];
    const job = start(args, cwd);
    const out = join(cwd, 'out');
    const signerDir = join(out, CASE_DIR, 'signer-1');
    while (!existsSync(join(signerDir, 'minister.letter.txt'))) await sleep(5);
    process.kill(-job.pid, 'SIGKILL');
    const killed = await job.finished;
    expect(killed.signal).toBe('SIGKILL');
    // What a kill leaves mid-write: temp files of the dead process (made here, so that the test
    // does not depend on the moment the kill landed), next to one of a run that is still alive.
    writeFileSync(join(signerDir, `.minister.email.eml.${job.pid}.7.tmp`), 'half a draft');
    writeFileSync(join(out, CASE_DIR, `.minister.letter.txt.${job.pid}-2.12.tmp`), 'half a letter');
    const alive = join(out, CASE_DIR, `.minister.call.txt.${process.pid}.1.tmp`);
    writeFileSync(alive, 'still being written by a live run');

    const beforeRerun = listFiles(out).filter((f) => !f.endsWith('.tmp')).length;
    const rerun = await runCli(args, { cwd, timeoutMs: 120_000 });
    expect(rerun.code, rerun.stderr).toBe(0);
    const left = listFiles(out).filter((f) => f.endsWith('.tmp'));
    expect(left).toEqual([`${CASE_DIR}/.minister.call.txt.${process.pid}.1.tmp`]);

    const clean = folder();
    copyFileSync(join(cwd, 's.csv'), join(clean, 's.csv'));
    expect((await runCli(args, { cwd: clean, timeoutMs: 120_000 })).code).toBe(0);
    const files = listFiles(join(clean, 'out'));
    // The kill landed mid-batch: the rerun had letters left to write.
    expect(beforeRerun).toBeLessThan(files.length);
    expect(listFiles(out).filter((f) => !f.endsWith('.tmp'))).toEqual(files);
    for (const f of files) expect(readFileSync(join(out, f)).equals(readFileSync(join(clean, 'out', f))), f).toBe(true);
  }, 240_000);
});
