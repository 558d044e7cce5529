import { describe, expect, test } from 'vitest';
import { ENVELOPE_LAYOUTS, envelopeWindow, type EnvelopeSize } from '../../../../src/write/pdf/envelope-layout.js';
import { ALL_LETTER_LAYOUTS, containsRect, INCH, insetRect, letterLayout, LETTER_LAYOUTS, MM, windowOnLetter, type Rect } from '../../../../src/write/pdf/layout.js';

const inMm = (r: Rect) => [r.x, r.y, r.width, r.height].map((v) => Math.round((v / MM) * 100) / 100);
const inInches = (r: Rect) => [r.x, r.y, r.width, r.height].map((v) => Math.round((v / INCH) * 1000) / 1000);
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('A4 letter for a DL window envelope (DIN 5008 form B)', () => {
  const a4 = LETTER_LAYOUTS.a4;

  test('the window shows x 20–100 mm and y 50–90 mm of the letter wherever it sits in the envelope', () => {
    // DL 220 × 110 mm, window 90 × 45 mm at 20 mm left / 15 mm bottom; the letter folded to
    // 210 × 105 mm has 10 mm of play sideways and 5 mm up and down.
    expect(inMm(windowOnLetter(a4, 'any'))).toEqual([20, 50, 80, 40]);
  });

  test('the address zone starts at the 62.7 mm line, 25 mm from the left, and lies inside the window in every position', () => {
    expect(inMm(a4.addressBox)).toEqual([25, 62.7, 75, 27.3]);
    expect(containsRect(windowOnLetter(a4, 'any'), a4.addressBox)).toBe(true);
  });

  test('the return-address line sits just above the address zone and also shows in every position', () => {
    const line = a4.returnLine;
    expect(line).toBeDefined();
    if (!line) return;
    expect(line.y + line.height).toBeLessThanOrEqual(a4.addressBox.y);
    expect(containsRect(windowOnLetter(a4, 'any'), line)).toBe(true);
  });

  test('fold marks at 105 and 210 mm and the hole mark at 148.5 mm; the folded sheet fits a DL envelope', () => {
    expect(a4.foldMarks.map((y) => Math.round((y / MM) * 10) / 10)).toEqual([105, 210]);
    expect(Math.round(((a4.holeMark ?? 0) / MM) * 10) / 10).toBe(148.5);
    expect(a4.foldedHeight).toBeLessThanOrEqual(a4.envelope.size.height);
    expect(a4.page.width).toBeLessThanOrEqual(a4.envelope.size.width);
  });
});

describe('A4 letter in DIN 5008 form A (address field at 27 mm), DL envelope', () => {
  const formA = letterLayout('a4', 'din-a');

  test('is folded at 87 and 192 mm, so the window shows y 32–72 mm of the letter in every position', () => {
    // The top panel (87 mm) is 18 mm shorter than the folded packet (105 mm): the sheet's top edge
    // sits 18 mm below the packet's, and the window (50–95 mm of the envelope) shows 32–77 mm of
    // the sheet when the packet is at the top and 27–72 mm when it has slid 5 mm down.
    expect(formA.foldMarks.map((y) => Math.round((y / MM) * 10) / 10)).toEqual([87, 192]);
    expect(inMm(windowOnLetter(formA, 'any'))).toEqual([20, 32, 80, 40]);
  });

  test('the address zone starts at the 44.7 mm line and shows in every position, with its return line', () => {
    expect(inMm(formA.addressBox)).toEqual([25, 44.7, 75, 27.3]);
    expect(containsRect(windowOnLetter(formA, 'any'), formA.addressBox)).toBe(true);
    expect(containsRect(windowOnLetter(formA, 'any'), formA.returnLine ?? { x: 0, y: 0, width: 1e3, height: 1e3 })).toBe(true);
  });

  test('the body starts two lines below the address field (80.4 mm)', () => {
    expect(Math.round((formA.bodyTop / MM) * 10) / 10).toBe(80.4);
  });
});

describe.each(ALL_LETTER_LAYOUTS)('the larger address zone of $form', (layout) => {
  test('is taller than the standard zone and still inside the window (A4: every position; #10: resting, 1/16 in clear)', () => {
    const zone = layout.largeAddressZone;
    expect(zone.box.height).toBeGreaterThan(layout.addressBox.height);
    const window = layout.form === 'no10' ? insetRect(windowOnLetter(layout, 'resting'), INCH / 16) : windowOnLetter(layout, 'any');
    expect(containsRect(window, zone.box)).toBe(true);
    if (zone.returnLine) {
      expect(containsRect(window, zone.returnLine)).toBe(true);
      expect(zone.returnLine.y + zone.returnLine.height).toBeLessThanOrEqual(zone.box.y);
    }
  });
});

