// An appeal to officials at home whose offices name no country ("Presidente del Gobierno",
// "gobernador") may name its country only once, in a sentence ("los tratados internacionales que
// obligan a España", "la ley ambiental más importante de Argentina"). When that is the one country
// the whole page names, it is the country those officials serve: the case's. Asked last, after
// every rule that reads a country from a headline, an address, the offices or a page naming one
// country twice or more; never when a second country is named, nor for officials abroad (an
// embassy's or the United Nations', whose page names the case's country and the host's).
import { ABROAD } from './country.js';
import { SECTION_NAME } from './country-from-text.js';
import { countryMentions } from './country-mentions.js';
import { detectedLanguage, findLandmarks } from './landmarks.js';
import type { ImportedOfficial } from './official-block.js';
import { casingFrom, titleCase } from './recase.js';
import { found, type Finding, type ImportText } from './types.js';

/** The one country the page names, by its name, when officials at home are read; undefined otherwise. */
export function soleCountryNamed(doc: ImportText, officials: readonly ImportedOfficial[]): Finding<string> | undefined {
  const home = officials.filter((o) => !o.copy);
  if (home.length === 0) return undefined;
  if (home.some((o) => ABROAD.test([o.name?.value, o.title?.value, o.organisation?.value, ...o.address.map((a) => a.value)].join(' | ')))) return undefined;
  // The names are read in the page's language: a page in a language the detector cannot place is
  // read as English, and a word of its own may spell a country (Catalan "davant del Palau").
  if (detectedLanguage(doc.lines) === undefined) return undefined;
  // Only a sentence counts: a letterhead ("Sektion der Bundesrepublik Deutschland"), a dateline or
  // an official's own lines (a copy to "the Embassy of Exampleland in Norway") name the sender's
  // country or the host's as often as the case's.
  const officialLines = new Set(officials.flatMap((o) => [o.name, o.title, o.organisation, o.salutation, o.fax, o.phone, o.twitter, ...o.address, ...o.emails].flatMap((f) => (f ? [f.line] : []))));
  const all = countryMentions(doc, findLandmarks(doc).language).filter((m) => !SECTION_NAME.test((doc.lines[m.line - 1] ?? '').slice(0, m.start)));
  const mentions = all.filter((m) => !officialLines.has(m.line) && isSentence(doc.lines[m.line - 1] ?? ''));
  const [first] = mentions;
  if (!first || mentions.some((m) => m.country !== first.country)) return undefined;
  // "Guatemala, 14 de diciembre de 2020" above a letter whose story names only "Estados Unidos":
  // a country the page names elsewhere — its dateline, a heading, an official's or a copy's line —
  // is a second country, and the officials may well be its: the story's one country is then no
  // sign of theirs.
  if (all.some((m) => m.country !== first.country)) return undefined;
  // "un groupe de presse indépendant burundais", "an den kolumbianischen Präsidenten": a country the
  // page names only by its adjective is named all the same, written with its name.
  const named = mentions.find((m) => !m.adjective) ?? first;
  return found(titleCase(named.name, casingFrom(doc.lines)), 'low', named.line, "the one country the page names, which the officials' offices do not: check it");
}

/** Words enough for running text, not a heading, an address or a signature. */
const SENTENCE_WORDS = 8;
const isSentence = (line: string): boolean => line.trim().split(/\s+/).length >= SENTENCE_WORDS;
