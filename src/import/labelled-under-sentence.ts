// A short post or a mailing-list message asks the reader, in one sentence, to call or email one
// official ("If you live in …, please call and e-mail Governor Example."), then prints how to reach
// him on lines of their own under it, each with a label a sentence might use: "The phone is
// 860-…", "The email: …", "Phone: …", "E-mail: …", "Teléfono: …", "Telefon: …". Those lines are the
// official's: taken only when the sentence names exactly one official with no email or number yet,
// and only from the label lines right under it (blank lines between them allowed); the first line
// of any other kind ends the run, so a later paragraph's number is never his.
import { emailsIn } from './contact-line.js';
import { labelsOf, printedLabels } from './field-labels.js';
import type { ImportedOfficial } from './official-block.js';
import { isOwnEmail } from './own-emails.js';
import { fold, isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** How many lines under the sentence the labelled lines may run (blank lines counted). */
const MAX_UNDER = 8;
/** "The phone is", "Phone:", "His phone number is", "Teléfono:", "Telefon:" — then the number (folded). */
const PHONE = /^(?:(?:the|his|her|their|el|o|die)\s+)?(?:phone(?:\s+number)?|telephone(?:\s+number)?|tel\.?|telefono|telefon(?:nummer)?)\s*(?:is\b|:|es\b|e\b|ist\b)\s*:?\s*(\+?\(?\d[\d\s()./-]{5,}\d)\s*\.?\s*$/u;
/** "The email:", "E-mail:", "The email address is", "Correo:", "E-Mail:" — then the address (folded). */
const EMAIL = /^(?:(?:the|his|her|their|el|o|die)\s+)?(?:e-?mail(?:\s+address)?|correo(?:-e|\s+electronico)?|courriel)\s*(?:is\b|:|es\b|e\b|ist\b)\s*:?\s*(\S+@\S+?)\s*\.?\s*$/u;
/** "X: @handle", "Twitter: @handle", "X/Twitter: @handle" — the handle under its label, alone on the line. */
const HANDLE = new RegExp(String.raw`^(?:${printedLabels(labelsOf('twitter'))})\s?:\s*(@[A-Za-z0-9_]{1,15})\s*\.?$`, 'iu');
/** ".": a full stop left alone on a line where a flattened sentence was cut at its labels ("…, Colombia. Email: a@…. X: @…"). */
const STOP_ALONE = /^[.;,]$/u;

/**
 * Adds to the one official named on line `n` the phone and email of the labelled lines right under
 * it. `officials` are those read from line `n`; nothing is added when they are not one official to
 * write to, or when he already has a way to be reached.
 */
export function withLabelledUnder(doc: ImportText, n: number, officials: readonly ImportedOfficial[]): void {
  const addressed = officials.filter((o) => !o.copy);
  const [only] = addressed;
  // A postal address run on in the sentence ("… Carrera 8 No. 7-83, Bogotá DC, Colombia. Email: …")
  // is no email or number: the labelled lines under it are still his.
  if (addressed.length !== 1 || !only || only.emails.length > 0 || only.phone) return;
  for (let m = n + 1; m <= Math.min(doc.lines.length, n + MAX_UNDER); m++) {
    const line = lineAt(doc, m).trim();
    if (isBlank(line) || STOP_ALONE.test(line)) continue;
    const handle = line.includes('@') ? HANDLE.exec(line) : null;
    if (handle) {
      // One handle: a second is named by no one here, the reader checks.
      if (only.twitter !== undefined) return;
      only.twitter = { value: handle[1] ?? '', line: m };
      continue;
    }
    // A cheap test first: a label line holds a digit or an "@", and is short.
    if (line.length > 120 || !/[\d@]/u.test(line)) return;
    const f = fold(line);
    const phone = PHONE.exec(f);
    const email = phone ? undefined : EMAIL.exec(f);
    if (phone && f.length === line.length && only.phone === undefined) {
      const at = f.lastIndexOf(phone[1] ?? '');
      only.phone = { value: line.slice(at, at + (phone[1] ?? '').length), line: m };
      continue;
    }
    const value = email ? emailsIn(line)[0] : undefined;
    if (value === undefined || isOwnEmail(value)) return;
    only.emails.push({ value, line: m });
  }
}
