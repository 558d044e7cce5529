// German pages name many streets in two or three words, printed before the house number and the
// postcode: an adjective and a street's noun ("Märkisches Ufer 54", "Berliner Straße 12", "Alte
// Jakobstraße 3"), a preposition with its article ("Am Neuen Markt 3", "An der Kirche 2", "Unter
// den Linden 77"), a noun and its genitive ("Platz der Republik 1"). On a flattened line the
// street follows the official's name with nothing between them: its first word is a capital like
// a name's, and was taken into the name (or the street lost). Only these shapes, right before a
// German house number, open the address, and only when a name of two words stays before them.
import { fold } from './fold.js';
import { hasOfficeWord } from './office-words.js';
import { honorificAlone } from './official-words.js';

/**
 * A street's noun printed as a word of its own ("Ufer", "Straße", "Markt"). Not "Ring", "Damm",
 * "Wall" or "Kai": surnames and given names too.
 */
const STREET_NOUN = /^(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Ufer|Markt|Gasse|Chaussee|Graben|Steig|Promenade|Zeile|Brücke)$/u;
/** A street named in one word ("Jakobstraße"): it may follow an adjective too ("Alte Jakobstraße"). */
const STREET_COMPOUND = /^\p{Lu}\p{Ll}+(?:straße|strasse|str\.|gasse|allee|platz|damm|ufer|weg|ring|markt|graben)$/u;
/** An adjective before a noun, with a German adjective's ending ("Märkisches", "Berliner", "Alte", "Neuen"). */
const ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|er|es|en|em)$/u;
/**
 * An adjective that is no surname ("Märkische", "Alte", "Neuen"): before a street in one word,
 * where a surname in "-er" also stands ("Karl Muster Hauptstraße 4").
 */
const SURE_ADJECTIVE = /^(?:\p{Lu}\p{Ll}+isch|Alt|Neu|Hoh|Ober|Unter|Mittler|Inner|Äußer|Hinter|Vorder)(?:e|er|es|en|em)$/u;
/** Prepositions that hold their article ("Am" is "an dem"): a name follows them directly. */
const PREPOSITION_WITH_ARTICLE = /^(?:Am|Im|Zum|Zur|Beim|Vorm|Hinterm|Unterm|Überm)$/u;
/** Prepositions that open a street only before an article ("An der …", "Unter den …"). */
const PREPOSITION = /^(?:An|Auf|In|Unter|Vor|Hinter|Über|Bei|Neben)$/u;
const ARTICLE = /^(?:der|die|das|dem|den|des)$/u;
/** A capitalised word of the street's name ("Neuen", "Markt", "Linden", "Kupfergraben"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}[\p{Ll}ß]+)*$/u;
/**
 * The house number, then a postcode and its town ("54 10179 Berlin", "3, 14467 Potsdam", "10a
 * A-1010 Wien"), a town after a comma, or nothing more.
 */
const HOUSE_NUMBER_THEN = /^\d{1,4}\s?[a-z]?(?:\s?[-–/]\s?\d{1,4}[a-z]?)?(?:,?\s+(?:[A-Z]{1,2}-)?\d{4,5}\s+\p{Lu}|,\s*\p{Lu}|\s*$)/u;

/** A name's word: a capital, no digit, no office or courtesy word. */
const isNameWord = (w: string): boolean => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) && !hasOfficeWord(fold(w)) && honorificAlone(w) === undefined;

/**
 * Where a German street of several words starts among `words` (the words printed before the house
 * number), or undefined. `after` is the address from its number on.
 */
export function germanStreetStart(words: readonly string[], after: string): number | undefined {
  if (words.length < 4 || !HOUSE_NUMBER_THEN.test(after)) return undefined;
  const start = streetShapeStart(words);
  if (start === undefined) return undefined;
  // Two words of a name stay before the street ("Herrn Max Muster", "Frau Erika Beispiel"): "Herrn
  // Max Müller Ring 3" keeps its surname, since "Müller Ring" may be no street.
  return start >= 2 && isNameWord(words[start - 1] ?? '') && isNameWord(words[start - 2] ?? '') ? start : undefined;
}

function streetShapeStart(words: readonly string[]): number | undefined {
  const n = words.length;
  const last = words[n - 1] ?? '';
  // "Am Neuen Markt", "Zur Alten Mühle", "Im Tal": the preposition and one or two words of a name.
  for (const k of [2, 1]) {
    const at = n - k - 1;
    if (PREPOSITION_WITH_ARTICLE.test(words[at] ?? '') && words.slice(at + 1).every((w) => NAME_WORD.test(w))) return at;
  }
  // "An der Kirche", "Unter den Linden", "Auf dem Alten Berg".
  for (const k of [2, 1]) {
    const at = n - k - 2;
    if (PREPOSITION.test(words[at] ?? '') && ARTICLE.test(words[at + 1] ?? '') && words.slice(at + 2).every((w) => NAME_WORD.test(w))) return at;
  }
  // "Märkisches Ufer", "Berliner Straße", "Alte Jakobstraße".
  if ((STREET_NOUN.test(last) && ADJECTIVE.test(words[n - 2] ?? '')) || (STREET_COMPOUND.test(last) && SURE_ADJECTIVE.test(words[n - 2] ?? ''))) return n - 2;
  // "Platz der Republik", "Straße der Einheit".
  if (NAME_WORD.test(last) && ARTICLE.test(words[n - 2] ?? '') && STREET_NOUN.test(words[n - 3] ?? '')) return n - 3;
  return undefined;
}

/** After a German street's number with no comma, the postcode and its town ("Am Neuen Markt 3 14467 Potsdam"). */
const POSTCODE_AFTER_NUMBER = /^(\D+\s\d{1,4}\s?[a-z]?(?:\s?[-–/]\s?\d{1,4}[a-z]?)?)\s+(?=(?:[A-Z]{1,2}-)?\d{4,5}\s+\p{Lu})/u;

/** "Märkisches Ufer 54 10179 Berlin" → the street and its number, then the postcode and the town. */
export function splitGermanPostcode(address: string): string[] {
  const m = POSTCODE_AFTER_NUMBER.exec(address);
  return m ? [m[1] ?? '', address.slice(m[0].length)] : [address];
}
