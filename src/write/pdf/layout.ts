// Where things go on a printed letter, in PDF points (1/72 in), origin at the top left, y downwards
// (pdfkit's user space). Pure data and arithmetic, so tests can check that the recipient's address
// shows through the envelope window in every position the folded letter can take.
//
// Sources for the numbers:
// - A4: DIN 5008 letter form B (address field 20 mm from the left and 45 mm from the top, 85 × 45 mm;
//   the imaginary line at 62.7 mm with up to 5 lines of return address and endorsements above it,
//   written bottom-up in 6–8 pt, and the 6-line address zone of 27.3 mm below it; text starts at
//   25 mm; fold marks at 105 and 210 mm, hole mark at 148.5 mm). Form A is the same field 18 mm
//   higher (27 mm from the top, the line at 44.7 mm), folded at 87 and 192 mm. Envelope: DL with
//   a left window (DIN 680): 220 × 110 mm, window 90 × 45 mm at 20 mm from the left and 15 mm from
//   the bottom. The body starts two lines below the field (98.4 mm in form B, 80.4 mm in form A).
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
/** DIN 5008 form A (address field at 27 mm) or B (at 45 mm); US Letter has its own #10 layout. */
export type WindowForm = 'din-a' | 'din-b';
export const WINDOW_FORMS: readonly WindowForm[] = ['din-a', 'din-b'];

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

/** Where the recipient's block goes, and the smallest type it may be set in there. */
export interface AddressZone {
  box: Rect;
  /** The small return-address line above it (DIN 5008), if any. */
  returnLine: Rect | undefined;
  /** Smallest address size in this zone, points. */
  min: number;
  /** Extra leading between address lines, as a fraction of the size. */
  lineGap: number;
}

export interface LetterLayout {
  paper: Paper;
  /** 'din-a' / 'din-b' on A4; 'no10' on US Letter. */
  form: WindowForm | 'no10';
  /** pdfkit's name for the page size. */
  pdfSize: 'A4' | 'LETTER';
  page: Size;
  /** Body flow margins; `top` is where text continues on a second page. */
  margins: { top: number; right: number; bottom: number; left: number };
  /** The sender's block in the letter head, text right-aligned. */
  senderBox: Rect;
  /** One small "Name · Street · City" line in the window above the address (DIN 5008), if any. */
  returnLine: Rect | undefined;
  /** The recipient's block, where the window shows it (the standard address zone). */
  addressBox: Rect;
  /**
   * A block too big for `addressBox` (long titles, many lines) may use all of the window that
   * shows in every position (A4) or with less clearance (#10), in type down to this zone's min.
   */
  largeAddressZone: AddressZone;
  /** Bottom: the last lines (city, country) keep their place whatever the number of lines. */
  addressAlign: 'top' | 'bottom';
  /** Top of the date line (right-aligned: below the address on A4, beside it on Letter) and of the salutation on the first page. */
  dateY: number;
  bodyTop: number;
  /** Baselines of the continuation header and of the page-number footer. */
  headerY: number;
  footerY: number;
  /** Fold marks (y) and hole-punch mark drawn in the left margin. */
  foldMarks: number[];
  holeMark: number | undefined;
  /** The envelope the folded letter goes into, and the height of the folded packet. */
  envelope: WindowEnvelope;
  foldedHeight: number;
  /**
   * How far below the packet's top edge the sheet's top edge lies: 0 when the top panel is as tall
   * as the packet; 18 mm in form A, whose top panel (87 mm) is shorter than the packet (105 mm).
   */
  panelOffset: number;
}

/** Standard address type: up to this size, and down to this one in the standard zone. */
export const ADDRESS_SIZE = { max: 10, min: 8 } as const;

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

/**
 * A4 in DIN 5008 form B, or form A (everything in the window 18 mm higher). `field`: the top of
 * the address field (45 or 27 mm); the line between endorsements and address lies 17.7 mm below it.
 */
function a4(form: WindowForm): LetterLayout {
  const field = form === 'din-b' ? 45 : 27;
  const line = field + 17.7;
  const fieldBottom = field + 45;
  const firstFold = form === 'din-b' ? 105 : 87;
  return {
    paper: 'a4',
    form,
    pdfSize: 'A4',
    page: { width: 210 * MM, height: 297 * MM },
    margins: { top: 25 * MM, right: 20 * MM, bottom: 18 * MM, left: 25 * MM },
    // Form B: in the 45 mm letterhead; form A has only 27 mm of it, so the block goes to the right
    // of the address field (where DIN 5008 puts the information block).
    senderBox: form === 'din-b' ? { x: 110 * MM, y: 14 * MM, width: 80 * MM, height: 28 * MM } : { x: 125 * MM, y: 12 * MM, width: 65 * MM, height: 36 * MM },
    // Bottom of the endorsement zone, just above the line; the window's top edge, when the letter
    // sits high in the envelope, is 5 mm below the field's top.
    returnLine: { x: 25 * MM, y: (line - 5.2) * MM, width: 75 * MM, height: 4.5 * MM },
    // 75 mm wide, not the field's 80: a DL envelope leaves the letter 10 mm of sideways play.
    addressBox: { x: 25 * MM, y: line * MM, width: 75 * MM, height: 27.3 * MM },
    // The endorsement zone too (this tool writes no endorsements): the return line moves to the
    // top of the window's always-visible part, the address fills the rest.
    largeAddressZone: {
      box: { x: 25 * MM, y: (field + 10.5) * MM, width: 75 * MM, height: (fieldBottom - field - 10.5) * MM },
      returnLine: { x: 25 * MM, y: (field + 5.5) * MM, width: 75 * MM, height: 4.5 * MM },
      min: 6.5,
      lineGap: 0.05,
    },
    addressAlign: 'top',
    // Right-aligned just under the address field, and the body two lines below the field.
    dateY: (fieldBottom + 1) * MM,
    bodyTop: (fieldBottom + 8.4) * MM,
    headerY: 12 * MM,
    footerY: 285 * MM,
    foldMarks: [firstFold * MM, (firstFold + 105) * MM],
    holeMark: 148.5 * MM,
    envelope: DL_WINDOW_ENVELOPE,
    foldedHeight: 105 * MM,
    panelOffset: (105 - firstFold) * MM,
  };
}

