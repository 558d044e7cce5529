// Where things go on a printed letter, in PDF points (1/72 in), origin at the top left, y downwards
// (pdfkit's user space). Pure data and arithmetic, so tests can check that the recipient's address
// shows through the envelope window in every position the folded letter can take.
//
// Sources for the numbers:
// - A4: DIN 5008 letter form B (address field 20 mm from the left and 45 mm from the top, 85 × 45 mm;
//   the imaginary line at 62.7 mm with up to 5 lines of return address and endorsements above it,
//   written bottom-up in 6–8 pt, and the 6-line address zone of 27.3 mm below it; text starts at
//   25 mm; fold marks at 105 and 210 mm, hole mark at 148.5 mm). Envelope: DL with a left window
//   (DIN 680): 220 × 110 mm, window 90 × 45 mm at 20 mm from the left and 15 mm from the bottom.
// - US Letter: the common #10 single-window envelope (4 1/8 × 9 1/2 in; window 1 1/8 × 4 1/2 in at
//   7/8 in from the left and 1/2 in from the bottom, the size and place USPS-oriented suppliers
//   recommend), the sheet tri-folded at 11/3 in. A folded letter can slide 0.458 in up and down in
//   the envelope, so no 6-line block is visible in every position; like mail-house guides
//   (PostalMethods: block at 2.042 in from the top, at most 0.875 in tall) we assume the letter
//   rests at the bottom, keep USPS's 1/8 in clearance there, and align the block to its bottom so
//   the city and country lines also show when the letter rides up.

export const MM = 72 / 25.4;
export const INCH = 72;

export type Paper = 'a4' | 'letter';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** A window envelope lying face up, flap at the top: the window in envelope coordinates. */
export interface WindowEnvelope {
  name: string;
  size: Size;
  window: Rect;
}

export interface LetterLayout {
  paper: Paper;
  /** pdfkit's name for the page size. */
  pdfSize: 'A4' | 'LETTER';
  page: Size;
  /** Body flow margins; `top` is where text continues on a second page. */
  margins: { top: number; right: number; bottom: number; left: number };
  /** The sender's block in the letter head, text right-aligned. */
  senderBox: Rect;
  /** One small "Name · Street · City" line in the window above the address (DIN 5008), if any. */
  returnLine: Rect | undefined;
  /** The recipient's block, where the window shows it. */
  addressBox: Rect;
  /** Bottom: the last lines (city, country) keep their place whatever the number of lines. */
  addressAlign: 'top' | 'bottom';
  /** Top of the date line (right-aligned) and of the salutation on the first page. */
  dateY: number;
  bodyTop: number;
  /** Baselines of the continuation header and of the page-number footer. */
  headerY: number;
  footerY: number;
  /** Fold marks (y) and hole-punch mark drawn in the left margin. */
  foldMarks: number[];
  holeMark: number | undefined;
  /** The envelope the folded letter goes into, and the height of the panel facing its window. */
  envelope: WindowEnvelope;
  foldedHeight: number;
}

export const DL_WINDOW_ENVELOPE: WindowEnvelope = {
  name: 'DL',
  size: { width: 220 * MM, height: 110 * MM },
  window: { x: 20 * MM, y: (110 - 15 - 45) * MM, width: 90 * MM, height: 45 * MM },
};

export const NO10_WINDOW_ENVELOPE: WindowEnvelope = {
  name: '#10',
  size: { width: 9.5 * INCH, height: 4.125 * INCH },
  window: { x: 0.875 * INCH, y: (4.125 - 0.5 - 1.125) * INCH, width: 4.5 * INCH, height: 1.125 * INCH },
};

