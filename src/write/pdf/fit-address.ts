// Fitting the recipient's block into the envelope window: every line, always. In the standard
// zone at the largest size from 10 pt down to 8 pt, long lines wrapped where they must; failing
// that, in the larger zone (more of the window) down to its smaller minimum. Lines are never
// dropped: a block that fits neither is reported, and the caller refuses to print it. Pure: works
// on pieces measured at size 1 (text-pieces.ts).
import { breakLines, type Line, type Piece } from './break-lines.js';
import { ADDRESS_SIZE, type AddressZone, type Rect } from './layout.js';

export interface AddressFit {
  /** The zone used: its box and return line. */
  zone: AddressZone;
  size: number;
  lines: Line[];
  /** Line advance and block height at `size`, points. */
  advance: number;
  height: number;
}

export interface AddressMetrics {
  /** Line height at size 1, without extra leading. */
  lineHeightAtOne: number;
}

/** Quarter points, so that output stays stable. */
const STEP = 0.25;

/** The first zone and largest size at which every line shows; undefined when none. */
export function fitAddress(pieces: readonly Piece[], zones: readonly AddressZone[], metrics: AddressMetrics, max: number = ADDRESS_SIZE.max): AddressFit | undefined {
  for (const zone of zones) {
    const fit = fitInBox(pieces, zone.box, metrics.lineHeightAtOne + zone.lineGap, max, zone.min);
    if (fit) return { zone, ...fit };
  }
  return undefined;
}

function fitInBox(pieces: readonly Piece[], box: Rect, perLine: number, max: number, min: number): Omit<AddressFit, 'zone'> | undefined {
  // No size above this can fit even unwrapped: start there rather than at max.
  const hardLines = pieces.filter((p) => p.breakAfter).length + 1;
  let size = Math.min(max, Math.floor((box.height / (hardLines * perLine)) / STEP) * STEP);
  for (; size >= min - 1e-9; size -= STEP) {
    const width = box.width / size;
    const lines = breakLines(pieces, width);
    const advance = perLine * size;
    const height = lines.length * advance;
    // A single word wider than the box would stick out of the window: not a fit either.
    if (height <= box.height + 1e-6 && lines.every((l) => l.width <= width + 1e-9)) return { size, lines, advance, height };
  }
  return undefined;
}
