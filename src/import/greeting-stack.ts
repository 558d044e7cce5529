// A letter to an office-holder and a council greets each on a line of its own, stacked, no commas:
//   Sehr geehrte Frau Bundespräsidentin
//   Sehr geehrte Bundesrätinnen und Bundesräte
//   <the letter>
// The lines under the salutation that open with its same courtesy words are greetings too, never
// the letter's first paragraph.
import { escapeRegExp } from '../regexp-escape.js';
import { fold, isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** At most this many greetings stacked. */
const MAX_STACKED = 4;

/** The salutation's line and the greetings stacked right under it (document lines). */
export function greetingStack(doc: ImportText, salutation: number): number[] {
  const [first = '', second = ''] = fold(lineAt(doc, salutation)).trim().split(/\s+/u);
  const out = [salutation];
  // Two courtesy words at least ("sehr geehrte", "dear mr"): one word alone may open a sentence.
  // The second may take another ending ("Sehr geehrter Herr …" / "Sehr geehrte Bundesrätinnen …").
  if (second.length < 2) return out;
  const opening = new RegExp(`^${escapeRegExp(first)} ${escapeRegExp(second.slice(0, 5))}\\S* `, 'u');
  for (let n = salutation + 1; n <= doc.lines.length && out.length < MAX_STACKED; n++) {
    // A page with a blank line after every line parts the stack too: one blank line is passed over.
    if (isBlank(lineAt(doc, n)) && !isBlank(lineAt(doc, n + 1))) continue;
    const line = lineAt(doc, n).trim();
    // Cheap first: a short line with no sentence's end.
    if (line.length > 80 || /[.!?;]$/u.test(line) || !opening.test(fold(line))) break;
    out.push(n);
  }
  return out;
}

/**
 * The whole stack the salutation belongs to, when the page's salutation is its last greeting
 * ("Sehr geehrter Herr A," / "Sehr geehrter Herr B," above the letter): its first line found by
 * looking up, then every greeting under it.
 */
export function wholeGreetingStack(doc: ImportText, salutation: number): number[] {
  let top = salutation;
  for (let n = salutation - 1; n >= Math.max(1, salutation - MAX_STACKED); n--) {
    if (isBlank(lineAt(doc, n))) continue;
    if (!greetingStack(doc, n).includes(salutation)) break;
    top = n;
  }
  return greetingStack(doc, top);
}
