// A UA may announce its officials more than once: "Please write immediately in Spanish … to the
// authorities:" above the bullets of what to ask, then "PLEASE SEND APPEALS BEFORE 21 JANUARY 2019
// TO:" above the officials themselves. The first such line is the officials' range's start; when
// that range names nobody, the officials' reader tries the next ones, found here.
import { findLandmarks, isWriteToLine } from './landmarks.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** 1-based lines after `after` (and before the letter or the background) that announce officials. */
export function laterWriteToLines(doc: ImportText, after: number): number[] {
  const m = findLandmarks(doc);
  const until = Math.min(m.salutation ?? doc.lines.length, m.additional ?? doc.lines.length);
  const lines: number[] = [];
  // A handful is plenty: a page that says "write to" on every line is not read for each of them.
  for (let n = after + 1; n <= until && lines.length < MAX_CANDIDATES; n++) if (isWriteToLine(fold(lineAt(doc, n)))) lines.push(n);
  return lines;
}

const MAX_CANDIDATES = 4;
