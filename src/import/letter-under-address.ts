// A letter printed as it is posted, with no greeting: the addressee's block, then at once the
// letter's paragraphs to its closing ("… Z10K8H4 Astana, Kazachstan" / "W związku z …" / "Z wyrazami
// szacunku"). Read only when no salutation opens a letter anywhere (sample-letter.ts), and only when
// a closing ends the paragraphs and an address line stands right above them: running text under a
// headline or a story is no letter.
import { isClosing } from './closing.js';
import { letterBody, type HeadedLetter } from './headed-letter.js';
import { isProse } from './line-kinds.js';
import { isRunningText } from './official-name.js';
import { isAddressLike } from './official-words.js';
import { fold, isBlank, lineAt, previousNonBlank } from './text.js';
import type { ImportText } from './types.js';
import { isDateOnly } from './written-date.js';

/** A letter posted with no greeting is short: a closing further down than this is not looked for. */
const SEARCH_LINES = 400;

export function letterUnderAddress(doc: ImportText): HeadedLetter | undefined {
  const last = Math.min(doc.lines.length, SEARCH_LINES);
  let closing: number | undefined;
  for (let n = 1; n <= last && closing === undefined; n++) if (isClosing(fold(lineAt(doc, n).trim()))) closing = n;
  if (closing === undefined) return undefined;
  // Up from the closing over the paragraphs (and the blank lines between them) to the line above the first.
  let first: number | undefined;
  let n = closing - 1;
  for (; n >= 1; n--) {
    const line = lineAt(doc, n);
    if (isBlank(line)) continue;
    if (!isProse(line)) break;
    first = n;
  }
  if (first === undefined || n < 1 || !isAddressLike(lineAt(doc, n))) return undefined;
  return { lines: doc.lines.slice(first - 1, closing - 1), first, closed: true };
}

/**
 * A letter as sent whose greeting the page lost: under the last addressee's block and a blank
 * line, the letter's first sentence opens in lower case, as a sentence after "Estimados señores,"
 * does ("somos miembros y simpatizantes del grupo …", "wir sind Mitglieder der Gruppe …"). No
 * headline, story or instruction opens so; the letter runs over its paragraphs (and its points) to
 * a closing or the first line that is not running text.
 */
export function letterAfterLostGreeting(doc: ImportText): HeadedLetter | undefined {
  const last = Math.min(doc.lines.length, SEARCH_LINES);
  for (let n = 3; n <= last; n++) {
    const line = lineAt(doc, n);
    // Cheap first: a line that opens in lower case, under a blank line.
    if (!/^\p{Ll}/u.test(line) || !isBlank(lineAt(doc, n - 1)) || !isProse(line)) continue;
    const above = previousNonBlank(doc, n);
    if (above === undefined || !isAddresseeLine(lineAt(doc, above))) continue;
    return letterBody(doc, line, n);
  }
  return undefined;
}

/**
 * The addressee block's last line: an address line, but no page dateline ("December 02, 2008") nor a
 * sentence of the page's own prose holding a year ("… best wishes for 2026 from …"): a number makes
 * either look like an address, and the lower-case text under them is the page's, not a letter's.
 */
function isAddresseeLine(line: string): boolean {
  return isAddressLike(line) && !isDateOnly(line) && !isRunningText(line);
}
