// Two postal blocks copied onto the same lines with single spaces between them ("His Majesty King
// Karl Example Embassy of the Kingdom of Ruritania" / "Royal Example Court H.E. Mr. John Example" /
// …): no wide gap tells where the second column starts (columns.ts reads those), and read as one
// official the second column's person ends up in the first one's address. Where the split of every
// line is unsure, the least is done: a second person named beside the first one's lines is cut out
// of them and named in a TODO, never kept in the first official.
import { countryCode } from '../channels/countries.js';
import { fold } from './fold.js';
import { isAddressLike, isPersonName, splitHonorific } from './official-words.js';

/** A courtesy title inside a line: written with a full stop or in two words ("H.E. Mr.", "His Excellency"). */
const INNER_COURTESY = /\s(?=\p{Lu}\p{L}{0,5}\.|(?:His|Her|Son|Sa|Su|Seine|Ihre|Zijne|Hare)\s\p{Lu})/gu;

/**
 * "Royal Example Court H.E. Mr. John Example" → left "Royal Example Court", right "H.E. Mr. John
 * Example": a courtesy title and a person's name after the first words of a line. Only asked once
 * the block has named its official (`named`): then such a person is a second one.
 */
export function personBeside(text: string, named: string): { left: string; right: string } | undefined {
  if (text.length > 200 || !/\s\p{Lu}\p{L}{0,5}\.|\s(?:His|Her|Son|Sa|Su|Seine|Ihre|Zijne|Hare)\s/u.test(text)) return undefined;
  for (const m of text.matchAll(INNER_COURTESY)) {
    const left = text.slice(0, m.index).trim();
    const right = text.slice(m.index).trim();
    // "Calle del Dr. Juan Ejemplo 12": a street named after a person is no second column.
    if (left.split(/\s+/).length < 2 || /\d/.test(text) || isAddressLike(left)) continue;
    const { honorific, rest } = splitHonorific(right);
    // The same person again (a block printed in two languages) is no second official.
    if (honorific !== undefined && /[.\s]/.test(honorific) && isPersonName(rest) && fold(rest) !== fold(named)) return { left, right };
  }
  return undefined;
}

export const BESIDE_WHY = "a second official printed beside this one's lines (two columns copied onto the same lines): not read, so as not to mix the two";
export const COLUMN_WHY = "printed on the same line as this official's name, and a second official is printed beside his lines: which column is it?";

/** The block's lines under a second column: whether the first column's address has printed its country, its last line. */
export interface ColumnsState {
  leftEnded: boolean;
}

/**
 * A line of a block under the line where a second official was seen beside the first: "Amman,
 * Jordan Example Street 79" → left "Amman, Jordan", the rest the second column's (named in a TODO).
 * The first column's address ends with its country: every line after that is the second column's,
 * kept out of the first official (`left` undefined): his fields end where the other's block goes on
 * beside them. A line with no country in it, before that, is left whole to the first (where it
 * parts cannot be told; the country's line may yet come).
 */
export function leftColumn(text: string, state: ColumnsState): { left?: string; right?: string } {
  const line = text.trim();
  if (state.leftEnded) return { right: line };
  const words = line.split(/\s+/u);
  // The country ends the first column's address: the last word or two before the cut.
  for (let k = words.length; k >= 1; k--) {
    const left = words.slice(0, k).join(' ');
    const last = (left.split(',').pop() ?? '').trim().replace(/[.;,]+$/u, '');
    if (last === '' || last.split(/\s+/u).length > 3 || countryCode(last) === undefined) continue;
    state.leftEnded = true;
    const right = words.slice(k).join(' ');
    return right === '' ? { left } : { left, right };
  }
  return { left: line };
}
