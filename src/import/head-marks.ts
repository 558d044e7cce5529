// Marks a page prints before the line that heads an official's block, no part of his name, office
// or address: a list's number ("1.  Excmo. Sr. Juan Ejemplo, Presidente de Ejemplia:" / "Telephone
// …" / "2.  Lic. Pedro Muestra, Fiscal General …"; each number opens a new official, whatever number
// it is: a page may number two items alike), and an attention label ("Attn: Minister Jane Example").
import { looksLikeHeader } from './line-kinds.js';
import { isAddressLike, startsWithOrganisation } from './official-words.js';

/**
 * "1.", "2)", "(3)" and the space after it, at the start of a line; or a bullet ("•"), which a list
 * of records after the letter prints where others print a number ("• President of …, Mr. …, …; Fax: …").
 */
const ITEM_NUMBER = /^(?:\(?\d{1,2}[.)]|•)\s+/;

/**
 * The head of a numbered item without its number, or undefined when the line is no such head: the
 * rest must open an official (an office, a courtesy title, a person's name or an institution),
 * never an address ("2. Stock, Beispielstraße 4") or anything else. "Dr. Ana Prueba,: Presidenta
 * …": a colon typed after the comma that parts the name from the office is dropped. A colon that
 * ends the head is kept: whether such a line heads an official or a section is the heading test's
 * to say (officials.ts).
 */
export function numberedItemHead(line: string): string | undefined {
  const number = ITEM_NUMBER.exec(line);
  if (number === null) return undefined;
  const rest = line.slice(number[0].length).replace(/,:\s+/, ', ').trim();
  const head = rest.replace(/\s*:$/, '');
  if (head === '' || /^\d/.test(head) || isAddressLike(head)) return undefined;
  return looksLikeHeader(head) || startsWithOrganisation(head) ? rest : undefined;
}

/** "Attn:", "Attention:", "z. Hd.:" and the like, with their colon, at the start of a line. */
const ATTENTION_LABEL = /^(?:attn|att|attention|for the attention of|z\.\s?hd|zu händen|à l['’]attention de|a la atención de)\s*\.?\s*:\s*(?=\S)/iu;

/**
 * "Attn: Minister Jane Example" opening an official's block: the label says who is to read the
 * letter; the office and name after it are his. Undefined unless an office, a courtesy title, a
 * person's name or an institution follows.
 */
export function attentionHead(line: string): string | undefined {
  const label = ATTENTION_LABEL.exec(line.trim());
  if (label === null) return undefined;
  const rest = line.trim().slice(label[0].length);
  return !isAddressLike(rest) && (looksLikeHeader(rest) || startsWithOrganisation(rest)) ? rest : undefined;
}
