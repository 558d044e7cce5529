// A page of several letter downloads ("Musterbriefe", "Letters to print"): after the first letter's
// closing, each further letter starts again with the writer's blanks ("ABSENDER (INKL. EIGENER
// ANSCHRIFT)", "DATUM", "Your name and address"), then its addressee, then its own salutation. Each
// addressee block is read as the first letter's is; the official it names is greeted as that letter
// greets him. A page that prints one letter twice gives the same official twice, which the importer
// drafts once (repeated-officials.ts). A letter's signature and its translation's dateline above
// the translation's greeting are no addressee.
import { isSenderBlank } from './furniture.js';
import { findLandmarks, nextLetter, opensLetterAt } from './landmarks.js';
import type { LineRange } from './summary.js';
import { isProse } from './line-kinds.js';
import { fold } from './fold.js';
import { isAddressLike } from './official-words.js';
import { isDateline, isDateOnly } from './written-date.js';
import { datelineKind } from './letter-dateline.js';
import { isYearHeadline } from './published-letter-block.js';
import { isSpacedRange, separates } from './spacing.js';
import { isBlank, isRuleLine, lineAt } from './text.js';
import type { ImportText } from './types.js';

export interface LaterLetter {
  /** The lines between the writer's blank and the letter's salutation. */
  range: LineRange;
  /** The letter's salutation line. */
  salutation: number;
}

/** An addressee's block with the case's name under it is a dozen lines; more is no letter's head. */
const MAX_HEAD_LINES = 30;
/** A page of letters to print holds a few; more are not looked for. */
const MAX_LETTERS = 10;

/** Each reader that asks gets the same answer: it is found once a page (as landmarks are). */
const found = new WeakMap<ImportText, readonly LaterLetter[]>();

export function laterLetters(doc: ImportText): readonly LaterLetter[] {
  const known = found.get(doc);
  if (known) return known;
  const letters = findLaterLetters(doc);
  found.set(doc, letters);
  return letters;
}

function findLaterLetters(doc: ImportText): LaterLetter[] {
  const m = findLandmarks(doc);
  if (m.closing === undefined) return m.salutation === undefined ? [] : unclosedLetters(doc, m.salutation);
  const letters: LaterLetter[] = [];
  let n = m.closing + 1;
  // The first line after a closing: a handout's next address block may start there.
  let fresh = true;
  while (n <= doc.lines.length && letters.length < MAX_LETTERS) {
    const text = lineAt(doc, n);
    if (fresh && !isBlank(text) && !isSenderBlank(text)) {
      fresh = false;
      // A page that spaces every line out prints the block over twice the lines.
      const window = isSpacedRange(doc, { from: n, to: Math.min(doc.lines.length, n + 2 * MAX_BLOCK_LINES) }) ? 2 * MAX_BLOCK_LINES : MAX_BLOCK_LINES;
      const next = nextLetter(doc, n - 1, n + window);
      // "Joe Example" / "AWPA" / "———————" / the next addressee: the signature above a rule is no part of it.
      const from = next === undefined ? n : afterRule(doc, n, next.salutation);
      if (next !== undefined && isAddressHead(doc, from, next.salutation)) {
        letters.push({ range: { from, to: next.salutation - 1 }, salutation: next.salutation });
        [n, fresh] = [(next.closing ?? next.salutation) + 1, next.closing !== undefined];
        continue;
      }
      // "Narges Example is a teacher …" / (blank) / "Ayatollah Sadegh Example" / …: a handout that
      // tells each case in a paragraph before its letter; the block under the paragraph is the addressee.
      const told = next === undefined ? undefined : blockUnderIntro(doc, from, next.salutation);
      if (next !== undefined && told !== undefined) {
        letters.push({ range: { from: told, to: next.salutation - 1 }, salutation: next.salutation });
        [n, fresh] = [(next.closing ?? next.salutation) + 1, next.closing !== undefined];
        continue;
      }
      const published = publishedLetterAfter(doc, n);
      if (published !== undefined) {
        letters.push(published.letter);
        [n, fresh] = [(published.closing ?? published.letter.salutation) + 1, published.closing !== undefined];
        continue;
      }
    }
    if (!isSenderBlank(text)) {
      n++;
      continue;
    }
    const next = nextLetter(doc, n, n + MAX_HEAD_LINES);
    if (next === undefined) {
      n++;
      continue;
    }
    if (next.salutation > n + 1) letters.push({ range: { from: n + 1, to: next.salutation - 1 }, salutation: next.salutation });
    [n, fresh] = [(next.closing ?? next.salutation) + 1, next.closing !== undefined];
  }
  return letters;
}

