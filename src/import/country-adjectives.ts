// A country named by its adjective: "l'opposition tunisienne", "les autorités guinéennes", "the
// Moroccan authorities", "die tschadische Regierung". Many pages name the case's country this way
// more often than by its name, and some only so. No list of adjectives or demonyms: the word must
// be a country name of ICU (Intl.DisplayNames, in the document's language or English), cut after
// its last consonant ("Tunisie" → "Tunis", "Guinée" → "Guin", "Libya" → "Liby"), followed by one of
// the endings adjectives take in the sections' languages ("-ienne", "-ian", "-ese", "-isch", "-ska").
// A lone vowel ("George" would be Georgia's) and names of fewer than four letters left once cut
// ("Peru", "Cuba", "Mali") are never read: too many ordinary words begin the same way.
import type { LangCode } from '../case/types.js';
import { countryNamesIn } from '../channels/countries.js';

/**
 * Endings of nationality adjectives and demonyms (folded): English -an/-ian/-ese/-ish, French
 * -ien(ne)/-ain(e)/-ais(e)/-ois(e), Spanish, Portuguese and Italian -ano/-ino/-eño/-ense/-ese,
 * German -isch(e/en/er/es/em)/-er, each with its plural; Nordic -sk/-ska/-isk below.
 */
const ENDINGS = new Set([
  'an', 'ans', 'ian', 'ians', 'ean', 'eans', 'ese', 'ish',
  'ien', 'ienne', 'iens', 'iennes', 'en', 'enne', 'ens', 'ennes', 'een', 'eenne', 'eens', 'eennes',
  'ain', 'aine', 'ains', 'aines', 'ais', 'aise', 'aises', 'ois', 'oise', 'oises',
  'ano', 'ana', 'anos', 'anas', 'ino', 'ina', 'inos', 'inas', 'eno', 'ena', 'enos', 'enas', 'ense', 'enses', 'eses', 'esa', 'esas', 'esi',
  'isch', 'ische', 'ischen', 'ischer', 'isches', 'ischem', 'er', 'ern',
]);
/**
 * The Nordic endings, read only on a Nordic page: in the Slavic languages the same "-ská", "-ské"
 * make a people's own adjective ("Slovenská republika" is Slovakia), which the cut name of another
 * country spells ("Sloven|ska" would give Slovenia).
 */
const NORDIC_ENDINGS = new Set(['sk', 'ska', 'ske', 'isk', 'iska', 'iske']);
const NORDIC = new Set<string>(['sv', 'da', 'nb', 'nn', 'no']);
/**
 * German makes most adjectives from a name ending "-ien", "-en" or "-land" without that ending
 * ("Kolumbien" → "kolumbianisch", "Ägypten" → "ägyptisch", "Russland" → "russisch") and adds
 * "-esisch" or "-anisch" to others ("Südsudan" → "südsudanesisch", "Kenia" → "kenianisch", "Ecuador" → "ecuadorianisch"). Read
 * only on a German page, where "-anisch", "-esisch" end no other word a name's stem begins.
 */
const ISCH = ['isch', 'ische', 'ischen', 'ischer', 'isches', 'ischem'];
const GERMAN_ENDINGS = new Set(ISCH.flatMap((e) => [`an${e}`, `ian${e}`, `es${e}`]));
/**
 * A stem a German name gives without its "-ien", "-en", "-land" takes only the "-isch" endings:
 * "deutsch" (Deutschland's) before "-en" is every German page's "deutschen", the section's own
 * country, never the case's.
 */
const GERMAN_STEM_ENDINGS = new Set([...ISCH, ...GERMAN_ENDINGS]);
/** A German name's endings dropped before its adjective's: "-ien", "-en", "-land". */
const GERMAN_NAME_END = /(?:i?en|land)$/;
/** Shortest stem read: "Iran" (Iranian), "Chad" (Chadian); "Peru", "Cuba" cut to three letters are not. */
const MIN_STEM = 4;
const NOT_A_STATE = /^(?:EU|EZ|UN|QO|ZZ|X[A-JL-Z]|Q[M-Z])$/;

interface Stem {
  readonly stem: string;
  readonly code: string;
  /** Made by cutting a German name's "-ien", "-en" or "-land": read before "-isch" endings only. */
  readonly german?: boolean;
}

const indexes = new Map<string, Map<string, Stem[]>>();

