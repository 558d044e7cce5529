import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflatedSize, MAX_INFLATED_BYTES } from '../../../src/read/pdf-guard.js';
import { pdfFromText } from '../import/pdf-fixture.js';

/** A one-page PDF whose content stream holds `inflated` bytes, compressed with `filter`. */
function pdfWithStream(inflated: number, filter = '/FlateDecode', data?: Buffer): Buffer {
  const body = data ?? deflateSync(Buffer.alloc(inflated, 0x20), { level: 1 });
  const head = `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n4 0 obj << /Length ${body.length} /Filter ${filter} >>\nstream\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), body, Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1')]);
}

describe('inflatedSize', () => {
  it('adds up what the Flate streams of an ordinary PDF inflate to', async () => {
    const size = inflatedSize(await pdfFromText('URGENT ACTION\nPERU: A HEADLINE\nSome text for the page.'));
    expect(size).toBeGreaterThan(100);
    expect(size).toBeLessThan(1024 * 1024);
  });

  const rows: Array<{ name: string; pdf: Buffer; limit: number; expected: number | undefined }> = [
    { name: 'a stream under the limit counts its size', pdf: pdfWithStream(5000), limit: 10_000, expected: 5000 },
    { name: 'a stream past the limit refuses the file', pdf: pdfWithStream(20_000), limit: 10_000, expected: undefined },
    { name: 'a damaged stream counts nothing and does not throw', pdf: pdfWithStream(0, '/FlateDecode', Buffer.from('not zlib at all')), limit: 10_000, expected: 0 },
    { name: 'a stream that is not Flate is not counted', pdf: pdfWithStream(0, '/DCTDecode', Buffer.alloc(50_000, 1)), limit: 10_000, expected: 0 },
  ];
  for (const { name, pdf, limit, expected } of rows) {
    it(name, () => {
      expect(inflatedSize(pdf, limit)).toBe(expected);
    });
  }

  it('stops, at the default limit, a bomb of a few hundred kilobytes', () => {
    const bomb = pdfWithStream(MAX_INFLATED_BYTES + 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(inflatedSize(bomb)).toBeUndefined();
  });
});
