// PDF benchmark (issue 3, benchmark part b). Speed: 1,000 letters through openLetterPdf against a
// minimal pdfkit script drawing the same text with the same fonts (bench/lib/pdf-baseline.mjs),
// runs interleaved (tool, baseline, tool, …) so machine noise hits both alike; medians compared,
// target ≤ 1.3×. Memory: peak RSS of a child process writing 1,000 and then 10,000 letters into one
// combined PDF; targets ≤ 200 MB peak and ≤ 40 MB growth. Each measurement runs in a fresh child.
// Usage: npm run build && node bench/pdf-letters.mjs [runs=5] [outDir=/dev/shm]
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { letterAt } from './lib/pdf-corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// UA_LETTER_DIST lets the benchmark run against another build of src/ (default: the package's dist/).
const dist = process.env.UA_LETTER_DIST ?? join(here, '..', 'dist');

if (process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]), process.argv[5], process.argv[6] === 'stream');
else main();

/**
 * One measured run: n letters with `kind` into `path`; prints one JSON line. Speed runs build the
 * letters before the clock starts for both sides; memory runs (`stream`) build each letter when it
 * is added, so that only the PDF writer's memory is measured.
 */
async function child(kind, n, path, stream) {
  const list = stream ? undefined : Array.from({ length: n }, (_, i) => letterAt(i, n));
  // Memory runs also sample the V8 heap now and then, to tell heap from native memory in the peak.
  let heapMb = 0;
  const at = (i) => {
    if (stream && i % 250 === 0) heapMb = Math.max(heapMb, process.memoryUsage().heapTotal / 1048576);
    return list ? list[i] : letterAt(i, n);
  };
  // Both sides are timed from opening the output to the file being complete, modules loaded.
  const write = kind === 'tool' ? await toolWriter() : (await import('./lib/pdf-baseline.mjs')).writeBaselinePdf;
  const start = performance.now();
  const cpu = process.cpuUsage();
  const { pages } = await write({ length: n, at }, path);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  process.stdout.write(JSON.stringify({ kind, n, ms, cpuMs, pages, maxRssMb: process.resourceUsage().maxRSS / 1024, heapMb }) + '\n');
}

/** openLetterPdf from the build, with the baseline's signature. */
async function toolWriter() {
  const { openLetterPdf } = await import(pathToFileURL(join(dist, 'output', 'pdf', 'letter-pdf.js')).href);
  return async (letters, path) => {
    const pdf = await openLetterPdf({ paper: 'a4', path, force: true });
    for (let i = 0; i < letters.length; i++) await pdf.add(letters.at(i));
    return { pages: (await pdf.close()).pages };
  };
}

function run(kind, n, out, mode = 'list') {
  const path = join(out, `${kind}-${n}.pdf`);
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', kind, String(n), path, mode], { encoding: 'utf8', env: process.env });
  if (r.status !== 0) throw new Error(`${kind} ${n} failed (${r.status}): ${r.stderr}`);
  rmSync(path, { force: true });
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

function main() {
  if (!existsSync(join(dist, 'output', 'pdf', 'letter-pdf.js'))) {
    console.error(`No build at ${dist}: run "npm run build" first.`);
    process.exitCode = 1;
    return;
  }
  const runs = Number(process.argv[2] ?? 5);
  const out = mkdtempSync(join(process.argv[3] ?? (existsSync('/dev/shm') ? '/dev/shm' : '/tmp'), 'ua-pdf-bench-'));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  try {
    const samples = { tool: [], baseline: [] };
    run('tool', 50, out); // warm the file-system and page caches
    for (let i = 0; i < runs; i++) for (const kind of ['tool', 'baseline']) samples[kind].push(run(kind, 1000, out));
    const pages = new Set([...samples.tool, ...samples.baseline].map((s) => s.pages));
    const tool = median(samples.tool.map((s) => s.ms)) / 1000;
    const base = median(samples.baseline.map((s) => s.ms)) / 1000;
    const ratio = tool / base;
    console.log(`pdf: tool ${tool.toFixed(2)}s baseline ${base.toFixed(2)}s ratio ${ratio.toFixed(2)} (target ≤ 1.3) ${ratio <= 1.3 ? 'ok' : 'OVER'}  [1,000 letters, ${[...pages].join('/')} pages, ${runs} runs each, medians]`);
    // CPU time (user + system, all threads) is less disturbed by other work on the machine.
    const toolCpu = median(samples.tool.map((s) => s.cpuMs)) / 1000;
    const baseCpu = median(samples.baseline.map((s) => s.cpuMs)) / 1000;
    console.log(`pdf cpu: tool ${toolCpu.toFixed(2)}s baseline ${baseCpu.toFixed(2)}s ratio ${(toolCpu / baseCpu).toFixed(2)}`);
    // Peak RSS depends on when V8 happens to collect: three runs of each size, medians compared.
    const mem = { small: [], large: [] };
    for (let i = 0; i < 3; i++) {
      mem.small.push(run('tool', 1000, out, 'stream').maxRssMb);
      mem.large.push(run('tool', 10000, out, 'stream').maxRssMb);
    }
    const small = median(mem.small);
    const large = median(mem.large);
    const growth = large - small;
    const peakOk = large <= 200;
    const worst = Math.max(...mem.large);
    console.log(`pdf memory: peak RSS ${small.toFixed(0)} MB at 1,000 letters, ${large.toFixed(0)} MB at 10,000 (target ≤ 200) ${peakOk ? 'ok' : 'OVER'}; growth ${growth.toFixed(0)} MB (target ≤ 40) ${growth <= 40 ? 'ok' : 'OVER'}  [medians of 3; worst 10,000-letter run ${worst.toFixed(0)} MB]`);
    const baseSmall = run('baseline', 1000, out, 'stream');
    const baseLarge = run('baseline', 10000, out, 'stream');
    console.log(`  for comparison, the minimal script (piped to a file): peak RSS ${baseSmall.maxRssMb.toFixed(0)} MB at 1,000, ${baseLarge.maxRssMb.toFixed(0)} MB at 10,000`);
    process.exitCode = ratio <= 1.3 && peakOk && growth <= 40 ? 0 : 1;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
