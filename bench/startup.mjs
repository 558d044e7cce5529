// Start-up benchmark (issue 2, item 8): how much slower than a bare `node -e ''` is
// `ua-letter --version`, and a one-case, one-signer `generate`? Runs are interleaved
// (baseline, tool, baseline, tool, …) so machine noise hits both alike; medians are compared.
// Usage: node bench/startup.mjs [runs]   (run `npm run build` first)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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

function timeOnce([cmd, args]) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (const c of Object.values(commands)) timeOnce(c); // warm the file-system cache
for (let i = 0; i < runs; i++) for (const [k, c] of Object.entries(commands)) samples[k].push(timeOnce(c));
rmSync(out, { recursive: true, force: true });

const base = median(samples.baseline);
const targets = { version: 1.5, generate: 2.5 };
console.log(`baseline node -e '': median ${base.toFixed(1)} ms over ${runs} runs`);
let ok = true;
for (const k of ['version', 'generate']) {
  const m = median(samples[k]);
  const ratio = m / base;
  ok &&= ratio <= targets[k];
  console.log(`${k.padEnd(9)} median ${m.toFixed(1)} ms  ratio ${ratio.toFixed(2)}  (target ≤ ${targets[k]})  ${ratio <= targets[k] ? 'ok' : 'OVER'}`);
}
process.exitCode = ok ? 0 : 1;
