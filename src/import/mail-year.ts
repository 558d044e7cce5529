// A call-in post forwarded by a mailing list gives its deadline as the day it was written for, with
// no year ("Please call before Wed October 19th"): the mail's own date header ("Tue Oct 11 09:14:02
// EDT 2022" under the poster's line of a list archive, or "Date: Tue, 11 Oct 2022 …") says which
// year that is. Only a mail's date (a date with its time, or labelled Date:/Sent:) near the top is
// read, never a date of the text; and the day is taken only when it falls on or after the mail's
// date and on the weekday printed with it, if one is: otherwise it stays a TODO.
import type { PlainDate } from '../case/types.js';
import { fold } from './fold.js';
import { found, type Finding, type ImportText } from './types.js';
import { findWrittenDate } from './written-date.js';

/** How many lines from the top a mail's date header may stand (list name, poster, date). */
const HEADER_LINES = 10;
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+(?:\(?[a-z]{2,5}\)?|[+-]\d{4}|utc|gmt))*/;
const DATE_LABEL = /^(?:date|sent|datum|fecha|envoye|gesendet)\s*:\s*/;
const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?`;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** "call before Wed October 19th", "act by Friday, Oct 21": an action, a limit word, a weekday perhaps, then the day. */
const LIMIT = new RegExp(String.raw`\b(?:call|calls|calling|phone|act|action|contact|email|write|tweet)\b.{0,80}?\b(?:before|by|until|no later than)\s+(?:(${WEEKDAY})\.?,?\s+)?`, 'g');

/** The mail's date, from its header near the top. */
export function mailDate(doc: ImportText): PlainDate | undefined {
  for (let n = 1; n <= Math.min(doc.lines.length, HEADER_LINES); n++) {
    const f = fold(doc.lines[n - 1] ?? '').trim();
    const labelled = DATE_LABEL.test(f);
    if (f.length > 80 || (!labelled && !TIME.test(f))) continue;
    const rest = f.replace(DATE_LABEL, '').replace(TIME, ' ').replace(new RegExp(String.raw`^${WEEKDAY}\.?,?\s*`), '').replace(/\s+/g, ' ').trim();
    const date = findWrittenDate(rest);
    if (date?.kind === 'date' && fold(date.text).length >= rest.replace(/[,.]/g, '').length - 2) return date.date;
  }
  return undefined;
}

/** The deadline given with no year, in the year of the mail's date; undefined when the page has no mail date or the day does not fit it. */
export function deadlineInMailYear(doc: ImportText): Finding<PlainDate> | undefined {
  const mailed = mailDate(doc);
  if (mailed === undefined) return undefined;
  for (let n = 1; n <= doc.lines.length; n++) {
    const line = doc.lines[n - 1] ?? '';
    if (line.length > 1000) continue;
    const f = fold(line);
    for (const m of f.matchAll(LIMIT)) {
      const rest = line.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const date = findWrittenDate(rest);
      if (date?.kind !== 'no-year' || fold(rest).indexOf(fold(date.text)) !== 0) continue;
      const day = withYear(date.text, mailed.slice(0, 4));
      if (day === undefined || day < mailed || (m[1] !== undefined && weekday(day) !== m[1].slice(0, 3))) return undefined;
      return found(day, 'medium', n, `"${date.text}" has no year: the year of the mail's date (${mailed})`);
    }
  }
  return undefined;
}

function withYear(text: string, year: string): PlainDate | undefined {
  const date = findWrittenDate(`${text.replace(/[,.]\s*$/u, '')}, ${year}`) ?? findWrittenDate(`${text} ${year}`);
  return date?.kind === 'date' ? date.date : undefined;
}

function weekday(date: PlainDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay()] ?? '';
}
