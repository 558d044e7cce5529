// One fax as a PDF in memory (`<official>.fax.pdf`): the letter drawn for a fax machine, black
// on white with the cover line on top. Built when the file sink writes the file, so it goes
// through the same atomic publish, --force and --json as every other file.
import type { FaxDocument } from '../../channels/types.js';
import { registerFonts } from './fonts.js';
import { drawPrinted, pageContexts } from './letter-pdf.js';
import { letterLayout } from './layout.js';
import type { Paper } from './layout.js';

/** How fax PDFs are printed (paper from the signer, else this; the font from UA_LETTER_FONT). */
export interface FaxPdfSettings {
  paper?: Paper | undefined;
  fontPath?: string | undefined;
  /** Creation date written into the PDF (the generation day, for reproducible files). */
  creationDate?: Date | undefined;
}

export async function faxPdfBuffer(fax: FaxDocument, settings: FaxPdfSettings): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const paper = fax.signer.paper ?? settings.paper ?? 'a4';
  const layout = letterLayout(paper);
  const pageOptions: PDFKit.PDFDocumentOptions = { size: layout.pdfSize, margins: layout.margins };
  const info = { Title: `Fax to ${fax.fax}`, Creator: 'ua-letter', CreationDate: settings.creationDate ?? new Date() };
  const doc = new PDFDocument({ ...pageOptions, autoFirstPage: false, bufferPages: true, info });
  const fonts = await registerFonts(doc, { fontPath: settings.fontPath });
  await drawPrinted(pageContexts({ doc, fonts }, layout, pageOptions, paper), fax);
  doc.flushPages();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
