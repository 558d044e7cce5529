// Where a letter's parts go when the action page is printed: the same places as in the PDF
// (pdf/layout.ts: DIN 5008 on A4, the #10 window on US Letter), turned into CSS lengths in points
// relative to the page box that @page margins leave. Pure, so tests can check the numbers.
//
// A browser lays the text out itself and cannot be asked how wide a line is before it prints, so
// the recipient block's font size is chosen here from an estimate of each line's width that errs
// wide (see estimateWidthEm): the block then fits its window in any common sans-serif font. The
// browser tests print the page and check with pdftotext that it did.
import { letterLayout, type LetterLayout, type Paper, type Rect } from '../output/pdf/layout.js';

/** CSS numbers of one paper size, in points; positions are relative to the page's content box. */
export interface PrintLayout {
  paper: Paper;
  /** `@page { size: … }` */
  size: 'A4' | 'letter';
  margin: { top: number; right: number; bottom: number; left: number };
  sender: Rect;
  /** The small return-address line above the window (A4 only). */
  returnLine: Rect | undefined;
  address: Rect;
  addressAlign: 'top' | 'bottom';
  dateTop: number;
  /** Height of the letter head: the salutation starts below it. */
  headHeight: number;
  /** Fold and hole marks, from the top of the content box. */
  marks: number[];
}

/** Type sizes in points, the PDF's (draw-letter.ts LETTER_STYLE). */
export const PRINT_TYPE = {
  body: 10.5,
  sender: { max: 9, min: 6, wrapBelow: 7.5 },
  returnLine: 7,
  address: { max: 10, min: 6, wrapBelow: 8 },
  /** Line height of the fixed blocks (sender, address), times the font size. */
  lineHeight: 1.2,
} as const;

interface FitType {
  max: number;
  min: number;
  wrapBelow: number;
}

export function printLayout(paper: Paper): PrintLayout {
  const layout = letterLayout(paper);
  // Later pages of a long letter start at the top margin, which must leave the head room above it:
  // the page box starts where the head's first line does.
  const top = Math.min(layout.senderBox.y, layout.margins.top);
  const margin = { top, right: layout.margins.right, bottom: layout.margins.bottom, left: layout.margins.left };
  const shift = (r: Rect): Rect => round({ x: r.x - margin.left, y: r.y - margin.top, width: r.width, height: r.height });
  return {
    paper,
    size: paper === 'a4' ? 'A4' : 'letter',
    margin: roundAll(margin),
    sender: shift(layout.senderBox),
    returnLine: layout.returnLine && shift(layout.returnLine),
    address: shift(layout.addressBox),
    addressAlign: layout.addressAlign,
    dateTop: r2(layout.dateY - margin.top),
    headHeight: r2(layout.bodyTop - margin.top),
    marks: marksOf(layout).map((y) => r2(y - margin.top)),
  };
}

function marksOf(layout: LetterLayout): number[] {
  return layout.holeMark === undefined ? layout.foldMarks : [...layout.foldMarks, layout.holeMark];
}

export interface AddressFit {
  /** Font size in points. */
  size: number;
  /** Long lines wrap (else each line stays on one). */
  wrap: boolean;
  /** False when even the smallest size may not fit: the caller says so. */
  fits: boolean;
}

/**
 * The largest size at which `lines` fit `box`, following the PDF's rule: one line per address line
 * while that allows at least `wrapBelow` points, else long lines wrap at the largest size that fits.
 */
export function fitAddress(lines: readonly string[], box: Pick<Rect, 'width' | 'height'>, type: FitType = PRINT_TYPE.address, lineHeight: number = PRINT_TYPE.lineHeight): AddressFit {
  const widths = lines.map(estimateWidthEm);
  const unwrapped = (size: number) => lines.length * lineHeight * size <= box.height && widths.every((w) => w * size <= box.width);
  const wrapped = (size: number) => wrappedRows(lines, size, box.width) * lineHeight * size <= box.height;
  const largest = (from: number, to: number, fits: (size: number) => boolean) => {
    for (let size = from; size >= to - 1e-9; size -= 0.25) if (fits(size)) return size;
    return undefined;
  };
  const single = largest(type.max, type.min, unwrapped);
  if (single !== undefined && single >= type.wrapBelow) return { size: single, wrap: false, fits: true };
  const wrappedLarge = largest(type.max, type.wrapBelow, wrapped);
  if (wrappedLarge !== undefined) return { size: wrappedLarge, wrap: true, fits: true };
  if (single !== undefined) return { size: single, wrap: false, fits: true };
  const wrappedSmall = largest(type.wrapBelow, type.min, wrapped);
  return wrappedSmall !== undefined ? { size: wrappedSmall, wrap: true, fits: true } : { size: type.min, wrap: true, fits: false };
}

/** Rows the lines take at `size` when wrapped at spaces (a word wider than the box breaks). */
function wrappedRows(lines: readonly string[], size: number, width: number): number {
  const room = width / size;
  let rows = 0;
  for (const line of lines) {
    let used = 0;
    rows++;
    for (const word of line.split(/\s+/).filter(Boolean)) {
      const w = estimateWidthEm(word);
      if (used > 0 && used + SPACE_EM + w <= room) {
        used += SPACE_EM + w;
        continue;
      }
      if (used > 0) rows++;
      const extra = w <= room ? 0 : Math.ceil(w / room) - 1;
      rows += extra;
      used = w - extra * room;
    }
  }
  return rows;
}

const SPACE_EM = 0.35;

/**
 * A line's width in em, on the wide side of the sans-serif fonts a browser may pick (Verdana and
 * DejaVu Sans are the widest common ones: lower case ~0.6 em, capitals ~0.7). Characters of scripts
 * drawn a full em wide (CJK) count 1.
 */
export function estimateWidthEm(line: string): number {
  let em = 0;
  for (const ch of line) em += charEm(ch);
  return em;
}

function charEm(ch: string): number {
  if (ch === ' ') return SPACE_EM;
  if (/[.,:;'’|!il()[\]-]/.test(ch)) return 0.4;
  if (/[MWmwŒœÆæ@]/.test(ch)) return 1.0;
  if (/\p{Lu}/u.test(ch)) return 0.78;
  if (/[\p{Ll}\p{N}]/u.test(ch)) return 0.64;
  if (/[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u.test(ch) || /\p{Extended_Pictographic}/u.test(ch)) return 1.05;
  return 0.7;
}

const r2 = (n: number) => Math.round(n * 100) / 100;
const round = (r: Rect): Rect => ({ x: r2(r.x), y: r2(r.y), width: r2(r.width), height: r2(r.height) });
const roundAll = <T extends Record<string, number>>(o: T): T => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, r2(v)])) as T;
