// Start-up benchmark (issue 2, item 8): how much slower than a bare `node -e ''` is
// `ua-letter --version`, and a one-case, one-signer `generate`? Runs are interleaved
// (baseline, tool, baseline, tool, …) so machine noise hits both alike; medians are compared.
// Each run is also timed by its CPU time (user + system, from /usr/bin/time when it is there):
// on a loaded machine wall-clock medians swing by a third between two runs of this script, the
// CPU time a command takes much less, so the CPU ratio is the one to compare builds by.
// Usage: node bench/startup.mjs [runs]   (run `npm run build` first)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 21);
const bin = join(root, 'bin', 'ua-letter.js');
const exampleCase = join(root, 'cases', 'venezuela-protest-detentions.md');
const out = mkdtempSync(join(tmpdir(), 'ua-bench-'));
const env = { ...process.env, NO_COLOR: '1', UA_LETTER_CONFIG_DIR: out, UA_LETTER_DATA_DIR: out };

const commands = {
  baseline: [process.execPath, ['-e', '']],
  version: [process.execPath, [bin, '--version']],
  generate: [process.execPath, [bin, 'generate', exampleCase, '--date', '2024-09-01', '--name', 'Ada Bench',
    '--city', 'Leeds', '--country', 'United Kingdom', '--out', out, '--force', '--quiet', '--no-log']],
};

const timeCommand = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Wall-clock ms, and CPU ms (user + system) when /usr/bin/time can tell it. */
function timeOnce([cmd, args]) {
  const start = process.hrtime.bigint();
  const r = timeCommand
    ? spawnSync(timeCommand, ['-f', 'cpu %U %S', cmd, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    : spawnSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const times = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  return { wall, cpu: times ? (Number(times[1]) + Number(times[2])) * 1000 : undefined };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
// CPU times come in 10 ms steps: their mean over many runs says more than their median.
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (const c of Object.values(commands)) timeOnce(c); // warm the file-system cache
for (let i = 0; i < runs; i++) for (const [k, c] of Object.entries(commands)) samples[k].push(timeOnce(c));
rmSync(out, { recursive: true, force: true });

const wall = (k) => median(samples[k].map((s) => s.wall));
const cpu = (k) => (samples[k].every((s) => s.cpu !== undefined) ? mean(samples[k].map((s) => s.cpu)) : undefined);
const base = wall('baseline');
const baseCpu = cpu('baseline');
const targets = { version: 1.5, generate: 2.5 };
console.log(`baseline node -e '': median ${base.toFixed(1)} ms over ${runs} runs${baseCpu === undefined ? '' : `, ${baseCpu.toFixed(1)} ms CPU`}`);
let ok = true;
for (const k of ['version', 'generate']) {
  const m = wall(k);
  const ratio = m / base;
  ok &&= ratio <= targets[k];
  const c = cpu(k);
  const cpuRatio = c === undefined || baseCpu === undefined ? '' : `  CPU ${c.toFixed(1)} ms ratio ${(c / baseCpu).toFixed(2)}`;
  console.log(`${k.padEnd(9)} median ${m.toFixed(1)} ms  ratio ${ratio.toFixed(2)}  (target ≤ ${targets[k]})  ${ratio <= targets[k] ? 'ok' : 'OVER'}${cpuRatio}`);
}
process.exitCode = ok ? 0 : 1;
