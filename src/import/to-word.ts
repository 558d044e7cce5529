// The "to" word that opens an addressee's line in a letter's head, the dative that addresses it:
// "al Segretario generale …", "Ao Primeiro Ministro …", "ÀMinistra da Justiça …", "To the Prosecutor
// General …". Read by the stack of such lines (to-word-stack.ts) and by the landmarks, which take no
// courtesy line right above one for the letter's greeting.

/** An office is a few words: a longer line is a sentence. */
const MAX_OFFICE = 110;

/**
 * The "to" word, after a list's dash: Italian "al/allo/alla/ai/agli/alle/all'/a", Portuguese
 * "A Sua Excelência o Senhor/ao/aos/à/às", Spanish "a la/a los/al", English "To the". "À" and "Às"
 * may be glued to the office ("ÀMinistra"), as a page's lost space leaves them.
 */
const TO_WORD = /^(?:[-–—•*]\s*)?(?:(?:a sua excel[eê]ncia(?:\s+(?:o\s+senhor|a\s+senhora))?|to the|al|allo|alla|alle|ai|agli|ao|aos|a la|a los|a las|a)\s+|all['’]|(?:à|às)\s*)/iu;
/** What follows the "to" word: an office in capitals, or all of a body ("tutti i parlamentari"). Apart from TO_WORD: under the i flag \p{Lu} takes small letters too. */
const OFFICE_START = /^(?:\p{Lu}|tutt[ie]\s|tod[oa]s\s)/u;
/** A sentence's punctuation, a figure, an address: no office line holds them. */
export const NOT_AN_OFFICE = /[.!?;:@]\s*$|[!?;@\d]|https?:/u;

/**
 * "Direitos Humanosda Republica": a plural word and the "of" after it glued, as a page's lost space
 * leaves them; Portuguese has no capitalised word ending so before another capitalised word.
 */
const GLUED_OF = /(\p{Lu}\p{Ll}{2,}[oa]s)(d[ao]s?|de)(?=\s\p{Lu})/gu;

/** The office after a "to" word, or undefined when the line opens with none or holds a sentence. */
export function officeAfterToWord(line: string): string | undefined {
  const text = line.trim();
  if (text.length > MAX_OFFICE + 30) return undefined;
  const m = TO_WORD.exec(text);
  if (!m || !OFFICE_START.test(text.slice(m[0].length))) return undefined;
  const office = text.slice(m[0].length).replace(/,\s*$/u, '').replace(GLUED_OF, '$1 $2').trim();
  return office.length >= 3 && office.length <= MAX_OFFICE && !NOT_AN_OFFICE.test(office) ? office : undefined;
}
