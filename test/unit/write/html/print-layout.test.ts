import { describe, expect, it } from 'vitest';
import { estimateWidthEm, fitBlock, printLayout } from '../../../../src/write/html/print-layout.js';
import { textDirection } from '../../../../src/channels/text-direction.js';
import { telLink } from '../../../../src/write/html/page-view.js';

describe('fitBlock, for the recipient on A4', () => {
  const layout = printLayout('a4');
  const zones = [layout.address, layout.largeAddress];
  const cases = [
    { what: 'a short block keeps the largest size in the standard zone', lines: ['Ms A. Official', 'Ministry of Justice', '1 Main Street', 'Capital City', 'RURITANIA'], expected: { zone: 0, size: 10, fits: true } },
    { what: 'seven lines shrink to fit the standard zone', lines: ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven'], expected: { zone: 0, size: 9, fits: true } },
    { what: 'nine lines need the larger zone', lines: Array.from({ length: 9 }, (_, i) => `Line ${i}`), expected: { zone: 1, size: 9, fits: true } },
    { what: 'a line too long for the box wraps', lines: ['Permanent Mission of the Bolivarian Republic of Venezuela to the United Nations', '335 East 46th Street', 'New York, NY 10017', 'UNITED STATES'], expected: { zone: 0, size: 10, fits: true } },
    { what: 'fifteen lines fit nowhere', lines: Array.from({ length: 15 }, (_, i) => `Line ${i}`), expected: { zone: 1, size: layout.largeAddress.min, fits: false } },
  ];
  for (const { what, lines, expected } of cases) {
    it(what, () => {
      expect(fitBlock(lines, zones, 10)).toEqual(expected);
    });
  }

  it('never places more text than the box holds, by its own estimate', () => {
    const lines = ['Permanent Mission of the Bolivarian Republic of Venezuela to the United Nations', 'His Excellency Héctor Constant Rosales', '335 East 46th Street', 'New York, NY 10017', 'UNITED STATES'];
    const fit = fitBlock(lines, zones, 10);
    const box = (zones[fit.zone] ?? layout.address).box;
    expect(fit.fits).toBe(true);
    const rows = lines.reduce((n, l) => n + Math.ceil((estimateWidthEm(l) * fit.size) / box.width), 0);
    expect(rows * 1.2 * fit.size).toBeLessThanOrEqual(box.height + 1e-6);
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
