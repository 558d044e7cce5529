// A PDF of address labels on a standard sheet (label-sheets.ts): one label per recipient, filled
// row by row, each address at the largest size that fits its label.
import type {} from 'pdfkit';
import { drawBlock } from './draw-block.js';
import { LABEL_SHEET_SPECS, labelBox, type LabelSheetName } from './label-sheets.js';
import { closePdfSession, openPdfSession, WriterState, type PdfCloseResult, type PdfOutputOptions } from './pdf-session.js';

export interface LabelPdfOptions extends PdfOutputOptions {
  sheet: LabelSheetName;
}

export interface LabelPdf {
  add(recipientLines: readonly string[]): Promise<void>;
  close(): Promise<PdfCloseResult>;
  abort(): Promise<void>;
}

export async function openLabelPdf(options: LabelPdfOptions): Promise<LabelPdf> {
  const sheet = LABEL_SHEET_SPECS[options.sheet];
  const pageOptions: PDFKit.PDFDocumentOptions = { size: sheet.pdfSize, margin: 0 };
  const session = await openPdfSession(options, pageOptions, 'Address labels');
  const { doc, fonts } = session;
  let count = 0;
  let pages = 0;
  const state = new WriterState();
  return {
    add: (recipientLines) =>
      state.run('LabelPdf.add()', async () => {
        const { page, box } = labelBox(sheet, count++);
        if (page === pages) {
          doc.addPage(pageOptions);
          pages++;
          // The sheet before is complete now: pdfkit has written it out.
          await session.file.drain(doc);
        }
        const lines = recipientLines.filter((l) => l.trim() !== '');
        drawBlock(doc, lines, box, { font: fonts.regular, max: 10, min: 5, lineGap: 0.05, valign: 'middle', wrapBelow: 8 });
        fonts.endOfLetter();
      }),
    close: () => {
      state.close('LabelPdf.close()');
      return closePdfSession(session, pages);
    },
    abort: () => {
      state.abort();
      return session.file.abort();
    },
  };
}
