// The person at risk is the page's subject: its headline names him ("Tunesien: Chaima Issa (Januar
// 2024)", "Lasst Magai leben!") and its story names him again and again. A reader that looks for
// whom to write to by a name printed somewhere on the page (a greeting's surname in full, an
// office's holder) must never take him: a page asks readers to write FOR him, not TO him.
import { escapeRegExp } from '../regexp-escape.js';
import { hasOfficeWord } from './office-words.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** How many printed lines open the page, among which its headline stands. */
const HEADLINE_LINES = 3;
/** A headline is short, and no sentence of the story ends it. */
const isHeadline = (text: string): boolean => text.length <= 100 && !/\p{Ll}[.]$/u.test(text.trim());
/** Words that address someone in a headline ("Brief an den Obersten Richter …, Jane Doe", "Letter to …"). */
const ADDRESSED = /^(?:to|an|a|à|al|au|aan|till|til|ao)$/u;

/** The last line that may be the page's headline: its HEADLINE_LINES-th printed line. */
function headlineEnd(doc: ImportText): number {
  let seen = 0;
  for (let n = 1; n <= doc.lines.length; n++) if (lineAt(doc, n).trim() !== '' && ++seen === HEADLINE_LINES) return n;
  return doc.lines.length;
}

/** A short line among the page's first (its headline) names `surname` with no office and no word that addresses him before it: the page is about him. */
export function headlineSubject(doc: ImportText, surname: string, except?: number): boolean {
  const word = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(surname)}(?![\p{L}])`, 'u');
  const end = headlineEnd(doc);
  for (let n = 1; n <= end; n++) {
    const text = lineAt(doc, n);
    if (n === except || !text.includes(surname) || !isHeadline(text)) continue;
    const at = word.exec(text)?.index;
    if (at === undefined) continue;
    const near = text.slice(0, at).trim().split(/\s+/u).slice(-8);
    if (!hasOfficeWord(fold(near.join(' '))) && !near.some((w) => ADDRESSED.test(fold(w)))) return true;
  }
  return false;
}

/** How many times the page prints `surname` as a word, leaving out line `except`. */
export function mentionsOf(doc: ImportText, surname: string, except?: number): number {
  const word = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(surname)}(?![\p{L}])`, 'gu');
  let count = 0;
  for (let n = 1; n <= doc.lines.length; n++) {
    const text = lineAt(doc, n);
    if (n !== except && text.includes(surname)) count += [...text.matchAll(word)].length;
  }
  return count;
}
