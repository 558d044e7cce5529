// Import start-up benchmark: how much slower than a bare `node -e ''` is `ua-letter import` of the
// shared Urgent Action's text (../shared/fixtures/urgent-actions/…txt)? A text import should load
// neither PDF.js (unpdf) nor the HTML parser. Runs are interleaved (baseline, import, baseline, …)
// so machine noise hits both alike; medians of wall-clock time are compared, and CPU time (user +
// system, from /usr/bin/time when it is there) is given too: it swings much less on a loaded machine.
// Usage: node bench/import.mjs [runs]   (run `npm run build` first)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 15);
const bin = join(root, 'bin', 'ua-letter.js');
const fixture = join(root, '..', 'shared', 'fixtures', 'urgent-actions', 'honduras-amr-37-6674-2017.txt');
const out = mkdtempSync(join(tmpdir(), 'ua-bench-import-'));
const env = { ...process.env, NO_COLOR: '1', UA_LETTER_CONFIG_DIR: out, UA_LETTER_DATA_DIR: out };
const commands = {
  baseline: [process.execPath, ['-e', '']],
  import: [process.execPath, [bin, 'import', fixture, '--quiet']],
};
const timeCommand = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

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
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const samples = { baseline: [], import: [] };
for (const c of Object.values(commands)) timeOnce(c); // warm the file-system cache
for (let i = 0; i < runs; i++) for (const [k, c] of Object.entries(commands)) samples[k].push(timeOnce(c));
rmSync(out, { recursive: true, force: true });

const wall = (k) => median(samples[k].map((s) => s.wall));
const cpu = (k) => (samples[k].every((s) => s.cpu !== undefined) ? mean(samples[k].map((s) => s.cpu)) : undefined);
const base = wall('baseline');
const imp = wall('import');
console.log(`baseline node -e '': median ${base.toFixed(1)} ms over ${runs} runs${cpu('baseline') === undefined ? '' : `, ${cpu('baseline').toFixed(1)} ms CPU`}`);
console.log(`import (shared UA text): median ${imp.toFixed(1)} ms = ${(imp / base).toFixed(2)}x baseline${cpu('import') === undefined ? '' : `; CPU ${cpu('import').toFixed(1)} ms = ${(cpu('import') / cpu('baseline')).toFixed(2)}x`}`);
