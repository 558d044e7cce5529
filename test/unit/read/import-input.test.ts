import { describe, expect, it } from 'vitest';
import { isHtml } from '../../../src/read/import-input.js';

describe('isHtml', () => {
  const rows: Array<{ text: string; expected: boolean }> = [
    { text: '<!DOCTYPE html>\n<html><body><p>x</p></body></html>', expected: true },
    { text: '\ufeff  <html lang="es"><p>x</p></html>', expected: true },
    { text: '<div class="entry"><h1>PERU: X</h1><p>Text</p></div>', expected: true },
    { text: 'URGENT ACTION\nPERU: X\nWrite to <the minister>', expected: false },
    { text: '<p>one tag only, then text', expected: false },
    { text: 'Email: <a@b.example.org>\n<br> in a text file', expected: false },
  ];
  for (const { text, expected } of rows) {
    it(`reads ${JSON.stringify(text.slice(0, 30))} as ${expected ? 'a web page' : 'text'}`, () => {
      expect(isHtml(text)).toBe(expected);
    });
  }
});
