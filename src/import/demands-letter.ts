// Amnesty Germany's Urgent Actions print no letter: under the officials, "Amnesty fordert:" (and
// on some, "SCHREIBEN SIE BITTE E-MAILS ODER LUFTPOSTBRIEFE MIT FOLGENDEN FORDERUNGEN") heads a
// list of the demands, written to the official ("• Lassen Sie … frei.", "- Bitte heben Sie … auf.",
// "• Ich bitte Sie eindringlich, …"). The reader writes those points as the letter: they are its
// text, read at low confidence when no greeting opens a letter on the page (sample-letter.ts).
import { isProse } from './line-kinds.js';
import { fold, isBullet, lineAt, nextNonBlank } from './text.js';
import type { ImportText } from './types.js';

/**
 * The heading over the demands (folded): "Amnesty fordert:", "Amnesty International fordert:",
 * "Wir fordern:", the Swiss and Belgian sections' "Amnesty demande :", "Nous demandons :", a
 * Spanish "Amnistía Internacional pide:"; or the line telling the reader to write them ("… MIT
 * FOLGENDEN FORDERUNGEN", "… avec les demandes suivantes").
 */
const DEMANDS_HEADING = /^(?:(?:amnesty(?: international)?|amnistia(?: internacional)?) (?:fordert|demande|exige|pide|reclama)\s*:|(?:wir fordern|nous demandons|pedimos|exigimos)\s*:|.{0,80}\b(?:mit folgenden forderungen|avec les demandes suivantes|con las siguientes peticiones)\s*:?)$/;

/** How far under the heading the first demand may stand: the line telling the reader to write them, and blank lines. */
const FIRST_WITHIN = 4;

export interface DemandsLetter {
  /** The demands, each its own paragraph (a blank line between), their bullets taken off. */
  lines: string[];
  /** The document line of the first demand. */
  first: number;
}

/** The demands under their heading, or undefined when the page has no such list of running text. */
export function demandsAsLetter(doc: ImportText): DemandsLetter | undefined {
  for (let n = 1; n <= doc.lines.length; n++) {
    const line = lineAt(doc, n).trim();
    // Cheap first: a heading is short and ends in a colon or a capital word ("FORDERUNGEN").
    if (line.length > 120 || !/(?::|forderungen|suivantes|peticiones)$/i.test(line) || !DEMANDS_HEADING.test(fold(line))) continue;
    let first = nextNonBlank(doc, n + 1, n + FIRST_WITHIN);
    // "Amnesty fordert:" / "SCHREIBEN SIE BITTE … MIT FOLGENDEN FORDERUNGEN" / the demands.
    if (first !== undefined && DEMANDS_HEADING.test(fold(lineAt(doc, first).trim()))) first = nextNonBlank(doc, first + 1, first + FIRST_WITHIN);
    if (first === undefined) continue;
    const demands = bulletsFrom(doc, first);
    if (demands.length > 0) return { lines: demands.flatMap((d, i) => (i === 0 ? [d] : ['', d])), first };
  }
  return undefined;
}

/** The bulleted lines of running text from line `first` on, blank lines between them passed over. */
function bulletsFrom(doc: ImportText, first: number): string[] {
  const out: string[] = [];
  for (let n: number | undefined = first; n !== undefined; n = nextNonBlank(doc, n + 1, n + 2)) {
    const line = lineAt(doc, n).trim();
    if (!isBullet(line)) break;
    const text = line.replace(/^(?:•|[-*–])\s+/, '');
    // A demand is a sentence to the official: a short bullet ("- Fax", "• E-Mail") is another list.
    if (!isProse(text)) break;
    out.push(text);
  }
  return out;
}
