// The summary is the paragraph under the headline, before TAKE ACTION (or the first bullet).
import { countryCode } from '../channels/countries.js';
import { addresseeLabel } from './addressee-list-line.js';
import { parseContactLine } from './contact-line.js';
import { furnitureKind } from './furniture.js';
import { isPersonName, splitHonorific } from './official-words.js';
import { isTrailerLabel, splitLabel } from './labels.js';
import { findLandmarks, isReferenceOnly, isStatusNotice } from './landmarks.js';
import { toParagraphs } from './paragraphs.js';
import { isLetterBlockUnderHeadline } from './published-letter-block.js';
import { isSpacedRange } from './spacing.js';
import { fold, isAllCaps, isBlank, isBullet, isRuleLine, lineAt, nextNonBlank } from './text.js';
import { READERS_GREETING } from './group-greeting.js';
import { isDateOnly } from './written-date.js';
import { found, notFound, type Finding, type ImportText } from './types.js';

export interface LineRange {
  /** 1-based, inclusive. */
  from: number;
  to: number;
}

/** Where the summary paragraph lies, if there is a headline with text under it. */
export function summaryRange(doc: ImportText): LineRange | undefined {
  if (!ranges.has(doc)) ranges.set(doc, findSummaryRange(doc));
  return ranges.get(doc);
}

/** Several recognisers ask for the summary's place: it is found once per document. */
const ranges = new WeakMap<ImportText, LineRange | undefined>();

function findSummaryRange(doc: ImportText): LineRange | undefined {
  const marks = findLandmarks(doc);
  if (marks.title === undefined) return undefined;
  const titleEnd = marks.titleEnd ?? marks.title;
  const stops = [marks.takeAction, marks.writeTo, marks.salutation, marks.additional, marks.trailer].filter((n): n is number => n !== undefined && n > titleEnd);
  const limit = Math.min(doc.lines.length, ...stops.map((n) => n - 1));
  let from = nextNonBlank(doc, titleEnd + 1, limit);
  // Header lines between the headline and the summary ("UA-Nr: … Datum: …", "PUBLICATION DATE: …",
  // the labelled template's "URGENT ACTION SUMMARY:", a reference alone: "AU 52/24") are not part of it.
  // A USA page prints the date alone under the headline ("June 11, 2020"): no summary either.
  // "Diese Urgent Action ist beendet.": the notice that the case is closed stands over the story, no part of it.
  // A rule between the headline and the story ("-----"), and a mail's greeting of its readers ("Dear friends,"), are no part of it either.
  while (from !== undefined && (isHeaderLabel(lineAt(doc, from)) || isReferenceOnly(lineAt(doc, from)) || isDateOnly(lineAt(doc, from)) || isStatusNotice(lineAt(doc, from)) || isRuleLine(lineAt(doc, from)) || READERS_GREETING.test(fold(lineAt(doc, from))))) from = nextNonBlank(doc, from + 1, limit);
  // "To: Jane Example" / "Minister of …", "Para: Sr. …, Presidente …": a letter's addressee lines
  // under the headline name its officials (memo-addressees.ts); no summary is printed there.
  if (from === undefined || addresseeLabel(lineAt(doc, from)) !== undefined) return undefined;
  let to = from;
  // A PDF may break the summary over several lines; a blank line, a bullet or a label ends it.
  while (to + 1 <= limit && !isBlank(lineAt(doc, to + 1)) && !isBullet(lineAt(doc, to + 1)) && !isTrailerLabel(lineAt(doc, to + 1)) && !isHeaderLabel(lineAt(doc, to + 1)) && !startsList(lineAt(doc, to), lineAt(doc, to + 1))) to++;
  // Officials printed right under the headline with no blank line ("Hu Example" / "2 Example Road"
  // / "Tratamiento: Your Excellency" / "Fax: …") are no summary: a summary holds no contact field.
  if (isBullet(lineAt(doc, from)) || holdsContactField(doc, from, to) || isAddressUnderHeadline(doc, from, to) || spacedBlockHoldsContact(doc, from, to, limit) || isAddresseeUnderHeadline(doc, from, to) || isLetterBlockUnderHeadline(doc, from)) return undefined;
  return { from, to };
}

/**
 * "Public Prosecutor Jane Doe" / "Office of …" / "Cairo, Egypt" / "URGENT ACTION SUMMARY:": an
 * official printed under the headline with no contact field, his address ending in its country,
 * and a section's heading right under it, no blank line between. That is an address block, not
 * the summary (which runs on in sentences and ends in a full stop); the heading opens what follows.
 */
