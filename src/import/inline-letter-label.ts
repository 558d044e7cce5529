// A page whose line breaks were lost runs the sample letter into one paragraph with the rest:
// "… add your address as the sender. Appeal text: The activist … go home! Signature/Unterschrift
// (translation) …". The letter's label opens a sentence inside the paragraph (a letter heading
// word and its colon, furniture.ts), and the letter runs to a signature field or a closing that
// opens a later sentence. With no such end in the paragraph the letter's end cannot be told, and
// nothing is read: the translation or the page's own text would follow it.
import { isLetterHeading } from './furniture.js';

/** "Appelltext:", "Sample letter:" opening a sentence: the label's words before its colon. */
const LABEL_IN_PARAGRAPH = /(?<=[.!?]\s+)(\p{Lu}[\p{L} ]{2,30}?):\s+(?=\p{Lu})/gu;
/** A signature or sender field, or a closing, opening a sentence: the letter ended before it. */
const LETTER_END = /(?<=[.!?]\s+)(?:Signature|Unterschrift|Underskrift|Signatur|Firma|Yours sincerely|Sincerely|Mit freundlichen Grüßen|Hochachtungsvoll|Atentamente|Cordialement)\b/u;

/** A flattened paragraph is long: a label inside a short line is a label of its own line's kind. */
const MIN_PARAGRAPH = 300;

/** The letter's text inside `line`, from after its label to its end, or undefined. */
export function letterInParagraph(line: string): string | undefined {
  if (line.length < MIN_PARAGRAPH) return undefined;
  for (const m of line.matchAll(LABEL_IN_PARAGRAPH)) {
    if (!isLetterHeading(m[1] ?? '')) continue;
    const from = (m.index ?? 0) + m[0].length;
    const end = LETTER_END.exec(line.slice(from));
    return end ? line.slice(from, from + end.index).trim() : undefined;
  }
  return undefined;
}
