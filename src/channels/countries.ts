// Is an address line a country name, and are two country names the same country? International
// post wants the destination country alone on the last line, in capitals; domestic post does not.
// Country names come from Intl.DisplayNames (ICU's names in many languages) plus common short
// forms, so "USA", "Estados Unidos" and "United States" all read as the same country.
//
// Speed: a batch asks about the same few names for every signer, and a one-letter run should not
// pay for ICU's region names (the first Intl.DisplayNames costs 2–20 ms, every further locale
// ~1 ms). So answers are remembered, equal spellings compare without lookups, and English names
// come from a static copy of ICU's list; the locale tables are built only for names it lacks.
import { ENGLISH_COUNTRY_NAMES } from './country-names-en.js';

/** Locales whose names are recognised, most likely first; each is built only when needed. */
const LOCALES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'tr', 'ru', 'uk', 'ar', 'fa', 'zh', 'ja'];

const ALIASES: Readonly<Record<string, string>> = {
  usa: 'US', us: 'US', 'united states of america': 'US', america: 'US', eeuu: 'US', 'ee uu': 'US',
  uk: 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  turkey: 'TR', turkiye: 'TR', holland: 'NL', 'russian federation': 'RU', 'czech republic': 'CZ',
  'south korea': 'KR', 'republic of korea': 'KR', 'north korea': 'KP', 'ivory coast': 'CI', burma: 'MM',
  // Formal names ICU does not list, in the languages UAs are written in ("Russische Föderation").
  'federacion de rusia': 'RU', 'federacion rusa': 'RU', 'federation de russie': 'RU', 'russische foderation': 'RU', 'ryska federationen': 'RU', 'federacao russa': 'RU',
  'democratic republic of the congo': 'CD', 'republic of the congo': 'CG', vatican: 'VA', 'viet nam': 'VN',
  // The short forms the Democratic Republic of the Congo goes by in English and French.
  drc: 'CD', 'dr congo': 'CD', rdc: 'CD', 'rd congo': 'CD', 'rd du congo': 'CD',
  // Their formal names in the other languages UAs are written in, which ICU does not list either.
  'demokratische republik kongo': 'CD', 'republique democratique du congo': 'CD', 'republica democratica del congo': 'CD',
  'republica democratica do congo': 'CD', 'repubblica democratica del congo': 'CD', 'democratische republiek congo': 'CD',
  'republik kongo': 'CG', 'republique du congo': 'CG', 'republica del congo': 'CG',
};

const byLocale = new Map<string, Map<string, string>>();
let english: Map<string, string> | undefined;

/** Remembered answers; bounded, because names come from user data (one per signer at worst). */
const MEMO_LIMIT = 1000;
const normalized = new Map<string, string>();
const codes = new Map<string, string | undefined>();
/** namesCountry's answers, by `code NUL key`: a batch asks the same question for every letter. */
const namedAs = new Map<string, boolean>();
const displayNamesByLocale = new Map<string, Intl.DisplayNames>();

/** One Intl.DisplayNames per locale for the process (each costs ~1 ms to make). */
function displayNames(locale: string): Intl.DisplayNames {
  let display = displayNamesByLocale.get(locale);
  if (!display) {
    display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    displayNamesByLocale.set(locale, display);
  }
  return display;
}

function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/** Lower case, no accents, no dots or apostrophes, single spaces: "E.E. U.U." → "ee uu". */
export function normalizeCountry(name: string): string {
  const known = normalized.get(name);
  if (known !== undefined) return known;
  const key = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return remember(normalized, name, key);
}

function namesIn(locale: string): Map<string, string> {
  let names = byLocale.get(locale);
  if (names) return names;
  names = new Map();
  const display = displayNames(locale);
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = display.of(code);
      // First code wins: RU before SU (USSR), GB before UK.
      if (name && name !== code) {
        const key = normalizeCountry(name);
        if (!names.has(key)) names.set(key, code);
      }
    }
  }
  byLocale.set(locale, names);
  return names;
}

