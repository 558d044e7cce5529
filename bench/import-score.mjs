// How many facts `ua-letter import` gets right on the layout fixtures and the shared real UAs:
//   node bench/import-score.mjs [dist folder] [-v] [--set DIR] [--as html|spaced]
// The dist folder defaults to ./dist; give an older build's to compare before and after.
// --set DIR scores instead every page listed in DIR/EXPECTED.json (real pages kept outside the
// repository: their text is not ours to commit). --as reads each text page in another form
// (lib/page-variants.mjs): the figure should match the text's.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scoreDraft, total } from './lib/import-score.mjs';
import { asHtml, asSpaced } from './lib/page-variants.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const setDir = valueOf('--set') && resolve(valueOf('--set'));
const form = valueOf('--as');
if (form !== undefined && form !== 'html' && form !== 'spaced') throw new Error(`--as takes html or spaced, not ${form}`);
const values = new Set(['--set', '--as'].filter((f) => args.includes(f)).map((f) => args.indexOf(f) + 1));
const dist = resolve(args.find((a, i) => !a.startsWith('-') && !values.has(i)) ?? join(root, 'dist'));
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
    if (form === 'html' && !htmlToText) throw new Error('this build has no HTML reader');
    const page = name.endsWith('.html') || form === undefined ? raw : form === 'html' ? asHtml(raw) : asSpaced(raw);
    const text = name.endsWith('.html') || form === 'html' ? htmlToText(page) : page;
    const s = scoreDraft(importDocument(text, { source: name }).caseText, facts);
    scores.push(s);
    console.log(`${name.padEnd(46)} ${String(s.right).padStart(3)}/${String(s.facts).padEnd(3)} wrong ${s.wrong}  invented ${s.invented}`);
    if (verbose) for (const d of s.details) console.log(`    ${d}`);
  }
}
const t = total(scores);
console.log(`total: ${t.right} of ${t.facts} facts right (${Math.round((100 * t.right) / t.facts)}%), ${t.missed} missed, ${t.wrong} wrong, ${t.invented} invented`);
