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
import { fold } from './fold.js';
import { READERS_GREETING } from './group-greeting.js';
import { isClosing } from './closing.js';

export interface Letterhead {
  /** The lines above the date, the date with them: the sender's. */
  head: LineRange;
  /** The lines under the date, down to the greeting: the addressee's. */
  addressee: LineRange;
}

/** A date standing for itself: "President Jane Doe Monday, 12th March 2013" is a name with the date typed beside it. */
const isDate = (line: string): boolean => (isDateOnly(line) || datelineKind(line) === 'a date') && withoutDateline(line, looksLikeHeader) === line;

/**
 * A letterhead's own fields print the date with a label under the references ("Your Reference :" /
 * "In Reply : ABC/NOV/09" / "Date : 13 November 2009"); a blog that publishes a prisoner's documents
 * numbers each before its dateline ("Doc.1   Tires, 18 de Maio de 2017"). Either is the letter's
 * date; the labelled one needs no blank line above it (the references stand there).
 */
const LABELLED_DATE = /^(?:date|fecha|datum|data|tarih)\s*:\s*/iu;
const DOCUMENT_MARK = /^(?:doc(?:umento?)?|annex|anexo|anexe|anlage)\.?\s*\d{1,3}\s+/iu;
function labelledDate(line: string): boolean {
  if (!/^\p{L}{3,9}\.?\s*[:\d]/u.test(line)) return false;
  const m = LABELLED_DATE.exec(line) ?? DOCUMENT_MARK.exec(line);
  return m !== null && isDate(line.slice(m[0].length).trim());
}

/**
 * "Port-au-Exemple, le 17 Juillet 2012", "Oslo, 06.10.2016": the town the letter was written in, then
 * its date. A document site that drops the blank lines leaves it between the letterhead and the
 * addressee with no blank line around it; the town before the comma still marks it the dateline.
 */
const PLACED_DATE = /^\p{Lu}[\p{L}' .-]{1,40},\s*(?:(?:le|den|am|el|il|o)\s+)?\d/u;
const placed = (line: string): boolean => PLACED_DATE.test(line.trim());

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
    if (isBlank(line)) continue;
    const labelled = !isDate(line) && labelledDate(line);
    if (!labelled && !isDate(line)) continue;
    if (!labelled && !placed(line) && (!isBlank(lineAt(doc, n - 1)) || (n < range.to && !isBlank(lineAt(doc, n + 1))))) return undefined;
    const first = nextNonBlank(doc, range.from, n - 1);
    const under = nextNonBlank(doc, n + 1, range.to);
    if (first === undefined || under === undefined) return undefined;
    const addressee = { from: under, to: range.to };
    return namesOfficial(addressee) ? { head: { from: range.from, to: n }, addressee } : undefined;
  }
  return undefined;
}

/**
 * A letter quoted on a group's page FROM someone ("A letter of support from …" / "Jane Example" /
 * "Vice President of the Example Parliament" / "Rome, 28 April 2008" / "Dear friends,"): the block
 * right above a greeting to the readers ("Dear all", "Dear friends", "Liebe Freunde") is its writer,
 * never an official written to. `last`: the block's last line; a date standing between is looked over.
 */
export function greetsReadersUnder(doc: ImportText, last: number): boolean {
  for (let n = last + 1, seen = 0; n <= doc.lines.length && seen < 3; n++) {
    const line = lineAt(doc, n);
    if (isBlank(line)) continue;
    seen++;
    if (line.length > 60) return false;
    if (isDate(line)) continue;
    return READERS_GREETING.test(fold(line.trim()));
  }
  return false;
}

/**
 * A letter forwarded to a list under the sender's own note ("Dear Friends, the following letter was
 * sent …" / "In solidarity," / her name, office, phone, fax, email and street / the date / the
 * addressee / "Dear Mr Sample"): the lines after a closing are the sender's signature, down to the
 * letter's date, with or without blank lines around them; only the block under that date, right
 * above the greeting, is the addressee (and only when `namesOfficial` finds someone there).
 */
export function splitSignature(doc: ImportText, range: LineRange, greeting: number | undefined, namesOfficial: (r: LineRange) => boolean): Letterhead | undefined {
  if (greeting === undefined || range.to + 1 !== greeting) return undefined;
  let closing: number | undefined;
  for (let n = range.from; n < range.to; n++) {
    const line = lineAt(doc, n);
    if (closing === undefined) {
      if (line.length < 60 && /[\p{L}][,.!]?\s*$/u.test(line) && isClosing(fold(line.trim()))) closing = n;
      continue;
    }
    if (line.length > 60 || isBlank(line) || !isDate(line)) continue;
    const under = nextNonBlank(doc, n + 1, range.to);
    if (under === undefined) return undefined;
    const addressee = { from: under, to: range.to };
    return namesOfficial(addressee) ? { head: { from: range.from, to: n }, addressee } : undefined;
  }
  return undefined;
}
