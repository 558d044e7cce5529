// A mail that forwards an open letter: the mail's header ("From: … <…>" / "To: … <…>"), the
// sender's short cover note with its own greeting, then the letter as published, headed by its
// lists of addressees, each label alone on its line:
//   Dear Mr. Example,              ← the cover note's greeting
//   Please find below our letter …
//   To:
//   Mr. Tom Example, Commissioner for Human Rights, Example Council
//   Copy:
//   Ms. Ana Example, Chair of …
//   Dear Mr. Example,              ← the letter's
// The letter is the one under the lists, not the note: its greeting is the sample letter's.
// A repost that forwards the letter with no mail header and no labels is passed-on-letter.ts's.
import { isMailHeader } from './mail-headers.js';
import { splitHonorific } from './official-words.js';
import { isBlank, lineAt, nextNonBlank } from './text.js';
import { sourceLine, type ImportText } from './types.js';

/** A cover note is short: the lists come within this many lines of its greeting. */
const NOTE_LINES = 16;
/** Where the mail's header is looked for above the note's greeting. */
const HEADER_LINES = 12;
/** "To:", "An:", "À :", "Para:" alone on its line (folded). */
const TO_ALONE = /^(?:to|an|a|para)\s?:$/;

/**
 * The "To:" line that opens the forwarded letter's addressees under a cover note greeted at line
 * `greeting`, in a mail (a header line above the note); undefined on any other page.
 */
export function addresseesUnderCoverNote(doc: ImportText, folded: readonly string[], greeting: number): number | undefined {
  // The mail's header read as furniture is gone from the lines (mail-text.ts): the greeting's source line tells it.
  let header = sourceLine(doc, greeting) > greeting;
  for (let n = Math.max(1, greeting - HEADER_LINES); n < greeting && !header; n++) header = isMailHeader(lineAt(doc, n));
  if (!header) return undefined;
  for (let n = greeting + 1; n <= Math.min(doc.lines.length, greeting + NOTE_LINES); n++) {
    const line = folded[n - 1] ?? '';
    if (line.length > 6 || !TO_ALONE.test(line)) continue;
    // Under the label, a person with a courtesy title and an office after a comma ("Mr. Tom Example, Commissioner …").
    const next = nextNonBlank(doc, n + 1, n + 2);
    const person = next === undefined ? '' : lineAt(doc, next);
    if (!isBlank(person) && person.includes(',') && splitHonorific(person).honorific !== undefined) return n;
  }
  return undefined;
}
