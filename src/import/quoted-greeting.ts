// A blog may print the sample letter inside quotation marks: '"Signor Presidente,' opens it and
// 'Con osservanza,"' closes it. The opening mark would hide the greeting from every reader that
// looks for one at a line's start: a short line that opens with a quotation mark no other mark
// closes, and ends as a greeting does (a comma or a colon), is read without it.

/** A quotation mark, a greeting's words (no other mark), its comma or colon. */
const QUOTED_GREETING = /^["“„«‘']\s*(\p{Lu}[^"“”„«»‘’]{1,70}[,:])$/u;

/** The line without the mark that opens a quoted letter's greeting, or the line as it was. */
export function withoutOpeningQuote(line: string): string {
  return QUOTED_GREETING.exec(line)?.[1] ?? line;
}

/** A closing quotation mark at the line's end (after the sentence's stop). */
const CLOSING_QUOTE = /[”“»"]\s*$/u;
/** Any opening quotation mark: a quote inside the letter opens before it closes. */
const OPENING_QUOTE = /[„«]|(?:^|\s)["“]/u;

/**
 * A blog's quoted appeal with no closing words ("…sehen darf.“" / "Wer unterschreiben möchte, …"):
 * the letter ends on the line whose closing mark no mark in the letter opened (the one before its
 * greeting did, and went with it). The 0-based index after that line in `lines`, or undefined when
 * no such line stands before the last.
 */
export function quotedLetterEnd(lines: readonly string[], from: number, to: number): number | undefined {
  for (let i = from; i < Math.min(to, lines.length) - 1; i++) {
    const line = lines[i] ?? '';
    if (OPENING_QUOTE.test(line.replace(CLOSING_QUOTE, ''))) return undefined;
    if (CLOSING_QUOTE.test(line)) return i + 1;
  }
  return undefined;
}
