// The person at risk is never an official. A page that asks for cards of solidarity prints the
// prisoner's own address the way it prints an official's ("Send a card to Jane Doe at:" / "Jane
// Doe" / "Penal Colony No. 9" / "12 Example Street …"; "Schreiben Sie Postkarten an:" / …), and the
// block readers take the name over a street for an official's. The page tells who he is elsewhere:
// it asks for his release ("release Jane Doe", "Jane Doe's release", "Jane Doe unverzüglich
// freizulassen", "la liberación de Jane Doe") or for cards and solidarity with him ("Zeigen Sie sich
// solidarisch mit Jane Doe", "send a postcard to Jane Doe"). An official named so is the person
// at risk, whose address is for cards, never for the letter.
import { escapeRegExp } from '../regexp-escape.js';
import { fold } from './fold.js';
import type { ImportText } from './types.js';

/** Words that ask for someone's release, printed before the name (folded). */
const RELEASE_BEFORE = String.raw`(?:release|free|freedom for|freiheit fur|freilassung(?: von)?|liberacion de|liberar a|libertad (?:de|para)|liberer|liberez|liberation de|liberdade (?:de|para|a)|libertar|rilascio di|liberare|liberta per|vrijlating van|vrij(?:laten)?)`;
/** Words that ask for it after the name, a few words on (folded): "… Jane Doe unverzüglich und bedingungslos freizulassen". */
const RELEASE_AFTER = String.raw`(?:freizulassen|freilassen|freigelassen|be released|be freed|liberad[oa]|liberee?|vrij te laten|rilasciat[oa])`;
/** The adverbs between the name and those words: "unverzüglich und bedingungslos", "immediately and unconditionally". */
const ADVERBS = String.raw`(?:,?\s+(?:unverzuglich|umgehend|sofort|und|bedingungslos|immediately|and|unconditionally|inmediatamente|y|sin|condiciones|immediatement|et|sans|conditions?|onmiddellijk|en|onvoorwaardelijk))*`;
/** Cards and solidarity sent to him (folded), the name a few words on. */
const CARDS = String.raw`(?:cards?|postcards?|greeting cards?|solidarity|post ?karten?|karten|solidarisch|solidaritat|cartes?|tarjetas?|postales?|cartoline|kaarten|kaartjes)`;

/**
 * The official's name is the person at risk's: the page asks for his release or for cards to him,
 * naming him in full (two words at least), on a line other than those of his block.
 */
export function isPersonAtRisk(doc: ImportText, name: string, blockLines: ReadonlySet<number>): boolean {
  const words = fold(name).trim().split(/\s+/u);
  if (words.length < 2 || words.some((w) => w.length < 2)) return false;
  return askingLines(doc, name, words).some((line) => !blockLines.has(line));
}

/**
 * The lines that ask for the release of `name` (or for cards to him), wherever his block is: made
 * once per name and page, as a long page prints the same official in many blocks.
 */
const ASKING = new WeakMap<ImportText, Map<string, readonly number[]>>();
function askingLines(doc: ImportText, name: string, words: readonly string[]): readonly number[] {
  let byName = ASKING.get(doc);
  if (byName === undefined) ASKING.set(doc, (byName = new Map()));
  const known = byName.get(name);
  if (known !== undefined) return known;
  const surname = (name.trim().split(/\s+/u).at(-1) ?? '').toLowerCase();
  const n = words.map(escapeRegExp).join(String.raw`\s+`);
  const asked = new RegExp(String.raw`\b${RELEASE_BEFORE}\s+(?:(?:the|of|von|de|a|di)\s+)?${n}\b|\b${n}(?:'s)?\s+(?:release|freedom|freilassung)\b|\b${n}${ADVERBS}\s+${RELEASE_AFTER}\b|\b${CARDS}\b[^.!?]{0,60}?\b${n}\b`, 'u');
  // Every form of the question prints each of the name's folded words: a line that lacks one is
  // passed over before the pattern (the surname "Example" stands on every line of an example.org email).
  const lines = linesWith(doc, surname).filter((line) => {
    const folded = fold(doc.lines[line - 1] ?? '').replace(/[’]/gu, "'");
    return words.every((w) => folded.includes(w)) && asked.test(folded);
  });
  byName.set(name, lines);
  return lines;
}

/**
 * The lines whose lower case holds the surname, the cheap first test: made once per surname and
 * page. A long page names many officials of few surnames, and each official went over every line
 * (quadratic: most of a 10 MB page's import).
 */
const WITH_SURNAME = new WeakMap<ImportText, Map<string, readonly number[]>>();
function linesWith(doc: ImportText, surname: string): readonly number[] {
  let bySurname = WITH_SURNAME.get(doc);
  if (bySurname === undefined) WITH_SURNAME.set(doc, (bySurname = new Map()));
  let lines = bySurname.get(surname);
  if (lines === undefined) {
    const found: number[] = [];
    lowerLines(doc).forEach((l, i) => {
      if (l.includes(surname)) found.push(i + 1);
    });
    bySurname.set(surname, (lines = found));
  }
  return lines;
}

/** The page's lines in lower case, made once per page: every official with no contact asks for them. */
const LOWER = new WeakMap<ImportText, readonly string[]>();
function lowerLines(doc: ImportText): readonly string[] {
  let lower = LOWER.get(doc);
  if (lower === undefined) LOWER.set(doc, (lower = doc.lines.map((l) => l.toLowerCase())));
  return lower;
}
