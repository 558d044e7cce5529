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
