import { describe, expect, test } from 'vitest';
import { letterNotes } from '../../../../src/write/pdf/letter-notes.js';
import { letterFor, OFFICIALS, SIGNERS } from '../../../fixtures/pdf/letters.js';

const letter = letterFor(SIGNERS[1] ?? { name: 'x', address: [] }, OFFICIALS[1] ?? { id: 'x', salutation: '', lines: [] });

describe('letterNotes', () => {
  test.each([
    { name: 'a one-page letter needs no note', report: { pages: 1 }, expected: [] },
    {
      name: 'an overflow names the letter and how much it runs over',
      report: { pages: 2, overflow: { lines: 4 } },
      expected: ['The letter from Małgorzata Wiśniewska to Fiscal General de la República does not fit one page even in smaller type; it is printed on 2 pages, numbered. Cut about 4 lines (for instance from the personal line) to fit one page.'],
    },
    {
      name: 'one line is said in the singular',
      report: { pages: 2, overflow: { lines: 1 } },
      expected: [expect.stringContaining('Cut about 1 line (')],
    },
    {
      name: 'missing characters are listed, ten at most',
      report: { pages: 1, missingGlyphs: [...'王小明上海市中山路一号大街'] },
      expected: [expect.stringContaining('(王 小 明 上 海 市 中 山 路 一 and 3 more); they are missing from the page')],
    },
  ])('$name', ({ report, expected }) => {
    expect(letterNotes(letter, report)).toEqual(expected);
  });
});
