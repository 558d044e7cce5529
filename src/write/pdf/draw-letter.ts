// Lays out one letter: the head (sender, return line, recipient in the window, date) at fixed
// places, then the body at the first fitting step (fit-letter.ts), with room for a handwritten
// signature above the signer's name, and page numbers and a continuation header only when the
// letter still runs over. Everything is measured before the first page is added, so a letter
// whose address cannot fit its window is refused before anything of it is drawn.
import type {} from 'pdfkit';
import type { FaxDocument, LetterDocument } from '../../channels/types.js';
import { drawBlock, drawMarks, fitWidths, lineWidths, measureBlock } from './draw-block.js';
import type { ReorderLine } from './bidi-runs.js';
import { drawLines, drawRuns } from './draw-lines.js';
import { fitAddress, type AddressFit } from './fit-address.js';
import { FIT_STEPS, fitLetter, tailHeight, type BodyBlocks, type LetterPlan } from './fit-letter.js';
import type { FontSet } from './fonts.js';
import { ADDRESS_SIZE, faxCoverY, MM, type AddressZone, type LetterLayout, type Rect } from './layout.js';
import { splitLetterBody } from './letter-body.js';
import { measureText, type TextPiece } from './text-pieces.js';

type PdfDoc = PDFKit.PDFDocument;

/** What is printed: a postal letter, or the same letter as a fax. */
export type PrintedDocument = LetterDocument | FaxDocument;

/** Typography of the head and page furniture (the body's is in fit-letter.ts). */
export const LETTER_STYLE = {
  sender: { max: 9, min: 6, wrapBelow: 7.5 },
  returnLine: { max: 7, min: 5.5 },
  /** Extra leading in the address block, as a fraction of its size. */
  addressLineGap: 0.1,
  dateSize: 10.5,
  small: 7.5,
  grey: '#555555',
} as const;

export interface LetterPageContext {
  doc: PdfDoc;
  layout: LetterLayout;
  fonts: FontSet;
  /** Options for `addPage`. */
  pageOptions: PDFKit.PDFDocumentOptions;
  /** The recipient block's fit, per block: hundreds of signers write to the same official. */
  addressFits: Memo<AddressPlan | undefined>;
  /** Line height of the regular font at size 1 (measured once per document). */
  lineHeightAtOne: number;
  /** A fax: black only, no window, fold or hole marks, no return line. */
  fax?: boolean | undefined;
  /** Set per letter when it has right-to-left text (bidi-runs.ts); undefined for most letters. */
  rtl?: RtlLines | undefined;
}

/** Line reordering for a letter with right-to-left text. */
export interface RtlLines {
  /** The body runs right to left, right-aligned; undefined when only the address has such text. */
  body: ReorderLine | undefined;
  /** Address lines take the direction of their first letter, and stay where the window is. */
  address: ReorderLine;
}

/** A small memo by block content (cleared when full). */
export class Memo<T> {
  private readonly values = new Map<string, T>();
  get(key: string, compute: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    if (this.values.size >= 64) this.values.clear();
    const value = compute();
    this.values.set(key, value);
    return value;
  }
}

export interface AddressPlan {
  pieces: TextPiece[];
  fit: AddressFit;
}

/** Everything measured and chosen for one letter, before anything is drawn. */
export interface LetterLayoutPlan {
  senderLines: string[];
  recipient: AddressPlan;
  blocks: BodyBlocks<TextPiece>;
  body: LetterPlan;
}

