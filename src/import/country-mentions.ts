// Every place a page's prose names a country, for the pages that give the case's country nowhere
// else (no headline prefix, no label, no official's address at home). Names are ICU's
// (Intl.DisplayNames) in the document's language and English, matched word by word so that an
// elided article ("d'Égypte", "l'Arabie saoudite") and an inflection ending ("Ägyptens",
// "Philippines'") still count; no word list of demonyms or inflected names. A country's adjective
// ("tunisienne", "Moroccan") counts as a mention too (country-adjectives.ts).
import type { LangCode } from '../case/types.js';
import { countryNamesIn, normalizeCountry } from '../channels/countries.js';
import { adjectiveOfKey, COMPASS, compassAdjectiveOf } from './country-adjectives.js';
import { sameWord, uninflected } from './country-inflected.js';
import type { ImportText } from './types.js';
import { fold } from './fold.js';
import { namesStreet } from './street-named-country.js';
import { calledUsState, withoutUsStates } from './us-state-names.js';

export interface CountryMention {
  /** The country as the document writes it, inflection ending cut off ("Ägypten", "Égypte"). */
  readonly name: string;
  /** One key per country, whatever the language or the ISO code's age ("Vietnam" for VN and VD). */
  readonly country: string;
  readonly line: number;
  /** Where the name starts in the line and ends after it, for a look at its neighbours. */
  readonly start: number;
  readonly end: number;
  /** Named by its adjective ("l'opposition tunisienne"): `name` is then ICU's name in the document's language. */
  readonly adjective?: boolean;
}

/** Longest country name, in words ("Saint Vincent and the Grenadines"). */
const MAX_WORDS = 6;
/** A name shorter than this ("US", "UK") is too often a word in capitals ("LET US") to count. */
const MIN_LETTERS = 3;
/**
 * Regions, unions and ICU's private codes: never the country of a case. Nor are Spain's Ceuta and
 * Melilla (EA) and Canary Islands (IC), codes ISO keeps for their customs: a page on the fences of
 * "Ceuta y Melilla" is about Spain, and counting them as a country outvotes the Spain it names.
 */
const NOT_A_STATE = /^(?:EU|EZ|UN|QO|ZZ|EA|IC|X[A-JL-Z]|Q[M-Z])$/;
const WORD = /\p{L}[\p{L}\p{M}]*/gu;
/** "San", "Santa", "São", "Saint", "Sankt": the word before a saint's name that makes it a town's. */
const SAINT = /^(?:San|Santa|Santo|São|Sao|Saint|Sainte|Sankt|St)$/u;
/** Arabic script (Arabic, Persian, Urdu), which writes no capitals. */
const UNCASED = /\p{Script=Arabic}/u;

interface Name {
  readonly words: readonly string[];
  readonly code: string;
}

/** Names by the first four letters of their first word, per set of languages. */
const indexes = new Map<string, Map<string, Name[]>>();
let englishDisplay: Intl.DisplayNames | undefined;

function nameIndex(lang: LangCode): Map<string, Name[]> {
  const known = indexes.get(lang);
  if (known) return known;
  const index = new Map<string, Name[]>();
  for (const locale of new Set([lang, 'en'])) {
    for (const [name, code] of countryNamesIn(locale)) {
      if (NOT_A_STATE.test(code) || name.replace(/ /g, '').length < MIN_LETTERS) continue;
      const words = name.split(' ');
      const head = (words[0] ?? '').slice(0, 4);
      const list = index.get(head) ?? [];
      list.push({ words, code });
      index.set(head, list);
    }
  }
  indexes.set(lang, index);
  return index;
}

const displays = new Map<string, Intl.DisplayNames>();

/** ICU's name of the country in the document's language ("Tunisie"), for a country named only by its adjective. */
function displayName(code: string, lang: LangCode): string {
  let display = displays.get(lang);
  if (!display) {
    display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    displays.set(lang, display);
  }
  return display.of(code) ?? code;
}

/** ICU gives retired codes (VD, DD, SU) today's English name: one key for both. */
function countryKey(code: string): string {
  englishDisplay ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  return englishDisplay.of(code) ?? code;
}

