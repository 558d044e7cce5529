import { describe, expect, test } from 'vitest';
import { containsRect, INCH, MM } from '../../../../src/write/pdf/layout.js';
import { isLabelSheet, LABEL_SHEET_SPECS, labelBox } from '../../../../src/write/pdf/label-sheets.js';

describe.each(Object.values(LABEL_SHEET_SPECS))('$name label sheet', (sheet) => {
  const perPage = sheet.columns * sheet.rows;

  test('every label of a sheet lies on the page and no two overlap', () => {
    const page = { x: 0, y: 0, ...sheet.page };
    const boxes = Array.from({ length: perPage }, (_, i) => labelBox(sheet, i).box);
    for (const [i, a] of boxes.entries()) {
      expect(containsRect(page, a)).toBe(true);
      for (const b of boxes.slice(i + 1)) expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
    }
  });

  test('labels fill row by row and the next sheet starts at the first position again', () => {
    expect(labelBox(sheet, 1).box.y).toBe(labelBox(sheet, 0).box.y);
    expect(labelBox(sheet, sheet.columns).box.y).toBeGreaterThan(labelBox(sheet, 0).box.y);
    expect(labelBox(sheet, perPage - 1).page).toBe(0);
    expect(labelBox(sheet, perPage)).toEqual({ page: 1, box: labelBox(sheet, 0).box });
  });

  test('the margins left and right are equal, as on the printed template', () => {
    const right = sheet.page.width - (sheet.origin.x + (sheet.columns - 1) * sheet.pitch.x + sheet.label.width);
    expect(right).toBeCloseTo(sheet.origin.x, 0);
  });
});

test('the sheets match their templates: Avery L7160 (63.5 × 38.1 mm, 3 × 7) and Avery 5160 (2 5/8 × 1 in, 3 × 10)', () => {
  const a4 = LABEL_SHEET_SPECS['a4-3x7'];
  expect([a4.label.width / MM, a4.label.height / MM, a4.columns, a4.rows].map((v) => Math.round(v * 10) / 10)).toEqual([63.5, 38.1, 3, 7]);
  const letter = LABEL_SHEET_SPECS['avery-5160'];
  expect([letter.label.width / INCH, letter.label.height / INCH, letter.columns, letter.rows]).toEqual([2.625, 1, 3, 10]);
  expect([letter.origin.x / INCH, letter.origin.y / INCH, (letter.pitch.x - letter.label.width) / INCH]).toEqual([0.1875, 0.5, 0.125]);
});

test.each([
  ['a4-3x7', true],
  ['avery-5160', true],
  ['avery-5161', false],
  ['', false],
])('isLabelSheet(%j) is %s', (name, expected) => {
  expect(isLabelSheet(name)).toBe(expected);
});
