// A sample letter with no greeting, under its heading: "Suggested message: We urge you to drop the
// charges …", "Musterbrief" / "Bitte lassen Sie …", "Modèle de lettre :" / "Je vous demande …".
// Group pages and short calls to action give the letter's text alone and leave the greeting to
// the writer, or present it with a line of their own ("Here is a suggested message:", "Mensaje
// sugerido:"; never a call's script, "Vorschlag für Ihren Anruf:"). Read only when no salutation
// opens a letter anywhere (sample-letter.ts): the heading, alone on its line or as a label with
// the text after it, must be followed by running text, and the letter runs over its paragraphs to
// a closing or to the first line that is not running text (a page's comment form, a heading, an
// address).
import { isLetterHeading } from './furniture.js';
import { introducesLetter } from './script-intro.js';
import { letterInParagraph } from './inline-letter-label.js';
import { splitLabel } from './labels.js';
import { isClosing } from './closing.js';
import { isProse } from './line-kinds.js';
import { fold, lineAt, nextNonBlank } from './text.js';
import type { ImportText } from './types.js';

export interface HeadedLetter {
  /** The letter's lines, the first one without its heading. */
  lines: string[];
  /** The document line of `lines[0]`. */
  first: number;
  /** True when a closing ("Yours sincerely") ended it. */
  closed: boolean;
}

/** A page's letter heading stands near its top or its officials: a long paste is not searched to its end. */
const SEARCH_LINES = 1000;

export function letterUnderHeading(doc: ImportText): HeadedLetter | undefined {
  for (let n = 1; n <= Math.min(doc.lines.length, SEARCH_LINES); n++) {
    const line = lineAt(doc, n);
    if (line.length <= 80 && (isLetterHeading(line) || introducesLetter(line))) {
      let start = nextNonBlank(doc, n + 1, n + 3);
      // "Sample letter" / "Here is what you can write:" / the letter.
      if (start !== undefined && introducesLetter(lineAt(doc, start), true)) start = nextNonBlank(doc, start + 1, start + 3);
      if (start !== undefined && isProse(lineAt(doc, start))) return letterBody(doc, lineAt(doc, start), start);
      continue;
    }
    const label = line.length > 40 ? splitLabel(line) : undefined;
    // "Brief:" alone is a summary's label on an English page ("In brief: …"), not a letter's.
    if (label && label.label !== 'brief' && isLetterHeading(label.label) && isProse(label.value)) return letterBody(doc, label.value, n);
    // The letter's label and text inside a paragraph that lost its line breaks (inline-letter-label.ts).
    const inline = letterInParagraph(line);
    if (inline !== undefined) return { lines: [inline], first: n, closed: true };
  }
  return undefined;
}

/** The paragraphs from `firstText` (at line `first`) to a closing or the first line that is no running text. */
export function letterBody(doc: ImportText, firstText: string, first: number): HeadedLetter {
  const lines = [firstText];
  for (let n = first + 1; n <= doc.lines.length; n++) {
    const line = lineAt(doc, n);
    if (line.trim() === '') {
      lines.push(line);
      continue;
    }
    if (isClosing(fold(line))) return { lines: trimEnd(lines), first, closed: true };
    if (!isProse(line)) break;
    lines.push(line);
  }
  return { lines: trimEnd(lines), first, closed: false };
}

function trimEnd(lines: string[]): string[] {
  while (lines.length > 0 && (lines.at(-1) ?? '').trim() === '') lines.pop();
  return lines;
}
