// Action pages benchmark (issue 17). In one run, interleaved (text, html, text, html…), medians
// compared: N signers × 2 officials × letter+email+post written as text files (`--format txt`, the
// baseline) and as one action page per signer plus the case index (`--format html`). Also the
// largest page and what is inline in it: no font may be embedded (the page uses the system's).
// Output goes to /dev/shm (tmpfs) so that disk noise does not swamp the tool's own cost.
// Usage: node bench/html-pages.mjs [signers=1000] [rounds=5]   (after `npm run build`)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBatchFixture } from './lib/batch-fixture.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const signers = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 5);
const base = mkdtempSync(join(existsShm() ? '/dev/shm' : '/tmp', 'ua-html-'));
const env = { ...process.env, NO_COLOR: '1', UA_LETTER_CONFIG_DIR: base, UA_LETTER_DATA_DIR: base };

function existsShm() {
  try { return statSync('/dev/shm').isDirectory(); } catch { return false; }
}

function run(fixture, format, out) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin/ua-letter.js'), 'generate', fixture.casePath, '--signers', fixture.signersPath,
    '--channel', 'letter,email,tweet', '--format', format, '--out', out, '--date', '2024-09-01', '--quiet', '--no-log'], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`--format ${format} exited ${r.status}\n${r.stderr}`);
  return (performance.now() - started) / 1000;
}

function files(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const fixture = writeBatchFixture(base, signers);
run(fixture, 'txt', join(base, 'warm-txt'));
run(fixture, 'html', join(base, 'warm-html'));
const pages = files(join(base, 'warm-html')).filter((f) => f.endsWith('.html'));
const sizes = pages.map((f) => statSync(f).size);
const largest = pages[sizes.indexOf(Math.max(...sizes))];
const html = readFileSync(largest, 'utf8');
const fonts = (html.match(/@font-face|font\/(woff2?|ttf|otf)|application\/font|data:[^;]*font/gi) ?? []).length;
rmSync(join(base, 'warm-txt'), { recursive: true, force: true });
rmSync(join(base, 'warm-html'), { recursive: true, force: true });

const text = [];
const page = [];
for (let i = 1; i <= rounds; i++) {
  text.push(run(fixture, 'txt', join(base, `txt-${i}`)));
  rmSync(join(base, `txt-${i}`), { recursive: true, force: true });
  page.push(run(fixture, 'html', join(base, `html-${i}`)));
  rmSync(join(base, `html-${i}`), { recursive: true, force: true });
}
const ratio = median(page) / median(text);
console.log(`${signers} signers × 2 officials × letter+email+post: ${pages.length} pages (${pages.length - 1} signers + the case index)`);
console.log(`    html ${median(page).toFixed(2)} s, text ${median(text).toFixed(2)} s (medians of ${rounds}): ratio ${ratio.toFixed(2)} (target ≤ 1.5) ${ratio <= 1.5 ? 'ok' : 'OVER'}`);
console.log(`    largest page ${(Math.max(...sizes) / 1024).toFixed(1)} KB, median ${(median(sizes) / 1024).toFixed(1)} KB; fonts embedded in it: ${fonts} ${fonts === 0 ? 'ok' : 'OVER'}`);
rmSync(base, { recursive: true, force: true });
