import { describe, expect, test } from 'vitest';
import { alignInBox, fitFontSize } from '../../../../src/write/pdf/fit-text.js';

describe('fitFontSize', () => {
  const box = { width: 200, height: 60 };
  test.each([
    { name: 'short lines keep the largest size', lineCount: 4, widestAtOne: 10, expected: { size: 10, fits: true } },
    { name: 'a wide line shrinks the block to its width', lineCount: 2, widestAtOne: 25, expected: { size: 8, fits: true } },
    { name: 'many lines shrink the block to its height', lineCount: 6, widestAtOne: 10, expected: { size: 8.5, fits: true } },
    { name: 'sizes round down to quarter points', lineCount: 1, widestAtOne: 23, expected: { size: 8.5, fits: true } },
    { name: 'below the minimum it reports no fit, at the minimum', lineCount: 12, widestAtOne: 10, expected: { size: 6, fits: false } },
    { name: 'no lines at all', lineCount: 0, widestAtOne: 0, expected: { size: 10, fits: true } },
  ])('$name', ({ lineCount, widestAtOne, expected }) => {
    expect(fitFontSize({ lineCount, widestAtOne, lineHeightAtOne: 1.164, box, max: 10, min: 6 })).toEqual(expected);
  });
});

describe('alignInBox', () => {
  test.each([
    ['top', 10],
    ['middle', 30],
    ['bottom', 50],
  ] as const)('%s', (align, expected) => {
    expect(alignInBox({ y: 10, height: 60 }, 20, align)).toBe(expected);
  });

  test('a block taller than its box starts at the top whatever the alignment', () => {
    expect(alignInBox({ y: 10, height: 60 }, 80, 'bottom')).toBe(10);
  });
});
