// Is an address line a country name, and are two country names the same country? International
// post wants the destination country alone on the last line, in capitals; domestic post does not.
// Country names come from Intl.DisplayNames (ICU's names in many languages) plus common short
// forms, so "USA", "Estados Unidos" and "United States" all read as the same country.
//
// Speed: ICU's names are read from a copy made by scripts/country-names.mjs, not asked of
// Intl.DisplayNames at run time: asking for every region in fifteen locales cost an import some
// 45 ms, the first Intl.DisplayNames alone 2–20 ms. The copy also keeps answers the same on a Node
// built with fewer ICU languages. A unit test compares it with the running ICU. Answers are
// remembered, and equal spellings compare without lookups.
import { COUNTRY_NAMES } from './country-names.js';

/** Locales whose names are recognised, most likely first; each table is built only when needed. */
// Czech, Slovak and Hungarian last: their pages name their own country ("Slovensko", "Česko",
// "Magyarország"), which no other locale's name gives.
export const COUNTRY_NAME_LOCALES: readonly string[] = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'tr', 'ru', 'uk', 'ar', 'fa', 'zh', 'ja', 'cs', 'sk', 'hu'];
/**
 * Locales copied for the importer's reading of declined names only ("Lietuvos Respublikos …",
 * import/country-declined.ts), never asked by an exact lookup: a name is not a country in them alone.
 */
export const DECLINED_NAME_LOCALES: readonly string[] = ['lt', 'lv', 'et', 'is', 'ro', 'fi', 'bg'];
/**
 * Locales copied for the importer's reading of the countries a Danish or Norwegian page names
 * ("endt i Danmark", "Norges fremste jurister", import/country-mentions.ts), by the detector's
 * language codes; never asked by an exact lookup, where their names ("Island" is Iceland) would
 * be read in other languages' words.
 */
export const MENTION_NAME_LOCALES: readonly string[] = ['da', 'no'];

const ALIASES: Readonly<Record<string, string>> = {
  usa: 'US', us: 'US', 'united states of america': 'US', america: 'US', eeuu: 'US', 'ee uu': 'US',
  uk: 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  turkey: 'TR', turkiye: 'TR', holland: 'NL', 'russian federation': 'RU', 'czech republic': 'CZ',
  'south korea': 'KR', 'republic of korea': 'KR', 'north korea': 'KP', 'ivory coast': 'CI', burma: 'MM',
  // Formal names ICU does not list, in the languages UAs are written in ("Russische Föderation").
  'federacion de rusia': 'RU', 'federacion rusa': 'RU', 'federazione russa': 'RU', 'federation de russie': 'RU', 'russische foderation': 'RU', 'ryska federationen': 'RU', 'federacao russa': 'RU',
  'democratic republic of the congo': 'CD', 'republic of the congo': 'CG', vatican: 'VA', 'viet nam': 'VN',
  // The short forms the Democratic Republic of the Congo goes by in English and French.
  drc: 'CD', 'dr congo': 'CD', rdc: 'CD', 'rd congo': 'CD', 'rd du congo': 'CD',
  // ICU names them "Hong Kong SAR China", "Macao SAR China"; addresses and headlines say "Hong Kong".
  'hong kong': 'HK', 'hong kong sar': 'HK', hongkong: 'HK', macau: 'MO', macao: 'MO', 'macau sar': 'MO', 'macao sar': 'MO',
  // Their formal names in the other languages UAs are written in, which ICU does not list either.
  'demokratische republik kongo': 'CD', 'republique democratique du congo': 'CD', 'republica democratica del congo': 'CD',
  'republica democratica do congo': 'CD', 'repubblica democratica del congo': 'CD', 'democratische republiek congo': 'CD',
  'republik kongo': 'CG', 'republique du congo': 'CG', 'republica del congo': 'CG',
  // The Czech and Slovak republics' formal names in their own languages (ICU gives "Česko", "Slovensko").
  'ceska republika': 'CZ', 'slovenska republika': 'SK',
  // The Republic of Korea's formal name, which embassies abroad use ("Ambasciata della Repubblica di Corea").
  // Belarus by its older Dutch name, which pages still print ("Wit-Rusland", White Russia): read as
  // two words, its second would otherwise be counted as Russia ("Rusland").
  'wit rusland': 'BY', witrusland: 'BY',
  'repubblica di corea': 'KR', 'republica de corea': 'KR', 'republique de coree': 'KR', 'republik korea': 'KR', 'republiek korea': 'KR', 'republica da coreia': 'KR',
};