/**
 * Every country name known in `locale` (ICU's, plus the aliases), normalised, with its code: for
 * a reader that must compare names loosely (inflected forms), which an exact lookup cannot.
 */
export function countryNamesIn(locale: string): ReadonlyMap<string, string> {
  let all = withAliases.get(locale);
  if (!all) {
    all = new Map([...Object.entries(ALIASES), ...(locale === 'en' ? englishCountryNames() : namesIn(locale))]);
    withAliases.set(locale, all);
  }
  return all;
}
const withAliases = new Map<string, Map<string, string>>();

/** The static English list as a map: "VE:venezuela|…" → venezuela → VE. */
export function englishCountryNames(): ReadonlyMap<string, string> {
  english ??= new Map(ENGLISH_COUNTRY_NAMES.split('|').map((entry) => [entry.slice(3), entry.slice(0, 2)]));
  return english;
}

/** The ISO 3166 code a country name stands for, or undefined when the text is not a country. */
export function countryCode(name: string): string | undefined {
  // Postcodes and street numbers: never a country; saves building the name tables for them.
  if (/\d/.test(name)) return undefined;
  const key = normalizeCountry(name);
  if (key === '') return undefined;
  if (codes.has(key)) return codes.get(key);
  return remember(codes, key, lookup(key));
}

/**
 * Regions ICU names that are no country to post to nor a case's country: "United Nations" (UN),
 * "European Union" (EU), "Eurozone", "Outlying Oceania", the pseudo-regions. A page's "Misión de
 * Cuba en Naciones Unidas" names Cuba, not a country called the United Nations.
 */
const NOT_A_COUNTRY = new Set(['UN', 'EU', 'EZ', 'QO', 'XA', 'XB', 'ZZ']);

function lookup(key: string): string | undefined {
  const code = lookupAny(key);
  return code !== undefined && NOT_A_COUNTRY.has(code) ? undefined : code;
}

function lookupAny(key: string): string | undefined {
  const alias = ALIASES[key];
  if (alias) return alias;
  // English comes first in LOCALES, so a name on the static English list has its answer already.
  const listed = englishCountryNames().get(key);
  if (listed) return listed;
  for (const locale of LOCALES) {
    const code = namesIn(locale).get(key);
    if (code) return code;
  }
  return undefined;
}

/** Same country, however each is spelt; unknown names compare as written (accents and case aside). */
export function sameCountry(a: string, b: string): boolean {
  const na = normalizeCountry(a);
  const nb = normalizeCountry(b);
  // Equal spellings: the same country, or the same unknown name; either way no lookup is needed.
  if (na === nb) return true;
  // When one side is a known country (usually the destination), ask only whether the other is
  // that country's name in some language: 15 look-ups instead of building every locale's table
  // (~20 ms) for a sender's country written in a form the English list lacks.
  const ka = quickCode(na);
  const kb = quickCode(nb);
  if (ka && kb) return ka === kb;
  if (ka || kb) return namesCountry(ka ? nb : na, (ka ?? kb)!);
  const ca = countryCode(a);
  const cb = countryCode(b);
  if (ca && cb) return ca === cb;
  return false;
}

/** A code from the aliases or the static English list only: no ICU tables. */
function quickCode(key: string): string | undefined {
  return ALIASES[key] ?? englishCountryNames().get(key);
}

/** Whether `key` (normalised) is what one of the known locales calls the country `code`. */
function namesCountry(key: string, code: string): boolean {
  if (key === '' || /\d/.test(key)) return false;
  const question = `${code}\u0000${key}`;
  const known = namedAs.get(question);
  if (known !== undefined) return known;
  const answer = LOCALES.some((locale) => {
    const name = displayNames(locale).of(code);
    return name !== undefined && normalizeCountry(name) === key;
  });
  return remember(namedAs, question, answer);
}
