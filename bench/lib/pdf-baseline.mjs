// The benchmark's yardstick: the same letters drawn with pdfkit and the same DejaVu fonts by the
// shortest script one would write by hand: text at the same places and sizes, piped to a file, no
// fitting, no signature-room logic, no page numbers, no temp file.
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';

const MM = 72 / 25.4;

/** `letters`: { length, at(i) } so that letters can also be built one by one (memory runs). */
export async function writeBaselinePdf(letters, path) {
  const require = createRequire(import.meta.url);
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margins: { top: 25 * MM, right: 20 * MM, bottom: 22 * MM, left: 25 * MM }, autoFirstPage: false });
  doc.registerFont('R', require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  doc.registerFont('B', require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));
  let pages = 0;
  doc.on('pageAdded', () => pages++);
  const done = new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('finish', resolve).on('error', reject);
    doc.pipe(out);
  });
  const width = 165 * MM;
  for (let i = 0; i < letters.length; i++) {
    const letter = letters.at(i);
    doc.addPage();
    const [name, ...rest] = letter.senderLines;
    doc.font('B').fontSize(9).text(name, 110 * MM, 14 * MM, { width: 80 * MM, align: 'right' });
    doc.font('R').text(rest.join('\n'), { width: 80 * MM, align: 'right' });
    doc.fontSize(6).text(letter.senderLines.join(' · '), 25 * MM, 58 * MM, { width: 75 * MM });
    doc.fontSize(10).text(letter.recipientLines.join('\n'), 25 * MM, 62.7 * MM, { width: 75 * MM });
    doc.fontSize(10.5).text(letter.date, 25 * MM, 95 * MM, { width, align: 'right' });
    doc.y = 105 * MM;
    for (const paragraph of letter.body.split('\n\n')) {
      doc.text(paragraph, 25 * MM, doc.y, { width, lineGap: 1.5 });
      doc.moveDown(0.75);
    }
  }
  doc.end();
  await done;
  return { pages };
}
