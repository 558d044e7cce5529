// A PDF of letters for printing: one letter after another, each starting on a new page, written to
// disk as it goes so that memory stays flat however many signers there are.
import type {} from 'pdfkit';
import type { LetterDocument } from '../../channels/types.js';
import { drawLetterBody, drawLetterHead, FitMemo, numberPages, type BodyResult, type LetterPageContext } from './draw-letter.js';
import { letterLayout, type Paper } from './layout.js';
import { releaseWrittenPages } from './pdfkit-internals.js';
import { closePdfSession, openPdfSession, WriterState, type PdfCloseResult, type PdfOutputOptions, type PdfSession } from './pdf-session.js';

export type { PdfCloseResult } from './pdf-session.js';

export interface LetterPdfOptions extends PdfOutputOptions {
  paper: Paper;
}

export interface LetterPageReport {
  pages: number;
  /** Present when the letter runs over one page: about how many body lines went beyond it. */
  overflow?: { lines: number } | undefined;
  /** Characters the font cannot draw (they are missing from the page): pass another font. */
  missingGlyphs?: string[] | undefined;
  /** The recipient's address has too many or too long lines for the window: some were cut off. */
  addressTooLong?: true | undefined;
}

export interface LetterPdf {
  /** Lay out one letter from a new page. Await each call before the next; after a failure, abort(). */
  add(letter: LetterDocument): Promise<LetterPageReport>;
  /** Finish the file and publish it under its name ('exists': kept the old file, without force). */
  close(): Promise<PdfCloseResult>;
  /** Stop and remove the unfinished file. */
  abort(): Promise<void>;
}

export async function openLetterPdf(options: LetterPdfOptions): Promise<LetterPdf> {
  const layout = letterLayout(options.paper);
  const pageOptions: PDFKit.PDFDocumentOptions = { size: layout.pdfSize, margins: layout.margins };
  // bufferPages: each letter's pages stay open until it is done, so "1/2" can be written on its
  // first page once the count is known; they are flushed right after.
  const session = await openPdfSession(options, { ...pageOptions, bufferPages: true }, 'Letters');
  return new LetterPdfWriter(session, { doc: session.doc, layout, fonts: session.fonts, pageOptions, addressFits: new FitMemo() });
}

class LetterPdfWriter implements LetterPdf {
  private pages = 0;
  private readonly state = new WriterState();

  constructor(
    private readonly session: PdfSession,
    private readonly ctx: LetterPageContext,
  ) {}

  add(letter: LetterDocument): Promise<LetterPageReport> {
    return this.state.run('LetterPdf.add()', async () => {
      const { doc } = this.ctx;
      doc.addPage(this.ctx.pageOptions);
      const addressFits = drawLetterHead(this.ctx, letter);
      const body = drawLetterBody(this.ctx, letter);
      const { start, count } = doc.bufferedPageRange();
      numberPages(this.ctx, letter, start, count);
      doc.flushPages();
      releaseWrittenPages(doc, start, start + count);
      this.pages += count;
      this.ctx.fonts.endOfLetter();
      await this.session.file.drain(doc);
      const result = report(this.ctx, letter, count, body);
      if (!addressFits) result.addressTooLong = true;
      return result;
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

function report(ctx: LetterPageContext, letter: LetterDocument, pages: number, body: BodyResult): LetterPageReport {
  const result: LetterPageReport = { pages };
  if (pages > 1) {
    const { layout } = ctx;
    const full = layout.page.height - layout.margins.bottom - layout.margins.top;
    // How much would have to go for the letter to fit one page, in body lines.
    const over = (pages - 2) * full + (body.endY - layout.margins.top) - body.unusedAbove;
    result.overflow = { lines: Math.max(1, Math.ceil(over / body.lineAdvance - 0.01)) };
  }
  const missing = new Set<string>();
  for (const text of [...letter.senderLines, ...letter.recipientLines, letter.date, letter.body]) ctx.fonts.missing(text, missing);
  if (missing.size > 0) result.missingGlyphs = [...missing];
  return result;
}
