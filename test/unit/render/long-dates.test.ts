import { describe, expect, it } from 'vitest';
import { LONG_DATE_LANGUAGES, LONG_DATE_YEARS, longDate } from '../../../src/render/long-dates.js';
import { localeFor } from '../../../src/render/intl-format.js';

/** What formatDate printed before the table existed: Intl, Gregorian, UTC. */
function viaIntl(lang: string): (y: number, m: number, d: number) => string {
  const f = new Intl.DateTimeFormat(localeFor(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', calendar: 'gregory' });
  return (y, m, d) => f.format(new Date(Date.UTC(y, m - 1, d)));
}

describe('long dates without ICU', () => {
  it.each(LONG_DATE_LANGUAGES)('writes every day of 2020–2031 in %s exactly as Intl.DateTimeFormat does', (lang) => {
    const intl = viaIntl(lang);
    for (let t = Date.UTC(2020, 0, 1); t <= Date.UTC(2031, 11, 31); t += 86_400_000) {
      const date = new Date(t);
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      expect(longDate(y, m, d, lang)).toBe(intl(y, m, d));
    }
  });

  it.each(LONG_DATE_LANGUAGES)('writes the first and last day of every month of the supported years in %s as Intl does', (lang) => {
    const intl = viaIntl(lang);
    for (let y = LONG_DATE_YEARS.from; y <= LONG_DATE_YEARS.to; y++) {
      for (let m = 1; m <= 12; m++) {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect(longDate(y, m, 1, lang)).toBe(intl(y, m, 1));
        expect(longDate(y, m, last, lang)).toBe(intl(y, m, last));
      }
    }
  });

  it.each([
    { lang: 'fa', year: 2024 },
    { lang: 'pt-BR', year: 2024 },
    { lang: 'en', year: LONG_DATE_YEARS.from - 1 },
    { lang: 'en', year: LONG_DATE_YEARS.to + 1 },
  ])('leaves $lang in $year to Intl', ({ lang, year }) => {
    expect(longDate(year, 9, 1, lang)).toBeUndefined();
  });
});
