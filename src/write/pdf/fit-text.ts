// Choosing a font size so that a block of lines (an address, a label) fits its box. Pure: text
// width and line height are both proportional to the font size, so one measurement at size 1
// is enough.
import type { Rect } from './layout.js';

export interface FitInput {
  lineCount: number;
  /** Width of the widest line at font size 1. */
  widestAtOne: number;
  /** Line advance (line height + gap) at font size 1. */
  lineHeightAtOne: number;
  box: Pick<Rect, 'width' | 'height'>;
  max: number;
  min: number;
}

export interface Fit {
  size: number;
  /** False when even `min` is too big: the caller clips or reports. */
  fits: boolean;
  /** Height of the block when lines had to be wrapped (else lines × line advance). */
  height?: number | undefined;
}

/** The largest size ≤ max that fits (in quarter points, so output stays stable), never below min. */
export function fitFontSize(input: FitInput): Fit {
  const { lineCount, widestAtOne, lineHeightAtOne, box, max, min } = input;
  let size = max;
  if (lineCount > 0 && lineHeightAtOne > 0) size = Math.min(size, box.height / (lineCount * lineHeightAtOne));
  if (widestAtOne > 0) size = Math.min(size, box.width / widestAtOne);
  size = Math.floor(size * 4 + 1e-9) / 4;
  return size >= min ? { size, fits: true } : { size: min, fits: false };
}

export type VerticalAlign = 'top' | 'middle' | 'bottom';

/** Top of a block of `height` in a box: at its top, centred, or flush with its bottom edge. */
export function alignInBox(box: Pick<Rect, 'y' | 'height'>, height: number, align: VerticalAlign): number {
  const free = Math.max(0, box.height - height);
  return box.y + (align === 'bottom' ? free : align === 'middle' ? free / 2 : 0);
}
