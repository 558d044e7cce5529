// How many facts `ua-letter import` gets right on the layout fixtures and the shared real UAs:
//   node bench/import-score.mjs [dist folder] [-v] [--set DIR]
// The dist folder defaults to ./dist; give an older build's to compare before and after.
// --set DIR scores instead every page listed in DIR/EXPECTED.json (real pages kept outside the
// repository: their text is not ours to commit).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scoreDraft, total } from './lib/import-score.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const setAt = args.indexOf('--set');
const setDir = setAt >= 0 ? resolve(args[setAt + 1] ?? '.') : undefined;
const dist = resolve(args.find((a, i) => !a.startsWith('-') && (setAt < 0 || i !== setAt + 1)) ?? join(root, 'dist'));
const verbose = args.includes('-v');
const { importDocument } = await import(pathToFileURL(join(dist, 'import', 'import-document.js')).href);
let htmlToText;
try { ({ htmlToText } = await import(pathToFileURL(join(dist, 'import', 'html-text.js')).href)); } catch { /* an older build */ }

const layouts = join(root, 'test', 'fixtures', 'import', 'layouts');
const shared = join(root, '..', 'shared', 'fixtures', 'urgent-actions');
const sets = setDir
  ? [[JSON.parse(readFileSync(join(setDir, 'EXPECTED.json'), 'utf8')), setDir]]
  : [
      [JSON.parse(readFileSync(join(layouts, 'EXPECTED.json'), 'utf8')), layouts],
      [JSON.parse(readFileSync(join(layouts, 'SHARED-EXPECTED.json'), 'utf8')), root],
      [JSON.parse(readFileSync(join(shared, 'EXPECTED.json'), 'utf8')), shared],
    ];
const scores = [];
for (const [expected, dir] of sets) {
  for (const [name, facts] of Object.entries(expected)) {
    if (name.endsWith('.pdf')) continue; // the PDF's text is the .txt beside it; the e2e test reads the PDF
    if (name.endsWith('.html') && !htmlToText) continue;
    const raw = readFileSync(join(dir, name), 'utf8');
    const text = name.endsWith(".html") ? htmlToText(raw) : raw;
    const s = scoreDraft(importDocument(text, { source: name }).caseText, facts);
    scores.push(s);
    console.log(`${name.padEnd(46)} ${String(s.right).padStart(3)}/${String(s.facts).padEnd(3)} wrong ${s.wrong}  invented ${s.invented}`);
    if (verbose) for (const d of s.details) console.log(`    ${d}`);
  }
}
const t = total(scores);
console.log(`total: ${t.right} of ${t.facts} facts right (${Math.round((100 * t.right) / t.facts)}%), ${t.missed} missed, ${t.wrong} wrong, ${t.invented} invented`);
