// A PDF of envelopes, one per page at the envelope's own size, to feed through the printer: the
// return address, the recipient where a window would show it, and "PAR AVION" when it goes abroad.
import type {} from 'pdfkit';
import { drawBlock } from './draw-block.js';
import { ENVELOPE_LAYOUTS, type EnvelopeLayout, type EnvelopeSize } from './envelope-layout.js';
import type { FontSet } from './fonts.js';
import { closePdfSession, openPdfSession, WriterState, type PdfCloseResult, type PdfOutputOptions, type PdfSession } from './pdf-session.js';

type PdfDoc = PDFKit.PDFDocument;

export interface EnvelopePdfOptions extends PdfOutputOptions {
  size: EnvelopeSize;
}

export interface EnvelopeInput {
  recipientLines: readonly string[];
  senderLines: readonly string[];
  /** Destination in another country than the sender's: print the airmail marking. */
  abroad: boolean;
}

export interface EnvelopePdf {
  add(envelope: EnvelopeInput): Promise<void>;
  close(): Promise<PdfCloseResult>;
  abort(): Promise<void>;
}

/** UPU's airmail label reads "PAR AVION"; the English line helps the sender's own post office. */
const AIRMAIL = { blue: '#1f4e9c', main: 'PAR AVION', second: 'BY AIRMAIL' } as const;

export async function openEnvelopePdf(options: EnvelopePdfOptions): Promise<EnvelopePdf> {
  const layout = ENVELOPE_LAYOUTS[options.size];
  const pageOptions: PDFKit.PDFDocumentOptions = { size: [layout.page.width, layout.page.height], margin: 0 };
  const session = await openPdfSession(options, pageOptions, 'Envelopes');
  let pages = 0;
  const state = new WriterState();
  return {
    add: (envelope) =>
      state.run('EnvelopePdf.add()', async () => {
        session.doc.addPage(pageOptions);
        drawEnvelope(session, layout, envelope);
        session.fonts.endOfLetter();
        pages++;
        await session.file.drain(session.doc);
      }),
    close: () => {
      state.close('EnvelopePdf.close()');
      return closePdfSession(session, pages);
    },
    abort: () => {
      state.abort();
      return session.file.abort();
    },
  };
}

function drawEnvelope({ doc, fonts }: PdfSession, layout: EnvelopeLayout, envelope: EnvelopeInput): void {
  const sender = envelope.senderLines.filter((l) => l.trim() !== '');
  const recipient = envelope.recipientLines.filter((l) => l.trim() !== '');
  drawBlock(doc, sender, layout.returnBox, { font: fonts.regular, max: 9, min: 6, lineGap: 0.1, wrapBelow: 7 });
  drawBlock(doc, recipient, layout.recipientBox, { font: fonts.regular, max: 11, min: 6, lineGap: 0.1, wrapBelow: 8 });
  drawStampBox(doc, fonts, layout.stampBox);
  if (envelope.abroad) drawAirmail(doc, fonts, layout.airmailBox);
}

/** A dashed box where the stamp goes, in light grey so that a franking machine or stamp covers it. */
function drawStampBox(doc: PdfDoc, fonts: FontSet, box: EnvelopeLayout['stampBox']): void {
  doc.save().lineWidth(0.5).dash(2, { space: 2 }).strokeColor('#999999').rect(box.x, box.y, box.width, box.height).stroke().undash().restore();
  doc.fillColor('#999999').font(fonts.regular).fontSize(6);
  doc.text('STAMP', box.x, box.y + box.height / 2 - 3, { width: box.width, align: 'center', height: 9 });
  doc.fillColor('black');
}

function drawAirmail(doc: PdfDoc, fonts: FontSet, box: EnvelopeLayout['airmailBox']): void {
  doc.save().lineWidth(1).strokeColor(AIRMAIL.blue).roundedRect(box.x, box.y, box.width, box.height, 3).stroke().restore();
  const main = box.height * 0.42;
  const second = box.height * 0.26;
  const top = box.y + (box.height - (main + second) * 1.16) / 2;
  doc.fillColor(AIRMAIL.blue);
  doc.font(fonts.bold).fontSize(main).text(AIRMAIL.main, box.x, top, { width: box.width, align: 'center', height: main * 1.5 });
  doc.font(fonts.regular).fontSize(second).text(AIRMAIL.second, box.x, top + main * 1.16, { width: box.width, align: 'center', height: second * 1.5 });
  doc.fillColor('black');
}
