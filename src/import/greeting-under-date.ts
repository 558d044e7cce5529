// A campaign page that shows the letter to send as the letter's head only: the official's block,
// the letter's date, the greeting — and the stored page ends there, or runs on into the site's own
// questions ("Will my letter make a difference?"). Such a greeting often has no comma ("Egregio
// Shri Singh", "Sehr geehrter Herr Premierminister"), so the readers that want a comma or the
// letter's text under it pass it by. Right under a dateline that closes an address, a short line
// opening with a courtesy word is the greeting all the same; the letter is taken only when running
// text (no question) follows it.
import { countryCode } from '../channels/countries.js';
import { isAddressLike } from './official-words.js';
import { isProse } from './line-kinds.js';
import { lineAt, nextNonBlank } from './text.js';
import { isDateline, isDateOnly } from './written-date.js';
import type { ImportText } from './types.js';

/** How far above the greeting its dateline, and above that the address, may stand (blank lines between). */
const GAP = 4;

export interface GreetingUnderDate {
  salutation: number;
  /** No letter text follows the greeting: the page gives none. */
  letterless: boolean;
}

/**
 * The first line in (after, until] that greets under a dateline closing an address block.
 * `opensGreeting` tells whether line n opens with a courtesy word, as the letter readers test it.
 */
export function greetingUnderDate(doc: ImportText, after: number, until: number | undefined, opensGreeting: (n: number) => boolean): GreetingUnderDate | undefined {
  const last = Math.min(until ?? doc.lines.length, doc.lines.length);
  for (let n = after + 1; n <= last; n++) {
    const line = lineAt(doc, n);
    if (line.length > 80 || !opensGreeting(n) || !isGreetingShape(line.trim())) continue;
    const date = previousNonBlank(doc, n, after);
    if (date === undefined || !isDate(lineAt(doc, date))) continue;
    const greeting = greetingUnderBlock(doc, n, date, after);
    if (greeting) return greeting;
  }
  return undefined;
}

/**
 * The greeting on line n when the block over `above` closes with an address line or a country;
 * letterless when no running text follows it.
 */
function greetingUnderBlock(doc: ImportText, n: number, above: number, after: number): GreetingUnderDate | undefined {
  const block = previousNonBlank(doc, above, after);
  const closing = block === undefined ? '' : lineAt(doc, block).trim();
  if (!isAddressLike(closing) && countryCode(closing) === undefined) return undefined;
  const next = nextNonBlank(doc, n + 1, n + GAP);
  const text = next === undefined ? '' : lineAt(doc, next).trim();
  return { salutation: n, letterless: !(isProse(text) && !text.endsWith('?')) };
}

/** A few words with a capital, no figure, no address and no sentence's end: "Egregio Shri Singh", "Signor Presidente,". */
const isGreetingShape = (line: string): boolean =>
  line.length <= 80 && /^\p{Lu}/u.test(line) && line.split(/\s+/).length <= 8 && !/[\d@]/.test(line) && !/[.;!?]$/.test(line);

const isDate = (line: string): boolean => isDateOnly(line) || isDateline(line, () => false);

function previousNonBlank(doc: ImportText, n: number, after: number): number | undefined {
  for (let m = n - 1; m > after && m >= n - GAP; m--) if (lineAt(doc, m).trim() !== '') return m;
  return undefined;
}

/**
 * "Exzellenz,", "Excelencia:", "Your Excellency,": a greeting of one courtesy, alone on its line with
 * its comma or colon, right under an address block (its last line an address or a country). A group's
 * page may print only the letter's head, the address and this greeting, and cut the text after it
 * ("anbei erhalten S…"): no other reader takes it, since none finds running text under it. Folded
 * text: the courtesy words of the languages the sections write.
 */
const COURTESY_GREETING = /^(?:(?:your|his|her|votre|vostra|su|vuestra|eure|ihre|sua|vossa|uwe)\s+)?(?:excellency|excellence|excelencia|exzellenz|eccellenza|excellentie|majesty|majeste|majestad|majestat|majestade|maesta|highness|hoheit)\s*[,:!]$/;

export function courtesyUnderAddress(doc: ImportText, after: number, until: number | undefined, folded: readonly string[]): GreetingUnderDate | undefined {
  const last = Math.min(until ?? doc.lines.length, doc.lines.length);
  for (let n = after + 1; n <= last; n++) {
    // Cheap test first: a greeting of one courtesy is a short line ending in its punctuation.
    const f = folded[n - 1] ?? '';
    if (f.length > 30 || !COURTESY_GREETING.test(f.trim())) continue;
    const greeting = greetingUnderBlock(doc, n, n, after);
    if (greeting) return greeting;
  }
  return undefined;
}
