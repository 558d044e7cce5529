// Lays out one letter: the head (sender, return line, recipient in the window, date) at fixed
// places, then the body flowing from the salutation, with room for a handwritten signature above
// the signer's name, and page numbers when the letter runs over.
import type {} from 'pdfkit';
import type { LetterDocument } from '../../channels/types.js';
import { drawBlock, drawMarks, fitWidths, lineWidths, measureBlock } from './draw-block.js';
import type { Fit } from './fit-text.js';
import type { FontSet } from './fonts.js';
import { MM, type LetterLayout, type Rect } from './layout.js';
import { splitLetterBody } from './letter-body.js';

type PdfDoc = PDFKit.PDFDocument;

/** Typography, shared by both paper sizes. */
export const LETTER_STYLE = {
  bodySize: 10.5,
  /** Extra leading in the body, points. */
  bodyLineGap: 1.5,
  /** Space between paragraphs, in body lines. */
  paragraphGap: 0.75,
  /** Room for a handwritten signature between the closing and the printed name. */
  signatureRoom: 20 * MM,
  sender: { max: 9, min: 6, wrapBelow: 7.5 },
  returnLine: { max: 7, min: 5.5 },
  address: { max: 10, min: 6, wrapBelow: 8 },
  small: 7.5,
  grey: '#555555',
} as const;

export interface LetterPageContext {
  doc: PdfDoc;
  layout: LetterLayout;
  fonts: FontSet;
  /** Options for `addPage`; pdfkit reuses them for pages the body flows onto. */
  pageOptions: PDFKit.PDFDocumentOptions;
  /** The recipient block's size, per block: hundreds of signers write to the same official. */
  addressFits: FitMemo;
}

/** A small memo of fits by block content (cleared when full). */
export class FitMemo {
  private readonly fits = new Map<string, Fit>();
  get(lines: readonly string[], compute: () => Fit): Fit {
    const key = lines.join('\n');
    let fit = this.fits.get(key);
    if (fit === undefined) {
      if (this.fits.size >= 64) this.fits.clear();
      fit = compute();
      this.fits.set(key, fit);
    }
    return fit;
  }
}

/** Returns false when the recipient's address does not fit the window even in the smallest type. */
export function drawLetterHead(ctx: LetterPageContext, letter: LetterDocument): boolean {
  const { doc, layout, fonts } = ctx;
  drawMarks(doc, [...layout.foldMarks, ...(layout.holeMark === undefined ? [] : [layout.holeMark])], 4 * MM, 5 * MM);
  const senderLines = letter.senderLines.filter((l) => l.trim() !== '');
  const nameFont = fonts.boldCovers(senderLines[0] ?? '') ? fonts.bold : fonts.regular;
  const senderStyle = { font: fonts.regular, firstLineFont: nameFont, ...LETTER_STYLE.sender, align: 'right', lineGap: 0.1 } as const;
  const widths = lineWidths(doc, senderLines, senderStyle);
  drawBlock(doc, senderLines, layout.senderBox, senderStyle, measureBlock(doc, senderLines, layout.senderBox, senderStyle, widths));
  if (layout.returnLine && senderLines.length > 0) drawReturnLine(ctx, senderLines, widths, layout.returnLine);
  const recipient = letter.recipientLines.filter((l) => l.trim() !== '');
  const addressStyle = { font: fonts.regular, ...LETTER_STYLE.address, valign: layout.addressAlign };
  const addressFit = ctx.addressFits.get(recipient, () => measureBlock(doc, recipient, layout.addressBox, addressStyle));
  drawBlock(doc, recipient, layout.addressBox, addressStyle, addressFit);
  const width = layout.page.width - layout.margins.left - layout.margins.right;
  doc.font(fonts.regular).fontSize(LETTER_STYLE.bodySize);
  doc.text(letter.date, layout.margins.left, layout.dateY, { width, align: 'right', height: 3 * LETTER_STYLE.bodySize, lineBreak: true });
  return addressFit.fits;
}

/**
 * "Name · Street · City · Country" in small type, shortened if even the smallest size is too wide.
 * Its width is summed from the sender block's line widths (measured already), the name re-measured
 * in the regular font: pdfkit measures word by word, so the sum matches to within kerning.
 */
