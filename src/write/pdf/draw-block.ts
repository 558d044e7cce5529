// Drawing a block of lines into a fixed box at the largest size that fits (addresses, the sender's
// block, labels), and small page furniture (fold marks). Every fixed-position text call passes a
// `height`, which stops pdfkit from starting a new page when text reaches the bottom margin.
import type {} from 'pdfkit';
import { alignInBox, fitFontSize, type Fit, type VerticalAlign } from './fit-text.js';
import type { Rect } from './layout.js';

type PdfDoc = PDFKit.PDFDocument;

/** pdfkit drops a last line that ends a hair below the box: give it this much slack. */
const SLACK = 2;

export interface BlockStyle {
  font: string;
  /** Font for the first line (the sender's name in bold); default `font`. */
  firstLineFont?: string | undefined;
  max: number;
  min: number;
  align?: 'left' | 'right' | undefined;
  valign?: VerticalAlign | undefined;
  /** Extra space between lines, as a fraction of the font size. */
  lineGap?: number | undefined;
  /** Rather than shrink below this size, wrap long lines (if the block then fits). */
  wrapBelow?: number | undefined;
}

/** Widths of `lines` at font size 1, the first line in `style.firstLineFont`. */
export function lineWidths(doc: PdfDoc, lines: readonly string[], style: BlockStyle): number[] {
  const first = style.firstLineFont ?? style.font;
  doc.fontSize(1);
  const widths = lines.map((line, i) => {
    if (i < 2) doc.font(i === 0 ? first : style.font);
    return doc.widthOfString(line);
  });
  doc.font(style.font);
  return widths;
}

/**
 * The size lines of these widths (at size 1, from lineWidths) fit `box` at. pdfkit measures a
 * line that ends in a line break together with the break character (0.6 em in DejaVu Sans) and
 * wraps it if that does not fit, so every line but the last of one text call counts it too.
 */
export function fitWidths(doc: PdfDoc, widths: readonly number[], box: Rect, style: BlockStyle): Fit {
  doc.font(style.font).fontSize(1);
  const newline = widths.length > 1 ? doc.widthOfString('\n') : 0;
  const separateFirst = style.firstLineFont !== undefined && style.firstLineFont !== style.font;
  const lineHeightAtOne = doc.currentLineHeight(true) + (style.lineGap ?? 0);
  let widestAtOne = 0;
  widths.forEach((w, i) => {
    const endsInBreak = i < widths.length - 1 && !(i === 0 && separateFirst);
    widestAtOne = Math.max(widestAtOne, w + (endsInBreak ? newline : 0));
  });
  return fitFontSize({ lineCount: widths.length, widestAtOne, lineHeightAtOne, box, max: style.max, min: style.min });
}

/**
 * Measure `lines` in `box`: the size they are drawn at, and whether they fit at all. One line per
 * address line is preferred; only when that would mean type smaller than `wrapBelow` are long lines
 * wrapped, at the largest size the wrapped block fits. `widths`: from lineWidths(), if known.
 */
export function measureBlock(doc: PdfDoc, lines: readonly string[], box: Rect, style: BlockStyle, widths?: readonly number[]): Fit {
  const fit = fitWidths(doc, widths ?? lineWidths(doc, lines, style), box, style);
  if (style.wrapBelow === undefined || fit.size >= style.wrapBelow) return fit;
  return wrappedFit(doc, lines, box, style, style.wrapBelow) ?? fit;
}

function wrappedFit(doc: PdfDoc, lines: readonly string[], box: Rect, style: BlockStyle, floor: number): Fit | undefined {
  const text = lines.join('\n');
  doc.font(style.font);
  for (let size = style.max; size >= floor; size -= 0.5) {
    doc.fontSize(size);
    const height = doc.heightOfString(text, { width: box.width, lineGap: (style.lineGap ?? 0) * size });
    if (height <= box.height) return { size, fits: true, height };
  }
  return undefined;
}

/** Draw `lines` in `box`, shrunk to fit; returns the size used. */
export function drawBlock(doc: PdfDoc, lines: readonly string[], box: Rect, style: BlockStyle, fit = measureBlock(doc, lines, box, style)): Fit {
  if (lines.length === 0) return fit;
  const size = fit.size;
  const lineGap = (style.lineGap ?? 0) * size;
  doc.font(style.font).fontSize(size);
  const advance = doc.currentLineHeight(true) + lineGap;
  let y = alignInBox(box, Math.min(box.height, fit.height ?? advance * lines.length), style.valign ?? 'top');
  const options = { width: box.width, align: style.align ?? 'left', lineGap, lineBreak: true } as const;
  const firstFont = style.firstLineFont;
  let rest = lines;
  if (firstFont !== undefined && firstFont !== style.font) {
    doc.font(firstFont).text(lines[0] ?? '', box.x, y, { ...options, height: box.y + box.height - y + SLACK });
    // Below the first line, however many lines it took.
    y = Math.max(doc.y, y + advance);
    rest = lines.slice(1);
    doc.font(style.font);
  }
  const height = box.y + box.height - y + SLACK;
  if (rest.length > 0 && height > 0) doc.text(rest.join('\n'), box.x, y, { ...options, height });
  return fit;
}

/** Short hairlines in the left margin where the sheet is folded or punched. */
export function drawMarks(doc: PdfDoc, marks: readonly number[], length: number, x: number): void {
  if (marks.length === 0) return;
  doc.save().lineWidth(0.4).strokeColor('#888888');
  for (const y of marks) doc.moveTo(x, y).lineTo(x + length, y);
  doc.stroke().restore();
}
