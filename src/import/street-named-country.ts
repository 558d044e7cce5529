// "Av. México", "Calle Venezuela", "Rue du Liban", "Avenida de Francia": a street named after a
// country, in an official's address, names no country. Read as one, it is a second country beside
// the one the page is about (and the page's country is left a TODO), or, ending the address line,
// the address's country: a letter to the wrong government.
import { opensAddress } from './official-words.js';

/** The article a street's name may put between the street's word and the country's ("Avenida de Francia", "Rue du Liban"). */
const STREET_ARTICLE = /\s+(?:de|del|du|des|de la|de l'|d'|da|do|di)\s*$/iu;

/**
 * The country's name starting at `at` in `text` is a street's: the word before it (past an
 * article) opens a street (official-words.ts), capitalised or cut short as an address writes it
 * ("travelled via Turkey" is prose, "Via Italia" a street).
 */
export function namesStreet(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at).replace(STREET_ARTICLE, ' ').trimEnd();
  const word = /(?:^|\s)(\S+)$/u.exec(before)?.[1];
  return word !== undefined && (/^\p{Lu}/u.test(word) || word.endsWith('.')) && opensAddress(word);
}