/** An envelope's head: an office, a name, an institution and an address, a line each. */
const MAX_BLOCK_LINES = 10;

/**
 * A church group's handout gives several cases in turn, each an address block, a greeting, a short
 * note and a closing, with no writer's blanks between them: right after one closing, the lines up
 * to the next greeting are the next letter's addressee when they are a block of short lines, with
 * no sentence among them (a signature and a paragraph are not).
 */
function isAddressHead(doc: ImportText, from: number, salutation: number): boolean {
  const lines: string[] = [];
  for (let n = from; n < salutation; n++) if (!isBlank(lineAt(doc, n))) lines.push(lineAt(doc, n));
  return lines.length >= 2 && lines.length <= MAX_BLOCK_LINES && lines.every((l, i) => l.length <= 80 && (!isProse(l) || (i > 0 && isDirections(l)))) && !isSignatureThenDate(lines);
}

/**
 * "Vali Example Ave., above Sample Street intersection": an address that tells the way to the door
 * has as many words as a sentence, and is one of the head's address lines all the same — under the
 * name that opens the head, a street word in it and no stop at its end.
 */
function isDirections(line: string): boolean {
  return /^[\p{Lu}\d]/u.test(line) && !/[.!?:;]$/.test(line.trim()) && isAddressLike(line);
}

/** "Za české demonstranty", "For the Example group", "Für die Gruppe": the writers sign for a group. */
const SIGNS_FOR = /^(?:za|for|fur|pour|por|per|pa vegne av|namens|w imieniu|im namen|on behalf of)\s/;

/**
 * A letter and its translation on one page: under the first letter's closing, the writer's name
 * ("Za české demonstranty" / "Ing. Jane Example"), then the translation's dateline ("Prague,
 * Februarry, 19th. 2024") and greeting. Those lines sign a letter and date the next: no addressee's
 * block, since it opens with the group signed for, or since a dateline is its only address-like line.
 */
function isSignatureThenDate(lines: readonly string[]): boolean {
  if (SIGNS_FOR.test(fold(lines[0] ?? ''))) return true;
  const dated = lines.map((l) => isDateOnly(l.trim()) || isDateline(l));
  return dated.some(Boolean) && !lines.some((l, i) => dated[i] !== true && isAddressLike(l));
}

/**
 * A group's page of two letters (one to the embassy, one to the president) whose first letter ends
 * with no closing ("Vielen Dank …" / "Anlage: 1 Kopie"): a later greeting whose paragraph right above
 * it is an address head (a block of short lines, no sentence) opens the next letter, that block its
 * addressee. Only lines under such a block are asked whether they greet: a long paste is walked once.
 */
export function unclosedLetters(doc: ImportText, first: number): LaterLetter[] {
  const letters: LaterLetter[] = [];
  for (let n = first + 2; n <= doc.lines.length && letters.length < MAX_LETTERS; n++) {
    if (isBlank(lineAt(doc, n)) || !isBlank(lineAt(doc, n - 1))) continue;
    let to = n - 1;
    while (to > first && isBlank(lineAt(doc, to))) to--;
    let from = to;
    while (from - 1 > first && !isBlank(lineAt(doc, from - 1)) && to - from < MAX_BLOCK_LINES) from--;
    const whole = from - 1 <= first || isBlank(lineAt(doc, from - 1));
    if (to <= first || !whole) continue;
    // "Hier ist der eigentliche Brief an …" / the block: a line presenting the letter may head its
    // addressee's block with no blank between; the block is the lines under it.
    const head = isAddressHead(doc, from, to + 1) ? from : presentsLetter(lineAt(doc, from)) && isAddressHead(doc, from + 1, to + 1) ? from + 1 : undefined;
    if (head !== undefined && opensLetterAt(doc, n)) letters.push({ range: { from: head, to }, salutation: n });
  }
  return letters;
}