/** Measures and fits one letter; undefined `recipient` fit means the address fits no window zone. */
export function planLetter(ctx: LetterPageContext, letter: PrintedDocument): LetterLayoutPlan | { addressTooBig: true } {
  const recipient = planAddress(ctx, letter.recipientLines);
  if (recipient === undefined) return { addressTooBig: true };
  const { doc, layout, fonts } = ctx;
  const width = bodyWidth(layout);
  const parts = splitLetterBody(letter.richBody ?? letter.body, letter.signer.name);
  // Words too wide for a line at the largest size are split to fit (long links).
  const measure = (text: string) => measureText(doc, fonts, text, { maxWidth: width / (FIT_STEPS[0]?.size ?? 10.5) });
  const blocks: BodyBlocks<TextPiece> = {
    paragraphs: parts.paragraphs.map(measure),
    closing: parts.closing === undefined ? undefined : measure(parts.closing),
    signature: parts.signature === undefined ? undefined : measure(parts.signature),
  };
  const top = layout.bodyTop;
  const bottom = layout.page.height - layout.margins.bottom;
  const body = fitLetter(blocks, { width, height: bottom - top, lineHeightAtOne: ctx.lineHeightAtOne });
  return { senderLines: letter.senderLines.filter((l) => l.trim() !== ''), recipient, blocks, body };
}

function planAddress(ctx: LetterPageContext, lines: readonly string[]): AddressPlan | undefined {
  const recipient = lines.map((l) => l.trim()).filter((l) => l !== '');
  return ctx.addressFits.get(recipient.join('\n'), () => {
    const { layout } = ctx;
    const pieces = measureText(ctx.doc, ctx.fonts, recipient.join('\n'), { maxWidth: layout.addressBox.width / ADDRESS_SIZE.max });
    const zones: AddressZone[] = [{ box: layout.addressBox, returnLine: layout.returnLine, min: ADDRESS_SIZE.min, lineGap: LETTER_STYLE.addressLineGap }, layout.largeAddressZone];
    const fit = fitAddress(pieces, zones, { lineHeightAtOne: ctx.lineHeightAtOne });
    return fit && { pieces, fit };
  });
}

export function bodyWidth(layout: LetterLayout): number {
  return layout.page.width - layout.margins.left - layout.margins.right;
}

export function drawLetterHead(ctx: LetterPageContext, letter: PrintedDocument, plan: LetterLayoutPlan): void {
  const { doc, layout, fonts } = ctx;
  if (!ctx.fax) drawMarks(doc, [...layout.foldMarks, ...(layout.holeMark === undefined ? [] : [layout.holeMark])], 4 * MM, 5 * MM);
  const senderLines = plan.senderLines;
  const nameFont = fonts.boldCovers(senderLines[0] ?? '') ? fonts.bold : fonts.regular;
  const senderStyle = { font: fonts.regular, firstLineFont: nameFont, ...LETTER_STYLE.sender, align: 'right', lineGap: 0.1 } as const;
  const widths = lineWidths(doc, senderLines, senderStyle);
  drawBlock(doc, senderLines, layout.senderBox, senderStyle, measureBlock(doc, senderLines, layout.senderBox, senderStyle, widths));
  const { fit, pieces } = plan.recipient;
  const returnLine = fit.zone.returnLine;
  if (!ctx.fax && returnLine && senderLines.length > 0) drawReturnLine(ctx, senderLines, widths, returnLine);
  const box = fit.zone.box;
  const y = layout.addressAlign === 'bottom' ? box.y + box.height - fit.height : box.y;
  drawLines(doc, pieces, fit.lines, fit, { x: box.x, y, width: box.width, reorder: ctx.rtl?.address });
  doc.font(fonts.regular).fontSize(LETTER_STYLE.dateSize);
  if (ctx.rtl?.body) {
    // "1 سبتمبر 2024" in page order, as one right-aligned line.
    const run = { text: letter.date, font: fonts.regular, width: doc.fontSize(1).widthOfString(letter.date) };
    drawRuns(doc, ctx.rtl.body([run]), LETTER_STYLE.dateSize, { x: layout.margins.left, y: layout.dateY, width: bodyWidth(layout), align: 'right' });
  } else {
    doc.text(letter.date, layout.margins.left, layout.dateY, { width: bodyWidth(layout), align: 'right', height: 2 * LETTER_STYLE.dateSize, lineBreak: true });
  }
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
}