/** Stems by their first four letters, per document language. */
function stemIndex(lang: LangCode): Map<string, Stem[]> {
  const known = indexes.get(lang);
  if (known) return known;
  const index = new Map<string, Stem[]>();
  for (const locale of new Set([lang, 'en'])) {
    for (const [name, code] of countryNamesIn(locale)) {
      if (NOT_A_STATE.test(code) || name.includes(' ')) continue;
      const own = stemsOf(name);
      const german = locale === 'de' ? germanStemsOf(name).filter((g) => !own.includes(g)) : [];
      for (const stem of [...own, ...german]) {
        const list = index.get(stem.slice(0, 4)) ?? [];
        if (!list.some((s) => s.stem === stem && s.code === code)) list.push(german.includes(stem) ? { stem, code, german: true } : { stem, code });
        index.set(stem.slice(0, 4), list);
      }
    }
  }
  indexes.set(lang, index);
  return index;
}

/**
 * Stems that are also the root of a common word of the sections' languages: "liber" (Liberia's,
 * cut after "r") begins "LIBEREN" (Spanish, "free them") and "libérer". Their longer stem stays
 * ("liberi": "Liberian", "libérienne").
 */
const WORD_ROOTS = new Set(['liber']);

/** "tunisie" → "tunis"; "libya" → "liby" (its last vowel only: "lib" would be too short). */
function stemsOf(name: string): string[] {
  const stems = new Set<string>();
  const run = name.replace(/[aeiouy]+$/, '');
  if (run.length >= MIN_STEM && !WORD_ROOTS.has(run)) stems.add(run);
  const one = name.replace(/[aeiouy]$/, '');
  if (one.length >= MIN_STEM) stems.add(one);
  stems.add(name);
  return [...stems].filter((s) => s.length >= MIN_STEM);
}

/** "kolumbien" → "kolumb", "kolumbi"; "agypten" → "agypt"; "russland" → "russ". */
function germanStemsOf(name: string): string[] {
  const stems = [name.replace(GERMAN_NAME_END, '')];
  if (name.endsWith('ien')) stems.push(name.slice(0, -2));
  return stems.filter((s) => s.length >= MIN_STEM && s !== name);
}

/**
 * The ISO code of the country a word is the adjective of, or undefined; `key` is the word as
 * normalizeCountry gives it (the mention reader has it so already). The longest stem wins
 * ("nigerian": Nigeria's "nigeri", not Niger's "niger"); a word that is itself a name is not an
 * adjective (the name reader counts it first).
 */
export function adjectiveOfKey(key: string, lang: LangCode): string | undefined {
  if (key.length < MIN_STEM + 2) return undefined;
  let best: Stem | undefined;
  const nordic = NORDIC.has(lang);
  const german = lang === 'de';
  for (const s of stemIndex(lang).get(key.slice(0, 4)) ?? []) {
    if (!key.startsWith(s.stem)) continue;
    const ending = key.slice(s.stem.length);
    if (s.german ? !GERMAN_STEM_ENDINGS.has(ending) : !ENDINGS.has(ending) && !(nordic && NORDIC_ENDINGS.has(ending)) && !(german && GERMAN_ENDINGS.has(ending))) continue;
    if (!best || s.stem.length > best.stem.length) best = s;
  }
  return best?.code;
}

/** A compass word that opens a two-word country's name ("South Sudan", "North Korea"), folded. */
export const COMPASS = /^(?:south|north|east|west|central)$/;

let compassNames: Map<string, Array<{ second: string; code: string }>> | undefined;

/**
 * The code of the country whose two-word name is the compass word and a name the adjective is made
 * from: "south" + "sudanese" → South Sudan, "north" + "korean" → North Korea, "south" + "african"
 * → South Africa. Read only so: "Sudanese" alone stays Sudan's. The endings are the adjectives'
 * (ENDINGS); the names English's (the compass words are English).
 */
export function compassAdjectiveOf(compass: string, key: string, lang: LangCode): string | undefined {
  if (key.length < MIN_STEM + 2) return undefined;
  compassNames ??= new Map();
  let list = compassNames.get(lang);
  if (!list) {
    list = [];
    for (const locale of new Set([lang, 'en'])) {
      for (const [name, code] of countryNamesIn(locale)) {
        const words = name.split(' ');
        if (words.length === 2 && COMPASS.test(words[0] ?? '') && !NOT_A_STATE.test(code)) list.push({ second: `${words[0]} ${words[1]}`, code });
      }
    }
    compassNames.set(lang, list);
  }
  for (const { second, code } of list) {
    const [head, rest = ''] = second.split(' ');
    if (head !== compass) continue;
    if (stemsOf(rest).some((stem) => key.startsWith(stem) && ENDINGS.has(key.slice(stem.length)))) return code;
  }
  return undefined;
}
