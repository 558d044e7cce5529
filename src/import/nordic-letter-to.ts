// A Scandinavian or Dutch open letter, statement or petition says in its headline or a sentence
// whom it is written to, each person by his office in lower case before his name:
//   Fælles erklæring til justitsminister Hanne Eksempel, regering og Folketing:
//   … denne henvendelsen til Regjeringen, ved statsminister Per Prøve og justisminister Kari Eksempel, som …
// The officials are the people named so, with no contact details. Only the clause after the word
// "to" (til, till, aan) in a line that names a letter, a statement or a petition counts, and each
// office and name must follow "to", "by" (ved), "and" or a comma: a person named later in the
// sentence ("… om justisministerens vedtak") is no addressee.
import { isNordicOfficeWord } from './nordic-offices.js';
import type { ImportedOfficial } from './official-block.js';
import { isPersonName, isRoleLike } from './official-words.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** The words for a letter, a statement, an address or a petition (folded), often glued after a field ("fællesudtalelse", "protestbrev"). */
const WRITING = /(?:brev|udtalelse|uttalelse|erklæring|erklaering|henvendelse|opprop|upprop|appel|appell|namninsamling|underskriftindsamling|skrivelse|petition|petitie|brief|oproep|verklaring)\p{L}*\s/u;
/** "to": where the clause that names the addressees starts (folded). */
const TO = /\s(?:til|till|aan)\s/u;
/** The clause ends at a full stop, colon, question or exclamation mark (an initial's stop, "J. Eksempel", does not end it). */
const CLAUSE_END = /(?<!(?:^|\s)\p{Lu})[.:!?](?=\s|$)/u;
/** What may stand before an office and name: "to", "by", "and", "as well as", a comma (folded). */
const JOINER = /(?:^|,|(?:^|\s)(?:til|till|aan|ved|via|og|och|en|samt|sowie))\s*$/u;
/** A lower-case word, then two to four capitalised words: the office and the name. */
const OFFICE_NAME = /(?<![\p{L}-])(\p{Ll}[\p{L}-]{3,40})\s+(\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*){1,3})(?![\p{L}])/gu;
/** How far down the page the sentence is looked for. */
const LINES = 60;

export function letterToOfficeHolders(doc: ImportText): ImportedOfficial[] {
  for (let n = 1; n <= Math.min(doc.lines.length, LINES); n++) {
    const text = lineAt(doc, n);
    // Cheap first: a line short enough to be a sentence, with the word "to".
    if (text.length < 15 || text.length > 800 || !/\s(?:til|till|aan)\s/iu.test(text)) continue;
    const officials = namedAfterTo(text, n);
    if (officials.length > 0) return officials;
  }
  return [];
}

function namedAfterTo(text: string, line: number): ImportedOfficial[] {
  const folded = fold(text);
  // fold keeps one character for each of the text's (accents dropped), so offsets agree.
  if (folded.length !== text.length) return [];
  const writing = WRITING.exec(folded);
  if (!writing) return [];
  const to = TO.exec(folded.slice(writing.index));
  if (!to) return [];
  const from = writing.index + to.index + 1;
  const rest = text.slice(from);
  const clause = rest.slice(0, CLAUSE_END.exec(rest)?.index ?? rest.length);
  const out: ImportedOfficial[] = [];
  for (const m of clause.matchAll(OFFICE_NAME)) {
    const [office = '', name = ''] = [m[1], m[2]];
    const before = fold(clause.slice(0, m.index ?? 0));
    if (!JOINER.test(before) || !isNordicOfficeWord(office) || !isPerson(name)) continue;
    out.push({ line, confidence: 'low', nameFromOffice: false, name: { value: name, line }, title: { value: office, line }, address: [], emails: [], copy: false, unsure: [] });
  }
  return out;
}

/** A personal name of two words at least, no office in it. */
const isPerson = (text: string): boolean => {
  const words = text.split(/\s+/u);
  return words.length >= 2 && !/[@\d:;()]/u.test(text) && isPersonName(text) && !isRoleLike(text) && !words.some(isNordicOfficeWord);
};
