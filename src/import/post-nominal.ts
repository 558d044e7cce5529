// Letters after a name for a rank, an honour or a bar ("Abubakar Malami, SAN", "Jane Doe, QC",
// "John Smith MP", "Ngozi Example, GCFR"): they make the line a person's, where "Town, XYZ" would
// otherwise read as a place and its region ("Canberra, ACT"). Only letters no region is written as.
// An Israeli lawyer signs as an advocate ("Jane Doe, Adv.").
import { INDONESIAN_DEGREE } from './courtesy-ranks.js';

const POST_NOMINAL = /^(?:SAN|QC|KC|OBE|CBE|MBE|KBE|DBE|GBE|CMG|KCMG|GCMG|MP|MEP|MLA|MPP|MNA|MHA|JP|GCFR|CFR|OFR|MFR|GCON|CON|OON|MON|PhD|Ph\.D\.|Esq\.?|LLB|LLM|SJ|Adv\.?)$/u;
/** An order's letters with their full stops, after a comma ("Jomo Example, C.G.H."): three or more, never a name's two initials. */
const DOTTED_ORDER = /^(?:\p{Lu}\.){3,6}$/u;

/** The comma part is a run of post-nominal letters ("SAN", "QC, MP"; an Indonesian degree's "S.H., M.H."). */
export const isPostNominal = (part: string): boolean => part.trim().split(/[\s,]+/).every((w) => POST_NOMINAL.test(w) || INDONESIAN_DEGREE.test(w)) && part.trim() !== '';

/**
 * "Jane Example MP", "Jomo Example, C.G.H.", "Jane Doe, QC, MP": a name that carries its letters
 * after it. They are no part of the name the letter is addressed by; returned apart (for the
 * report), with at least two words of name left. Undefined when the name ends in none.
 */
export function withoutPostNominals(name: string): { name: string; letters: string } | undefined {
  // "KYAW AUNG SAN": in a name printed in capitals, "SAN" or "MON" may be the name's own last word.
  if (!/\p{Ll}/u.test(name)) return undefined;
  const words = name.trim().split(/\s+/);
  let k = words.length;
  while (k > 2) {
    const word = (words[k - 1] ?? '').replace(/,$/, '');
    const afterComma = (words[k - 2] ?? '').endsWith(',');
    if (!POST_NOMINAL.test(word) && !(afterComma && (DOTTED_ORDER.test(word) || INDONESIAN_DEGREE.test(word)))) break;
    k--;
  }
  if (k === words.length) return undefined;
  return { name: words.slice(0, k).join(' ').replace(/,$/, ''), letters: words.slice(k).join(' ').replace(/,$/, '') };
}