/** The window's top on a letter resting at the bottom of a #10 envelope (2.5 in − 0.458 in of play). */
const NO10_WINDOW_TOP = (2.5 - (4.125 - 11 / 3)) * INCH;

const LETTER: LetterLayout = {
  paper: 'letter',
  form: 'no10',
  pdfSize: 'LETTER',
  page: { width: 8.5 * INCH, height: 11 * INCH },
  margins: { top: 1 * INCH, right: 0.875 * INCH, bottom: 0.6 * INCH, left: 1 * INCH },
  senderBox: { x: 4.25 * INCH, y: 0.6 * INCH, width: 3.25 * INCH, height: 1.3 * INCH },
  returnLine: undefined,
  // USPS's 1/8 in clearance inside the window.
  addressBox: { x: 1 * INCH, y: NO10_WINDOW_TOP + 0.125 * INCH, width: 3.25 * INCH, height: 0.875 * INCH },
  // Half that clearance, and the window's full always-visible width.
  largeAddressZone: {
    box: { x: 0.9375 * INCH, y: NO10_WINDOW_TOP + 0.0625 * INCH, width: 3.375 * INCH, height: 1 * INCH },
    returnLine: undefined,
    // The #10 window is only 1 in tall: a long official block needs small, solid-set type.
    min: 6,
    lineGap: 0,
  },
  addressAlign: 'bottom',
  // Right-aligned beside the address's last line, well right of the window: Letter paper is
  // shorter than A4, and the line saved below the address is one more line of letter.
  dateY: 2.88 * INCH,
  bodyTop: 3.25 * INCH,
  headerY: 0.55 * INCH,
  footerY: 10.5 * INCH,
  foldMarks: [(11 / 3) * INCH, (22 / 3) * INCH],
  holeMark: undefined,
  envelope: NO10_WINDOW_ENVELOPE,
  foldedHeight: (11 / 3) * INCH,
  panelOffset: 0,
};

const A4_FORM_A = a4('din-a');
const A4_FORM_B = a4('din-b');

/** The layouts by paper, A4 in its default form B (see letterLayout for form A). */
export const LETTER_LAYOUTS: Readonly<Record<Paper, LetterLayout>> = { a4: A4_FORM_B, letter: LETTER };

/** Every layout there is, for tests and guides. */
export const ALL_LETTER_LAYOUTS: readonly LetterLayout[] = [A4_FORM_A, A4_FORM_B, LETTER];

/** The layout for a paper size; `form` chooses DIN 5008 form A or B on A4 (default B). */
export function letterLayout(paper: Paper, form: WindowForm = 'din-b'): LetterLayout {
  if (paper === 'letter') return LETTER;
  return form === 'din-a' ? A4_FORM_A : A4_FORM_B;
}

/**
 * A fax of the letter on the same paper: no window to aim for, so the head is compact (the
 * recipient top left under the cover line, the sender top right) and the body starts higher;
 * no fold or hole marks. The address box keeps the letter's width, and may take small type.
 */
export function faxLayout(paper: Paper): LetterLayout {
  const base = letterLayout(paper);
  const top = paper === 'a4' ? 22 * MM : 0.85 * INCH;
  const box = { x: base.margins.left, y: top, width: 85 * MM, height: 40 * MM };
  return {
    ...base,
    senderBox: { ...base.senderBox, y: top, height: 30 * MM },
    returnLine: undefined,
    addressBox: box,
    largeAddressZone: { box, returnLine: undefined, min: 6, lineGap: 0.05 },
    addressAlign: 'top',
    dateY: top + 42 * MM,
    bodyTop: top + 50 * MM,
    foldMarks: [],
    holeMark: undefined,
  };
}

/** Where a fax's cover line goes: above everything else on its first page. */
export function faxCoverY(layout: LetterLayout): number {
  return layout.paper === 'a4' ? 10 * MM : 0.45 * INCH;
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
  const y = window.y - layout.panelOffset;
  if (position === 'any') return { x, y, width, height: window.height - playY };
  return { x, y: y - playY, width, height: window.height };
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
