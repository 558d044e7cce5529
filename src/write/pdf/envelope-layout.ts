// Printing straight onto envelopes (lying landscape, flap at the top, origin top left, points).
// The recipient goes where the window of a window envelope of the same size would be, a place
// sorting machines read; the return address top left; the airmail marking top right, under the
// stamp area. Sources: DIN 680 window (90 × 45 mm, 20 mm from the left, 15 mm from the bottom)
// for DL and C6; the common #10 window (4 1/2 × 1 1/8 in, 7/8 in from the left, 1/2 in from the
// bottom) with USPS's 1/8 in clearance; Deutsche Post's stamp zone (74 × 40 mm, top right); USPS's
// barcode clear zone (the bottom 5/8 in) left empty.
import { INCH, MM, type Rect, type Size } from './layout.js';

export type EnvelopeSize = 'dl' | 'c6' | 'no10';

export interface EnvelopeLayout {
  size: EnvelopeSize;
  page: Size;
  returnBox: Rect;
  recipientBox: Rect;
  /** Where stamps go: nothing is printed there but the stamp box. */
  stampZone: Rect;
  /** The dashed box inside the stamp zone's top right corner showing where to stick the stamp. */
  stampBox: Rect;
  airmailBox: Rect;
}

function metric(size: EnvelopeSize, widthMm: number, heightMm: number): EnvelopeLayout {
  const windowTop = heightMm - 15 - 45;
  return {
    size,
    page: { width: widthMm * MM, height: heightMm * MM },
    // Up to 80 mm wide, stopping short of the stamp zone on the narrower C6.
    returnBox: { x: 10 * MM, y: 8 * MM, width: Math.min(80, widthMm - 74 - 14) * MM, height: 28 * MM },
    // Inside the window by 5 mm at the left and 7 mm above, as the letter's address zone sits.
    recipientBox: { x: 25 * MM, y: (windowTop + 7) * MM, width: 80 * MM, height: 33 * MM },
    stampZone: { x: (widthMm - 74) * MM, y: 0, width: 74 * MM, height: 40 * MM },
    stampBox: { x: (widthMm - 8 - 30) * MM, y: 8 * MM, width: 30 * MM, height: 26 * MM },
    airmailBox: { x: (widthMm - 10 - 44) * MM, y: 42 * MM, width: 44 * MM, height: 10 * MM },
  };
}

const NO10: EnvelopeLayout = {
  size: 'no10',
  page: { width: 9.5 * INCH, height: 4.125 * INCH },
  returnBox: { x: 0.375 * INCH, y: 0.375 * INCH, width: 3.5 * INCH, height: 1.1 * INCH },
  recipientBox: { x: 1 * INCH, y: 2.625 * INCH, width: 4.25 * INCH, height: 0.875 * INCH },
  stampZone: { x: 7.5 * INCH, y: 0, width: 2 * INCH, height: 1.25 * INCH },
  stampBox: { x: 8.25 * INCH, y: 0.25 * INCH, width: 1 * INCH, height: 0.875 * INCH },
  airmailBox: { x: 7.25 * INCH, y: 1.35 * INCH, width: 1.875 * INCH, height: 0.4 * INCH },
};

export const ENVELOPE_LAYOUTS: Readonly<Record<EnvelopeSize, EnvelopeLayout>> = {
  dl: metric('dl', 220, 110),
  c6: metric('c6', 162, 114),
  no10: NO10,
};

/** The window of a window envelope of this size (envelope coordinates), for tests and guides. */
export function envelopeWindow(size: EnvelopeSize): Rect {
  if (size === 'no10') return { x: 0.875 * INCH, y: (4.125 - 0.5 - 1.125) * INCH, width: 4.5 * INCH, height: 1.125 * INCH };
  const height = size === 'dl' ? 110 : 114;
  return { x: 20 * MM, y: (height - 15 - 45) * MM, width: 90 * MM, height: 45 * MM };
}
