// Is an address line a country name, and are two country names the same country? International
// post wants the destination country alone on the last line, in capitals; domestic post does not.
// Country names come from Intl.DisplayNames (ICU's names in many languages) plus common short
// forms, so "USA", "Estados Unidos" and "United States" all read as the same country.

/** Locales whose names are recognised, most likely first; each is built only when needed. */
const LOCALES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'tr', 'ru', 'uk', 'ar', 'fa', 'zh', 'ja'];

const ALIASES: Readonly<Record<string, string>> = {
  usa: 'US', us: 'US', 'united states of america': 'US', america: 'US', eeuu: 'US', 'ee uu': 'US',
  uk: 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  turkey: 'TR', turkiye: 'TR', holland: 'NL', 'russian federation': 'RU', 'czech republic': 'CZ',
  'south korea': 'KR', 'republic of korea': 'KR', 'north korea': 'KP', 'ivory coast': 'CI', burma: 'MM',
  'democratic republic of the congo': 'CD', 'republic of the congo': 'CG', vatican: 'VA', 'viet nam': 'VN',
};

const byLocale = new Map<string, Map<string, string>>();

/** Lower case, no accents, no dots or apostrophes, single spaces: "E.E. U.U." → "ee uu". */
export function normalizeCountry(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function namesIn(locale: string): Map<string, string> {
  let names = byLocale.get(locale);
  if (names) return names;
  names = new Map();
  const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
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

/** The ISO 3166 code a country name stands for, or undefined when the text is not a country. */
export function countryCode(name: string): string | undefined {
  // Postcodes and street numbers: never a country; saves building the name tables for them.
  if (/\d/.test(name)) return undefined;
  const key = normalizeCountry(name);
  if (key === '') return undefined;
  const alias = ALIASES[key];
  if (alias) return alias;
  for (const locale of LOCALES) {
    const code = namesIn(locale).get(key);
    if (code) return code;
  }
  return undefined;
}

/** Same country, however each is spelt; unknown names compare as written (accents and case aside). */
export function sameCountry(a: string, b: string): boolean {
  const ca = countryCode(a);
  const cb = countryCode(b);
  if (ca && cb) return ca === cb;
  return normalizeCountry(a) === normalizeCountry(b);
}
