// Batch benchmark (issue 3, item 5). In one run:
//  (a) N signers × 2 officials × letter+email+tweet written to files by `ua-letter generate`,
//      against a floor that writes the same bytes to the same number of files with plain Node
//      (temp file + rename). Interleaved: tool, floor, tool, floor…; medians compared.
//  (b) the same with every channel and --json (one JSON line per document on stdout, to a file),
//      against its own floor: JSON Lines must cost little over a run without them.
//  (c) peak RSS of the tool at 1,000 and 10,000 signers.
// Output goes to /dev/shm (tmpfs) so that disk noise does not swamp the tool's own cost.
// Usage: node bench/batch.mjs [signers=10000] [rounds=5]   (after `npm run build`)
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBatchFixture } from './lib/batch-fixture.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const signers = Number(process.argv[2] ?? 10_000);
const rounds = Number(process.argv[3] ?? 5);
const base = mkdtempSync(join(existsShm() ? '/dev/shm' : '/tmp', 'ua-batch-'));
const env = { ...process.env, NO_COLOR: '1', UA_LETTER_CONFIG_DIR: base, UA_LETTER_DATA_DIR: base };

function existsShm() {
  try { return statSync('/dev/shm').isDirectory(); } catch { return false; }
}

/** Runs a command under /usr/bin/time -v: wall seconds and peak RSS in MB; stdout to a file. */
function measure(args) {
  const stdout = openSync(join(base, 'stdout.txt'), 'w');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', stdout, 'pipe'] });
  closeSync(stdout);
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}\n${r.stderr}`);
  const [seconds, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, rssMb: kb / 1024 };
}

function tool(fixture, out, variant = ['--channel', 'letter,email,tweet']) {
  return measure([join(root, 'bin/ua-letter.js'), 'generate', fixture.casePath, '--signers', fixture.signersPath,
    ...variant, '--out', out, '--date', '2024-09-01', '--quiet', '--no-log']);
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name)).sort();
}

/** What the tool wrote, as one blob plus [path, length] pairs, for the floor to write again. */
function manifestOf(out) {
  const files = listFiles(out);
  const chunks = files.map((f) => readFileSync(f));
  const blob = join(base, 'blob.bin');
  writeFileSync(blob, Buffer.concat(chunks));
  const manifest = join(base, 'manifest.json');
  writeFileSync(manifest, JSON.stringify({ blob, files: files.map((f, i) => [relative(out, f), chunks[i].length]) }));
  return { manifest, count: files.length, bytes: chunks.reduce((s, c) => s + c.length, 0) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const fixture = writeBatchFixture(base, signers);

/** Tool against floor for one variant of flags: medians of interleaved rounds. */
function compare(variant) {
  const first = join(base, 'tool-0');
  tool(fixture, first, variant); // warm-up, and the files the floor will copy
  const { manifest, count, bytes } = manifestOf(first);
  rmSync(first, { recursive: true, force: true });
  const toolTimes = [];
  const floorTimes = [];
  for (let i = 1; i <= rounds; i++) {
    const t = join(base, `tool-${i}`);
    toolTimes.push(tool(fixture, t, variant).seconds);
    rmSync(t, { recursive: true, force: true });
    const f = join(base, `floor-${i}`);
    floorTimes.push(measure([join(root, 'bench/lib/floor-writer.mjs'), manifest, f]).seconds);
    rmSync(f, { recursive: true, force: true });
  }
  return { count, bytes, tool: median(toolTimes), floor: median(floorTimes), ratio: median(toolTimes) / median(floorTimes) };
}

const a = compare(['--channel', 'letter,email,tweet']);
console.log(`(a) ${signers} signers × 2 officials × letter+email+tweet: ${a.count} files, ${(a.bytes / 1e6).toFixed(1)} MB`);
console.log(`    tool ${a.tool.toFixed(2)} s, floor ${a.floor.toFixed(2)} s (medians of ${rounds}): ratio ${a.ratio.toFixed(2)} (target ≤ 1.5) ${a.ratio <= 1.5 ? 'ok' : 'OVER'}`);
const b = compare(['--json']);
console.log(`(b) ${signers} signers × 2 officials × every channel, --json: ${b.count} files, ${(b.bytes / 1e6).toFixed(1)} MB`);
console.log(`    tool ${b.tool.toFixed(2)} s, floor ${b.floor.toFixed(2)} s (medians of ${rounds}): ratio ${b.ratio.toFixed(2)} (target ≤ 1.5) ${b.ratio <= 1.5 ? 'ok' : 'OVER'}`);

const small = writeBatchFixture(base, 1000);
const rss1k = tool(small, join(base, 'rss-1k')).rssMb;
const big = signers === 10_000 ? fixture : writeBatchFixture(base, 10_000);
const rss10k = tool(big, join(base, 'rss-10k')).rssMb;
const growth = rss10k - rss1k;
console.log(`(c) peak RSS: ${rss1k.toFixed(0)} MB at 1,000 signers, ${rss10k.toFixed(0)} MB at 10,000: growth ${growth.toFixed(0)} MB (targets ≤ 200 MB peak, ≤ 40 MB growth) ${rss10k <= 200 && growth <= 40 ? 'ok' : 'OVER'}`);
rmSync(base, { recursive: true, force: true });
