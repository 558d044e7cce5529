import { describe, expect, it } from 'vitest';
import { estimateWidthEm, fitAddress, printLayout } from '../../../src/page/print-layout.js';
import { telLink, textDirection } from '../../../src/page/page-view.js';

describe('fitAddress', () => {
  const a4 = printLayout('a4').address;
  const cases = [
    { what: 'a short block keeps the largest size on one line each', lines: ['Ms A. Official', 'Ministry of Justice', '1 Main Street', 'Capital City', 'RURITANIA'], expected: { size: 10, wrap: false, fits: true } },
    { what: 'seven lines shrink to fit the height', lines: ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven'], expected: { size: 9, wrap: false, fits: true } },
    { what: 'a line too long for 8 pt wraps instead of shrinking further', lines: ['Permanent Mission of the Bolivarian Republic of Venezuela to the United Nations', '335 East 46th Street', 'New York, NY 10017', 'UNITED STATES'], expected: { size: 10, wrap: true, fits: true } },
    { what: 'twelve lines cannot fit even in the smallest type', lines: Array.from({ length: 12 }, (_, i) => `Line ${i}`), expected: { size: 6, wrap: true, fits: false } },
  ];
  for (const { what, lines, expected } of cases) {
    it(what, () => {
      expect(fitAddress(lines, a4)).toEqual(expected);
    });
  }

  it('never places more text than the box holds, by its own estimate', () => {
    const lines = ['Permanent Mission of the Bolivarian Republic of Venezuela to the United Nations', 'His Excellency Héctor Constant Rosales', '335 East 46th Street', 'New York, NY 10017', 'UNITED STATES'];
    const fit = fitAddress(lines, a4);
    expect(fit.fits).toBe(true);
    const rows = fit.wrap ? lines.reduce((n, l) => n + Math.ceil((estimateWidthEm(l) * fit.size) / a4.width), 0) : lines.length;
    expect(rows * 1.2 * fit.size).toBeLessThanOrEqual(a4.height + 1e-9);
  });
});

describe('estimateWidthEm', () => {
  const cases = [
    { text: '', expected: 0 },
    { text: 'a b', expected: 0.64 + 0.35 + 0.64 },
    { text: 'AB', expected: 1.56 },
    { text: '東京', expected: 2.1 },
  ];
  for (const { text, expected } of cases) it(`"${text}" is ${expected} em`, () => expect(estimateWidthEm(text)).toBeCloseTo(expected, 9));
});

describe('telLink', () => {
  const cases = [
    { phone: '+99 22 000 0000', expected: 'tel:+99220000000' },
    { phone: ' +1 (212) 555-0100 ', expected: 'tel:+1(212)555-0100' },
    { phone: '020 7946 0000', expected: 'tel:02079460000' },
    { phone: '+33 1.23.45.67.89', expected: 'tel:+331.23.45.67.89' },
  ];
  for (const { phone, expected } of cases) it(`"${phone}" → ${expected}`, () => expect(telLink(phone)).toBe(expected));
});

describe('textDirection', () => {
  const cases = [
    { lang: 'ar', expected: 'rtl' },
    { lang: 'fa', expected: 'rtl' },
    { lang: 'he', expected: 'rtl' },
    { lang: 'ur-PK', expected: 'rtl' },
    { lang: 'pa-Arab', expected: 'rtl' },
    { lang: 'en', expected: 'ltr' },
    { lang: 'es', expected: 'ltr' },
    { lang: 'tr', expected: 'ltr' },
  ];
  for (const { lang, expected } of cases) it(`${lang} is ${expected}`, () => expect(textDirection(lang)).toBe(expected));
});
