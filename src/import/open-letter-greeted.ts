// An open letter to a person who holds no office the headline names, greeted by his first name:
//   Öppet brev till Anna Exempel (MP)
//   …
//   Hej Anna,
// A member of parliament, a councillor: the headline gives his name (his party in brackets), the
// letter greets him by it. The person is the one written to only when the letter's greeting names
// him so, by his first name or his whole name: a headline alone may name the letter's subject.
import { findLandmarks } from './landmarks.js';
import type { ImportedOfficial } from './official-block.js';
import { isPersonName, isRoleLike } from './official-words.js';
import { fold } from './text.js';
import { headLines, lineAt } from './doc-lines.js';
import type { ImportText } from './types.js';

/** "Öppet brev till", "Åpent brev til", "Åbent brev til", "Open brief aan", "Open letter to" (folded), then the name and a bracket. */
const OPEN_LETTER_TO = /^(?:oppet brev till|apent brev til|abent brev til|open brief aan|open letter to|offener brief an)\s+(.{4,60}?)(?:\s*\([^()]{1,30}\))?\s*$/u;
/** Two to four capitalised words, as a name prints. */
const NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$/u;
/** The headline is one of the page's first lines. */
const HEAD_LINES = 3;

export function openLetterGreeted(doc: ImportText): ImportedOfficial[] {
  for (const { n, line } of headLines(doc, HEAD_LINES)) {
    const text = line.trim();
    // Cheap first: a short line that opens with "open" in one of the languages.
    if (text.length > 100 || !/^(?:öppet|åpent|åbent|open|offener)\s/iu.test(text)) continue;
    // fold keeps one character for each of the text's, so the name is cut from the printed line.
    const folded = fold(text);
    const m = folded.length === text.length ? OPEN_LETTER_TO.exec(folded) : null;
    const start = m?.[1] === undefined ? -1 : folded.indexOf(m[1]);
    const name = m?.[1] === undefined ? '' : text.slice(start, start + m[1].length);
    if (!NAME.test(name) || !isPersonName(name) || isRoleLike(name) || !greets(doc, name)) continue;
    return [{ line: n, confidence: 'low', nameFromOffice: false, name: { value: name, line: n }, address: [], emails: [], copy: false, unsure: [] }];
  }
  return [];
}

/** The letter's greeting is one word of courtesy ("Hej", "Kære", "Dear"), then the person's first name or whole name. */
function greets(doc: ImportText, name: string): boolean {
  const at = findLandmarks(doc).salutation;
  if (at === undefined) return false;
  const words = fold(lineAt(doc, at)).replace(/[,:;!]+\s*$/u, '').trim().split(/\s+/u);
  const greeted = words.slice(1).join(' ');
  const full = fold(name);
  return words.length >= 2 && (greeted === full || greeted === full.split(/\s+/u)[0]);
}
