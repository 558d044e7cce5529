// A group's page may print two letters with no closing words between them: a cover note to the
// embassy ("Exzellenz, hiermit übergebe ich Ihnen ein Schreiben an …" / "Anlage: 1 Kopie") and,
// under the next addressee's block, the letter it hands over, to the official the case is about.
// The note is told by its enclosure line ("Anlage", "Enclosure", "Pièce jointe") or by the sentence
// that hands over a letter. The sample letter is then the one handed over; the note is the embassy's
// and is written in its own language, which the draft lists after the letter's.
import { unclosedLetters } from './later-letters.js';
import { fold } from './fold.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "Anlage: 1 Kopie", "Enclosure: copy of my letter", "Pièce jointe", "Anexo:", "Bilaga": what the envelope holds besides. */
const ENCLOSURE = /^(?:anlagen?|beilagen?|enclosures?|enclosed|encl\.|attachments?|pieces? jointes?|p\. ?j\.|anexos?|adjunto|bilagor?|allegat[oi]|bijlagen?)\b\s*:?/;

/** "hiermit übergebe ich Ihnen ein Schreiben an …", "I enclose a copy of my letter to …", "je vous transmets une lettre adressée à …". */
const HANDS_OVER = /\b(?:ubergebe ich ihnen|ubersende ich ihnen|ubermittle ich ihnen|i (?:enclose|attach|forward)|please find (?:enclosed|attached)|je vous (?:transmets|adresse ci-joint|fais parvenir)|le (?:adjunto|remito|envio adjunta))\b/;

export interface CoverNote {
  /** The note's last line: the line above the next letter's addressee. */
  to: number;
  /** The salutation of the letter the note hands over. */
  salutation: number;
}

/**
 * The letter opened by the greeting on line `salutation`, up to line `until` (its closing or the
 * page's end), when it is a cover note for the next letter on the page: that letter's greeting and
 * the note's last line. The page's letter heads are looked for only under an enclosure line.
 */
export function coverNoteFor(doc: ImportText, salutation: number, until: number): CoverNote | undefined {
  let marked: number | undefined;
  for (let n = salutation + 1; n < until && marked === undefined; n++) {
    const f = fold(lineAt(doc, n).trim());
    if (ENCLOSURE.test(f) || HANDS_OVER.test(f)) marked = n;
  }
  if (marked === undefined) return undefined;
  const at = marked;
  const next = unclosedLetters(doc, salutation).find((l) => l.range.from > at && l.salutation < until);
  if (next === undefined) return undefined;
  let to = next.range.from - 1;
  while (to > salutation && isBlank(lineAt(doc, to))) to--;
  return { to, salutation: next.salutation };
}
