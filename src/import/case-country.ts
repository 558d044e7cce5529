// The case's country, as ONE decision over the page's evidence. Every reader of a country is a kind
// of evidence; the kinds are asked in a fixed order, strongest first, and the first that names a
// country gives it. The order, and why:
//
//  1. header      A headline "COUNTRY: …", a "Country:"/"País:" label, a header line ("| Irán",
//                 "(Egypt: UA 16.20)"): the page says it in so many words. Only an address or a
//                 call to a US state's office may correct it (a headline "Georgia:" that is the
//                 state), or the official the page addresses abroad of it (addressee-line-country).
//  2. case list   A page listing several cases, each under its country (case-list-countries):
//                 its answer is a refusal, a TODO naming them, which ends the decision.
//  3. address     The last line of an official's address block at home, in any script (cjk-,
//                 script-country; country.ts: the address's end, its capital, its postal system),
//                 an EU institution's, the country an embassy or mission represents.
//  4. office      The office an official holds, "of X" or by adjective, in the block's title or in
//                 the line that addresses them ("Procureur général de Russie", "Presidente
//                 mexicano", the Lithuanian "Seimas"; addressed-office-, legislature-,
//                 misspelt-office-, addressee-line-country).
//  5. call        US-shaped numbers to call a US state's offices (call-in-country).
//  6. state       A federal state named with its office ("Governor of Texas", "Kerala Police").
//  7. prose       The body: the AI index line, a heading naming one country, the embassy the page
//                 asks you to contact, the country it names far most (country-from-text).
//  7b. contact    An address's country with a dropped accent ("Mxico"); the officials' government
//                 email domains.
//  8. US state    Only when the prose names no other country: a US state's office or name.
//  9. sole        The one country the sentences name (sole-, petition-country).
//
// The writers' and the sender's own country is never taken from the prose (kinds 7 to 9) when the
// prose read it where it names who writes ("AI Japanese Section" writing to Myanmar's officials,
// "a member in Sweden", "Amnesty International USA fordert …") and the page names another country
// (sendersCountries). A missed country is a TODO; a wrong one is a letter to the wrong government.
import { countryCode } from '../channels/countries.js';
import { addresseeAbroadOfHeader, addresseeLineCountry } from './addressee-line-country.js';
import { addressedOfficeCountry } from './addressed-office-country.js';
import { callInCountry } from './call-in-country.js';
import { calledOnOfficeCountry } from './called-on-office-country.js';
import { caseListCountries } from './case-list-countries.js';
import { cjkPageCountry } from './cjk-country.js';
import { ABROAD, countryFromEmails, countryFromOfficials, stateNotCountry } from './country.js';
import { countryFromText, SECTION_NAME, writersCountry } from './country-from-text.js';
import { countryMentions, type CountryMention } from './country-mentions.js';
import { droppedAccentCountry } from './dropped-accents.js';
import { europeanUnionCountry } from './eu-institution.js';
import { findLandmarks } from './landmarks.js';
import { legislatureCountry } from './legislature-country.js';
import { misspeltOfficeCountry } from './misspelt-office-country.js';
import type { ImportedOfficial } from './official-block.js';
import { petitionCountry } from './petition-country.js';
import { inEnglish, scriptPageCountry } from './script-country.js';
import { soleCountryNamed } from './sole-country.js';
import { stateCountry } from './state-country.js';
import type { Finding, ImportText } from './types.js';
import { usStateNamed } from './us-state-names.js';

/** The kinds of evidence, in the order they are asked. */
export type CountryEvidence = 'header' | 'case list' | 'address' | 'office' | 'call' | 'state' | 'prose' | 'contact' | 'US state' | 'sole';

interface Reader {
  readonly kind: CountryEvidence;
  readonly read: (page: Page) => Finding<string> | undefined;
}

interface Page {
  readonly doc: ImportText;
  readonly header: Finding<string>;
  readonly officials: Finding<ImportedOfficial[]>;
  readonly list: readonly ImportedOfficial[];
}

/** Kinds read from what the page's prose names: where the writers' own country is named too. */
const PROSE_KINDS = new Set<CountryEvidence>(['prose', 'US state', 'sole']);

