// A page of several letter downloads ("Musterbriefe", "Letters to print"): after the first letter's
// closing, each further letter starts again with the writer's blanks ("ABSENDER (INKL. EIGENER
// ANSCHRIFT)", "DATUM", "Your name and address"), then its addressee, then its own salutation. Each
// addressee block is read as the first letter's is; the official it names is greeted as that letter
// greets him. A page that prints one letter twice gives the same official twice, which the importer
// drafts once (repeated-officials.ts).
import { isSenderBlank } from './furniture.js';
import { findLandmarks, nextLetter } from './landmarks.js';
import type { LineRange } from './summary.js';
import { lineAt } from './text.js';
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

export function laterLetters(doc: ImportText): LaterLetter[] {
  const m = findLandmarks(doc);
  if (m.closing === undefined) return [];
  const letters: LaterLetter[] = [];
  let n = m.closing + 1;
  while (n <= doc.lines.length && letters.length < MAX_LETTERS) {
    if (!isSenderBlank(lineAt(doc, n))) {
      n++;
      continue;
    }
    const next = nextLetter(doc, n, n + MAX_HEAD_LINES);
    if (next === undefined) {
      n++;
      continue;
    }
    if (next.salutation > n + 1) letters.push({ range: { from: n + 1, to: next.salutation - 1 }, salutation: next.salutation });
    n = (next.closing ?? next.salutation) + 1;
  }
  return letters;
}
