// The action log counts what is on disk (issue 15): reruns that keep every file record nothing,
// --force rewriting the same letters records nothing more, and a batch stopped by Ctrl-C records
// what it published before the stop; `report` then equals the documents on disk, every time.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, exampleCase, repoRoot, runCli, tempDir } from '../helpers/cli.js';

interface ReportJson {
  cases: Array<{ case: string; channels: Record<string, { generated: number; sent: number }> }>;
}

/** `report --json` as generated counts per channel, for one case. */
async function reported(dir: string, env: Record<string, string>, caseId: string): Promise<Record<string, number>> {
  const result = await runCli(['report', '--json'], { cwd: dir, env });
  expect(result.code, result.stderr).toBe(0);
  const report = JSON.parse(result.stdout) as ReportJson;
  const c = report.cases.find((k) => k.case === caseId);
  return Object.fromEntries(Object.entries(c?.channels ?? {}).map(([ch, t]) => [ch, t.generated]));
}

/** Documents on disk per channel: one main file each (.letter.txt, .email.eml). */
function onDisk(folder: string): Record<string, number> {
  const files = existsSync(folder) ? (readdirSync(folder, { recursive: true }) as string[]) : [];
  const count = (suffix: string) => files.filter((f) => f.endsWith(suffix)).length;
  return Object.fromEntries(Object.entries({ letter: count('.letter.txt'), email: count('.email.eml') }).filter(([, n]) => n > 0));
}

function workspace(): { dir: string; env: Record<string, string> } {
  const dir = tempDir('ua-counts-');
  return { dir, env: { UA_LETTER_DATA_DIR: join(dir, 'data'), UA_LETTER_CONFIG_DIR: join(dir, 'config') } };
}

const signer = ['--name', 'Ada Lovelace', '--city', 'Leeds', '--country', 'United Kingdom', '--date', '2024-09-01'];

