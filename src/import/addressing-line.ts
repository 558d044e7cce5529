// A petition site prints no greeting: its letter opens on the line that addresses it, the
// preposition, the person's courtesy title and name, his office, and a colon:
//   À M. Jean Exemple, Président de la République française:
//   <the petition's text>
//   Cordialement,
// That line names the official and greets him; the letter is the text under it, to its closing.
// The site quotes the petition again further down (under its own furniture): the first is read.
import { CLOSING } from './closing.js';
import type { ImportedOfficial } from './official-block.js';
import { personThenOffice } from './petition-to-office.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "À M. …:", "To Mr …:", "An Herrn …:", "Para el Sr. …:": a preposition (no label's colon after it), the rest, a colon. */
const ADDRESSING = /^(?:À|A|Au|To|An|Para|Aan)\s+(?![:])(\S.{4,160}?)\s*:$/u;
/** How far down the page the petition's first copy is looked for (a banner's lines come first). */
const LINES = 40;
/** How far under the addressing line its closing is looked for. */
const LETTER_LINES = 60;

const cache = new WeakMap<ImportText, { line: number; official: ImportedOfficial } | null>();

/** The first line that addresses the letter to a person by courtesy, name and office, and him. */
function addressing(doc: ImportText): { line: number; official: ImportedOfficial } | undefined {
  const cached = cache.get(doc);
  if (cached !== undefined) return cached ?? undefined;
  let out: { line: number; official: ImportedOfficial } | undefined;
  for (let n = 1; n <= Math.min(doc.lines.length, LINES) && out === undefined; n++) {
    const text = lineAt(doc, n).trim();
    // Cheap first: a short line ending in a colon.
    if (text.length > 170 || !text.endsWith(':')) continue;
    const value = ADDRESSING.exec(text)?.[1];
    const official = value === undefined ? undefined : personThenOffice(value, n);
    if (official && closingUnder(doc, n) !== undefined) out = { line: n, official };
  }
  cache.set(doc, out ?? null);
  return out;
}

/** The letter's closing under line `n`, within a letter's length. */
function closingUnder(doc: ImportText, n: number): number | undefined {
  for (let m = n + 1; m <= Math.min(doc.lines.length, n + LETTER_LINES); m++) if (CLOSING.test(fold(lineAt(doc, m).trim()))) return m;
  return undefined;
}

/** The official the addressing line names (empty when there is none). */
export function addressingLineOfficials(doc: ImportText): ImportedOfficial[] {
  const found = addressing(doc);
  return found ? [found.official] : [];
}

/** The addressing line and the letter's closing under it, when the page has such a line. */
export function addressingLineLetter(doc: ImportText): { line: number; closing: number } | undefined {
  const found = addressing(doc);
  const closing = found === undefined ? undefined : closingUnder(doc, found.line);
  return found && closing !== undefined ? { line: found.line, closing } : undefined;
}
