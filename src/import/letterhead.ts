// A letter printed as its sender sent it: the sender's letterhead first (her name or office alone,
// her institution, its building, street and town), then the letter's date, then the addressee's
// block right above the greeting. Of the two blocks before the greeting, the one under the date is
// the addressee's; the one above it is the sender's, never an official, and its town never gives
// the country. Only when the lines under the date name an official by themselves: else the page is
// read as before (a date under the only block, a subject line under the date).
import { isContactHeading } from './furniture.js';
import type { LineRange } from './summary.js';
import { isBlank, lineAt, nextNonBlank } from './text.js';
import type { ImportText } from './types.js';
import { datelineKind } from './letter-dateline.js';
import { isDateOnly, withoutDateline } from './written-date.js';
import { looksLikeHeader } from './line-kinds.js';

export interface Letterhead {
  /** The lines above the date, the date with them: the sender's. */
  head: LineRange;
  /** The lines under the date, down to the greeting: the addressee's. */
  addressee: LineRange;
}

/** A date standing for itself: "President Jane Doe Monday, 12th March 2013" is a name with the date typed beside it. */
const isDate = (line: string): boolean => (isDateOnly(line) || datelineKind(line) === 'a date') && withoutDateline(line, looksLikeHeader) === line;

/**
 * The letterhead and the addressee's lines of a range that ends right above the letter's greeting,
 * when a date stands alone between two blocks and `namesOfficial` finds someone under it.
 */
export function splitLetterhead(doc: ImportText, range: LineRange, greeting: number | undefined, namesOfficial: (r: LineRange) => boolean): Letterhead | undefined {
  if (greeting === undefined || range.to + 1 !== greeting) return undefined;
  // A page that announces its officials ("Write to:") right above the first block lists them: no letterhead there.
  const above = range.from - 1;
  if (above >= 1 && isContactHeading(lineAt(doc, above))) return undefined;
  // The last date standing alone (a blank line or the range's edge on both sides) with lines above it.
  for (let n = range.to; n > range.from; n--) {
    const line = lineAt(doc, n);
    if (isBlank(line) || !isDate(line)) continue;
    if (!isBlank(lineAt(doc, n - 1)) || (n < range.to && !isBlank(lineAt(doc, n + 1)))) return undefined;
    const first = nextNonBlank(doc, range.from, n - 1);
    const under = nextNonBlank(doc, n + 1, range.to);
    if (first === undefined || under === undefined) return undefined;
    const addressee = { from: under, to: range.to };
    return namesOfficial(addressee) ? { head: { from: range.from, to: n }, addressee } : undefined;
  }
  return undefined;
}
