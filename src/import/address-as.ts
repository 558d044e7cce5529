// A page that names its official only in a sentence ("Please write to the President of Exampleland
// Mr J K Example …") may tell how to greet him in another: "Please address the President as Your
// Excellency and end the letter with …", "Address him as 'Dear Minister'". The greeting is the
// official's salutation. Taken only when the page names one official to write to, and only when the
// sentence points at him: by a pronoun, or by a word of his office.
import type { ImportedOfficial } from './official-block.js';
import { fold } from './fold.js';
import type { ImportText } from './types.js';

/** "address the President as", "address him as", "greet her as": whom, then the greeting (folded). */
const ADDRESS_AS = /\b(?:address|greet)\s+(?:(him|her)|the\s+([a-z][a-z' -]{1,40}?))\s+as\s+["“‘']?/u;
/** The greeting itself: a courtesy form a letter opens with, up to its closing quote, "and", a comma or the stop. */
const GREETING = /^((?:your (?:excellency|majesty|highness|honou?r|royal highness)|dear [a-z][a-z' -]{1,40}?|(?:mr|madam|madame|mister) [a-z][a-z' -]{1,30}?))["”’']?(?=\s+(?:and|or|in|when|at)\b|\s*[,.;!]|\s*$)/u;
/** How far under the instruction the sentence may stand. */
const LINES_UNDER = 6;

/** Gives the one official to write to the salutation a sentence under `from` names (in place). */
export function withAddressedAs(doc: ImportText, officials: readonly ImportedOfficial[], from: number): void {
  const addressed = officials.filter((o) => !o.copy);
  const [only] = addressed;
  if (addressed.length !== 1 || !only || only.salutation) return;
  for (let n = from; n <= Math.min(doc.lines.length, from + LINES_UNDER); n++) {
    const line = doc.lines[n - 1] ?? '';
    if (line.length > 600 || !/\b(?:address|greet)/iu.test(line)) continue;
    const f = fold(line);
    // fold() keeps one character for one (accents dropped), so the offsets hold in the printed line.
    if (f.length !== line.length) continue;
    const m = ADDRESS_AS.exec(f);
    if (!m) continue;
    const office = m[2];
    if (office !== undefined && !fold(only.title?.value ?? '').split(/\s+/u).includes(office.split(/\s+/u).at(-1) ?? '')) continue;
    const from = m.index + m[0].length;
    const greeting = GREETING.exec(f.slice(from));
    if (!greeting?.[1]) continue;
    only.salutation = { value: line.slice(from, from + greeting[1].length), line: n, confidence: 'medium' };
    return;
  }
}
