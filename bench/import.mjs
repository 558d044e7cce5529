// Import start-up benchmark: how much slower than a bare `node -e ''` is `ua-letter import` of the
// shared Urgent Action's text (../shared/fixtures/urgent-actions/…txt)? A text import should load
// neither PDF.js (unpdf) nor the HTML parser. Interleaved runs (lib/start-up-timing.mjs): medians of
// wall-clock time compared, CPU time given too: it swings much less on a loaded machine.
// Usage: node bench/import.mjs [runs]   (run `npm run build` first)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeCommands } from './lib/start-up-timing.mjs';

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
const times = timeCommands(commands, runs, env);
rmSync(out, { recursive: true, force: true });

const wall = (k) => times[k].wall;
const cpu = (k) => times[k].cpu;
const base = wall('baseline');
const imp = wall('import');
console.log(`baseline node -e '': median ${base.toFixed(1)} ms over ${runs} runs${cpu('baseline') === undefined ? '' : `, ${cpu('baseline').toFixed(1)} ms CPU`}`);
console.log(`import (shared UA text): median ${imp.toFixed(1)} ms = ${(imp / base).toFixed(2)}x baseline${cpu('import') === undefined ? '' : `; CPU ${cpu('import').toFixed(1)} ms = ${(cpu('import') / cpu('baseline')).toFixed(2)}x`}`);
