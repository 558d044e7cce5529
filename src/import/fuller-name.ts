// An official named in the call to act by office and surname only ("call on Minister Dutton to …",
// "urge President Example to …") is often named in full elsewhere on the page ("Petitioning Peter
// Dutton", "… said Jane Example, the president, …"). The fuller form is the name to address him by;
// the surname alone is no name (a draft would greet "Minister Dutton" as a person).
import { hasOfficeWord } from './office-words.js';
import { isPersonName, splitHonorific } from './official-words.js';
import { escapeRegExp } from '../regexp-escape.js';
import { fold } from './fold.js';
import type { ImportText } from './types.js';

/** The words that open a header, a greeting or an instruction before a name (folded). */
const LEAD_WORD = /^(?:\p{L}+ing|to|dear|write|call|urge|tell|ask|sign|petition|for|from|by|and|with)$/u;
/** How far down the page a fuller form is looked for. */
const LINES = 200;

/**
 * The one fuller form of `surname` the page prints: one or two capitalised words right before it,
 * none an office or a courtesy ("Minister Dutton", "Mr Dutton" are the short form again), making a
 * person's name. Undefined when the page prints none, or two different ones (two people of one
 * surname: whom the call means cannot be told).
 */
export function fullerName(doc: ImportText, surname: string): string | undefined {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) return undefined;
  const pattern = new RegExp(String.raw`(?<![\p{L}])((?:\p{Lu}[\p{L}'’.-]*\s+){1,2})${escapeRegExp(surname)}(?![\p{L}])`, 'gu');
  const found = new Set<string>();
  for (const line of doc.lines.slice(0, LINES)) {
    if (!line.includes(surname)) continue;
    for (const m of line.matchAll(pattern)) {
      const words = (m[1] ?? '').trim().split(/\s+/u);
      // "The Right Honorable Justin Trudeau", "President Jane Example": only the words after any courtesy or office.
      // "Petitioning Peter Dutton", "Dear Peter Dutton": a header's or a greeting's own word is no given name either.
      while (words.length > 0 && (hasOfficeWord(fold(words[0] ?? '')) || LEAD_WORD.test(fold(words[0] ?? '')) || splitHonorific(`${words[0] ?? ''} ${surname}`).honorific !== undefined)) words.shift();
      const name = [...words, surname].join(' ');
      if (words.length > 0 && isPersonName(name)) found.add(name);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
