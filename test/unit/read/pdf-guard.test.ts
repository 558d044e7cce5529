import { deflateSync } from 'node:zlib';
import { filtersOf } from '../../../src/read/pdf-guard.js';
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

  it('stops a bomb behind ASCII85 (/Filter [/ASCII85Decode /FlateDecode])', () => {
    const bomb = pdfWithStream(0, '[/ASCII85Decode /FlateDecode]', ascii85(deflateSync(Buffer.alloc(MAX_INFLATED_BYTES + 1024 * 1024, 0x20), { level: 9 })));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(inflatedSize(bomb)).toBeUndefined();
  });

  it('stops a bomb inside a second Flate layer (/Filter [/FlateDecode /FlateDecode])', () => {
    const inner = deflateSync(Buffer.alloc(MAX_INFLATED_BYTES + 1024 * 1024, 0x20), { level: 9 });
    const bomb = pdfWithStream(0, '[/FlateDecode /FlateDecode]', deflateSync(inner, { level: 9 }));
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(inflatedSize(bomb)).toBeUndefined();
  });

  const chains: Array<{ name: string; filter: string; data: Buffer; expected: number }> = [
    { name: 'ASCIIHex then Flate', filter: '[/AHx /Fl]', data: Buffer.from(`${deflateSync(Buffer.alloc(3000, 0x41)).toString('hex')}>`, 'latin1'), expected: 3000 },
    { name: 'ASCII85 then Flate', filter: '[/ASCII85Decode /FlateDecode]', data: ascii85(deflateSync(Buffer.alloc(4000, 0x42))), expected: 4000 },
    { name: 'two Flate layers (both outputs count)', filter: '[/FlateDecode /FlateDecode]', data: deflateSync(deflateSync(Buffer.alloc(5000, 0x43))), expected: 5000 + deflateSync(Buffer.alloc(5000, 0x43)).length },
    { name: 'RunLength', filter: '/RunLengthDecode', data: Buffer.from([0x81, 0x44, 0x81, 0x44, 0x80]), expected: 256 },
    { name: 'an image filter after Flate ends the chain', filter: '[/FlateDecode /DCTDecode]', data: deflateSync(Buffer.alloc(2000, 0x45)), expected: 2000 },
  ];
  for (const { name, filter, data, expected } of chains) {
    it(`decodes a chain: ${name}`, () => {
      expect(inflatedSize(pdfWithStream(0, filter, data), 1_000_000)).toBe(expected);
    });
  }

  it('reads the filter names in order, one or an array', () => {
    expect(filtersOf('<< /Length 10 /Filter /FlateDecode >>')).toEqual(['FlateDecode']);
    expect(filtersOf('<< /Filter [ /ASCII85Decode /FlateDecode ] /Length 10 >>')).toEqual(['ASCII85Decode', 'FlateDecode']);
    expect(filtersOf('<< /Length 10 >>')).toEqual([]);
  });
});

/** Adobe ASCII85 with its "~>" end, as a PDF writer would encode a stream. */
function ascii85(data: Buffer): Buffer {
  let out = '';
  for (let i = 0; i < data.length; i += 4) {
    const chunk = [0, 1, 2, 3].map((k) => data[i + k] ?? 0);
    const n = Math.min(4, data.length - i);
    let value = ((chunk[0] ?? 0) * 2 ** 24) + ((chunk[1] ?? 0) << 16) + ((chunk[2] ?? 0) << 8) + (chunk[3] ?? 0);
    if (n === 4 && value === 0) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) {
      digits.unshift(String.fromCharCode((value % 85) + 33));
      value = Math.floor(value / 85);
    }
    out += digits.slice(0, n + 1).join('');
  }
  return Buffer.from(`${out}~>`, 'latin1');
}