function drawReturnLine(ctx: LetterPageContext, senderLines: readonly string[], senderWidths: readonly number[], box: Rect): void {
  const { doc, fonts } = ctx;
  const style = { font: fonts.regular, ...LETTER_STYLE.returnLine, valign: 'bottom' as const };
  const separator = ' · ';
  doc.font(fonts.regular).fontSize(1);
  const widths = [doc.widthOfString(senderLines[0] ?? ''), ...senderWidths.slice(1)];
  const joined = (picked: number[]) => picked.reduce((a, b) => a + b, 0) + (picked.length - 1) * doc.widthOfString(separator);
  let line = senderLines.join(separator);
  let fit = fitWidths(doc, [joined(widths)], box, style);
  if (!fit.fits) {
    // The name, city and country are what the post needs to return a letter.
    line = [senderLines[0], ...senderLines.slice(-2)].join(separator);
    fit = fitWidths(doc, [joined([widths[0] ?? 0, ...widths.slice(-2)])], box, style);
  }
  // pdfkit re-applies its remembered fill colour when text flows onto a new page, and restore()
  // does not reset it: set black again explicitly after every grey text.
  doc.fillColor(LETTER_STYLE.grey);
  drawBlock(doc, [line], box, style, fit);
  doc.fillColor('black');
  doc.save().lineWidth(0.3).strokeColor('#999999');
  doc.moveTo(box.x, box.y + box.height + 0.6).lineTo(box.x + box.width, box.y + box.height + 0.6).stroke();
  doc.restore();
}

export interface BodyResult {
  /** Where the text ended on the last page. */
  endY: number;
  /** Line advance of the body text. */
  lineAdvance: number;
  /** Space left empty at the foot of a page when the closing moved on to stay with the name. */
  unusedAbove: number;
}

export function drawLetterBody(ctx: LetterPageContext, letter: LetterDocument): BodyResult {
  const { doc, layout, fonts } = ctx;
  const parts = splitLetterBody(letter.body, letter.signer.name);
  const width = layout.page.width - layout.margins.left - layout.margins.right;
  const x = layout.margins.left;
  const options = { width, lineGap: LETTER_STYLE.bodyLineGap };
  doc.font(fonts.regular).fontSize(LETTER_STYLE.bodySize);
  const lineAdvance = doc.currentLineHeight(true) + LETTER_STYLE.bodyLineGap;
  const gap = LETTER_STYLE.paragraphGap * lineAdvance;
  doc.y = layout.bodyTop;
  parts.paragraphs.forEach((p, i) => {
    doc.text(p, x, i === 0 ? layout.bodyTop : doc.y + gap, options);
  });
  let unusedAbove = 0;
  if (parts.signature !== undefined) {
    const closingHeight = parts.closing === undefined ? 0 : textHeight(doc, parts.closing, options, lineAdvance) + LETTER_STYLE.signatureRoom;
    const needed = (parts.paragraphs.length > 0 ? gap : 0) + closingHeight + textHeight(doc, parts.signature, options, lineAdvance);
    // The closing, the room to sign and the name stay together, on a new page if need be.
    if (doc.y + needed > doc.page.maxY()) {
      unusedAbove = doc.page.maxY() - doc.y;
      doc.addPage(ctx.pageOptions);
    } else if (parts.paragraphs.length > 0) doc.y += gap;
    if (parts.closing !== undefined) {
      doc.text(parts.closing, x, doc.y, options);
      doc.y += LETTER_STYLE.signatureRoom;
    }
    doc.text(parts.signature, x, doc.y, options);
  }
  return { endY: doc.y, lineAdvance, unusedAbove };
}

/**
 * Height of a short text block. Lines too short to wrap even in the widest glyphs (about 1.2 em)
 * are counted instead of laid out: closings and names are, and it spares two text layouts per letter.
 */
function textHeight(doc: PdfDoc, text: string, options: { width: number; lineGap: number }, lineAdvance: number): number {
  const lines = text.split('\n');
  const safeChars = Math.floor(options.width / (1.2 * LETTER_STYLE.bodySize));
  if (lines.every((l) => l.length <= safeChars)) return lines.length * lineAdvance;
  return doc.heightOfString(text, options);
}

/** "2/3" at the foot of every page of a letter that runs over, and a header naming it on later pages. */
export function numberPages(ctx: LetterPageContext, letter: LetterDocument, start: number, count: number): void {
  if (count < 2) return;
  const { doc, layout, fonts } = ctx;
  const width = layout.page.width - layout.margins.left - layout.margins.right;
  const x = layout.margins.left;
  const size = LETTER_STYLE.small;
  const header = [letter.signer.name, letter.recipientLines[0], letter.date].filter(Boolean).join(' · ');
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    doc.fillColor(LETTER_STYLE.grey).font(fonts.regular).fontSize(size);
    // One line high: pdfkit neither wraps into a second line nor starts a new page.
    const box = { width, height: 1.5 * size } as const;
    doc.text(`${i + 1}/${count}`, x, layout.footerY, { ...box, align: 'right' });
    if (i > 0) doc.text(header, x, layout.headerY, { ...box, ellipsis: true });
    doc.fillColor('black');
  }
}
