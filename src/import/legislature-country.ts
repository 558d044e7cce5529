// An official written to at a national parliament known by its own name: "Rt. Hon … MP / Home
// Secretary / House of Commons" prints no town nor country, yet a careful reader knows the House of
// Commons is Westminster's. Only chambers one country has are listed; Canada's House of Commons
// shares the name, and a block naming Ottawa, Ontario or Canada is Canada's. Read from the
// officials' own blocks (never a copy, never an office abroad), after their addresses' countries.
import { ABROAD } from './country.js';
import { nameIn } from './addressed-office-country.js';
import type { ImportedOfficial } from './official-block.js';
import { fold } from './text.js';
import { found, type Finding, type ImportText } from './types.js';

/** Chambers by their own name (folded), with the country whose parliament sits there. */
const CHAMBERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['GB', /\b(?:house of commons|house of lords|houses of parliament|palace of westminster)\b/],
  ['IE', /\b(?:dail eireann|seanad eireann|leinster house)\b/],
  ['IN', /\b(?:lok sabha|rajya sabha)\b/],
  ['IL', /\bknesset\b/],
  ['PL', /\bsejm(?:u)? (?:rzeczypospolitej|rp)\b/],
];
/** A cheap test before the table. */
const MAY_NAME = /commons|lords|parliament|westminster|eireann|leinster|sabha|knesset|sejm/;
/** Canada's House of Commons: a block naming its capital, province or country is Canada's. */
const CANADIAN = /\b(?:ottawa|ontario|canada|k1a)\b/;

/** The country of a parliament an official at home is written to at, when all such read agree. */
export function legislatureCountry(doc: ImportText, officials: readonly ImportedOfficial[]): Finding<string> | undefined {
  let read: { code: string; line: number } | undefined;
  for (const o of officials) {
    if (o.copy) continue;
    const parts = [o.title, o.organisation, ...o.address].filter((p) => p !== undefined);
    const block = fold(parts.map((p) => p.value).join(' | '));
    if (!MAY_NAME.test(block) || ABROAD.test(block)) continue;
    for (const part of parts) {
      const code = CHAMBERS.find(([, re]) => re.test(fold(part.value)))?.[0];
      if (code === undefined) continue;
      const country = code === 'GB' && CANADIAN.test(block) ? 'CA' : code;
      if (read && read.code !== country) return undefined;
      read ??= { code: country, line: part.line };
    }
  }
  return read && found(nameIn(doc, read.code), 'medium', read.line, 'the country of the parliament the official is written to at: check it');
}
