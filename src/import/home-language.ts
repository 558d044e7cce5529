// A Dutch or Nordic section's page (a group's monthly letters, a church's letter action, a
// newsletter, a blog passing an appeal on) asks its readers to write to officials abroad, and the
// letter it hands out is in English or the officials' own language ("Naast de vertaling van de
// brief die meestal in het Engels is …"): Dutch, Swedish, Norwegian, Danish, Finnish or Icelandic is
// read by officials at home only. So with no preferred language and no letter text, the page's own
// language stands in for the officials' only when the case is at home: the country found is one
// that speaks it, or, with no country found, the page names no country abroad. Otherwise the
// languages are left to the reader (a TODO), not guessed. English, French, Spanish, German and the
// other languages pages write to officials abroad in are not judged here.
import type { LangCode } from '../case/types.js';
import { countryCode, countryNamesIn, normalizeCountry } from '../channels/countries.js';
import { countryMentions } from './country-mentions.js';
import type { ImportText } from './types.js';

/** The countries (ISO codes) whose officials read each of these languages. */
const HOMES: Readonly<Partial<Record<LangCode, readonly string[]>>> = {
  nl: ['NL', 'BE', 'SR', 'AW', 'CW', 'SX'],
  sv: ['SE', 'FI', 'AX'],
  no: ['NO', 'SJ'],
  nb: ['NO', 'SJ'],
  nn: ['NO', 'SJ'],
  da: ['DK', 'GL', 'FO'],
  fi: ['FI'],
  is: ['IS'],
};

/**
 * Whether the page's own language `lang` may stand in for the officials' language: always, but for
 * a language read at home only, where the case's `country` (as found, in any language) must speak
 * it, or, with none found, every country the page names must.
 */
export function pageLanguageReadByOfficials(doc: ImportText, lang: LangCode, country: string | undefined): boolean {
  const homes = HOMES[lang];
  if (homes === undefined) return true;
  // The country as the page writes it: the shared tables lack some languages' names ("Danmark").
  const code = country === undefined ? undefined : countryCode(country) ?? countryNamesIn(lang).get(normalizeCountry(country));
  if (code !== undefined) return homes.includes(code);
  return countryMentions(doc, lang).every((m) => {
    const named = countryCode(m.country);
    return named === undefined || homes.includes(named);
  });
}
