// The big page of the import benches: the layout fixtures (test/fixtures/import/layouts/*.txt)
// one after the other, as many rounds as it takes to reach `bytes`. Every build compared in a run
// reads the same page, this checkout's.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function layoutPage(root, bytes) {
  const layouts = join(root, 'test', 'fixtures', 'import', 'layouts');
  const pages = readdirSync(layouts).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(layouts, f), 'utf8').trim());
  let text = '';
  for (let i = 0; text.length < bytes; i++) text += `${pages[i % pages.length]}\n\n`;
  return text;
}
