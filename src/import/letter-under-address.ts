// A letter printed as it is posted, with no greeting: the addressee's block, then at once the
// letter's paragraphs to its closing ("… Z10K8H4 Astana, Kazachstan" / "W związku z …" / "Z wyrazami
// szacunku"). Read only when no salutation opens a letter anywhere (sample-letter.ts), and only when
// a closing ends the paragraphs and an address line stands right above them: running text under a
// headline or a story is no letter.
import { isClosing } from './closing.js';
import type { HeadedLetter } from './headed-letter.js';
import { isProse } from './line-kinds.js';
import { isAddressLike } from './official-words.js';
import { fold, isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

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
