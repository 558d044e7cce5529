// A German page names the one to write to inside its instruction, in the case "an den" / "an die"
// asks for: "Bitte schreiben Sie … an den Präsidenten von Mexiko", "… an den russischen
// Generalstaatsanwalt und fordern Sie …", "an den Staatspräsidenten von Belarus", "an die
// Generalstaatsanwältin:". A case file's official is printed as a heading or an envelope prints
// him, in the nominative: "Präsident von Mexiko", "russischer Generalstaatsanwalt". Two endings
// change between the two cases, and only those are undone here:
// - the weak office nouns ("Präsident", "Staatspräsident", "Kronprinz", "Monarch") take "-en";
//   the others ("Generalstaatsanwalt", "Innenminister", "Botschafter", "Gouverneur") take none;
// - a country's adjective before a man's office ends "-en" after "den" ("den russischen
//   Generalstaatsanwalt"), "-er" with no article ("russischer Generalstaatsanwalt"); before a
//   woman's ("die russische Generalstaatsanwältin") it ends "-e" in both.
// Whatever follows the office ("von Mexiko", "der Russischen Föderation") is a genitive or a
// dative the nominative keeps as printed.
import { adjectiveOfKey } from './country-adjectives.js';

/** A weak office noun in the accusative, alone or at the end of a compound ("Staatspräsidenten", "EU-Ratspräsidenten", "Kronprinzen"). */
const WEAK_ACCUSATIVE = /^([\p{L}-]*(?:[Pp]räsident|[Pp]rinz|[Mm]onarch))en$/u;
/** A country's adjective in the accusative before a man's office ("russischen", "ägyptischen", "mexikanischen"). */
const ADJECTIVE_ACCUSATIVE = /^(\p{Ll}+isch)en$/u;
/** A woman's office ("Generalstaatsanwältin", "Präsidentin"): its adjective's ending is the same in both cases. */
const FEMININE = /in$/u;

/**
 * The office as a heading prints it: "Präsidenten von Mexiko" → "Präsident von Mexiko",
 * "russischen Generalstaatsanwalt" → "russischer Generalstaatsanwalt". A title of any other
 * shape (another language's, or German already in the nominative) is given back as it is.
 */
export function germanNominative(title: string): string {
  const words = title.split(' ');
  const adjective = ADJECTIVE_ACCUSATIVE.exec(words[0] ?? '');
  const at = adjective && words.length > 1 ? 1 : 0;
  const noun = words[at] ?? '';
  const weak = WEAK_ACCUSATIVE.exec(noun);
  // The adjective is undone only before an office word this file knows the case of: a man's weak
  // noun, or any capitalised noun that is no woman's ("Generalstaatsanwalt", "Innenminister").
  if (weak) words[at] = weak[1] ?? noun;
  if (adjective && at === 1 && /^\p{Lu}/u.test(noun) && !FEMININE.test(noun)) words[0] = `${adjective[1] ?? ''}er`;
  return words.join(' ');
}

/**
 * The folded words that may stand between "an den" / "an die" and the office: a country's
 * adjective in either gender ("russischen", "russische"). Used in a lookahead over folded text.
 */
export const GERMAN_OFFICE_ADJECTIVE = String.raw`[a-z]+ische[n]?`;

/** A country's adjective opening a German office ("russischer Generalstaatsanwalt"): printed in lower case, as German prints it. */
const OPENING_ADJECTIVE = /^\p{Ll}+ische[nr]?\s+\p{Lu}/u;

/**
 * The office read after "to" as a title: in the nominative, its first letter a capital ("Präsident
 * von Mexiko", "Ministre de la Justice") unless it opens with a German adjective, which German
 * prints in lower case ("russischer Generalstaatsanwalt").
 */
export function officeAsTitle(printed: string): string {
  const title = germanNominative(printed);
  return OPENING_ADJECTIVE.test(title) ? title : title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * "russischer Generalstaatsanwalt", "ägyptische Innenministerin": an office that opens with a
 * country's adjective in lower case (a sentence's words in lower case are no office).
 */
export function opensWithCountryAdjective(title: string): boolean {
  if (!OPENING_ADJECTIVE.test(title)) return false;
  const word = title.slice(0, title.indexOf(' ')).normalize('NFD').replace(/\p{M}/gu, '');
  return adjectiveOfKey(word, 'de') !== undefined;
}