const A4: LetterLayout = {
  paper: 'a4',
  pdfSize: 'A4',
  page: { width: 210 * MM, height: 297 * MM },
  margins: { top: 25 * MM, right: 20 * MM, bottom: 22 * MM, left: 25 * MM },
  senderBox: { x: 110 * MM, y: 14 * MM, width: 80 * MM, height: 28 * MM },
  // Bottom of the endorsement zone, just above the 62.7 mm line; 50 mm is the window's top edge
  // when the letter sits high in the envelope.
  returnLine: { x: 25 * MM, y: 57.5 * MM, width: 75 * MM, height: 4.5 * MM },
  // 75 mm wide, not the field's 80: a DL envelope leaves the letter 10 mm of sideways play.
  addressBox: { x: 25 * MM, y: 62.7 * MM, width: 75 * MM, height: 27.3 * MM },
  addressAlign: 'top',
  dateY: 95 * MM,
  bodyTop: 105 * MM,
  headerY: 12 * MM,
  footerY: 282 * MM,
  foldMarks: [105 * MM, 210 * MM],
  holeMark: 148.5 * MM,
  envelope: DL_WINDOW_ENVELOPE,
  foldedHeight: 105 * MM,
};

const LETTER: LetterLayout = {
  paper: 'letter',
  pdfSize: 'LETTER',
  page: { width: 8.5 * INCH, height: 11 * INCH },
  margins: { top: 1 * INCH, right: 1 * INCH, bottom: 0.85 * INCH, left: 1 * INCH },
  senderBox: { x: 4.25 * INCH, y: 0.6 * INCH, width: 3.25 * INCH, height: 1.3 * INCH },
  returnLine: undefined,
  // The window's top on a letter resting at the bottom (2.5 in − 0.458 in of play) plus 1/8 in.
  addressBox: { x: 1 * INCH, y: (2.5 - (4.125 - 11 / 3) + 0.125) * INCH, width: 3.25 * INCH, height: 0.875 * INCH },
  addressAlign: 'bottom',
  dateY: 3.25 * INCH,
  bodyTop: 3.75 * INCH,
  headerY: 0.55 * INCH,
  footerY: 10.45 * INCH,
  foldMarks: [(11 / 3) * INCH, (22 / 3) * INCH],
  holeMark: undefined,
  envelope: NO10_WINDOW_ENVELOPE,
  foldedHeight: (11 / 3) * INCH,
};

export const LETTER_LAYOUTS: Readonly<Record<Paper, LetterLayout>> = { a4: A4, letter: LETTER };

export function letterLayout(paper: Paper): LetterLayout {
  return LETTER_LAYOUTS[paper];
}

/**
 * The part of the letter's top panel that shows through the window. The folded letter is
 * `page.width` wide and `foldedHeight` tall and can sit anywhere in the envelope: 'any' is what
 * shows in every position; 'resting' assumes it has slid to the bottom (sideways play remains).
 */
export function windowOnLetter(layout: LetterLayout, position: 'any' | 'resting'): Rect {
  const { size, window } = layout.envelope;
  const playX = Math.max(0, size.width - layout.page.width);
  const playY = Math.max(0, size.height - layout.foldedHeight);
  // A letter point at x shows for every sideways shift h in [0, playX] iff
  // window.x <= x + h <= window.x + window.width for all h: x in [window.x, right - playX].
  const x = window.x;
  const width = window.width - playX;
  if (position === 'any') return { x, y: window.y, width, height: window.height - playY };
  return { x, y: window.y - playY, width, height: window.height };
}

export function insetRect(r: Rect, by: number): Rect {
  return { x: r.x + by, y: r.y + by, width: r.width - 2 * by, height: r.height - 2 * by };
}

/** True when `inner` lies entirely within `outer` (touching edges count as inside). */
export function containsRect(outer: Rect, inner: Rect, epsilon = 1e-6): boolean {
  return (
    inner.x >= outer.x - epsilon &&
    inner.y >= outer.y - epsilon &&
    inner.x + inner.width <= outer.x + outer.width + epsilon &&
    inner.y + inner.height <= outer.y + outer.height + epsilon
  );
}
