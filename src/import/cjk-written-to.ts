// A Taiwanese or Hong Kong page may name its addressee only by office, in the line that asks the
// reader to write ("寫信給香港例子署署長", "write to Hong Kong's Director of the Example Department"),
// and greet the holder in the letter by surname and the office's short form ("陳署長 您好：",
// "Director Chan, hello:"). The office in full is then the official (no name is printed: the office
// stands in for it). Read only when the greeting's office ends the line's: a page that asks to
// write to one office and greets another says nothing sure.
import type { ImportedOfficial } from './official-block.js';
import { lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "寫信給…", "写信给…" (write to …): the office in Han characters, the whole line. */
const WRITE_TO = /^(?:請|请)?(?:寫信給|写信给|寫信予|写信予)\s*(\p{Script=Han}{2,20})[:：]?$/u;
/** "陳署長 您好：": the greeted surname and office, then the polite "hello". */
const HELLO = /^(\p{Script=Han}{2,8})\s?您好[:：,，!！]?$/u;
/** The line asking to write stands a little above the letter: no further up than this. */
const ABOVE = 12;
/** A Chinese surname is one character, or two ("歐陽"). */
const SURNAME_LENGTHS = [1, 2];

export function cjkWrittenToOffice(doc: ImportText, greeting: number | undefined): ImportedOfficial | undefined {
  if (greeting === undefined) return undefined;
  const greeted = HELLO.exec(lineAt(doc, greeting).trim())?.[1];
  if (greeted === undefined) return undefined;
  const chars = Array.from(greeted);
  // The office's short form after the surname: two characters at least ("署長", "部長").
  const shortForms = SURNAME_LENGTHS.map((n) => chars.slice(n).join('')).filter((s) => Array.from(s).length >= 2);
  for (let n = greeting - 1; n >= Math.max(1, greeting - ABOVE); n--) {
    const office = WRITE_TO.exec(lineAt(doc, n).trim())?.[1];
    if (office === undefined) continue;
    if (!shortForms.some((s) => office.endsWith(s))) return undefined;
    const name = { value: office, line: n };
    return { confidence: 'low', line: n, nameFromOffice: true, name, address: [], emails: [], copy: false, unsure: [] };
  }
  return undefined;
}
