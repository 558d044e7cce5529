// A section's petition page prints how long it gathers signatures on a line of its own under its
// headline, a limit word and a date and nothing else:
//   Soudan : Stop aux attaques contre les manifestants
//   Jusqu'au 20.11.2019
// No action word stands before it (deadline.ts asks for one elsewhere: "a date after 'until'" in
// running text is any day of the case). Read only on a page that asks to sign, near its top.
import { findWrittenDate } from './written-date.js';
import { fold, lineAt } from './text.js';
import { found, type Finding, type ImportText } from './types.js';
import type { PlainDate } from '../case/types.js';

/** "Jusqu'au …", "Until …", "Open until …", "Hasta el …", "Bis zum …", "Fino al …" alone before the date (folded). */
const UNTIL = /^(?:jusqu'(?:au|a)|(?:open |signable )?until|hasta el|bis (?:zum|am)|fino al|t\/m|tot en met)\s+(?=\d)(.{6,30})$/u;
/** A word that asks to sign or names the petition, anywhere on the page (folded). */
const SIGNING = /\b(?:petitions?|peticion|peticao|petizione|signer|signez|sign|firma|firme|unterschreiben|unterzeichnen|teken)\b/u;
/** The petition's closing day alone on its line ("jusqu'au 20.11.2019", folded): petition-card.ts reads the line under it. */
export const isClosingDayLine = (folded: string): boolean => UNTIL.test(folded);
/** How far down the page the limit is looked for: it stands under the headline. */
const TOP = 40;

export function petitionUntil(doc: ImportText): Finding<PlainDate> | undefined {
  let at: { n: number; date: PlainDate; text: string } | undefined;
  for (let n = 1; n <= Math.min(doc.lines.length, TOP) && at === undefined; n++) {
    const text = lineAt(doc, n).trim();
    // Cheap first: a short line with a digit.
    if (text.length > 45 || !/\d/u.test(text)) continue;
    const m = UNTIL.exec(fold(text));
    const date = m ? findWrittenDate(m[1] ?? '') : undefined;
    // The date must be all that follows the limit word.
    if (date?.kind === 'date' && fold(date.text) === (m?.[1] ?? '').trim().replace(/[.!]$/u, '')) at = { n, date: date.date, text };
  }
  if (at === undefined || !doc.lines.some((l) => l.length < 400 && SIGNING.test(fold(l)))) return undefined;
  return found(at.date, 'medium', at.n, `the petition's closing day, on its own line under the headline ("${at.text}")`);
}
