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
  const surname = (name.trim().split(/\s+/u).at(-1) ?? '').toLowerCase();
  const n = words.map(escapeRegExp).join(String.raw`\s+`);
  const asked = new RegExp(String.raw`\b${RELEASE_BEFORE}\s+(?:(?:the|of|von|de|a|di)\s+)?${n}\b|\b${n}(?:'s)?\s+(?:release|freedom|freilassung)\b|\b${n}${ADVERBS}\s+${RELEASE_AFTER}\b|\b${CARDS}\b[^.!?]{0,60}?\b${n}\b`, 'u');
  const lower = lowerLines(doc);
  for (let line = 1; line <= lower.length; line++) {
    // Cheap first: the surname on the line at all.
    if (!(lower[line - 1] ?? '').includes(surname) || blockLines.has(line)) continue;
    if (asked.test(fold(doc.lines[line - 1] ?? '').replace(/[’]/gu, "'"))) return true;
  }
  return false;
}

/** The page's lines in lower case, made once per page: every official with no contact asks for them. */
const LOWER = new WeakMap<ImportText, readonly string[]>();
function lowerLines(doc: ImportText): readonly string[] {
  let lower = LOWER.get(doc);
  if (lower === undefined) LOWER.set(doc, (lower = doc.lines.map((l) => l.toLowerCase())));
  return lower;
}
