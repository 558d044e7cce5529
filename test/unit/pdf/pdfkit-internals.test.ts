// The hooks in pdfkit-internals.ts reach into pdfkit's private fields and fall back silently when
// those change. These tests fail instead, so a pdfkit upgrade that breaks a hook is noticed.
import { describe, expect, it } from 'vitest';
import { boundLayoutCache, currentGlyphTester } from '../../../src/output/pdf/pdfkit-internals.js';
import { defaultFontPaths } from '../../../src/output/pdf/fonts.js';

async function docWithFont() {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('regular', defaultFontPaths().regular);
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
});