describe('the action log after reruns and --force', () => {
  it('records the two letters and two emails once, however often the same command runs', async () => {
    const { dir, env } = workspace();
    const args = ['generate', exampleCase, ...signer];
    const first = await runCli(args, { cwd: dir, env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('Action log: 2 letters, 2 emails recorded');
    for (let i = 0; i < 2; i++) {
      const again = await runCli(args, { cwd: dir, env });
      expect(again.code).toBe(0);
      expect(again.stderr).toContain('Action log: nothing new to record (not again: 4 kept from an earlier run)');
    }
    const forced = await runCli([...args, '--force'], { cwd: dir, env });
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('6 files written');
    expect(forced.stderr).toContain('Action log: nothing new to record (not again: 4 rewritten with --force)');

    const disk = onDisk(join(dir, 'letters', 'venezuela-protest-detentions'));
    expect(disk).toEqual({ letter: 2, email: 2 });
    expect(await reported(dir, env, 'venezuela-protest-detentions')).toEqual(disk);
  });

  it('counts a second signer as new letters, and only those', async () => {
    const { dir, env } = workspace();
    const csv = (names: string[]) => ['name,city,country', ...names.map((n) => `${n},Leeds,United Kingdom`)].join('\n') + '\n';
    writeFileSync(join(dir, 'one.csv'), csv(['Ada Lovelace']));
    writeFileSync(join(dir, 'two.csv'), csv(['Ada Lovelace', 'Mary Somerville']));
    const args = (list: string) => ['generate', exampleCase, '--signers', list, '--date', '2024-09-01', '--channel', 'letter'];
    expect((await runCli(args('one.csv'), { cwd: dir, env })).code).toBe(0);
    const second = await runCli(args('two.csv'), { cwd: dir, env });
    expect(second.stderr).toContain('Action log: 2 letters recorded (not again: 2 kept from an earlier run)');
    expect(await reported(dir, env, 'venezuela-protest-detentions')).toEqual({ letter: 4 });
  });

  it('counts the documents of an action page (--format html alone) once, when the page is created', async () => {
    const { dir, env } = workspace();
    const args = ['generate', exampleCase, ...signer, '--format', 'html'];
    for (const extra of [[], [], ['--force']]) expect((await runCli([...args, ...extra], { cwd: dir, env })).code).toBe(0);
    expect(existsSync(join(dir, 'letters', 'venezuela-protest-detentions', 'index.html'))).toBe(true);
    expect(await reported(dir, env, 'venezuela-protest-detentions')).toEqual({ letter: 2, email: 2 });
    // Beside the text files, the same documents are not counted a second time for the page.
    expect((await runCli([...args.slice(0, -1), 'html,txt', '--out', 'both'], { cwd: dir, env })).code).toBe(0);
    expect(await reported(dir, env, 'venezuela-protest-detentions')).toEqual({ letter: 4, email: 4 });
  });

  it('records nothing with --stdout (printed text may go anywhere) and nothing with --no-log', async () => {
    const { dir, env } = workspace();
    expect((await runCli(['generate', exampleCase, ...signer, '--stdout'], { cwd: dir, env })).code).toBe(0);
    expect((await runCli(['generate', exampleCase, ...signer, '--no-log'], { cwd: dir, env })).code).toBe(0);
    expect(existsSync(join(dir, 'data', 'actions.jsonl'))).toBe(false);
  });
});

// A batch big enough to be stopped in the middle, through writer threads as a big batch runs.
const SIGNERS = 2000;
// Each of these runs the binary three or four times over a big batch: far beyond the default 30 s
// when the whole suite shares two cores.
const SLOW = 180_000;
const CASE_ID = 'hardening-sample';

function batchWorkspace(signers = SIGNERS): { dir: string; env: Record<string, string> } {
  const ws = workspace();
  copyFileSync(join(repoRoot, 'test', 'fixtures', 'hardening', 'case.md'), join(ws.dir, 'case.md'));
  const rows = Array.from({ length: signers }, (_, i) => `Signer ${String(i).padStart(4, '0')},Leeds,United Kingdom,s${i}@example.org`);
  writeFileSync(join(ws.dir, 'signers.csv'), ['name,city,country,email', ...rows].join('\n') + '\n');
  return ws;
}

/** Spawns the binary in a process group of its own (as a shell does) and stops it with `signal` once `ready`. */
async function stopMidway(dir: string, env: Record<string, string>, args: string[], ready: () => boolean, signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [binPath, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1', ...env }, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const finished = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const start = Date.now();
  while (!ready()) {
    if (Date.now() - start > 90_000) throw new Error('the batch never got going');
    await new Promise((resolve) => setTimeout(resolve, 3));
  }
  process.kill(-child.pid!, signal);
  return { code: await finished, stderr };
}

describe('the action log after Ctrl-C in the middle of a batch', () => {
  it('records what was on disk at the stop; the rerun records the rest; report equals the disk', async () => {
    const { dir, env } = batchWorkspace();
    const folder = join(dir, 'letters', CASE_ID);
    const args = ['generate', 'case.md', '--signers', 'signers.csv', '--date', '2024-09-01'];
    // Past the 500 files after which the writer threads start: files land out of order there.
    const marker = join(folder, 'signer-0300', 'minister.email.txt');
    const stopped = await stopMidway(dir, env, args, () => existsSync(marker), 'SIGINT');
    expect(stopped.code, stopped.stderr).toBe(130);
    const atStop = onDisk(folder);
    expect(atStop.letter).toBeGreaterThan(0);
    expect(atStop.letter).toBeLessThan(SIGNERS);
    expect(await reported(dir, env, CASE_ID)).toEqual(atStop);

    const rerun = await runCli(args, { cwd: dir, env, timeoutMs: 120_000 });
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(onDisk(folder)).toEqual({ letter: SIGNERS, email: SIGNERS });
    expect(await reported(dir, env, CASE_ID)).toEqual({ letter: SIGNERS, email: SIGNERS });

    const forced = await runCli([...args, '--force'], { cwd: dir, env, timeoutMs: 120_000 });
    expect(forced.code, forced.stderr).toBe(0);
    expect(await reported(dir, env, CASE_ID)).toEqual({ letter: SIGNERS, email: SIGNERS });
  }, SLOW);

  it('records no letter of a combined PDF discarded at the stop, and each letter once the PDF is whole', async () => {
    const { dir, env } = batchWorkspace(300);
    const folder = join(dir, 'letters', CASE_ID);
    const args = ['generate', 'case.md', '--signers', 'signers.csv', '--date', '2024-09-01', '--format', 'pdf'];
    const laidOut = () => existsSync(folder) && readdirSync(folder).some((f) => f.endsWith('.tmp')) && existsSync(join(folder, 'signer-0020', 'minister.email.txt'));
    const stopped = await stopMidway(dir, env, args, laidOut, 'SIGTERM');
    expect(stopped.code, stopped.stderr).toBe(143);
    expect(existsSync(join(folder, 'letters.pdf'))).toBe(false);
    const emailsAtStop = onDisk(folder).email ?? 0;
    expect(emailsAtStop).toBeGreaterThan(0);
    expect(await reported(dir, env, CASE_ID)).toEqual({ email: emailsAtStop });

    for (const extra of [[], [], ['--force']]) {
      const run = await runCli([...args, ...extra], { cwd: dir, env, timeoutMs: 120_000 });
      expect(run.code, run.stderr).toBe(0);
      const pdf = readFileSync(join(folder, 'letters.pdf')).toString('latin1');
      expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(300);
      expect(await reported(dir, env, CASE_ID)).toEqual({ letter: 300, email: 300 });
    }
  }, SLOW);
});
