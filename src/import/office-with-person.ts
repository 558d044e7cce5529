// Instructions that name each office with its holder in brackets, and give the numbers further
// down by office:
//   In English, to the Prosecutor General (Jane Example):
//   In English, to the Interior Minister (John Example):
//   The fax numbers are:
//   Prosecutor General's Office: +7-495-555-0100
// Each bracketed person is an official with the office as his title; a number under a heading of
// fax numbers is his fax when its label names his office (and no other official's).
import { hasOfficeWord } from './office-words.js';
import { isPersonName } from './official-words.js';
import type { ImportedOfficial } from './official-block.js';
import { fold, isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "… to the Prosecutor General (Jane Example):", "… an den Generalstaatsanwalt (Jana Beispiel):", "… au procureur (…) :". */
const TO_OFFICE = /\b(?:to the|to|an den|an die|au|à la|a la|al)\s+(\p{L}[\p{L}\s'’-]{2,60}?)\s*\(([^()]{3,60})\)\s*:?\s*$/iu;
/** "The fax numbers are:", "Fax numbers:", "Faxnummern:" (folded). */
const FAX_HEADING = /\bfax(?:es)?\b.{0,30}:\s*$|^faxnummern\b/u;
/** "Prosecutor General's Office: +7-495-555-0100": a label, then a number alone. */
const NUMBER_LINE = /^([^:]{3,80}):\s*(\+?[\d][\d\s().-]{5,24}\d)$/u;
/** How far under its heading a number of the list may stand. */
const LIST_LINES = 12;

export function officesWithPersons(doc: ImportText): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  for (let n = 1; n <= doc.lines.length; n++) {
    const text = lineAt(doc, n).trim();
    // Cheap first: the line ends in a bracket, or in a bracket and a colon.
    if (!/\)\s*:?$/u.test(text)) continue;
    const m = TO_OFFICE.exec(text);
    const office = m?.[1]?.trim() ?? '';
    const person = m?.[2]?.trim() ?? '';
    if (!m || !hasOfficeWord(fold(office)) || !isPersonName(person) || hasOfficeWord(fold(person))) continue;
    const line = n;
    if (out.some((o) => o.name?.value === person)) continue;
    out.push({ line, confidence: 'low', nameFromOffice: false, name: { value: person, line }, title: { value: office, line }, address: [], emails: [], copy: false, unsure: [] });
  }
  if (out.length > 0) addFaxes(doc, out);
  return out;
}

/** The numbers under a heading of fax numbers, each to the one official whose office its label names. */
function addFaxes(doc: ImportText, officials: ImportedOfficial[]): void {
  for (let n = 1; n <= doc.lines.length; n++) {
    if (!FAX_HEADING.test(fold(lineAt(doc, n).trim()))) continue;
    for (let m = n + 1; m <= Math.min(doc.lines.length, n + LIST_LINES); m++) {
      const text = lineAt(doc, m).trim();
      if (isBlank(text)) continue;
      const number = NUMBER_LINE.exec(text);
      if (!number) continue;
      const label = fold(number[1] ?? '');
      const theirs = officials.filter((o) => label.includes(fold(o.title?.value ?? '\u0000')));
      const [only] = theirs;
      if (theirs.length === 1 && only && !only.fax) only.fax = { value: (number[2] ?? '').trim(), line: m };
    }
  }
}
