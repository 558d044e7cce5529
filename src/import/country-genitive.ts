// A country's name in the genitive, as German, Dutch and the Nordic languages print it after an
// office ("an den Ministerpräsidenten Vietnams", "de president Irans", "Kinas president") and
// English with an apostrophe ("Exampleland's President"): the name and an "s". It says whose office
// it is; read after the office as a surname, it made a country the official.
import { countryCode } from '../channels/countries.js';

/** "Vietnams", "Irans", "Chinas", "Mexico's": a country's name with a genitive "s". */
export function isGenitiveCountry(word: string): boolean {
  // Cheap test first: the word ends in "s".
  const m = /^(\p{Lu}[\p{L}\p{M}-]+?)(?:['’]s|s)$/u.exec(word.trim());
  if (!m) return false;
  return countryCode(m[1] ?? '') !== undefined;
}
