import { describe, expect, it } from 'vitest';
import { declaredCharset, isHtml } from '../../../src/read/import-input.js';

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

describe('declaredCharset', () => {
  const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
  const rows: Array<{ name: string; head: string; encoding: string | undefined }> = [
    { name: '<meta charset>', head: '<!doctype html><html><head><meta charset="windows-1251">', encoding: 'windows-1251' },
    { name: 'http-equiv Content-Type', head: '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', encoding: 'shift_jis' },
    { name: 'unquoted, in capitals', head: '<HTML><HEAD><META CHARSET=ISO-8859-1>', encoding: 'windows-1252' },
    { name: 'an XML declaration', head: '<?xml version="1.0" encoding="koi8-r"?><html>', encoding: 'koi8-r' },
    { name: 'a label Node does not know', head: '<meta charset="x-made-up">', encoding: undefined },
    { name: 'no declaration', head: '<html><p>Minister</p>', encoding: undefined },
  ];
  for (const { name, head, encoding } of rows) {
    it(name, () => {
      expect(declaredCharset(latin1(head))?.encoding).toBe(encoding);
    });
  }
});
