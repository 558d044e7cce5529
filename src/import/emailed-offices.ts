// A short post asks its readers to email officials it names only by their office, each email right
// after whom it reaches, in one sentence: "Send an e-mail to the PM's foreign policy adviser
// a.example@parliament.example and copy in the Exampleland Ambassador in Otherland
// b.example@mfa.example." Such a line is cut into one block per email (the office as printed, the
// email under its label), the ones the reader is asked to "copy in" or "cc" under a copy heading,
// so that the block readers read them as printed blocks. Only words that hold an office word name
// anyone, and an office owned by a pronoun ("copy in his deputy …") or a friend's address stays
// running text.
import { fold } from './fold.js';
import { hasOfficeWord } from './office-words.js';

/** The ask before whom an email reaches (folded): to write to him, or to copy him in. */
const EMAILED = /(?:^|(?<=[\s.;,]))(send (?:an |a )?e-?mail to|e-?mail|write to|(?:and )?copy in|(?:and )?cc)\s+(?:the\s+)?([^.@:;!?()"“”]{3,80}?)\s+([\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+)/gu;
/** "his deputy", "my MP": whose office it is is the sentence's, not a name to print on a letter. */
const OWNED = /^(?:his|her|their|my|our|your)\s/u;
/**
 * The words name an office and nothing else: no comma (a name after it: "the Minister, Jane Doe,
 * at …", which sentence-official.ts reads), no "at"/"on"/"via" before the email, no "letter".
 */
const OFFICE_ONLY = /^(?![^,]*,)(?!.*\b(?:at|on|via|letter|lettre)$)(?!.*\bletter\b)[^,]{3,80}$/iu;
/** Longer lines are no sentence of the kind. */
const MAX_LINE = 1500;

export function splitEmailedOffices(line: string): string[] | undefined {
  // Cheap tests first: two addresses at least, and an ask to email or copy in.
  const at = line.indexOf('@');
  if (line.length > MAX_LINE || at < 0 || line.indexOf('@', at + 1) < 0 || !/e-?mail|copy in|\bcc\b|write to/iu.test(line)) return undefined;
  const f = fold(line);
  if (f.length !== line.length) return undefined;
  const written: string[] = [];
  const copies: string[] = [];
  const rest: string[] = [];
  let from = 0;
  for (const m of f.matchAll(EMAILED)) {
    const start = m.index ?? 0;
    const whoAt = start + m[0].indexOf(m[2] ?? '', (m[1] ?? '').length);
    const who = line.slice(whoAt, whoAt + (m[2] ?? '').length).trim();
    if (!hasOfficeWord(fold(who)) || OWNED.test(fold(who)) || !OFFICE_ONLY.test(who)) continue;
    const email = line.slice(start + m[0].length - (m[3] ?? '').length, start + m[0].length);
    const block = ['', who.charAt(0).toUpperCase() + who.slice(1), `Email: ${email}`];
    (/copy|cc/u.test(m[1] ?? '') ? copies : written).push(...block);
    rest.push(line.slice(from, start).trim());
    from = start + m[0].length;
  }
  // Two at least: one email after one office is a sentence the other readers read.
  if (written.length === 0 || written.length + copies.length < 6) return undefined;
  const left = [...rest, line.slice(from).trim()].filter((t) => /\p{L}/u.test(t)).join(' … ');
  // Under a heading of their own, so that no line above (a headline in capitals) joins the first;
  // what is left of the sentence is kept under the blocks, apart from them.
  return ['', 'Write to:', ...written.slice(1), ...(copies.length > 0 ? ['', 'Copies to:', ...copies.slice(1)] : []), '', ...(left === '' ? [] : [left, ''])];
}