/** Without a header, the kinds after it, in order. */
const READERS: readonly Reader[] = [
  { kind: 'case list', read: ({ doc }) => caseListCountries(doc) },
  { kind: 'address', read: ({ doc, officials }) => cjkPageCountry(doc, officials) },
  { kind: 'address', read: ({ doc, officials }) => (officials.found ? scriptPageCountry(doc, officials.value) ?? europeanUnionCountry(doc, officials.value) ?? countryFromOfficials(doc, officials.value) : undefined) },
  { kind: 'office', read: ({ doc, list }) => addressedOfficeCountry(doc, list) },
  { kind: 'office', read: ({ doc, officials }) => (officials.found ? legislatureCountry(doc, officials.value) ?? misspeltOfficeCountry(doc, officials.value) : undefined) },
  { kind: 'office', read: ({ doc }) => addresseeLineCountry(doc) },
  { kind: 'call', read: ({ doc, header, officials }) => callInCountry(doc, header, officials) },
  { kind: 'state', read: ({ doc }) => stateCountry(doc) ?? calledOnOfficeCountry(doc) },
  { kind: 'prose', read: ({ doc, list }) => countryFromText(doc, seatLines(list)) },
  { kind: 'contact', read: ({ doc, officials, list }) => droppedAccentCountry(doc, list) ?? (officials.found ? countryFromEmails(doc, list) : undefined) },
  { kind: 'US state', read: ({ doc }) => (namesNoCountry(doc) ? stateCountry(doc, true) ?? usStateNamed(doc) : undefined) },
  { kind: 'sole', read: ({ doc, officials, list }) => (officials.found ? soleCountryNamed(doc, list) : petitionCountry(doc)) },
];

/** The case's country: the header's (as an address or the addressee may correct it), else the first kind of evidence that names one. */
export function caseCountry(doc: ImportText, header: Finding<string>, officials: Finding<ImportedOfficial[]>): Finding<string> {
  if (header.found) return inEnglish(stateNotCountry(doc, header, officials) ?? callInCountry(doc, header, officials) ?? addresseeAbroadOfHeader(doc, header) ?? header);
  const page: Page = { doc, header, officials, list: officials.found ? officials.value : [] };
  /** "line:code" where the page names its writers' or sender's own country. */
  let senders: Set<string> | undefined;
  for (const reader of READERS) {
    const read = reader.read(page);
    if (read === undefined) continue;
    // A reader's refusal ends the decision: a page of several cases (case-list-countries) names
    // several countries, and any one the later kinds would read is one case's, picked at random.
    if (!read.found) return read;
    if (PROSE_KINDS.has(reader.kind)) {
      senders ??= sendersCountries(doc);
      if (senders.has(`${read.line}:${countryCode(read.value) ?? read.value}`)) continue;
    }
    return inEnglish(read);
  }
  return inEnglish(header);
}

/**
 * "AI Japanese section", "Amnesty International USA", "Sektion Schweiz", "a member in Sweden":
 * a country named as the writers' or the sender's own. Folded words after the mention, the
 * section's word in the sections' languages.
 */
const SECTION_AFTER = /^\s*(?:(?:ai|amnesty)\s*[-–]?\s*)?(?:section|sektion|secci[oó]n|sezione|se[cç][aã]o|afdeling|avdelning(?:en)?|sekcja|sekce)\b/iu;
/** "AI Japan", "AI-Schweiz": Amnesty's initials before the country name its section too. */
const INITIALS_BEFORE = /(?:^|[^\p{L}])AI[\s-]+$/u;

/**
 * Where the page names a country as its writers' or sender's own (a section's name, "members in
 * …"), as "line:code", when it names another country too. A prose reader whose evidence is such a
 * line (a heading "AI Japanese section", the first of the most-named country's mentions) read the
 * sender, not the officials: the officials may be the other country's. Evidence elsewhere for the
 * same country ("Embassy, Republic of Turkey" on a page by "AI Turkey") stands. A section writing
 * about its own country and no other keeps it.
 */
function sendersCountries(doc: ImportText): Set<string> {
  const mentions = countryMentions(doc, findLandmarks(doc).language);
  const sender = mentions.filter((m) => isSender(doc, m));
  const codes = new Set<string>();
  if (sender.length === 0) return codes;
  const keys = new Set(sender.map((m) => m.country));
  // Only when the page names another country: a section writing about its own country is about it.
  if (!mentions.some((m) => !keys.has(m.country))) return codes;
  for (const m of sender) codes.add(`${m.line}:${countryCode(m.name) ?? m.name}`);
  return codes;
}

function isSender(doc: ImportText, m: CountryMention): boolean {
  const text = doc.lines[m.line - 1] ?? '';
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  return SECTION_NAME.test(text.slice(0, m.start)) || INITIALS_BEFORE.test(before) || SECTION_AFTER.test(text.slice(m.end, m.end + 20)) || writersCountry(doc, m);
}

/** The address lines of the officials abroad: an embassy's host, an international body's seat. */
function seatLines(officials: readonly ImportedOfficial[]): Set<number> {
  const abroad = officials.filter((o) => ABROAD.test([o.name?.value, o.title?.value, o.organisation?.value, ...o.address.map((a) => a.value)].join(' | ')));
  return new Set(abroad.flatMap((o) => o.address.map((a) => a.line)));
}

/** No country named in the prose: a US state's office may then stand for the United States. */
const namesNoCountry = (doc: ImportText): boolean => countryMentions(doc, findLandmarks(doc).language).every((m) => m.country === 'United States');
