import { beforeAll, describe, expect, it } from 'vitest';
import type { Bidi } from 'bidi-js';
import { hasRtlText, isRtlLanguage, lineReorder, loadBidi } from '../../../src/write/pdf/bidi-runs.js';
import type { LineRun } from '../../../src/write/pdf/draw-lines.js';

let bidi: Bidi;
beforeAll(async () => {
  bidi = await loadBidi();
});

/** One regular run per line, as draw-lines.ts gives it; widths are the text's length here. */
const line = (text: string, font = 'R'): LineRun[] => [{ text, font, width: text.length }];
const measure = (_font: string, text: string) => text.length;
const page = (runs: LineRun[]) => runs.map((r) => r.text);

describe('lines in page order, right-to-left paragraphs', () => {
  it.each([
    { name: 'Arabic words right to left, each in reading order for the shaper', text: 'أكتب إليكم من', expected: ['من', ' ', 'إليكم', ' ', 'أكتب'] },
    {
      name: 'a Latin name inside Arabic stays left to right, the Arabic comma after it on its left',
      text: 'أقيم في Leeds، المملكة',
      expected: ['المملكة', ' ', '،', 'Leeds', ' ', 'في', ' ', 'أقيم'],
    },
    { name: 'two Latin words together keep their order', text: 'صحيفة Głos Studentów اليوم', expected: ['اليوم', ' ', 'Głos Studentów', ' ', 'صحيفة'] },
    { name: 'numbers read left to right', text: 'في 12 أغسطس 2024', expected: ['2024', ' ', 'أغسطس', ' ', '12', ' ', 'في'] },
    // The word keeps reading order with its brackets mirrored: fontkit then sets it right to left,
    // so the page shows "(عاجلة)" with the brackets facing the word.
    { name: 'brackets mirrored in right-to-left text', text: 'قضية (عاجلة)', expected: [')عاجلة(', ' ', 'قضية'] },
    { name: 'a Latin-only line stays as written (right-aligned by the caller)', text: 'Jane Example', expected: ['Jane Example'] },
    { name: 'Persian with a zero-width non-joiner kept inside its word', text: 'برایتان می‌نویسم', expected: ['می‌نویسم', ' ', 'برایتان'] },
    // fontkit sets Persian digits (Arabic script) right to left: they are handed over reversed.
    { name: 'a Persian date: the year left, its digits handed to the shaper reversed', text: '۱ سپتامبر ۲۰۲۴', expected: ['۴۲۰۲', ' ', 'سپتامبر', ' ', '۱'] },
  ])('$name', ({ text, expected }) => {
    const runs = lineReorder(bidi, 'rtl', measure)(line(text));
    expect(page(runs)).toEqual(expected);
    // Nothing lost or added: the same characters, mirrored brackets aside.
    expect(runs.map((r) => r.text).join('').replace(/[()]/g, '').length).toBe(text.replace(/[()]/g, '').length);
  });

  it('keeps each run in its own font, and measures the new runs', () => {
    const runs = lineReorder(bidi, 'rtl', measure)([
      { text: 'اسمي ', font: 'R', width: 5 },
      { text: 'Jane Example', font: 'B', width: 12 },
    ]);
    expect(runs).toEqual([
      { text: 'Jane Example', font: 'B', width: 12 },
      { text: ' ', font: 'R', width: 1 },
      { text: 'اسمي', font: 'R', width: 4 },
    ]);
  });
});

describe('address lines take the direction of their first letter', () => {
  it.each([
    { text: 'Embassy of Ruritania', expected: ['Embassy of Ruritania'] },
    { text: 'سفير روريتانيا', expected: ['روريتانيا', ' ', 'سفير'] },
    { text: 'السيد Zbigniew Łukaszewicz', expected: ['Zbigniew Łukaszewicz', ' ', 'السيد'] },
  ])('"$text"', ({ text, expected }) => {
    expect(page(lineReorder(bidi, 'auto', measure)(line(text)))).toEqual(expected);
  });

  it('returns a line without right-to-left letters untouched (the same runs)', () => {
    const runs = line('1000 Brussels');
    expect(lineReorder(bidi, 'auto', measure)(runs)).toBe(runs);
  });
});

describe('which letters need it', () => {
  it.each([
    { lang: 'ar', expected: true },
    { lang: 'fa', expected: true },
    { lang: 'he', expected: true },
    { lang: 'en', expected: false },
    { lang: 'tr', expected: false },
  ])('$lang: $expected', ({ lang, expected }) => {
    expect(isRtlLanguage(lang)).toBe(expected);
  });

  it.each([
    { text: 'سعادة', expected: true },
    { text: 'שלום', expected: true },
    { text: 'Şükrü Öztürk', expected: false },
  ])('"$text" has right-to-left letters: $expected', ({ text, expected }) => {
    expect(hasRtlText(text)).toBe(expected);
  });
});