/** Draws the body as planned, adding pages only for a letter that does not fit. */
export function drawLetterBody(ctx: LetterPageContext, plan: LetterLayoutPlan): BodyResult {
  const { doc, layout } = ctx;
  const { body, blocks } = plan;
  // Right to left: every line right-aligned and in page order; otherwise flush left as written.
  const at = ctx.rtl?.body ? { x: layout.margins.left, width: bodyWidth(layout), align: 'right' as const, reorder: ctx.rtl.body } : { x: layout.margins.left, width: bodyWidth(layout) };
  const bottom = layout.page.height - layout.margins.bottom + body.step.footGain + 1e-6;
  const style = { size: body.step.size, advance: body.advance };
  let y = layout.bodyTop;
  const newPage = () => {
    doc.addPage(ctx.pageOptions);
    y = layout.margins.top;
  };
  blocks.paragraphs.forEach((pieces, i) => {
    if (i > 0) y += body.gap;
    for (const line of body.paragraphs[i] ?? []) {
      if (y + body.advance > bottom) newPage();
      y = drawLines(doc, pieces, [line], style, { ...at, y });
    }
  });
  if (blocks.signature !== undefined) {
    // The closing, the room to sign and the name stay together, on a new page if need be.
    const tail = tailHeight(body, blocks, body.advance, body.gap, body.step.signatureRoom);
    if (y + tail > bottom) newPage();
    else if (blocks.paragraphs.length > 0) y += body.gap;
    if (blocks.closing) y = drawLines(doc, blocks.closing, body.closing, style, { ...at, y });
    y += body.step.signatureRoom;
    y = drawLines(doc, blocks.signature, body.signature, style, { ...at, y });
  }
  return { endY: y };
}

/**
 * The fax's cover line, in bold black across the top of its first page (drawn once the page count
 * is known). Shrinks to fit one line rather than wrap.
 */
export function drawFaxCover(ctx: LetterPageContext, line: string, page: number): void {
  const { doc, layout, fonts } = ctx;
  doc.switchToPage(page);
  const width = bodyWidth(layout);
  const font = fonts.boldCovers(line) ? fonts.bold : fonts.regular;
  doc.font(font).fontSize(1);
  const size = Math.max(7, Math.min(11, Math.floor((width / doc.widthOfString(line)) * 4) / 4));
  doc.fillColor('black').font(font).fontSize(size);
  const y = faxCoverY(layout);
  doc.text(line, layout.margins.left, y, { width, height: 1.5 * size, ellipsis: true });
  doc.save().lineWidth(1).strokeColor('black');
  doc.moveTo(layout.margins.left, y + 1.35 * size).lineTo(layout.margins.left + width, y + 1.35 * size).stroke();
  doc.restore();
}

/** "2/3" at the foot of every page of a letter that runs over, and a header naming it on later pages. */
export function numberPages(ctx: LetterPageContext, letter: PrintedDocument, start: number, count: number): void {
  if (count < 2) return;
  const { doc, layout, fonts } = ctx;
  const width = bodyWidth(layout);
  const x = layout.margins.left;
  const size = LETTER_STYLE.small;
  const header = [letter.signer.name, letter.recipientLines[0], letter.date].filter(Boolean).join(' · ');
  const colour = ctx.fax ? 'black' : LETTER_STYLE.grey;
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    doc.fillColor(colour).font(fonts.regular).fontSize(size);
    // One line high: pdfkit neither wraps into a second line nor starts a new page.
    const box = { width, height: 1.5 * size } as const;
    doc.text(`${i + 1}/${count}`, x, layout.footerY, { ...box, align: 'right' });
    if (i > 0) doc.text(header, x, layout.headerY, { ...box, ellipsis: true });
    doc.fillColor('black');
  }
}