const byLocale = new Map<string, Map<string, string>>();

/** Remembered answers; bounded, because names come from user data (one per signer at worst). */
const MEMO_LIMIT = 1000;
const normalized = new Map<string, string>();
const codes = new Map<string, string | undefined>();
/** namesCountry's answers, by `code NUL key`: a batch asks the same question for every letter. */
const namedAs = new Map<string, boolean>();

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

/** A locale's names, normalised, with their codes ("CODE:name|…" in the generated copy). */
function namesIn(locale: string): Map<string, string> {
  let names = byLocale.get(locale);
  if (!names) {
    names = new Map((COUNTRY_NAMES[locale] ?? '').split('|').map((entry) => [entry.slice(3), entry.slice(0, 2)]));
    byLocale.set(locale, names);
  }
  return names;
}

/**
 * Every country name known in `locale` (ICU's, plus the aliases), normalised, with its code: for
 * a reader that must compare names loosely (inflected forms), which an exact lookup cannot.
 */
export function countryNamesIn(locale: string): ReadonlyMap<string, string> {
  let all = withAliases.get(locale);
  if (!all) {
    all = new Map([...Object.entries(ALIASES), ...namesIn(locale)]);
    withAliases.set(locale, all);
  }
  return all;
}
const withAliases = new Map<string, Map<string, string>>();

/** ICU's English names, normalised, with their codes: venezuela → VE. */
export function englishCountryNames(): ReadonlyMap<string, string> {
  return namesIn('en');
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
  for (const locale of COUNTRY_NAME_LOCALES) {
    const code = namesIn(locale).get(key);
    if (code) return code;
  }
  // ICU's English writes "Trinidad & Tobago", "Bosnia & Herzegovina", whose "&" the normalised
  // names drop ("trinidad tobago"); pages write "and", which must then go too.
  return key.includes(' and ') ? namesIn('en').get(key.replace(/ and /g, ' ')) : undefined;
}

/** Same country, however each is spelt; unknown names compare as written (accents and case aside). */
export function sameCountry(a: string, b: string): boolean {
  const na = normalizeCountry(a);
  const nb = normalizeCountry(b);
  // Equal spellings: the same country, or the same unknown name; either way no lookup is needed.
  if (na === nb) return true;
  // When one side is a known country (usually the destination), ask only whether the other is
  // that country's name in some language.
  const ka = quickCode(na);
  const kb = quickCode(nb);
  if (ka && kb) return ka === kb;
  if (ka || kb) return namesCountry(ka ? nb : na, (ka ?? kb)!);
  const ca = countryCode(a);
  const cb = countryCode(b);
  if (ca && cb) return ca === cb;
  return false;
}

/** A code from the aliases or the English names only: one table. */
function quickCode(key: string): string | undefined {
  return ALIASES[key] ?? englishCountryNames().get(key);
}

/** Whether `key` (normalised) is what one of the known locales calls the country `code`. */
function namesCountry(key: string, code: string): boolean {
  if (key === '' || /\d/.test(key)) return false;
  const question = `${code}\u0000${key}`;
  const known = namedAs.get(question);
  if (known !== undefined) return known;
  const answer = COUNTRY_NAME_LOCALES.some((locale) => namesIn(locale).get(key) === code);
  return remember(namedAs, question, answer);
}
