import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, joinList } from '../../../src/render/intl-format.js';

describe('formatDate', () => {
  const cases = [
    { date: '2026-11-24', lang: 'en', expected: '24 November 2026' },
    { date: '2026-11-24', lang: 'es', expected: '24 de noviembre de 2026' },
    { date: '2026-11-24', lang: 'fr', expected: '24 novembre 2026' },
    { date: '2024-01-01', lang: 'en', expected: '1 January 2024' },
    { date: '2024-12-31', lang: 'es', expected: '31 de diciembre de 2024' },
    { date: '2024-02-29', lang: 'fr', expected: '29 février 2024' },
    { date: '2024-03-21', lang: 'fa', expected: '۲۱ مارس ۲۰۲۴' },
  ];
  it.each(cases)('writes $date in $lang as "$expected"', ({ date, lang, expected }) => {
    expect(formatDate(date, lang)).toBe(expected);
  });

  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });
  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Caracas'])('never moves the day in the %s time zone', (tz) => {
    process.env.TZ = tz;
    expect(formatDate('2024-09-01', 'en')).toBe('1 September 2024');
    expect(formatDate('2024-12-31', 'en')).toBe('31 December 2024');
  });

  it('refuses text that is not a calendar date', () => {
    expect(() => formatDate('2024-02-30', 'en')).toThrow('"2024-02-30" is not a date in the form YYYY-MM-DD');
  });
});

describe('joinList', () => {
  it.each([
    { items: ['A'], lang: 'en', expected: 'A' },
    { items: ['A', 'B'], lang: 'en', expected: 'A and B' },
    { items: ['A', 'B', 'C'], lang: 'en', expected: 'A, B and C' },
    { items: ['A', 'B', 'C'], lang: 'es', expected: 'A, B y C' },
    { items: ['A', 'B', 'C'], lang: 'fr', expected: 'A, B et C' },
  ])('joins $items in $lang as "$expected"', ({ items, lang, expected }) => {
    expect(joinList(items, lang)).toBe(expected);
  });
  it('joins alternatives with "or"', () => {
    expect(joinList(['A', 'B'], 'en', 'disjunction')).toBe('A or B');
  });
});
