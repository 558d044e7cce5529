// A writers' centre publishes each protest letter it sent under a headline ("2011: Country: Person"),
// the letter as sent right under it: the addressee's block (office, name, street, town), a dateline
// or the greeting, then the text. Those lines are the officials' block, not a summary to skip.
import { isAddressLike, isPersonName, splitHonorific, splitLeadingRole } from './official-words.js';
import { findLandmarks } from './landmarks.js';
import { datelineKind } from './letter-dateline.js';
import { isSpacedRange, lineUnder } from './spacing.js';
import { isDateOnly } from './written-date.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "2017: Otherland: Anna Example", "2017 Otherland: Anna Example": a writers' centre's headline over each letter it publishes. */
const YEAR_HEADLINE = /^(?:19|20)\d{2}:?\s+\p{Lu}[^:]{1,40}:\s*\p{Lu}.{1,100}$/u;

/** The line is such a headline: never an official's line. */
export const isYearHeadline = (line: string): boolean => line.length <= 160 && /^\s*\d{4}/.test(line) && YEAR_HEADLINE.test(line.trim());

/** A line of a few words that ends a sentence: a summary's, never an address block's. */
const SENTENCE_END = /^(?:\S+\s+){5,}\S*[.!?]["”»)]?$/u;
/** Every line of an address block opens with a capital or a figure; a wrapped sentence's do not. */
const OPENS_FIELD = /^[\p{Lu}\d]/u;

/** A line naming a person, maybe after a courtesy title or office ("His Excellency Wang Example", "LU Example, …"). */
function namesPerson(line: string): boolean {
  const rest = splitHonorific(line).rest;
  const head = rest.split(',')[0] ?? rest;
  return isPersonName(rest) || isPersonName(head) || isPersonName(splitLeadingRole(rest)?.name ?? '');
}

/** A block's lines: from `from`, down to a blank line that parts paragraphs (a page that spaces every line out keeps going over one). */
export function paragraphFrom(doc: ImportText, from: number, max: number, ends: (n: number) => boolean = () => false, spaced = isSpacedRange(doc, { from, to: Math.min(doc.lines.length, from + 2 * max) })): number[] {
  const lines: number[] = [];
  for (let n = from; n <= doc.lines.length && !isBlank(lineAt(doc, n)) && !ends(n) && lines.length <= max; n = lineUnder(doc, n, spaced)) lines.push(n);
  return lines;
}

/** The letter's dateline or its greeting closes the addressee's block (a spaced page has no blank line of its own there). */
function closesBlock(doc: ImportText, n: number): boolean {
  const line = lineAt(doc, n);
  return n === findLandmarks(doc).salutation || isDateOnly(line.trim()) || datelineKind(line) !== undefined;
}

/**
 * The paragraph from line `from` is three to a dozen short lines, none a sentence, each opening with
 * a capital or a figure, one naming a person and a later one an address with a figure in it (a
 * street number or postcode) — the addressee block of a letter printed under its headline. (The
 * summary's reader may end its paragraph early, at a short line under a long one: the whole
 * paragraph is asked about.)
 */
export function isLetterBlockUnderHeadline(doc: ImportText, from: number): boolean {
  // "2019: Cuba: Roberto Example Haces" / "Roberto Example Haces": a photo's caption repeats the
  // headline's person above the block; it stays out of the block, as the summary's reader leaves it.
  const title = findLandmarks(doc).titleText;
  if (title !== undefined && title.includes(lineAt(doc, from).trim())) return false;
  const lines = paragraphFrom(doc, from, 12, (n) => closesBlock(doc, n));
  if (lines.length < 3 || lines.length > 12) return false;
  let person = false;
  let address = false;
  for (const n of lines) {
    const line = lineAt(doc, n).trim();
    if (line.length > 100 || !OPENS_FIELD.test(line) || SENTENCE_END.test(line)) return false;
    if (person && !address && /\d/.test(line) && isAddressLike(line)) address = true;
    else if (!person && namesPerson(line)) person = true;
  }
  return person && address;
}
