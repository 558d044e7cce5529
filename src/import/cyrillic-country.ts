// A country named inside a Ukrainian or Russian office's title, in the case the grammar gives it:
// "Президенту України", "Министру внутренних дел России" (genitive). ICU's names in those languages
// (Україна, Россия, Білорусь) lose their nominative ending and take a case ending; nothing else
// matches, and no word list of inflected names is kept.
import { countryNamesIn, normalizeCountry } from '../channels/countries.js';
import { englishName } from './script-country.js';

/** The nominative endings a name drops ("Україн-а", "Росі-я", "Білорус-ь"). */
const NOMINATIVE_END = /(?:ия|а|я|ь|й|о)$/u;
/** The case endings it may take instead (genitive, dative, instrumental, locative; "ї" folds to "і"). */
const CASE_ENDINGS = new Set(['и', 'і', 'ы', 'е', 'у', 'ю', 'ии', 'ию', 'ией', 'ей', 'ой', 'ою', 'ею', 'ам']);
/** Shorter stems would match too much. */
const MIN_STEM = 4;

let stems: Array<{ stem: string; code: string }> | undefined;
function knownStems(): Array<{ stem: string; code: string }> {
  stems ??= ['uk', 'ru'].flatMap((lang) => [...countryNamesIn(lang)].filter(([name]) => /^[\u0400-\u04ff]+$/u.test(name)).map(([name, code]) => ({ stem: name.replace(NOMINATIVE_END, ''), code })).filter((s) => s.stem.length >= MIN_STEM));
  return stems;
}

/** The English name of the country the Cyrillic `text` names in an inflected form; undefined when none. */
export function cyrillicCountryIn(text: string): string | undefined {
  if (text.length > 200 || !/[\u0400-\u04ff]/u.test(text)) return undefined;
  for (const word of normalizeCountry(text).split(' ')) {
    const hit = knownStems().find((s) => word.startsWith(s.stem) && (word === s.stem || CASE_ENDINGS.has(word.slice(s.stem.length))));
    if (hit) return englishName(hit.code);
  }
  return undefined;
}
