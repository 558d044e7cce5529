// "… Office of the Prime Minister Example Dimitrov Boulevard Phnom Penh, Cambodia": English names a
// boulevard or an avenue before its word, where French and Spanish put the word first ("Boulevard
// Example", "Avenida Example"). Run onto one line with no house number, the street's word is
// followed by the town and the country only; its name stands before it, after the office.
import { countryCode } from '../channels/countries.js';
import { fold } from './fold.js';
import { hasOfficeWord } from './office-words.js';

/** The street words English writes after the street's name, which the other languages write first. */
const WORD_AFTER_NAME = /^(?:Boulevard|Avenue)$/u;
/** After the street's word: the town (one to three capitalised words), a comma, the country. */
const TOWN_THEN_COUNTRY = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}),\s*(\p{Lu}[\p{L}'’ .-]{2,40})$/u;
/** A word of the street's name: capitalised, no office's or institution's word. */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A small word that joins an institution's name ("Ministry of Interior"): the word after it is the institution's. */
const JOINING = /^(?:of|for|the|and|on)$/u;
/** A street's name before its word is three words at most ("Example Dimitrov", "Sihanouk"). */
const MAX_NAME_WORDS = 3;

/**
 * Where the street starts when `words[at]` is a boulevard's or avenue's word named before it, with
 * only the town and country after it; undefined otherwise (the word then opens the street).
 */
export function streetNamedBefore(words: readonly string[], at: number): { start: number; town: string } | undefined {
  if (!WORD_AFTER_NAME.test(words[at] ?? '')) return undefined;
  const after = TOWN_THEN_COUNTRY.exec(words.slice(at + 1).join(' '));
  if (!after || countryCode(after[2]?.trim() ?? '') === undefined) return undefined;
  let start = at;
  // "Ministry of Interior Example Boulevard": a word after "of" is the institution's, not the street's.
  while (start > 0 && at - start < MAX_NAME_WORDS && NAME_WORD.test(words[start - 1] ?? '') && !hasOfficeWord(fold(words[start - 1] ?? '')) && !JOINING.test(words[start - 2] ?? '')) start--;
  // A name is needed, and something before it (the office or institution the address is theirs).
  return start < at && start > 0 ? { start, town: words.slice(at + 1).join(' ') } : undefined;
}
