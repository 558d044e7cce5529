// A page prints the day it was issued near its top in many shapes: a "Date:" line, a dateline
// alone ("Lunes, 10 de agosto, 2020"), a magazine's byline after a bar ("Fatta Pennan | 2019-03-05",
// "Urgent Action – 3 May 2021"), or a month and year in brackets after the headline ("… Afsaneh
// Nouroozi (ottobre 2003)"). A limit printed further down with no year ("Firmate entro il 15
// novembre", "skriva efter 25 mars") is the first such day on or after that date: an action is
// given weeks, never a year. Only a date the page prints as its own, near the top, is read; a
// day that would fall more than half a year after it stays a TODO.
import type { PlainDate } from '../case/types.js';
import { fold } from './fold.js';
import { findWrittenDate, isDateOnly } from './written-date.js';

/** How many lines from the top the page's own date may stand (headline, byline, date). */
const TOP_LINES = 8;
/** A byline's last part after a bar or a spaced dash: "Fatta Pennan | 2019-03-05". */
const AFTER_BAR = /\s[|–—-]\s+([^|–—]+)$/u;
/** A month and its year in brackets, ending a headline: "(ottobre 2003)", "(March 2019)". */
const MONTH_YEAR_IN_BRACKETS = /\(\s*([a-z]{3,12})\.?\s+(\d{4})\s*\)\s*$/u;
/** The longest a deadline with no year may stand after the page's date, in days. */
const MAX_DAYS_AFTER = 183;

/** The page's own date near its top (its day, or the first of its month), or undefined. */
export function pageDate(lines: readonly string[]): PlainDate | undefined {
  for (const line of lines.slice(0, TOP_LINES)) {
    const text = line.trim();
    if (text === '' || text.length > 120 || !/\d{4}/.test(text)) continue;
    if (isDateOnly(text)) {
      const date = findWrittenDate(text);
      if (date?.kind === 'date') return date.date;
    }
    const bar = AFTER_BAR.exec(text)?.[1]?.trim();
    const barDate = bar === undefined ? undefined : findWrittenDate(bar);
    if (barDate?.kind === 'date' && fold(barDate.text).length >= fold(bar ?? '').replace(/[.,]$/u, '').length - 1) return barDate.date;
    const month = MONTH_YEAR_IN_BRACKETS.exec(fold(text));
    const first = month ? findWrittenDate(`1 ${month[1] ?? ''} ${month[2] ?? ''}`) : undefined;
    if (first?.kind === 'date') return first.date;
  }
  return undefined;
}

/**
 * The day `text` (a day and month with no year, as printed) on or after `from`, within half a
 * year of it; undefined when it falls further.
 */
export function dayAfter(text: string, from: PlainDate): PlainDate | undefined {
  const year = Number(from.slice(0, 4));
  for (const y of [year, year + 1]) {
    const bare = text.replace(/[,.]\s*$/u, '');
    const date = findWrittenDate(`${bare}, ${y}`) ?? findWrittenDate(`${bare} ${y}`) ?? findWrittenDate(`${bare} de ${y}`);
    if (date?.kind !== 'date' || date.date < from) continue;
    return daysBetween(from, date.date) <= MAX_DAYS_AFTER ? date.date : undefined;
  }
  return undefined;
}

function daysBetween(a: PlainDate, b: PlainDate): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}
