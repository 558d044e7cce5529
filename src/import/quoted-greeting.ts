// A blog may print the sample letter inside quotation marks: '"Signor Presidente,' opens it and
// 'Con osservanza,"' closes it. The opening mark would hide the greeting from every reader that
// looks for one at a line's start: a short line that opens with a quotation mark no other mark
// closes, and ends as a greeting does (a comma or a colon), is read without it. The letter may be
// quoted from its addressee's block instead ('"Jane Example' / 'Minister of Justice' / …): a name's
// or an office's line (capitalised words and the small words between them, no sentence) likewise.

/** A quotation mark, a greeting's words (no other mark), its comma or colon. */
const QUOTED_GREETING = /^["“„«‘']\s*(\p{Lu}[^"“”„«»‘’]{1,70}[,:])$/u;

/** A quotation mark, then a few words and nothing else: no other mark, no digit, no sentence's stop. */
const QUOTED_HEAD_LINE = /^["“„«]\s*(\p{Lu}[^"“”„«»‘’\d.!?:;,]{1,60}(?<!\s))$/u;
/** A word of a name or an office: capitalised, or one of the small words between them ("della", "van", "of", "bin"). */
const HEAD_WORD = /^(?:\p{Lu}[\p{L}'’-]*|\p{Ll}{1,5}|\p{Ll}{1,2}['’]\p{L}*)$/u;
const MAX_HEAD_WORDS = 6;

/** The line without the mark that opens a quoted letter's greeting or its addressee's first line, or the line as it was. */
export function withoutOpeningQuote(line: string): string {
  const greeting = QUOTED_GREETING.exec(line)?.[1];
  if (greeting !== undefined) return greeting;
  const head = QUOTED_HEAD_LINE.exec(line)?.[1];
  if (head === undefined) return line;
  const words = head.split(/\s+/u);
  // The last word capitalised: a sentence cut by the line's end ("Free the people of") is no name.
  return words.length >= 2 && words.length <= MAX_HEAD_WORDS && words.every((w) => HEAD_WORD.test(w)) && /^\p{Lu}/u.test(words.at(-1) ?? '') ? head : line;
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
