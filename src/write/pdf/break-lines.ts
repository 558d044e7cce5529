// Line breaking as arithmetic. Text is measured once, word by word, at font size 1 (text-pieces.ts);
// since every width scales with the size, breaking the same words at another size is only a sum
// over numbers. That is what lets the letter try several sizes (fit-letter.ts) and an address
// several sizes and zones (fit-address.ts) without laying the text out again each time. Pure.

/** A word (or a glued run of words in several styles) that is never broken inside. */
export interface Piece {
  /** Width at font size 1, without the space after it. */
  width: number;
  /** Width at size 1 of the space after it (0 when none: the end of a paragraph or a line). */
  space: number;
  /** A line break written in the text follows this piece. */
  breakAfter: boolean;
}

/** One line: pieces [from, to) and its width at size 1 (no trailing space). */
export interface Line {
  from: number;
  to: number;
  width: number;
}

/**
 * Greedy breaking (what pdfkit and word processors do) of `pieces` into lines at most
 * `maxWidth` wide, both at size 1. A piece wider than a line gets a line of its own (text-pieces.ts
 * splits words that could not fit any line beforehand, so this only happens at sizes it did not
 * plan for).
 */
export function breakLines(pieces: readonly Piece[], maxWidth: number): Line[] {
  const lines: Line[] = [];
  let from = 0;
  let width = 0;
  // A little tolerance: widths are sums of floating-point numbers.
  const limit = maxWidth + 1e-9;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    if (i > from) {
      const before = pieces[i - 1] as Piece;
      const next = width + before.space + piece.width;
      if (next > limit) {
        lines.push({ from, to: i, width });
        from = i;
        width = piece.width;
      } else width = next;
    } else width = piece.width;
    if (piece.breakAfter) {
      lines.push({ from, to: i + 1, width });
      from = i + 1;
      width = 0;
    }
  }
  if (from < pieces.length) lines.push({ from, to: pieces.length, width });
  return lines;
}

/** The number of lines only (the fitting loops need no more until they have chosen). */
export function countLines(pieces: readonly Piece[], maxWidth: number): number {
  return breakLines(pieces, maxWidth).length;
}
