// A PDF of letters for printing: one letter after another, each starting on a new page, written to
// disk as it goes so that memory stays flat however many signers there are.
import type {} from 'pdfkit';
import { faxCoverLine } from '../../channels/fax.js';
import { AddressTooBigError } from '../../errors.js';
import { drawFaxCover, drawLetterBody, drawLetterHead, Memo, numberPages, planLetter, type AddressPlan, type LetterLayoutPlan, type LetterPageContext, type PrintedDocument } from './draw-letter.js';
import { faxLayout, letterLayout, type LetterLayout, type Paper, type WindowForm } from './layout.js';
import { breakLongWords } from './break-long-words.js';
import { rtlLines } from './rtl-letter.js';
import { releaseWrittenPages } from './pdfkit-internals.js';
import { closePdfSession, openPdfSession, WriterState, type PdfCloseResult, type PdfOutputOptions, type PdfSession } from './pdf-session.js';

export type { PdfCloseResult } from './pdf-session.js';

export interface LetterPdfOptions extends PdfOutputOptions {
  paper: Paper;
  /** DIN 5008 form on A4 (default din-b). */
  window?: WindowForm | undefined;
}

export interface LetterPageReport {
  pages: number;
  /** Present when the letter runs over one page: about how many body lines to cut for it to fit. */
  overflow?: { lines: number } | undefined;
  /** Characters the font cannot draw (they are missing from the page): pass another font. */
  missingGlyphs?: string[] | undefined;
  /** Which fitting step the letter needed (0: the comfortable layout). */
  step?: number | undefined;
}

export interface LetterPdf {
  /** Lay out one letter (or fax) from a new page. Await each call before the next; after a failure, abort(). */
  add(letter: PrintedDocument): Promise<LetterPageReport>;
  /** Finish the file and publish it under its name ('exists': kept the old file, without force). */
  close(): Promise<PdfCloseResult>;
  /** Stop and remove the unfinished file. */
  abort(): Promise<void>;
}

export async function openLetterPdf(options: LetterPdfOptions): Promise<LetterPdf> {
  const layout = letterLayout(options.paper, options.window);
  const pageOptions: PDFKit.PDFDocumentOptions = { size: layout.pdfSize, margins: layout.margins };
  // bufferPages: each letter's pages stay open until it is done, so "1/2" can be written on its
  // first page once the count is known; they are flushed right after.
  const session = await openPdfSession(options, { ...pageOptions, bufferPages: true }, 'Letters');
  return new LetterPdfWriter(session, pageContexts(session, layout, pageOptions, options.paper));
}

/** A page context for letters and one for faxes (same document and fonts, another layout). */
export function pageContexts(session: Pick<PdfSession, 'doc' | 'fonts'>, layout: LetterLayout, pageOptions: PDFKit.PDFDocumentOptions, paper: Paper): PageContexts {
  const lineHeightAtOne = session.doc.font(session.fonts.regular).fontSize(1).currentLineHeight(true);
  const base = { doc: session.doc, fonts: session.fonts, pageOptions, lineHeightAtOne };
  return {
    letter: { ...base, layout, addressFits: new Memo<AddressPlan | undefined>() },
    fax: { ...base, layout: faxLayout(paper), addressFits: new Memo<AddressPlan | undefined>(), fax: true },
  };
}

export interface PageContexts {
  letter: LetterPageContext;
  fax: LetterPageContext;
}

/** Lays out one letter or fax on new pages of `ctx.doc` (buffered); returns its page report. */
export async function drawPrinted(contexts: PageContexts, given: PrintedDocument): Promise<{ report: LetterPageReport; start: number; count: number }> {
  const printed = withBreakableWords(given);
  const ctx = printed.channel === 'fax' ? contexts.fax : contexts.letter;
  const { doc } = ctx;
  // Right-to-left lines (rtl-letter.ts), decided per letter before it is planned.
  ctx.rtl = await rtlLines(ctx, printed);
  const plan = planOrThrow(ctx, printed);
  doc.addPage(ctx.pageOptions);
  drawLetterHead(ctx, printed, plan);
  drawLetterBody(ctx, plan);
  const { start, count } = doc.bufferedPageRange();
  numberPages(ctx, printed, start, count);
  if (printed.channel === 'fax') drawFaxCover(ctx, faxCoverLine(printed, count), start);
  return { report: report(ctx, printed, count, plan), start, count };
}

/** Checks that a letter's address fits the window (measuring it once); throws AddressTooBigError. */
export function planOrThrow(ctx: LetterPageContext, letter: PrintedDocument): LetterLayoutPlan {
  const plan = planLetter(ctx, letter);
  if ('addressTooBig' in plan) throw new AddressTooBigError(letter, ctx.layout.envelope.name);
  return plan;
}

class LetterPdfWriter implements LetterPdf {
  private pages = 0;
  private readonly state = new WriterState();

  constructor(
    private readonly session: PdfSession,
    private readonly contexts: PageContexts,
  ) {}

  add(letter: PrintedDocument): Promise<LetterPageReport> {
    return this.state.run('LetterPdf.add()', async () => {
      const { doc } = this.session;
      const { report, start, count } = await drawPrinted(this.contexts, letter);
      doc.flushPages();
      releaseWrittenPages(doc, start, start + count);
      this.pages += count;
      this.session.fonts.endOfLetter();
      await this.session.file.drain(doc);
      return report;
    });
  }

  close(): Promise<PdfCloseResult> {
    this.state.close('LetterPdf.close()');
    return closePdfSession(this.session, this.pages);
  }

  abort(): Promise<void> {
    this.state.abort();
    return this.session.file.abort();
  }
}

/** The letter's text with break opportunities in words longer than a line (break-long-words.ts). */
function withBreakableWords<T extends PrintedDocument>(letter: T): T {
  return {
    ...letter,
    senderLines: letter.senderLines.map(breakLongWords),
    recipientLines: letter.recipientLines.map(breakLongWords),
    body: breakLongWords(letter.body),
    richBody: letter.richBody === undefined ? undefined : breakLongWords(letter.richBody),
    signer: { ...letter.signer, name: breakLongWords(letter.signer.name) },
  };
}

function report(ctx: LetterPageContext, letter: PrintedDocument, pages: number, plan: LetterLayoutPlan): LetterPageReport {
  const result: LetterPageReport = { pages, step: plan.body.index };
  if (plan.body.over) result.overflow = { lines: plan.body.over.lines };
  const missing = new Set<string>();
  for (const text of [...letter.senderLines, ...letter.recipientLines, letter.date, letter.body]) ctx.fonts.missing(text, missing);
  if (missing.size > 0) result.missingGlyphs = [...missing];
  return result;
}
