// A petition site prints whom its letter goes to as a list under "Letter to", one recipient a line,
// the office or institution first and the person's name run on after it, with no contact details:
//   Letter to
//   Ruritania Ministry of Justice Ruritania Ministry of Justice
//   Ambassador of Ruritania to the US H.E Jane Example
//   and 2 others
//   Deputy Chief of Mission, Embassy of Ruritania in the US John Example
//   Embassy of
// An institution printed twice over (the site's name and its caption) is one official, named once;
// "and 2 others" is the site's furniture; a line cut short ("Embassy of") is left out. Read in place
// of what the block readers make of the list: they see one official whose address is the list.
import { isProse } from './line-kinds.js';
import { isOrganisation, isPersonName, isRoleLike, splitHonorific } from './official-words.js';
import type { ImportedOfficial } from './official-block.js';
import { fold, isBlank, lineAt } from './text.js';
import { sourceLine, type ImportText } from './types.js';

/** "Letter to", "Petition to", "Carta a", "Lettre à", "Brief an" alone on a line (folded). */
const LETTER_TO = /^(?:letter|petition|carta|peticion|lettre|petition|brief|petition an|brev) (?:to|a|para|a l'attention de|an|till)\s*:?$/u;
/** "and 2 others", "y 3 más", "et 2 autres", "und 2 weitere" (folded). */
const OTHERS = /^(?:and|y|et|und|e|och) \d+ (?:others?|more|mas|autres?|weitere|andere|outros|andra)$/u;
/** A line cut short: it ends in a word that needs more after it. */
const CUT = /\b(?:of|the|to|for|and|de|del|la|le|du|des|von|der|für|fur|do|da|et|y|und|en|in|à|a)$/iu;
/** How many recipients a site lists. */
const MAX_LISTED = 20;

/** A line of the list left out, and why: reported, never lost in silence. */
export interface LeftOut {
  line: number;
  text: string;
  why: string;
}

/** The list's officials, the lines it left out (source lines), and the document lines from its heading to its last line. */
export function petitionRecipients(doc: ImportText): { officials: ImportedOfficial[]; skipped: LeftOut[]; from: number; to: number } {
  for (let n = 1; n < doc.lines.length; n++) {
    const text = lineAt(doc, n).trim();
    // Cheap first: a short line.
    if (text.length > 40 || !LETTER_TO.test(fold(text))) continue;
    const skipped: LeftOut[] = [];
    const listed = listedUnder(doc, n + 1, skipped);
    if (listed && listed.officials.length > 0) return { officials: listed.officials, skipped, from: n, to: listed.to };
  }
  return { officials: [], skipped: [], from: 0, to: 0 };
}

/**
 * The recipients under the heading, up to a blank line; undefined when a line that is none follows
 * one right under it (an address under "President Jane Doe": a block of contact details, not this list).
 */
function listedUnder(doc: ImportText, from: number, skipped: LeftOut[]): { officials: ImportedOfficial[]; to: number } | undefined {
  const out: ImportedOfficial[] = [];
  let to = from;
  let afterBlank = false;
  for (let n = from; n <= doc.lines.length && out.length < MAX_LISTED; n++) {
    const text = lineAt(doc, n).trim().replace(/\s+/g, ' ');
    // A page with a blank line after every line parts the list's lines too: two blank lines end it.
    if (isBlank(text)) {
      if (isBlank(lineAt(doc, n + 1))) break;
      afterBlank = true;
      continue;
    }
    if (OTHERS.test(fold(text)) || CUT.test(text)) {
      skipped.push({ line: sourceLine(doc, n), text, why: OTHERS.test(fold(text)) ? "the site's count of further recipients, not named" : 'a recipient cut short' });
      [to, afterBlank] = [n, false];
      continue;
    }
    const official = recipient(text, n);
    if (!official) {
      // The letter's first paragraph may start right under the list, with no blank line between.
      if (!afterBlank && !(out.length > 0 && isParagraph(text))) return undefined;
      break;
    }
    out.push(official);
    [to, afterBlank] = [n, false];
  }
  return { officials: out, to };
}

/** A paragraph of running text, no address line: a sentence of a dozen words or more. */
const isParagraph = (text: string): boolean => isProse(text) && text.split(' ').length >= 12;

function recipient(text: string, line: number): ImportedOfficial | undefined {
  const at = (value: string) => ({ value, line });
  const base: ImportedOfficial = { line, confidence: 'low', nameFromOffice: false, address: [], emails: [], copy: false, unsure: [] };
  const twice = printedTwice(text);
  if (twice !== undefined) return isRoleLike(twice) || isOrganisation(twice) ? { ...base, name: at(twice), nameFromOffice: true } : undefined;
  const person = trailingPerson(text);
  if (person && (isRoleLike(person.office) || isOrganisation(person.office))) {
    return { ...base, name: at(person.name), title: at(person.office), ...(person.honorific ? { honorific: at(person.honorific) } : {}) };
  }
  return undefined;
}

/** "X X": the same words twice over, once. */
function printedTwice(text: string): string | undefined {
  const words = text.split(' ');
  if (words.length < 2 || words.length % 2 !== 0) return undefined;
  const half = words.slice(0, words.length / 2).join(' ');
  return half === words.slice(words.length / 2).join(' ') ? half : undefined;
}

/** The person's name run on after the office, with any courtesy title before it. */
function trailingPerson(text: string): { office: string; name: string; honorific?: string } | undefined {
  const words = text.split(' ');
  for (let k = Math.min(4, words.length - 1); k >= 2; k--) {
    const tail = words.slice(-k);
    if (!tail.every((w) => /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(w))) continue;
    const name = tail.join(' ');
    if (!isPersonName(name) || isRoleLike(name)) continue;
    let rest = words.slice(0, -k);
    let honorific: string | undefined;
    for (let j = Math.min(3, rest.length - 1); j >= 1; j--) {
      const split = splitHonorific(`${rest.slice(-j).join(' ')} ${name}`);
      if (split.honorific !== undefined && split.rest === name) {
        honorific = split.honorific;
        rest = rest.slice(0, -j);
        break;
      }
    }
    const office = rest.join(' ').replace(/[,;]\s*$/u, '');
    // "Ministro del" / "Interior Jorge Muestra Díaz": an office never ends on its article; the name is shorter.
    if (CUT.test(office)) continue;
    return office === '' ? undefined : { office, name, ...(honorific ? { honorific } : {}) };
  }
  return undefined;
}