/** A sentence with no stop at its end (or a colon), as a heading over what follows: "Here is the letter to the minister". */
const presentsLetter = (line: string): boolean => isProse(line) && line.length <= 120 && !/[.!?;,]$/u.test(line.trim());


/**
 * A writers' centre's page of two letters: under the first letter's signature (and copies), the next
 * letter's headline and a short intro, then its addressee's block, perhaps its dateline, and its
 * greeting. The block right above the greeting (the dateline left out) is that letter's addressee,
 * when it is an address head; the headline and the intro are no part of it.
 */
function publishedLetterAfter(doc: ImportText, from: number): { letter: LaterLetter; closing?: number | undefined } | undefined {
  let headline: number | undefined;
  for (let n = from; n <= Math.min(doc.lines.length, from + MAX_HEAD_LINES) && headline === undefined; n++) {
    const line = lineAt(doc, n).trim();
    if (isYearHeadline(line)) headline = n;
  }
  if (headline === undefined) return undefined;
  const next = nextLetter(doc, headline, headline + MAX_HEAD_LINES);
  if (next === undefined) return undefined;
  let to = next.salutation - 1;
  const dated = (l: string) => isBlank(l) || isDateOnly(l.trim()) || datelineKind(l) !== undefined;
  while (to > headline && dated(lineAt(doc, to))) to--;
  // Up to the blank line above the block (over single ones on a page that spaces every line out).
  const spaced = isSpacedRange(doc, { from: headline, to: next.salutation });
  const above = (n: number) => (spaced && isBlank(lineAt(doc, n - 1)) && !separates(doc, n - 1, spaced) ? n - 2 : n - 1);
  let start = to;
  while (above(start) > headline && !isBlank(lineAt(doc, above(start))) && !isProse(lineAt(doc, above(start))) && to - start < 2 * MAX_BLOCK_LINES) start = above(start);
  if (to <= headline || !isAddressHead(doc, start, to + 1)) return undefined;
  return { letter: { range: { from: start, to }, salutation: next.salutation }, closing: next.closing };
}

/**
 * The first line of the address head right above the greeting on line `salutation`, when every
 * line between `from` and that head is running text (the case told in a paragraph or two): else undefined.
 */
function blockUnderIntro(doc: ImportText, from: number, salutation: number): number | undefined {
  let start = salutation - 1;
  while (start > from && isBlank(lineAt(doc, start))) start--;
  // Up to the blank line above the block (over single ones on a page that spaces every line out), or the intro's last line.
  const spaced = isSpacedRange(doc, { from, to: salutation });
  const above = (n: number) => (spaced && isBlank(lineAt(doc, n - 1)) && !separates(doc, n - 1, spaced) ? n - 2 : n - 1);
  while (above(start) > from && !isBlank(lineAt(doc, above(start))) && !isProse(lineAt(doc, above(start)))) start = above(start);
  if (start <= from || !isAddressHead(doc, start, salutation)) return undefined;
  let prose = 0;
  for (let n = from; n < start; n++) {
    const line = lineAt(doc, n);
    if (isBlank(line)) continue;
    if (!isProse(line)) return undefined;
    prose++;
  }
  return prose > 0 ? start : undefined;
}

/** The line after the last rule between `from` and `until` (or `from`). */
function afterRule(doc: ImportText, from: number, until: number): number {
  let start = from;
  for (let n = from; n < until; n++) if (isRuleLine(lineAt(doc, n))) start = n + 1;
  return start;
}