describe('US Letter for a #10 window envelope', () => {
  const letter = LETTER_LAYOUTS.letter;
  const quarterInchLine = 0.125 * INCH;

  test('resting at the bottom of the envelope, the window shows y 2.042–3.167 in of the letter', () => {
    // #10: 4 1/8 × 9 1/2 in, window 1 1/8 × 4 1/2 in at 7/8 in left / 1/2 in bottom; the sheet
    // folded in thirds (3.667 in) has 0.458 in of play up and down and 1 in sideways.
    expect(inInches(windowOnLetter(letter, 'resting'))).toEqual([0.875, 2.042, 3.5, 1.125]);
  });

  test('the address block keeps USPS\'s 1/8 in clearance inside the window of a letter resting at the bottom', () => {
    expect(containsRect(insetRect(windowOnLetter(letter, 'resting'), quarterInchLine), letter.addressBox)).toBe(true);
  });

  test('the block is bottom-aligned, so its last three lines (city, country) show even when the letter rides up', () => {
    expect(letter.addressAlign).toBe('bottom');
    const lastThreeLines = { ...letter.addressBox, y: letter.addressBox.y + letter.addressBox.height - 36, height: 36 };
    expect(containsRect(windowOnLetter(letter, 'any'), lastThreeLines)).toBe(true);
    // …whereas a whole six-line block cannot show in every position: the reason for the rule.
    expect(windowOnLetter(letter, 'any').height).toBeLessThan(letter.addressBox.height);
  });

  test('fold marks divide the sheet in thirds; the address panel is the top one', () => {
    expect(letter.foldMarks.map((y) => Math.round((y / INCH) * 1000) / 1000)).toEqual([3.667, 7.333]);
    expect(letter.addressBox.y + letter.addressBox.height).toBeLessThan(letter.foldMarks[0] ?? 0);
    expect(letter.foldedHeight).toBeLessThanOrEqual(letter.envelope.size.height);
  });
});

describe.each(ALL_LETTER_LAYOUTS)('$form letter page', (layout) => {
  test('the sender block, date and body start stay clear of the window area and of each other', () => {
    const window = windowOnLetter(layout, 'resting');
    expect(overlaps(layout.senderBox, window)).toBe(false);
    // Above the address, or (form A, whose letterhead is only 27 mm) beside it, right of the window.
    expect(layout.senderBox.y + layout.senderBox.height < layout.addressBox.y || layout.senderBox.x > window.x + window.width).toBe(true);
    // The date (right-aligned, at most 40 mm wide) is below every address zone or right of the window.
    const date: Rect = { x: layout.page.width - layout.margins.right - 40 * MM, y: layout.dateY, width: 40 * MM, height: 14 };
    const lowestAddress = Math.max(layout.addressBox.y + layout.addressBox.height, layout.largeAddressZone.box.y + layout.largeAddressZone.box.height);
    expect(layout.dateY > lowestAddress || date.x > window.x + window.width).toBe(true);
    expect(layout.bodyTop).toBeGreaterThan(Math.max(layout.dateY + 14, lowestAddress));
  });

  test('header and footer lines sit in the margins, outside the body area', () => {
    expect(layout.headerY).toBeLessThan(layout.margins.top);
    expect(layout.footerY).toBeGreaterThan(layout.page.height - layout.margins.bottom);
    expect(layout.footerY).toBeLessThan(layout.page.height);
  });
});

describe.each(['dl', 'c6', 'no10'] as EnvelopeSize[])('%s envelope', (size) => {
  const layout = ENVELOPE_LAYOUTS[size];
  const page: Rect = { x: 0, y: 0, ...layout.page };

  test('the recipient is printed where the window of a window envelope would be', () => {
    expect(containsRect(envelopeWindow(size), layout.recipientBox)).toBe(true);
  });

  test('return address, airmail marking and stamp area do not overlap the recipient or each other', () => {
    const boxes = [layout.returnBox, layout.recipientBox, layout.airmailBox, layout.stampZone];
    for (const [i, a] of boxes.entries()) {
      expect(containsRect(page, a)).toBe(true);
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
  });

  test('the stamp box lies in the stamp area, clear of the airmail marking and the recipient', () => {
    expect(containsRect(layout.stampZone, layout.stampBox)).toBe(true);
    expect(overlaps(layout.stampBox, layout.airmailBox)).toBe(false);
    expect(overlaps(layout.stampBox, layout.recipientBox)).toBe(false);
  });

  test('the airmail marking is top right, just under the stamp area', () => {
    expect(layout.airmailBox.x).toBeGreaterThan(layout.page.width / 2);
    expect(layout.airmailBox.y).toBeGreaterThanOrEqual(layout.stampZone.y + layout.stampZone.height);
  });
});

test('a #10 envelope keeps the bottom 5/8 in free for the USPS barcode', () => {
  const { recipientBox, page } = ENVELOPE_LAYOUTS.no10;
  expect(page.height - (recipientBox.y + recipientBox.height)).toBeGreaterThanOrEqual(0.625 * INCH - 1e-9);
});
