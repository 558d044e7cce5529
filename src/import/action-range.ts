// An action's run printed as a range beside the call to act: "ACT NOW! Sept 21 - Nov 1, 2000",
// "Agissez du 3 mai au 14 juin 2021", "Aktion vom 3. Mai bis 14. Juni 2021", "Actúa del 3 de mayo
// al 14 de junio de 2021", "Write in: 3 May – 14 June 2021". The range's end is the action's last
// day. Only on a short line that holds a word of action: a range in the text ("held from 3 May to
// 5 June 2020") tells the case's story. The end must print its year; the start may borrow it.
import type { PlainDate } from '../case/types.js';
import { fold } from './fold.js';
import { findWrittenDate } from './written-date.js';

/** Longer than a header's line, the line is running text, whose ranges are the case's. */
const MAX_LINE = 140;
/** What joins a range's two days: a dash, or "to", "au", "al", "bis (zum)", "till", "a", "through" (folded). */
const JOIN = /\s*[–—-]\s*|\s+(?:to|through|until|au|jusqu'au|al|hasta el|bis(?: zum)?|till|a|ao|fino al)\s+/gu;

/** How far after the word of action the range's first figure may stand: "ACT NOW!   Sept 21", "Agissez du 3". */
const NEAR = 25;

/** The last day of the range printed on an action's line, or undefined. `action` finds a word of action in the folded line. */
export function actionRangeEnd(line: string, action: RegExp): PlainDate | undefined {
  if (line.length > MAX_LINE) return undefined;
  const folded = fold(line);
  // Cheap first: a range's two days have two numbers.
  if (!/\d\D+\d/u.test(folded)) return undefined;
  const word = action.exec(folded);
  if (!word) return undefined;
  const from = word.index + word[0].length;
  // The range follows the word of action closely ("… and his family asks people to act" after it tells the story).
  const first = /\d/u.exec(folded.slice(from))?.index;
  if (first === undefined || first > NEAR) return undefined;
  for (const join of folded.matchAll(JOIN)) {
    if (join.index < from) continue;
    const before = folded.slice(Math.max(0, join.index - 30), join.index);
    const after = folded.slice(join.index + join[0].length, join.index + join[0].length + 30);
    const end = findWrittenDate(after);
    if (end?.kind !== 'date' || !after.startsWith(fold(end.text))) continue;
    const start = lastDate(before, end.date.slice(0, 4));
    if (start !== undefined && start <= end.date) return end.date;
  }
  return undefined;
}

/** The date that ends `text` (with its year, or in `year`), or undefined when it does not end with one. */
function lastDate(text: string, year: string): PlainDate | undefined {
  // "du 3 mai", "vom 3.", "Sept 21": the day closes the text; it is found from the end.
  const words = text.trimEnd().split(/\s+/u);
  for (let k = Math.min(4, words.length); k >= 2; k--) {
    const tail = words.slice(-k).join(' ');
    const date = findWrittenDate(tail);
    if (date === undefined || !tail.endsWith(fold(date.text))) continue;
    if (date.kind === 'date') return date.date;
    const dated = findWrittenDate(`${date.text.replace(/[,.]$/u, '')}, ${year}`) ?? findWrittenDate(`${date.text} ${year}`);
    return dated?.kind === 'date' ? dated.date : undefined;
  }
  return undefined;
}
