// Where a letter's parts go when the action page is printed: the same places as in the PDF
// (pdf/layout.ts: DIN 5008 on A4, the #10 window on US Letter), turned into CSS lengths in points
// relative to the page box that @page margins leave. Pure, so tests can check the numbers.
//
// A browser lays the text out itself and cannot be asked how wide a line is before it prints, so
// the recipient block's font size is chosen here from an estimate of each line's width that errs
// wide (see estimateWidthEm): the block then fits its window in any common sans-serif font. The
// browser tests print the page and check with pdftotext that it did.
import { ADDRESS_SIZE, letterLayout, type Paper, type Rect, type WindowForm } from '../pdf/layout.js';

/** A place for the recipient's block: its box, the return line above it, the smallest type there. */
export interface PrintZone {
  box: Rect;
  returnLine: Rect | undefined;
  min: number;
}

/** CSS numbers of one paper size, in points; positions are relative to the page's content box. */
export interface PrintLayout {
  paper: Paper;
  /** `@page { size: … }` */
  size: 'A4' | 'letter';
  margin: { top: number; right: number; bottom: number; left: number };
  sender: Rect;
  /** The standard address zone, then the larger one for a block too big for it (as in the PDF). */
  address: PrintZone;
  largeAddress: PrintZone;
  addressAlign: 'top' | 'bottom';
  dateTop: number;
  /** Height of the letter head: the salutation starts below it. */
  headHeight: number;
}

/** Type sizes in points, the PDF's (draw-letter.ts, layout.ts). */
export const PRINT_TYPE = {
  body: 10,
  sender: { max: 9, min: 6 },
  returnLine: 7,
  address: ADDRESS_SIZE,
  /** Line height of the fixed blocks (sender, address), times the font size. */
  lineHeight: 1.2,
} as const;

export function printLayout(paper: Paper, form: WindowForm = 'din-b'): PrintLayout {
  const layout = letterLayout(paper, form);
  // Later pages of a long letter start at the top margin, which must leave the head room above it:
  // the page box starts where the head's first line does.
  const top = Math.min(layout.senderBox.y, layout.margins.top);
  const margin = { top, right: layout.margins.right, bottom: layout.margins.bottom, left: layout.margins.left };
  const shift = (r: Rect): Rect => round({ x: r.x - margin.left, y: r.y - margin.top, width: r.width, height: r.height });
  const zone = (box: Rect, returnLine: Rect | undefined, min: number): PrintZone => ({ box: shift(box), returnLine: returnLine && shift(returnLine), min });
  const large = layout.largeAddressZone;
  return {
    paper,
    size: paper === 'a4' ? 'A4' : 'letter',
    margin: roundAll(margin),
    sender: shift(layout.senderBox),
    address: zone(layout.addressBox, layout.returnLine, ADDRESS_SIZE.min),
    largeAddress: zone(large.box, large.returnLine, large.min),
    addressAlign: layout.addressAlign,
    dateTop: r2(layout.dateY - margin.top),
    headHeight: r2(layout.bodyTop - margin.top),
  };
}

export interface BlockFit {
  /** Index of the zone used (0: the first). */
  zone: number;
  /** Font size in points. */
  size: number;
  /** False when the block fits no zone even in its smallest type: the caller says so. */
  fits: boolean;
}

/**
 * The first zone and the largest size (quarter points, from `max` down to the zone's minimum) at
 * which every line shows, long lines wrapped at spaces: the PDF's rule (pdf/fit-address.ts), on
 * estimated widths.
 */
export function fitBlock(lines: readonly string[], zones: ReadonlyArray<{ box: Pick<Rect, 'width' | 'height'>; min: number }>, max: number, lineHeight: number = PRINT_TYPE.lineHeight): BlockFit {
  for (const [i, { box, min }] of zones.entries()) {
    const start = Math.min(max, Math.floor(box.height / (Math.max(1, lines.length) * lineHeight) / 0.25) * 0.25);
    for (let size = start; size >= min - 1e-9; size -= 0.25) {
      const widest = Math.max(0, ...lines.flatMap((l) => l.split(/\s+/)).map(estimateWidthEm));
      if (widest * size <= box.width && wrappedRows(lines, size, box.width) * lineHeight * size <= box.height + 1e-6) return { zone: i, size, fits: true };
    }
  }
  const last = zones.length - 1;
  return { zone: Math.max(0, last), size: zones[last]?.min ?? max, fits: false };
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
