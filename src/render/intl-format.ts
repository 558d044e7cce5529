// Locale formatting for templates. Intl objects are costly to build (tens of µs) and a batch
// formats the same few dates thousands of times, so each formatter is built once per language.
import { isPlainDate } from '../case/dates.js';
import { longDate } from './long-dates.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** The Intl locale for a template language: British English spelling of dates for `en`. */
export function localeFor(lang: string): string {
  return lang === 'en' ? 'en-GB' : lang;
}

function dateFormat(lang: string): Intl.DateTimeFormat {
  let f = dateFormats.get(lang);
  if (!f) {
    // Gregorian always (fa and th default to other calendars); UTC because the date is a
    // calendar date, never an instant: no local time zone may move it by a day.
    f = new Intl.DateTimeFormat(localeFor(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', calendar: 'gregory' });
    dateFormats.set(lang, f);
  }
  return f;
}

/** `2026-11-24` → "24 November 2026" (en), "24 de noviembre de 2026" (es), "24 novembre 2026" (fr). */
export function formatDate(date: string, lang: string): string {
  if (!isPlainDate(date)) throw new Error(`"${date}" is not a date in the form YYYY-MM-DD`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return longDate(y, m, d, lang) ?? dateFormat(lang).format(new Date(Date.UTC(y, m - 1, d)));
}

/** ['A', 'B', 'C'] → "A, B and C" in the language's own words ("A, B y C", "A, B et C"). */
export function joinList(items: readonly string[], lang: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const key = `${lang}|${type}`;
  let f = listFormats.get(key);
  if (!f) {
    f = new Intl.ListFormat(localeFor(lang), { style: 'long', type });
    listFormats.set(key, f);
  }
  return f.format(items);
}
