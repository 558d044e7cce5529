// Per-line cost of `ua-letter import`: a page of 1 MB made of the layout fixtures one after the
// other (test/fixtures/import/layouts/*.txt, as many rounds as it takes), against the import of the
// shared Urgent Action (start-up and a page's fixed work) and a bare `node -e ''`, interleaved
// (lib/start-up-timing.mjs). What the big page costs beyond the small one, per line, is the work
// the importer does line by line. Given another build's bin/ua-letter.js (an older checkout's), it
// is timed in the same rounds, for a before and after on the same machine at the same time.
// Usage: node bench/import-lines.mjs [runs] [MB] [other bin/ua-letter.js]   (run `npm run build` first)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutPage } from './lib/layout-page.mjs';
import { timeCommands } from './lib/start-up-timing.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 7);
const size = Number(process.argv[3] ?? 1) * 1024 * 1024;
const bins = { this: join(root, 'bin', 'ua-letter.js'), ...(process.argv[4] ? { other: resolve(process.argv[4]) } : {}) };
const shared = join(root, '..', 'shared', 'fixtures', 'urgent-actions', 'honduras-amr-37-6674-2017.txt');
const out = mkdtempSync(join(tmpdir(), 'ua-bench-import-lines-'));
const env = { ...process.env, NO_COLOR: '1', UA_LETTER_CONFIG_DIR: out, UA_LETTER_DATA_DIR: out };

const text = layoutPage(root, size);
const big = join(out, 'layouts.txt');
writeFileSync(big, text);
const lines = text.split('\n').length;
const sharedLines = readFileSync(shared, 'utf8').split('\n').length;

const commands = { baseline: [process.execPath, ['-e', '']] };
for (const [name, bin] of Object.entries(bins)) {
  commands[`${name} small`] = [process.execPath, [bin, 'import', shared, '--quiet']];
  commands[`${name} big`] = [process.execPath, [bin, 'import', big, '--quiet']];
}
const times = timeCommands(commands, runs, env);
rmSync(out, { recursive: true, force: true });

const base = times.baseline;
const cpuKnown = Object.values(times).every((t) => t.cpu !== undefined);
const both = (t, f) => `wall ${f(t.wall, base.wall)}${cpuKnown ? `; CPU ${f(t.cpu, base.cpu)}` : ''}`;
const againstBase = (ms, b) => `${ms.toFixed(0)} ms = ${(ms / b).toFixed(2)}x baseline`;
console.log(`baseline node -e '': median ${base.wall.toFixed(1)} ms over ${runs} runs${cpuKnown ? `, ${base.cpu.toFixed(1)} ms CPU` : ''}`);
for (const [name, bin] of Object.entries(bins)) {
  const small = times[`${name} small`];
  const large = times[`${name} big`];
  const perLine = (a, b) => `${(((a - b) * 1000) / lines).toFixed(1)} µs`;
  console.log(`${bin}:`);
  console.log(`  the shared UA (${sharedLines} lines): ${both(small, againstBase)}`);
  console.log(`  ${(text.length / 1024 / 1024).toFixed(1)} MB of layout fixtures (${lines} lines): ${both(large, againstBase)}`);
  console.log(`  a line beyond the shared UA: wall ${perLine(large.wall, small.wall)}${cpuKnown ? `; CPU ${perLine(large.cpu, small.cpu)}` : ''}`);
}
