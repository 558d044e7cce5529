// Start-up benchmark (issue 2, item 8): how much slower than a bare `node -e ''` is
// `ua-letter --version`, and a one-case, one-signer `generate`? Runs are interleaved
// (lib/start-up-timing.mjs): wall-clock medians against the target, CPU time beside them, the
// ratio to compare builds by on a loaded machine.
// Usage: node bench/startup.mjs [runs]   (run `npm run build` first)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeCommands } from './lib/start-up-timing.mjs';

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

const times = timeCommands(commands, runs, env);
rmSync(out, { recursive: true, force: true });

const base = times.baseline.wall;
const baseCpu = times.baseline.cpu;
const targets = { version: 1.5, generate: 2.5 };
console.log(`baseline node -e '': median ${base.toFixed(1)} ms over ${runs} runs${baseCpu === undefined ? '' : `, ${baseCpu.toFixed(1)} ms CPU`}`);
let ok = true;
for (const k of ['version', 'generate']) {
  const m = times[k].wall;
  const ratio = m / base;
  ok &&= ratio <= targets[k];
  const c = times[k].cpu;
  const cpuRatio = c === undefined || baseCpu === undefined ? '' : `  CPU ${c.toFixed(1)} ms ratio ${(c / baseCpu).toFixed(2)}`;
  console.log(`${k.padEnd(9)} median ${m.toFixed(1)} ms  ratio ${ratio.toFixed(2)}  (target ≤ ${targets[k]})  ${ratio <= targets[k] ? 'ok' : 'OVER'}${cpuRatio}`);
}
process.exitCode = ok ? 0 : 1;
