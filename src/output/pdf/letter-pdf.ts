// A PDF of letters for printing: one letter after another, each starting on a new page, written to
// disk as it goes so that memory stays flat however many signers there are. pdfkit is imported
// here, lazily, so only runs that write PDFs pay for loading it.
import type {} from 'pdfkit';
import type { LetterDocument } from '../../channels/types.js';
import type { PublishStatus } from '../atomic-write.js';
import { drawLetterBody, drawLetterHead, numberPages, type LetterPageContext } from './draw-letter.js';
import { registerFonts } from './fonts.js';
import { letterLayout, type Paper } from './layout.js';
import { openPdfFile, type PdfFile } from './pdf-file.js';
import { releaseWrittenPages } from './pdfkit-internals.js';

export interface LetterPdfOptions {
  paper: Paper;
  /** A .ttf/.otf file for the text; default DejaVu Sans (dejavu-fonts-ttf). */
  fontPath?: string | undefined;
  /** Default: DejaVu Sans Bold with the default font, else `fontPath`. */
  boldFontPath?: string | undefined;
  path: string;
  /** Replace an existing file; without it close() reports 'exists' and leaves the old file. */
  force: boolean;
  /** The path shown in error messages (default: `path`). */
  displayPath?: string | undefined;
  /** Document title in the PDF's properties. */
  title?: string | undefined;
  /** Creation date in the PDF's properties (fix it for byte-identical output); default now. */
  creationDate?: Date | undefined;
}

export interface LetterPageReport {
  pages: number;
  /** Present when the letter runs over one page: about how many body lines went beyond it. */
  overflow?: { lines: number } | undefined;
  /** Characters the font cannot draw (they are missing from the page): pass another font. */
  missingGlyphs?: string[] | undefined;
}

export interface PdfCloseResult {
  /** 'empty': nothing was added, so no file was written. */
  status: PublishStatus | 'empty';
  pages: number;
  bytes: number;
}

export interface LetterPdf {
  /** Lay out one letter from a new page. Await each call before the next. */
  add(letter: LetterDocument): Promise<LetterPageReport>;
  /** Finish the file and publish it under its name. */
  close(): Promise<PdfCloseResult>;
  /** Stop and remove the unfinished file. */
  abort(): Promise<void>;
}

export async function openLetterPdf(options: LetterPdfOptions): Promise<LetterPdf> {
  const { default: PDFDocument } = await import('pdfkit');
  const layout = letterLayout(options.paper);
  const pageOptions: PDFKit.PDFDocumentOptions = { size: layout.pdfSize, margins: layout.margins };
  // bufferPages: each letter's pages stay open until it is done, so "1/2" can be written on its
  // first page once the count is known; they are flushed right after.
  const doc = new PDFDocument({ ...pageOptions, autoFirstPage: false, bufferPages: true, info: documentInfo(options) });
  const fonts = await registerFonts(doc, options);
  const file = await openPdfFile(options);
  return new LetterPdfWriter({ doc, layout, fonts, pageOptions }, file);
}

function documentInfo(options: LetterPdfOptions): PDFKit.DocumentInfo {
  return { Title: options.title ?? 'Letters', Creator: 'ua-letter', CreationDate: options.creationDate ?? new Date() };
}

class LetterPdfWriter implements LetterPdf {
  private pages = 0;
  private state: 'open' | 'busy' | 'closed' = 'open';

  constructor(
    private readonly ctx: LetterPageContext,
    private readonly file: PdfFile,
  ) {}

  async add(letter: LetterDocument): Promise<LetterPageReport> {
    if (this.state !== 'open') throw new Error(`LetterPdf.add() called while ${this.state}`);
    this.state = 'busy';
    const { doc } = this.ctx;
    doc.addPage(this.ctx.pageOptions);
    drawLetterHead(this.ctx, letter);
    const body = drawLetterBody(this.ctx, letter);
    const { start, count } = doc.bufferedPageRange();
    numberPages(this.ctx, letter, start, count);
    doc.flushPages();
    releaseWrittenPages(doc, start, start + count);
    this.pages += count;
    await this.file.drain(doc);
    this.state = 'open';
    return report(this.ctx, letter, count, body.endY, body.lineAdvance);
  }

  async close(): Promise<PdfCloseResult> {
    if (this.state === 'closed') throw new Error('LetterPdf.close() called twice');
    this.state = 'closed';
    if (this.pages === 0) {
      await this.file.abort();
      return { status: 'empty', pages: 0, bytes: 0 };
    }
    this.ctx.doc.end();
    await this.file.drain(this.ctx.doc, true);
    const status = await this.file.publish();
    return { status, pages: this.pages, bytes: this.file.bytes };
  }

  async abort(): Promise<void> {
    this.state = 'closed';
    await this.file.abort();
  }
}

function report(ctx: LetterPageContext, letter: LetterDocument, pages: number, endY: number, lineAdvance: number): LetterPageReport {
  const result: LetterPageReport = { pages };
  if (pages > 1) {
    const { layout } = ctx;
    const full = layout.page.height - layout.margins.bottom - layout.margins.top;
    const over = (pages - 2) * full + (endY - layout.margins.top);
    result.overflow = { lines: Math.max(1, Math.ceil(over / lineAdvance - 0.01)) };
  }
  const missing = new Set<string>();
  for (const text of [...letter.senderLines, ...letter.recipientLines, letter.date, letter.body]) ctx.fonts.missing(text, missing);
  if (missing.size > 0) result.missingGlyphs = [...missing];
  return result;
}
