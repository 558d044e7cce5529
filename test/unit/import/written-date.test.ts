import { describe, expect, it } from 'vitest';
import { findWrittenDate, isDateOnly, withoutDateline } from '../../../src/import/written-date.js';

describe('findWrittenDate', () => {
  const rows: Array<{ input: string; expected: string | undefined }> = [
    { input: 'September 27, 2024', expected: '2024-09-27' },
    { input: 'until: Sept. 30, 2024', expected: '2024-09-30' },
    { input: 'September 27th, 2024', expected: '2024-09-27' },
    { input: '27 September 2024', expected: '2024-09-27' },
    { input: '15th October 2024', expected: '2024-10-15' },
    { input: 'the 3rd of March 2025', expected: '2025-03-03' },
    { input: '27 de septiembre de 2024', expected: '2024-09-27' },
    { input: '1 de setiembre del 2024', expected: '2024-09-01' },
    { input: '1er octobre 2024', expected: '2024-10-01' },
    { input: '5 août 2024', expected: '2024-08-05' },
    { input: 'Friday, 27 SEPTEMBER 2024', expected: '2024-09-27' },
    { input: '2024-09-27', expected: '2024-09-27' },
    { input: '29 February 2024', expected: '2024-02-29' },
    { input: 'bis zum 02.06.2021.', expected: '2021-06-02' },
    { input: 'Appelle bis 7.12.2015', expected: '2015-12-07' },
    { input: 'senast 31.1.2025', expected: '2025-01-31' },
    // Slashed figures are read differently on either side of the Atlantic: never guessed.
    { input: 'before 02/06/2021', expected: undefined },
    // A month 13 or a number run on past the year is no date.
    { input: 'ref. 13.13.2020', expected: undefined },
    { input: 'Version 1.2.2021.5', expected: undefined },
    { input: 'Tel. 22.51.44.37', expected: undefined },
  ];
  for (const { input, expected } of rows) {
    it(`reads "${input}" as ${expected}`, () => {
      const found = findWrittenDate(input);
      expect(found?.kind === 'date' ? found.date : undefined).toBe(expected);
    });
  }

  it('reports a day without a year instead of guessing the year', () => {
    expect(findWrittenDate('before 27 September')).toEqual({ kind: 'no-year', text: '27 September' });
  });

  it('skips dates that do not exist', () => {
    expect(findWrittenDate('31 February 2024')).toBeUndefined();
  });

  it('finds nothing in text without a month name', () => {
    expect(findWrittenDate('UA 72/24, 105 aged between 13 and 17')).toBeUndefined();
  });

  it('takes the first date when a line holds two', () => {
    expect(findWrittenDate('between July 29, 2024 and August 7, 2024')).toMatchObject({ date: '2024-07-29' });
  });
});

describe('isDateOnly', () => {
  const rows: Array<[string, boolean]> = [
    ['Im November 2025', true],
    ['Lunes, 14 de octubre, 2019', true],
    ['November 1, 2023', true],
    ['le 3 mars 2024', true],
    ['12 Example Street', false],
    ['1050 Bruxelles', false],
    ['Avenida 15 de Mayo 2020', false],
    ['Madinat al-Rehab', false],
    ['Utrecht, maart 2021.', true],
    ['Zwolle, 4 mei 2022', true],
    ['Cairo, Arab Republic of Egypt', false],
    ['Example Road 2020, Utrecht', false],
    // A dateline in figures, with or without its place.
    ['Exampletown, 06.10.2016', true],
    ['06.10.2016', true],
    ['Beispielstadt, 2016-10-06', true],
    ['Hauptstraße 6.10.2016', false],
    ['Postfach 06.10', false],
  ];
  it.each(rows)('%s → %s', (line, expected) => {
    expect(isDateOnly(line)).toBe(expected);
  });
});

describe('withoutDateline', () => {
  // A stand-in for the officials' header test: here, a line that starts with an office word.
  const isHeader = (text: string) => /^(?:President|Minister)\b/.test(text);
  const rows: Array<{ line: string; expected: string }> = [
    { line: 'President Jana Example          3 May 2024', expected: 'President Jana Example' },
    { line: 'Minister Omar Example May 3, 2024', expected: 'Minister Omar Example' },
    { line: 'Calle 19 de Agosto 2013', expected: 'Calle 19 de Agosto 2013' },
    { line: '12 Liberty Avenue 4 June 2020', expected: '12 Liberty Avenue 4 June 2020' },
    { line: 'President Jana Example', expected: 'President Jana Example' },
    // The date in the other shapes a letter prints it.
    { line: 'President Jana Example 3rd May 2024', expected: 'President Jana Example' },
    { line: 'President Jana Example 3 May, 2024', expected: 'President Jana Example' },
    { line: 'President Jana Example Monday, 3 May 2024', expected: 'President Jana Example' },
    { line: 'Minister Omar Example 3 de mayo de 2024', expected: 'Minister Omar Example' },
    { line: 'Minister Omar Example le 3 mai 2024', expected: 'Minister Omar Example' },
    { line: 'President Jana Example 03.05.2024', expected: 'President Jana Example' },
    { line: 'President Jana Example 03/05/2024', expected: 'President Jana Example' },
    { line: 'President Jana Example 2024-05-03', expected: 'President Jana Example' },
    // A place before the date: where the name ends is not known, so the line stays whole.
    { line: 'President Jana Example Exampletown, 3 May 2024', expected: 'President Jana Example Exampletown, 3 May 2024' },
  ];
  for (const { line, expected } of rows) {
    it(`reads "${line}" as "${expected}"`, () => {
      expect(withoutDateline(line, isHeader)).toBe(expected);
    });
  }
});
