// A call-in page's list often prints each number under a short label in capitals, the office cut
// to a few words ("BOARD OF PARDONS AND PAROLES: 555-…", "STATE ATTORNEY GENERAL: 555-…"), while
// the sentence that asks to call names the same offices in full ("Call the Exampleland Board of
// Pardons and Paroles and the Exampleland Attorney General's Office …"). The label is a label: the
// office it stands for is the one the sentence prints, and the callee takes that name. Only a callee
// with no person named (its office stands in for the name), its label in capitals, whose label's
// words stand, in order and whole, inside one office phrase of a call sentence; two different
// phrases, or none, leave it as read.
import type { ImportedOfficial } from './official-block.js';
import { isOrganisation, isRoleLike } from './official-words.js';
import { fold } from './fold.js';
import { isAllCaps } from './text.js';

/** A sentence that asks to call (folded). */
const CALL_WORD = /\b(?:call|phone|ring|telephone|contact)\b/u;
/** Words before an office that are the sentence's, not the office's ("Call", "Please", "Urge"). */
const SENTENCE_WORD = /^(?:call|phone|ring|telephone|contact|please|urge|ask|tell|and|or|the|also)$/iu;
/** How far down the page call sentences are read. */
const LINES = 300;

/** The callees of `officials` (changed in place) named by their office alone get its full form from the page's call sentence. */
export function withFullOffices(lines: readonly string[], officials: readonly ImportedOfficial[]): void {
  for (const o of officials) {
    const label = o.name?.value;
    // Only a label printed in capitals: an office in mixed case is printed as the page names it.
    if (!o.nameFromOffice || label === undefined || o.name === undefined || !isAllCaps(label) || label.split(/\s+/u).length > 6) continue;
    const forms = new Set<string>();
    const folded = fold(label).replace(/\s+/gu, ' ');
    for (const line of lines.slice(0, LINES)) {
      // Cheap tests first: the label's words and a call word on the line.
      if (line.length > 1000) continue;
      const f = fold(line);
      if (!f.includes(folded) || !CALL_WORD.test(f) || f.length !== line.length) continue;
      for (let at = f.indexOf(folded); at >= 0; at = f.indexOf(folded, at + 1)) {
        const full = officeAround(line, at, at + folded.length);
        if (full !== undefined) forms.add(full);
      }
    }
    const [full] = [...forms];
    if (forms.size !== 1 || full === undefined || fold(full) === folded) continue;
    o.unsure.push({ value: label, line: o.name.line, why: `the label over the number, read as the office the call sentence names in full ("${full}")` });
    o.name = { value: full, line: o.name.line };
  }
}

/**
 * The office phrase of `line` that holds the words from `start` to `end`: the capitalised words
 * right before them, and after them a possessive's "Office" and the words an "of" joins. Undefined
 * when the words are not whole words, or what is read is no office nor institution.
 */
function officeAround(line: string, start: number, end: number): string | undefined {
  // Whole words only; "General's": the possessive may follow the label's last word.
  if (/\p{L}/u.test(line.charAt(start - 1)) || (/[\p{L}'’]/u.test(line.charAt(end)) && !/^['’]s\b/u.test(line.slice(end)))) return undefined;
  const before = line.slice(0, start).split(/\s+/u);
  before.pop();
  const left: string[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i] ?? '';
    if (!/^\p{Lu}[\p{L}.'’-]*$/u.test(w) || SENTENCE_WORD.test(w) || i === 0) break;
    left.unshift(w);
  }
  // "General's Office": a possessive goes on only with the capitalised word it owns ("the Prime Minister's office" ends before it).
  const after = /^(?:['’]s(?=\s+\p{Lu}))?((?:\s+(?:(?:of|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*)/u.exec(line.slice(end));
  const right = after?.[0] ?? '';
  const office = [...left, `${line.slice(start, end)}${right}`].join(' ').trim();
  return isRoleLike(office) || isOrganisation(office) ? office : undefined;
}
