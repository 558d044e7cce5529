// The country of a Japanese or Chinese page: the headline's "フィリピン：…" (after a tag such as
// "【緊急行動】"), else the embassy it writes to ("駐日イスラエル大使": an embassy in Tokyo is its
// country's), else an official's office named after a country ("フィリピン大統領"). Names come from
// a small table (cjk-words.ts); a name it lacks gives no country, never a guess.
import { cjkCountry, cjkCountryIn, CJK, embassyCountry } from './cjk-words.js';
import type { ImportedOfficial } from './official-block.js';
import { isBlank, lineAt } from './text.js';
import { found, type Finding, type ImportText } from './types.js';

/** The headline's lines: a page opens with it. */
const HEAD_LINES = 5;
const HEADLINE = /^(?:[【［[〔《][^】］\]〕》]{1,20}[】］\]〕》])?\s*([^：:\s]{2,12})\s*[：:]/u;

export function cjkPageCountry(doc: ImportText, officials: Finding<ImportedOfficial[]>): Finding<string> | undefined {
  let seen = 0;
  for (let n = 1; n <= doc.lines.length && seen < HEAD_LINES; n++) {
    const line = lineAt(doc, n);
    if (isBlank(line)) continue;
    seen++;
    if (!CJK.test(line)) continue;
    const country = cjkCountry(HEADLINE.exec(line.trim())?.[1] ?? '');
    if (country !== undefined) return found(country, 'high', n, 'from the headline');
  }
  if (!officials.found) return undefined;
  for (const o of officials.value) {
    const office = o.title ?? (o.nameFromOffice ? o.name : undefined);
    const country = office === undefined ? undefined : embassyCountry(office.value);
    if (country !== undefined && office) return found(country, 'medium', office.line, `the country of the embassy written to ("${office.value}")`);
  }
  for (const o of officials.value) {
    const office = o.title ?? (o.nameFromOffice ? o.name : undefined);
    const at = office === undefined || !CJK.test(office.value) ? undefined : cjkCountryIn(office.value);
    if (at?.index === 0 && office) return found(at.country, 'medium', office.line, `the country an official's office is named after ("${office.value}")`);
  }
  return undefined;
}
