// Ctrl-C and SIGTERM in the middle of a batch, sent to the binary's process group as a terminal
// does: the tool's own handler stops between two files, leaves no temporary or half-written file,
// says what it wrote, and exits 130/143; the same command run again finishes the rest and exits 0.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot, runCli, tempDir } from '../helpers/cli.js';
import { readEml } from '../property/eml-reader.js';

const SIGNERS = 4000;
const FILES_PER_SIGNER = 3; // the fixture's one official: letter, .eml and email .txt
const CASE_DIR = 'hardening-sample';

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A folder with the fixture case and a list of `SIGNERS` signers, "Signer 0000" onwards. */
function batchFolder(): string {
  const dir = tempDir('ua-interrupt-');
  copyFileSync(join(repoRoot, 'test', 'fixtures', 'hardening', 'case.md'), join(dir, 'case.md'));
  const rows = Array.from({ length: SIGNERS }, (_, i) => `Signer ${String(i).padStart(4, '0')},Leeds,United Kingdom,s${i}@example.org`);
  writeFileSync(join(dir, 'signers.csv'), ['name,city,country,email', ...rows].join('\n') + '\n');
  return dir;
}

const batchArgs = (...extra: string[]) => ['generate', 'case.md', '--signers', 'signers.csv', '--date', '2024-09-01', '--out', 'out', '--no-log', ...extra];

/** Spawns the binary in a process group of its own, as a shell does for a foreground job. */
function spawnBatch(dir: string, args: string[]): { pid: number; finished: Promise<Finished> } {
  const home = tempDir('ua-home-');
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', UA_LETTER_CONFIG_DIR: home, UA_LETTER_DATA_DIR: home };
  delete env.FORCE_COLOR;
  const child = spawn(process.execPath, [binPath, ...args], { cwd: dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const finished = new Promise<Finished>((resolve, reject) => {
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
  return { pid: child.pid!, finished };
}

/** Resolves when `check` holds, polling every few milliseconds. */
async function until(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 3));
  }
}

/** Every file under `dir`, relative, with '/'. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split('\\').join('/'))
    .sort();
}

const signerFile = (out: string, i: number, suffix: string) => join(out, CASE_DIR, `signer-${String(i).padStart(4, '0')}`, `minister.${suffix}`);

/** Each file is whole: a letter ends with its signer's name, an .eml reads back, the .txt ends with its link. */
function expectComplete(out: string, files: readonly string[]): void {
  for (const file of files) {
    const text = readFileSync(join(out, file));
    const signer = /signer-(\d{4})\//.exec(file)?.[1];
    expect(signer, file).toBeDefined();
    const name = `Signer ${signer}`;
    if (file.endsWith('.letter.txt')) expect(text.toString('utf8').endsWith(`\n${name}\n`), file).toBe(true);
    else if (file.endsWith('.email.eml')) {
      const eml = readEml(text);
      expect(eml.headers.get('x-unsent'), file).toEqual(['1']);
      // The email is signed with the name and the place.
      expect(eml.body.endsWith(`\n${name}\nLeeds, United Kingdom\n`), file).toBe(true);
    } else if (file.endsWith('.email.txt')) expect(text.toString('utf8'), file).toMatch(/\n(Open it in Outlook on the web: https:\S+|Too long for a .* link: copy the text above into a new message there\.)\n$/);
    else throw new Error(`unexpected file ${file}`);
  }
}

/** No temporary file, no hidden state file: only the documents. */
function expectNoLeftovers(out: string): void {
  const all = listFiles(out);
  expect(all.filter((f) => f.split('/').some((part) => part.startsWith('.')) || f.endsWith('.tmp'))).toEqual([]);
}

function interruptedCount(stderr: string): number {
  const m = /^error: interrupted: (\d+) files written before the stop; run the same command again to finish the rest$/m.exec(stderr);
  expect(m, stderr).not.toBeNull();
  return Number(m![1]);
}

describe.each([
  { signal: 'SIGINT' as const, code: 130 },
  { signal: 'SIGTERM' as const, code: 143 },
])('$signal in the middle of a batch', ({ signal, code }) => {
  it(`stops cleanly with exit ${code}, and a rerun without --force finishes the rest`, async () => {
    const dir = batchFolder();
    const out = join(dir, 'out');
    const run = spawnBatch(dir, batchArgs('--json'));
    // Some way into the batch: the 50th signer's letters are on disk.
    await until(() => existsSync(signerFile(out, 50, 'email.txt')), 'the first files');
    process.kill(-run.pid, signal);
    const stopped = await run.finished;

    expect(stopped.signal).toBeNull(); // the tool's own handler chose the exit code
    expect(stopped.code).toBe(code);
    const written = listFiles(out);
    expect(interruptedCount(stopped.stderr)).toBe(written.length);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(SIGNERS * FILES_PER_SIGNER);
    expectNoLeftovers(out);
    expectComplete(out, written);
    // stdout: one whole JSON object per document, each naming files that exist.
    const records = stopped.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { paths: string[] });
    for (const r of records) for (const p of r.paths) expect(existsSync(join(dir, p)), p).toBe(true);

    const rerun = await runCli(batchArgs(), { cwd: dir, timeoutMs: 120_000 });
    expect(rerun.stderr).toContain(`${written.length} files existed already and were kept`);
    expect(rerun.code).toBe(0);
    const all = listFiles(out);
    expect(all).toHaveLength(SIGNERS * FILES_PER_SIGNER);
    expectNoLeftovers(out);
    expectComplete(out, all);
  });
});

describe('a second Ctrl-C', () => {
  it('stops at once, still with exit 130 and without a temporary or partial file', async () => {
    const dir = batchFolder();
    const out = join(dir, 'out');
    const run = spawnBatch(dir, batchArgs());
    await until(() => existsSync(signerFile(out, 50, 'email.txt')), 'the first files');
    process.kill(-run.pid, 'SIGINT');
    process.kill(-run.pid, 'SIGINT');
    const stopped = await run.finished;
    expect(stopped.signal).toBeNull();
    expect(stopped.code).toBe(130);
    expectNoLeftovers(out);
    expectComplete(out, listFiles(out));
  });
});

describe('SIGTERM while a combined PDF is being laid out', () => {
  it('publishes no partial PDF, and the rerun writes the whole one', async () => {
    const dir = batchFolder();
    // 400 signers: one page each; the PDF takes a second or two to lay out.
    writeFileSync(join(dir, 'signers.csv'), readFileSync(join(dir, 'signers.csv'), 'utf8').split('\n').slice(0, 401).join('\n') + '\n');
    const out = join(dir, 'out');
    const args = batchArgs('--format', 'pdf', '--channel', 'letter');
    const run = spawnBatch(dir, args);
    // The PDF is written under a temporary name until it is complete.
    await until(() => existsSync(join(out, CASE_DIR)) && readdirSync(join(out, CASE_DIR)).some((f) => f.endsWith('.tmp')), 'the temporary PDF');
    await new Promise((resolve) => setTimeout(resolve, 200));
    process.kill(-run.pid, 'SIGTERM');
    const stopped = await run.finished;
    expect(stopped.code).toBe(143);
    expect(interruptedCount(stopped.stderr)).toBe(0);
    expect(listFiles(out)).toEqual([]);

    const rerun = await runCli(args, { cwd: dir, timeoutMs: 120_000 });
    expect(rerun.code).toBe(0);
    expect(listFiles(out)).toEqual([`${CASE_DIR}/letters.pdf`]);
    const pdf = readFileSync(join(out, CASE_DIR, 'letters.pdf')).toString('latin1');
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(400);
  });
});
