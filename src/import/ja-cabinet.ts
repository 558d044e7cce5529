// Japan's own offices and ministries, named bare ("内閣総理大臣", "法務大臣", "首相官邸", "法務省"): a
// Japanese page names another country's minister with the country first ("フィリピン司法長官"), so
// officials all named by these alone, on a page naming no other country above them, are Japan's.
import { cjkCountryIn } from './cjk-words.js';
import type { ImportedOfficial } from './official-block.js';
import { lineAt } from './text.js';
import type { ImportText, Located } from './types.js';

const MINISTRY = '(?:法務|外務|防衛|厚生労働|文部科学|総務|財務|経済産業|国土交通|環境|農林水産|復興|デジタル)';
const OFFICE = new RegExp(`^(?:内閣総理大臣|総理大臣|内閣官房長官|官房長官|${MINISTRY}大臣|出入国在留管理庁長官|検事総長)$`, 'u');
// A ministry's own bureau or centre is named after it ("法務省入国者収容所").
const INSTITUTION = new RegExp(`^(?:首相官邸|内閣府|内閣官房|${MINISTRY}省(?:\\p{Script=Han}{2,12})?|出入国在留管理庁|最高検察庁)$`, 'u');

/** The line naming a Japanese office when every official is one of Japan's and no other country is named above them. */
export function japaneseCabinet(doc: ImportText, officials: readonly ImportedOfficial[]): Located<string> | undefined {
  if (officials.length === 0) return undefined;
  const own = (o: ImportedOfficial): Located<string> | undefined =>
    [o.title, o.organisation, o.nameFromOffice ? o.name : undefined].find((f) => f !== undefined && (OFFICE.test(f.value) || INSTITUTION.test(f.value)));
  const named = officials.map(own);
  if (named.some((f) => f === undefined)) return undefined;
  const first = Math.min(...officials.map((o) => o.line));
  for (let n = 1; n < first; n++) {
    const other = cjkCountryIn(lineAt(doc, n));
    if (other !== undefined && other.country !== 'Japan') return undefined;
  }
  return named[0];
}
