// The country of a Japanese or Chinese page: the headline's "フィリピン：…" (after a tag such as
// "【緊急行動】"), else the embassy it writes to ("駐日イスラエル大使": an embassy in Tokyo is its
// country's), else an official's office named after a country ("フィリピン大統領"). Names come from
// a small table (cjk-words.ts); a name it lacks gives no country, never a guess.
import { cjkCountry, cjkCountryIn, CJK, embassyCountry } from './cjk-words.js';
import { japaneseCabinet } from './ja-cabinet.js';
import { koreaAtHome } from './ko-letter.js';
import type { ImportedOfficial } from './official-block.js';
import { headLines, lineAt } from './doc-lines.js';
import { found, type Finding, type ImportText } from './types.js';

/** The headline's lines: a page opens with it. */
const HEAD_LINES = 5;
const HEADLINE = /^(?:[【［[〔《][^】］\]〕》]{1,20}[】］\]〕》])?\s*([^：:\s]{2,12})\s*[：:]/u;
/** "【香港】寫信呼籲…": a Taiwanese page's headline opens with the place in brackets, no colon after it. */
const TAG = /^[【［[〔《]\s*([^】］\]〕》\s]{2,12})\s*[】］\]〕》]/u;

export function cjkPageCountry(doc: ImportText, officials: Finding<ImportedOfficial[]>): Finding<string> | undefined {
  for (const { n, line } of headLines(doc, HEAD_LINES)) {
    if (!CJK.test(line)) continue;
    const country = cjkCountry(HEADLINE.exec(line.trim())?.[1] ?? '') ?? cjkCountry(TAG.exec(line.trim())?.[1] ?? '');
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
  // "中华人民共和国北京市…": an address written the Chinese way opens with its country.
  for (const o of officials.value) {
    const first = o.address[0];
    const at = first === undefined || !CJK.test(first.value) ? undefined : cjkCountryIn(first.value);
    if (at?.index === 0 && first) return found(at.country, 'medium', first.line, `the country an official's address opens with ("${first.value}")`);
  }
  return japanAtHome(doc, officials.value) ?? japanOwnOffices(doc, officials.value) ?? koreanAtHome(doc, officials.value);
}

function japanOwnOffices(doc: ImportText, officials: readonly ImportedOfficial[]): Finding<string> | undefined {
  const at = japaneseCabinet(doc, officials);
  return at && found('Japan', 'medium', at.line, `the officials are Japan's own offices ("${at.value}"), and the page names no other country above them`);
}

function koreanAtHome(doc: ImportText, officials: readonly ImportedOfficial[]): Finding<string> | undefined {
  const at = koreaAtHome(doc, officials);
  return at && found('South Korea', 'medium', at.line, `the officials' addresses are Korean ("${at.value}"), and the page names no other country above them`);
}

/** "〒100-0000": a Japanese postcode, printed only on Japanese addresses. */
const JAPANESE_POSTCODE = /〒\s*[0-9０-９]{3}\s*[-－‐−–ー]\s*[0-9０-９]{4}/u;
const EMBASSY = /大使|領事|公使|驻|駐/u;

/**
 * Officials written to at Japanese addresses ("〒100-0000 千代田区… 例務省"), none of them an embassy,
 * on a page whose text above them names no other country: the page is about Japan itself (a
 * Japanese section's action on its own government). A page asking Japan's foreign minister to press
 * another country names that country above the officials, and then gets no country from here.
 */
function japanAtHome(doc: ImportText, officials: readonly ImportedOfficial[]): Finding<string> | undefined {
  const withAddress = officials.filter((o) => o.address.length > 0);
  const home = withAddress.find((o) => o.address.some((a) => JAPANESE_POSTCODE.test(a.value)));
  if (home === undefined || !withAddress.every((o) => o.address.some((a) => JAPANESE_POSTCODE.test(a.value)))) return undefined;
  if (officials.some((o) => [o.title, o.name, o.organisation].some((f) => f !== undefined && EMBASSY.test(f.value)))) return undefined;
  const first = Math.min(...officials.map((o) => o.line));
  for (let n = 1; n < first; n++) {
    const named = cjkCountryIn(lineAt(doc, n));
    if (named !== undefined && named.country !== 'Japan') return undefined;
  }
  const at = home.address.find((a) => JAPANESE_POSTCODE.test(a.value)) ?? home.address[0];
  return found('Japan', 'medium', at?.line ?? home.line, `the officials' addresses are Japanese ("${at?.value ?? ''}"), and the page names no other country above them`);
}
