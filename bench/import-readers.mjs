// Where the importer's time goes, reader by reader, against another build in the same run: the
// big page of bench/import-lines.mjs is imported in-process through each checkout's split build
// (bench/lib/import-once.mjs) under V8's sampling profiler, runs interleaved, and each source file's
// time is summed — "self" (in the file's own code) and "with callees" (while the file is anywhere
// on the stack). import-lines.mjs says whether a line got dearer; this says which reader made it so.
// Usage: node bench/import-readers.mjs [runs] [MB] [other checkout root] [file]
//        given a file (`official-words.js`, or `*` for all), its functions are told apart instead of the files
//        (run `npm run build` in both checkouts first)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutPage } from './lib/layout-page.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 5);
const bytes = Number(process.argv[3] ?? 1) * 1024 * 1024;
const builds = { this: root, ...(process.argv[4] ? { other: resolve(process.argv[4]) } : {}) };
const focus = process.argv[5];
const rows = Number(process.env.ROWS ?? 30);
const once = join(root, 'bench', 'lib', 'import-once.mjs');

const out = mkdtempSync(join(tmpdir(), 'ua-bench-import-readers-'));
const page = join(out, 'layouts.txt');
writeFileSync(page, layoutPage(root, bytes));

/**
 * A profile frame's file: a path under a build's dist/, a package's name, or V8's own label
 * ("(garbage collector)"). Undefined for a regular expression's or a built-in's frame, whose time
 * is its caller's: the regular expressions differ from build to build, the readers that run them
 * are what the table compares.
 */
function fileOf({ url, functionName, lineNumber }) {
  const dist = /\/dist\/(.+)$/.exec(url);
  if (dist) return focus && (focus === '*' || dist[1].endsWith(`/${focus}`)) ? `${dist[1]} ${functionName || `(anonymous, line ${lineNumber + 1})`}` : dist[1];
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url) return '(node)';
  if (/^\((program|garbage collector|idle|root)\)$/.test(functionName)) return functionName;
  return undefined;
}

/** Self and with-callees ms per file, from one .cpuprofile. */
function perFile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const inclusive = new Map();
  const add = (m, k, us) => m.set(k, (m.get(k) ?? 0) + us / 1000);
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    let owner;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = fileOf(byId.get(at).callFrame);
      if (f === undefined) continue;
      owner ??= f;
      if (!seen.has(f)) { seen.add(f); add(inclusive, f, us); }
    }
    add(self, owner ?? '(native)', us);
  });
  return { self, inclusive };
}

const samples = Object.fromEntries(Object.keys(builds).map((b) => [b, []]));
for (let run = 0; run < runs; run++) {
  for (const [name, checkout] of Object.entries(builds)) {
    const dir = join(out, `${name}-${run}`);
    const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '250', '--cpu-prof-dir', dir, once, checkout, page], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${name}: import exited ${r.status}: ${r.stderr}`);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    samples[name].push(perFile(JSON.parse(readFileSync(join(dir, file), 'utf8'))));
  }
}
rmSync(out, { recursive: true, force: true });

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
function medians(name, kind) {
  const files = new Set(samples[name].flatMap((s) => [...s[kind].keys()]));
  return new Map([...files].map((f) => [f, median(samples[name].map((s) => s[kind].get(f) ?? 0))]));
}
const table = Object.fromEntries(Object.keys(builds).map((b) => [b, { self: medians(b, 'self'), inclusive: medians(b, 'inclusive') }]));
const total = (name) => median(samples[name].map((s) => [...s.self.values()].reduce((a, b) => a + b, 0)));
const ms = (x) => (x ?? 0).toFixed(0).padStart(6);
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}x` : '   -').padStart(6);

console.log(`${(bytes / 1024 / 1024).toFixed(1)} MB of layout fixtures, ${runs} runs each, medians in ms (sampled every 250 µs)`);
if (!builds.other) {
  console.log(`total ${ms(total('this'))}`);
  console.log('   self  with callees  file');
  const t = table.this;
  const by = process.env.SORT === "callees" ? t.inclusive : t.self;
  for (const f of [...t.self.keys()].sort((a, b) => by.get(b) - by.get(a)).slice(0, rows)) console.log(`${ms(t.self.get(f))}  ${ms(t.inclusive.get(f))}        ${f}`);
} else {
  const [a, b] = [table.this, table.other];
  console.log(`total: this ${ms(total('this'))}, other ${ms(total('other'))} = ${ratio(total('this'), total('other'))}`);
  console.log(`self: this  other  ratio | with callees: this  other  ratio | file (by change in self time)`);
  const files = new Set([...a.self.keys(), ...b.self.keys()]);
  const change = (f) => Math.abs((a.self.get(f) ?? 0) - (b.self.get(f) ?? 0));
  for (const f of [...files].sort((x, y) => change(y) - change(x)).slice(0, rows)) {
    const [sa, sb, ia, ib] = [a.self.get(f) ?? 0, b.self.get(f) ?? 0, a.inclusive.get(f) ?? 0, b.inclusive.get(f) ?? 0];
    console.log(`  ${ms(sa)} ${ms(sb)} ${ratio(sa, sb)} |         ${ms(ia)} ${ms(ib)} ${ratio(ia, ib)} | ${f}`);
  }
}
