import { describe, expect, it } from 'vitest';
import { measureBlock } from '../../../../src/write/pdf/draw-block.js';
import { defaultFontPaths } from '../../../../src/write/pdf/fonts.js';

async function doc() {
  const { default: PDFDocument } = await import('pdfkit');
  const d = new PDFDocument({ autoFirstPage: false });
  d.registerFont('regular', defaultFontPaths().regular);
  d.registerFont('bold', defaultFontPaths().bold);
  d.addPage();
  return d;
}

const ADDRESSES = [
  ['Fiscal General de la República', 'Edificio Sede del Ministerio Público', 'Esquina de Misericordia, Avenida México', 'Caracas 1010', 'VENEZUELA'],
  ['İstanbul Barosu Başkanlığı', 'Orhangazi Caddesi No. 5', '34433 Beyoğlu/İstanbul', 'TÜRKİYE'],
  ['Министарство правде', 'Немањина 22–26', '11000 Београд', 'SERBIA'],
];

describe('measureBlock', () => {
  // pdfkit counts a line break as part of the line before it when wrapping; a fitted block that
  // ignored that would have its longest line wrapped when drawn.
  it.each(ADDRESSES.flatMap((lines) => [150, 200, 230, 300].map((width) => [lines, width] as const)))(
    'picks a size at which pdfkit draws %j in a %d pt wide box without wrapping any line',
    async (lines, width) => {
      const d = await doc();
      const style = { font: 'regular', max: 11, min: 4, lineGap: 0.1 };
      const fit = measureBlock(d, lines, { x: 0, y: 0, width, height: 200 }, style);
      expect(fit.fits).toBe(true);
      d.font('regular').fontSize(fit.size);
      const lineGap = 0.1 * fit.size;
      const drawnLines = d.heightOfString(lines.join('\n'), { width, lineGap }) / (d.currentLineHeight(true) + lineGap);
      expect(Math.round(drawnLines)).toBe(lines.length);
    },
  );

  it('wraps long lines rather than go below the wrapBelow size, when the wrapped block fits', async () => {
    const d = await doc();
    const lines = ADDRESSES[0] ?? [];
    const box = { x: 0, y: 0, width: 120, height: 120 };
    const shrunk = measureBlock(d, lines, box, { font: 'regular', max: 10, min: 4 });
    const wrapped = measureBlock(d, lines, box, { font: 'regular', max: 10, min: 4, wrapBelow: 8 });
    expect(shrunk.size).toBeLessThan(8);
    expect(wrapped.size).toBeGreaterThanOrEqual(8);
    expect(wrapped.height).toBeLessThanOrEqual(box.height);
  });
});
