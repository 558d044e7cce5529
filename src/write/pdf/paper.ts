// The default paper size from the user's locale. Letter where Unicode CLDR lists US-Letter as the
// territory's paper size (supplementalData.xml, <paperSize type="US-Letter">); A4 everywhere else,
// including the C/POSIX locale and locales without a territory.
import type { Paper } from './layout.js';

/** CLDR's US-Letter territories. */
const LETTER_TERRITORIES: ReadonlySet<string> = new Set(['BZ', 'CA', 'CL', 'CO', 'CR', 'GT', 'MX', 'NI', 'PA', 'PH', 'PR', 'SV', 'US', 'VE']);

/**
 * 'letter' or 'a4' for a POSIX locale name (`en_US.UTF-8`, `fr_CA@euro`) or a BCP 47 tag
 * (`es-MX`, `sr-Latn-RS`). Unknown or missing: 'a4'.
 */
export function defaultPaper(locale: string | undefined): Paper {
  const region = localeRegion(locale);
  return region !== undefined && LETTER_TERRITORIES.has(region) ? 'letter' : 'a4';
}

/** The locale category that decides paper size, as POSIX orders them: LC_ALL, LC_PAPER, LANG. */
export function paperLocale(env: Readonly<Record<string, string | undefined>>): string | undefined {
  for (const name of ['LC_ALL', 'LC_PAPER', 'LANG']) {
    const value = env[name];
    if (value) return value;
  }
  return undefined;
}

function localeRegion(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  // Drop the encoding and modifier (`.UTF-8`, `@euro`), then read the subtags after the language.
  const [subtags = ''] = locale.split(/[.@]/);
  const parts = subtags.split(/[-_]/).slice(1);
  for (const part of parts) {
    if (/^[A-Za-z]{2}$/.test(part)) return part.toUpperCase();
    // A script subtag (4 letters) may come first; anything else (a UN M.49 number, a variant)
    // means there is no two-letter region to look up.
    if (!/^[A-Za-z]{4}$/.test(part)) return undefined;
  }
  return undefined;
}
