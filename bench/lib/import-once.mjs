// One in-process import of a page through a checkout's unbundled build (dist/import), for
// bench/import-readers.mjs to profile: the split build keeps one file per reader, so the profile
// tells the readers apart. Usage: node bench/lib/import-once.mjs <checkout root> <page file>
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, page] = process.argv.slice(2);
const { importDocument } = await import(pathToFileURL(join(resolve(root), 'dist', 'import', 'import-document.js')).href);
importDocument(readFileSync(page, 'utf8'), { source: page });