function isAddressUnderHeadline(doc: ImportText, from: number, to: number): boolean {
  if (to === from || !SECTION_HEADING.test(lineAt(doc, to + 1)) || !endsInCountryName(lineAt(doc, to))) return false;
  for (let n = from; n <= to; n++) if (/[.!?]["”»)]?$/.test(lineAt(doc, n)) || lineAt(doc, n).length > 120) return false;
  return true;
}

/**
 * An open letter prints its addressee's block under the headline ("Mrs. Jane Example" / "Republic of
 * …" / "Example Palace" / "Capital 1005"), his fax after a blank line: a courtesy title and a name
 * opening lines that hold no sentence, a contact field right under them, are no summary.
 */
function isAddresseeUnderHeadline(doc: ImportText, from: number, to: number): boolean {
  if (to === from) return false;
  const { honorific, rest } = splitHonorific(lineAt(doc, from).trim());
  if (honorific === undefined || !isPersonName(rest)) return false;
  for (let n = from; n <= to; n++) if (/[.!?]["”»)]?$/.test(lineAt(doc, n).trim()) || lineAt(doc, n).length > 120) return false;
  return holdsContactField(doc, to + 1, Math.min(doc.lines.length, to + 3));
}

/** A line that ends in a colon and nothing after it ("HINTERGRUNDINFORMATIONEN:", "INFORMATIONS GÉNÉRALES :"). */
const SECTION_HEADING = /^[^:]{3,80}\s?:\s*$/u;

/** "Cairo, Egypt", "Kairo, Ägypten", "Arab Republic of Egypt": the line's last part is a country's name. */
function endsInCountryName(line: string): boolean {
  const last = (line.split(',').pop() ?? '').trim();
  if (last === '' || last.length > 60) return false;
  const bare = last.replace(/^(?:the\s+)?(?:\p{L}+\s+)?(?:republic|kingdom|state|federation|emirate|sultanate)\s+of\s+(?:the\s+)?/iu, '');
  return countryCode(bare) !== undefined;
}

/**
 * A page with a blank line after every line cuts an addressee block under the headline ("Mrs. Jane
 * Doe" / "" / "Example Palace" / "" / "Fax: …") into one-line paragraphs: a short first line with
 * no sentence in it is no summary when the run of single-spaced lines under it holds a contact field.
 */
function spacedBlockHoldsContact(doc: ImportText, from: number, to: number, limit: number): boolean {
  const line = lineAt(doc, from);
  if (to !== from || line.length > 80 || /[.!?]["”»)]?$/.test(line) || !isSpacedRange(doc, { from, to: limit })) return false;
  let end = from;
  while (end + 2 <= limit && end - from < 24 && isBlank(lineAt(doc, end + 1)) && !isBlank(lineAt(doc, end + 2))) end += 2;
  return end > from && holdsContactField(doc, from, end);
}

/** A short labelled line of the range is an official's salutation, fax, phone or email line. */
function holdsContactField(doc: ImportText, from: number, to: number): boolean {
  for (let n = from; n <= to; n++) {
    const line = lineAt(doc, n);
    if (line.length > 120 || splitLabel(line) === undefined) continue;
    const contact = parseContactLine(line);
    if (contact && (contact.salutation !== undefined || contact.fax !== undefined || contact.phone !== undefined || contact.emails.length > 0)) return true;
  }
  return false;
}

/** A label in capitals ("INDEX NUMBER: …", "URGENT ACTION LETTER:") or a short header label ("Datum: …"). */
function isHeaderLabel(line: string): boolean {
  const label = /^([^:]{2,60}):/.exec(line)?.[1];
  if (label === undefined || splitLabel(line) === undefined) return false;
  return isAllCaps(label) || /^(?:ua-nr|ua|au|ai-index|index|datum|date|fecha)\b/i.test(label);
}

export function recogniseSummary(doc: ImportText): Finding<string> {
  const range = summaryRange(doc);
  if (!range) return notFound('no paragraph under the headline');
  // The summary is one paragraph by definition (it ends at the first blank line).
  const text = toParagraphs(doc.lines.slice(range.from - 1, range.to), range.from).map((p) => p.text).join(' ');
  const { takeAction } = findLandmarks(doc);
  return takeAction !== undefined && range.to < takeAction
    ? found(text, 'high', range.from)
    : found(text, 'medium', range.from, 'no TAKE ACTION heading after it');
}

/** After a finished sentence, a short line without one is the start of an address block, not more summary. */
function startsList(prev: string, next: string): boolean {
  // An instruction or heading ("Actúa: redacta tu propio llamamiento…") ends the summary too.
  if (furnitureKind(next) !== undefined) return true;
  return /[.!?]["”»)]?$/.test(prev) && next.length < 60 && !/[.!?:]["”»)]?$/.test(next);
}
