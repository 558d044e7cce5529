// The hooks in pdfkit-internals.ts reach into pdfkit's private fields and fall back silently when
// those change. These tests fail instead, so a pdfkit upgrade that breaks a hook is noticed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundLayoutCache, currentGlyphTester, shareDecodedTables } from '../../../../src/write/pdf/pdfkit-internals.js';
import { defaultFontPaths } from '../../../../src/write/pdf/fonts.js';

async function docWithFont(file: string | Buffer = defaultFontPaths().regular) {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('regular', file);
  doc.addPage();
  doc.font('regular');
  return doc;
}

describe('pdfkit internals this code relies on', () => {
  it('the embedded font exposes its layout cache methods, so it can be bounded', async () => {
    const doc = await docWithFont();
    expect(boundLayoutCache(doc, 10)).toBeDefined();
    // Measuring still works through the replaced lookup, and repeats give the same answer.
    const width = doc.widthOfString('Łódź İstanbul Ђорђе');
    expect(width).toBeGreaterThan(0);
    expect(doc.widthOfString('Łódź İstanbul Ђорђе')).toBe(width);
  });

  it('the embedded font tells which characters it has', async () => {
    const has = currentGlyphTester(await docWithFont());
    expect(has).toBeDefined();
    expect(has?.('Ђ'.codePointAt(0) ?? 0)).toBe(true);
    expect(has?.('王'.codePointAt(0) ?? 0)).toBe(false);
  });

  it('a bounded cache keeps answers right while evicting', async () => {
    const doc = await docWithFont();
    const cache = boundLayoutCache(doc, 3);
    const words = Array.from({ length: 20 }, (_, i) => `word${i} Łódź${i}`);
    const first = words.map((w) => doc.widthOfString(w));
    cache?.endOfLetter();
    const again = words.map((w) => doc.widthOfString(w));
    cache?.endOfLetter();
    expect(words.map((w) => doc.widthOfString(w))).toEqual(first);
    expect(again).toEqual(first);
  });

  it('fontkit keeps the tables it decodes where documents can share them, each with a font of its own', async () => {
    const file = readFileSync(defaultFontPaths().regular);
    const fontkitOf = (doc: PDFKit.PDFDocument) => (doc as unknown as { _font: { font: Record<string, unknown> } })._font.font;
    const first = await docWithFont(file);
    expect(shareDecodedTables(first, file)).toBe(true);
    const width = first.widthOfString('Łódź İstanbul Ђорђе');
    const second = await docWithFont(file);
    expect(shareDecodedTables(second, file)).toBe(true);
    expect(fontkitOf(second)).not.toBe(fontkitOf(first));
    // The table getters read the shared tables: the second font decodes nothing already decoded.
    expect(fontkitOf(second).GSUB).toBeDefined();
    expect(fontkitOf(second).GSUB).toBe(fontkitOf(first).GSUB);
    expect(second.widthOfString('Łódź İstanbul Ђорђе')).toBe(width);
  });
});
