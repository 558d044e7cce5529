// Builds the PDF fixture at test time with pdfkit: the text of pdf-source.txt set in a narrow
// column, so that the extractor meets awkward line breaks (inside sentences, inside the headline,
// inside labelled values), a page break, and paragraphs separated only by a small gap.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

export function makePdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  // A fixed date keeps the bytes the same on every run.
  const doc = new PDFDocument({ size: 'A5', margin: 40, info: { CreationDate: new Date(Date.UTC(2024, 0, 1)) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

/** Each non-blank line of `text` is a paragraph in a 300 pt column; a blank line is vertical space. */
export function pdfFromText(text: string): Promise<Buffer> {
  return makePdf((doc) => {
    doc.font(FONT).fontSize(10);
    for (const line of text.split('\n')) {
      if (line.trim() === '') doc.moveDown(1);
      else doc.text(line, { width: 300, paragraphGap: 2 });
    }
  });
}
