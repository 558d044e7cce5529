// "(Anrede: Dear General Prosecutor /" then "Sehr geehrter Herr Generalstaatsanwalt)": a German
// page's bracketed salutation in two languages, wrapped by the page or the PDF onto a second line.
// Read as two lines, the first is no contact line (its bracket never closes) and opens a false
// official that takes the fax and email below it. The bracket is what makes the join sure: the
// first line opens it after a salutation label, the next short line closes it, and no other
// bracket stands between.
import { foldedLabels, labelsOf } from './field-labels.js';
import { fold } from './fold.js';

const OPEN = new RegExp(String.raw`^\((?:${foldedLabels(labelsOf('salutation'))})\s*:[^()]*$`);
const CLOSE = /^[^()]{2,80}\)[.,;]?$/u;

/** The lines with each wrapped bracketed salutation joined; `origin` follows (the first line's source). */
export function joinWrappedSalutations(lines: readonly string[], origin: readonly number[]): { lines: string[]; origin: number[] } | undefined {
  let out: { lines: string[]; origin: number[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // A page with a blank line between every line puts one between the two halves too.
    const at = lines[i + 1]?.trim() === '' ? i + 2 : i + 1;
    const next = lines[at];
    const joins = line.startsWith('(') && line.length < 120 && next !== undefined && CLOSE.test(next) && OPEN.test(fold(line));
    if (joins && !out) out = { lines: lines.slice(0, i), origin: origin.slice(0, i) };
    if (!out) continue;
    out.lines.push(joins ? `${line} ${next}` : line);
    out.origin.push(origin[i] ?? i + 1);
    if (joins) i = at;
  }
  return out;
}