/** The countries a line names, in order, by their names (with a capital, as proper nouns have) or adjectives. */
export function mentionsInLine(text: string, line: number, lang: LangCode): CountryMention[] {
  const index = nameIndex(lang);
  const tokens = [...text.matchAll(WORD)].map((m) => ({ word: m[0], key: normalizeCountry(m[0]), at: m.index }));
  const found: CountryMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first) continue;
    let best: Name | undefined;
    // A name begins with a capital, as proper nouns do; an adjective need not ("tunisienne"). Arabic
    // script has no capitals: there every word may begin a name ("المملكة العربية السعودية").
    for (const name of /^\p{Lu}/u.test(first.word) || UNCASED.test(first.word) ? index.get(first.key.slice(0, 4)) ?? [] : []) {
      if (name.words.length > MAX_WORDS || (best && best.words.length >= name.words.length)) continue;
      if (name.words.every((w, j) => { const t = tokens[i + j]; return t !== undefined && sameWord(t.key, w); })) best = name;
    }
    if (!best) {
      // "South Sudanese", "North Korean": a compass word and an adjective are the two-word name's.
      const compass = i + 1 < tokens.length && COMPASS.test(first.key) ? compassAdjectiveOf(first.key, tokens[i + 1]?.key ?? '', lang) : undefined;
      const second = tokens[i + 1];
      if (compass !== undefined && second) {
        found.push({ name: displayName(compass, lang), country: countryKey(compass), line, start: first.at, end: second.at + second.word.length, adjective: true });
        i += 1;
        continue;
      }
      const code = adjectiveOfKey(first.key, lang);
      if (code !== undefined) found.push({ name: displayName(code, lang), country: countryKey(code), line, start: first.at, end: first.at + first.word.length, adjective: true });
      continue;
    }
    // "San Salvador", "Santa Lucía": a saint's name opens a town's, and the country's name in it
    // ("Salvador", "Lucía") names no country ("San Marino", "Saint Lucia" match whole from their first word).
    if (i > 0 && SAINT.test(tokens[i - 1]?.word ?? '') && first.at === (tokens[i - 1]?.at ?? 0) + (tokens[i - 1]?.word.length ?? 0) + 1) continue;
    // "Av. México", "Calle Venezuela": a street named after a country names none.
    if (namesStreet(text, first.at)) continue;
    const words = tokens.slice(i, i + best.words.length);
    const last = words[words.length - 1] ?? first;
    // "Honduran" read as "Honduras" with an inflection ending: English inflects no country's name, so
    // it is the country's adjective, and the country is written with its name.
    if (best.words.length === 1 && first.key !== best.words[0] && (lang === 'en' || adjectiveOfKey(first.key, lang) === best.code)) {
      found.push({ name: displayName(best.code, lang), country: countryKey(best.code), line, start: first.at, end: first.at + first.word.length, adjective: true });
      continue;
    }
    found.push({
      name: withPageJoins(text, words, uninflected(words.map((t) => t.word), best.words)),
      country: countryKey(best.code),
      line,
      start: first.at,
      end: last.at + last.word.length,
    });
    i += best.words.length - 1;
  }
  return found;
}

/**
 * "Wit-Rusland", "Guinea-Bissau": the name as the page joins its words (a hyphen or a space), not
 * as the name table does; the draft prints the page's own spelling.
 */
function withPageJoins(text: string, words: ReadonlyArray<{ word: string; at: number }>, name: string): string {
  const parts = name.split(' ');
  if (parts.length !== words.length) return name;
  return parts.map((part, k) => {
    const next = words[k + 1];
    if (!next) return part;
    const join = text.slice((words[k]?.at ?? 0) + (words[k]?.word.length ?? 0), next.at);
    return part + (join === '-' ? '-' : ' ');
  }).join('');
}

/**
 * Lines read for mentions. A UA page's prose is a few hundred lines; what lies past that is a paste
 * of something else, and counting its names would cost seconds on a 10 MB paste.
 */
const PROSE_LINES = 1000;

/**
 * A label naming the languages to write in ("PREFERRED LANGUAGE:", "LANGUE(S) À PRIVILÉGIER … :",
 * "Idioma preferido:", "Bevorzugte Sprache:", "Språk:"): the adjectives after it are languages
 * ("français", "Englisch"), not countries; counted, a page's French would outvote the case's Burundi.
 */
const LANGUAGE_LABEL = /^[^:]*\b(?:languages?|langues?|idiomas?|lenguas?|sprachen?|spr[aå]k|talen?|lingua|l[ií]nguas?)\b[^:]*:/iu;

/**
 * "einen Brief in gutem Spanisch, Englisch oder auf Deutsch", "in Spanish, English or your own
 * language", "en espagnol, anglais ou français": an adjective in a list with a language's name is
 * a language the letter may be written in, not a country. The languages letters are asked for most.
 */
const LANGUAGE_WORD = String.raw`(?:english|ingles|anglais|englisch|engelska|inglese|engels|ingles|german|aleman|allemand|deutsch|tyska|tedesco|alemao|duits|french|frances|francais|franzosisch|franska|francese|frans|spanish|espanol|espagnol|spanisch|spanska|spagnolo|espanhol|spaans)`;
const JOIN_WORD = String.raw`(?:,|\s(?:or|and|oder|und|ou|et|o|y|e|och|eller|of|en)\b)\s*(?:(?:auf|in|en|em|på|in gutem)\s+)?`;
const LANGUAGE_AFTER = new RegExp(String.raw`^\s*${JOIN_WORD}${LANGUAGE_WORD}\b`, 'u');
const LANGUAGE_BEFORE = new RegExp(String.raw`\b${LANGUAGE_WORD}${JOIN_WORD}$`, 'u');

/** The adjective mention stands in a list of languages (LANGUAGE_WORD). */
function inLanguageList(doc: ImportText, m: CountryMention): boolean {
  if (!m.adjective) return false;
  const line = doc.lines[m.line - 1] ?? '';
  return LANGUAGE_AFTER.test(fold(line.slice(m.end, m.end + 40))) || LANGUAGE_BEFORE.test(fold(line.slice(Math.max(0, m.start - 40), m.start)));
}

/** Every mention in the document's first PROSE_LINES lines, none read inside a US state's name (us-state-names.ts). */
export function countryMentions(doc: ImportText, lang: LangCode): CountryMention[] {
  return withoutUsStates(doc, doc.lines.slice(0, PROSE_LINES).flatMap((text, i) => (/\p{Lu}/u.test(text) || UNCASED.test(text) ? mentionsInLine(text, i + 1, lang) : [])))
    .filter((m) => !(m.adjective && LANGUAGE_LABEL.test((doc.lines[m.line - 1] ?? '').slice(0, m.start))) && !inLanguageList(doc, m) && !calledUsState(doc, m));
}

/** Mentions per country, most named first. */
export function tally(mentions: readonly CountryMention[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
