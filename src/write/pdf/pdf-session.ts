// What the three PDF writers (letters, envelopes, labels) share: a pdfkit document with our fonts,
// streaming into a temp file that is published on close or removed on abort. pdfkit is imported
// here, lazily, so only runs that write PDFs pay for loading it.
import type {} from 'pdfkit';
import type { PublishStatus } from '../atomic-write.js';
import { registerFonts, type FontOptions, type FontSet } from './fonts.js';
import { openPdfFile, type PdfFile } from './pdf-file.js';

type PdfDoc = PDFKit.PDFDocument;

export interface PdfOutputOptions extends FontOptions {
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

export interface PdfCloseResult {
  /** 'empty': nothing was added, so no file was written. */
  status: PublishStatus | 'empty';
  pages: number;
  bytes: number;
}

export interface PdfSession {
  readonly doc: PdfDoc;
  readonly fonts: FontSet;
  readonly file: PdfFile;
}

export async function openPdfSession(options: PdfOutputOptions, docOptions: PDFKit.PDFDocumentOptions, defaultTitle: string): Promise<PdfSession> {
  const { default: PDFDocument } = await import('pdfkit');
  const info = { Title: options.title ?? defaultTitle, Creator: 'ua-letter', CreationDate: options.creationDate ?? new Date() };
  const doc = new PDFDocument({ ...docOptions, autoFirstPage: false, info });
  const fonts = await registerFonts(doc, options);
  const file = await openPdfFile(options);
  return { doc, fonts, file };
}

/** End the document and publish the file; with no pages, write nothing. */
export async function closePdfSession(session: PdfSession, pages: number): Promise<PdfCloseResult> {
  if (pages === 0) {
    await session.file.abort();
    return { status: 'empty', pages: 0, bytes: 0 };
  }
  session.doc.end();
  await session.file.drain(session.doc, true);
  const status = await session.file.publish();
  return { status, pages, bytes: session.file.bytes };
}

/** Guards a writer against overlapping calls (each add must be awaited) and use after close. */
export class WriterState {
  private state: 'open' | 'busy' | 'closed' = 'open';

  async run<T>(what: string, work: () => Promise<T>): Promise<T> {
    if (this.state !== 'open') throw new Error(`${what} called while the PDF is ${this.state}`);
    this.state = 'busy';
    const result = await work();
    this.state = 'open';
    return result;
  }

  close(what: string): void {
    if (this.state === 'closed') throw new Error(`${what} called after close`);
    this.state = 'closed';
  }

  abort(): void {
    this.state = 'closed';
  }
}
