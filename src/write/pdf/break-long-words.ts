// A word longer than any line, given places to break. pdfkit breaks a word too wide for its line
// by measuring what is left of it after every line, so one 20,000-letter word (a signer's "name")
// cost time and memory growing with its square: 5,000 letters took 9.7 s, 20,000 ran out of
// memory (issue 16). Every run of more than RUN characters without a space gets a zero-width space
// (a break opportunity for pdfkit's line breaker, drawn as nothing) after each RUN characters, so
// pdfkit only ever measures short words. Pure.

/** Characters between two break opportunities: 24 of the widest glyphs fit the narrowest box. */
const RUN = 24;
const ZERO_WIDTH_SPACE = '\u200b';
const LONG_RUN = new RegExp(`[^\\s\\u200b]{${RUN + 1},}`, 'gu');

export function breakLongWords(text: string): string {
  LONG_RUN.lastIndex = 0;
  if (!LONG_RUN.test(text)) return text;
  return text.replace(LONG_RUN, (run) => {
    // By code points, so that no surrogate pair is split.
    const chars = [...run];
    const parts: string[] = [];
    for (let i = 0; i < chars.length; i += RUN) parts.push(chars.slice(i, i + RUN).join(''));
    return parts.join(ZERO_WIDTH_SPACE);
  });
}
