// Web pages copied as text, and some PDFs, run a whole official onto one line: "Attorney General
// Jane Doe Ministerio Público, 15 Avenida 15-16, Zona 1 Phone: … | Fax: … | Email: … Salutation:
// Dear Attorney General", or the contact details and the sample letter together ("… SAMPLE
// LETTER Dear Counsellor, I am writing …"). Such a line is cut back into the lines it was made
// of, so the same recognisers read it as they read a page with one field per line. Only a line
// that is clearly flattened (two labels or more, or a heading in its middle) is touched.
import { startsWithOrganisation } from './official-words.js';

/** Contact labels in en/es/fr/de/sv, as written (they start a field: "Fax:", "Correo-e:"). */
const LABEL = String.raw`(?:Phone|Tel(?:ephone)?|Telefon|Teléfono|Téléphone|Fax|E-?mail|E-Mail|Email|Correo(?:-e| electrónico)?|Courriel|E-post|Twitter|X|Salutation|Tratamiento|Anrede|Formule d['’]appel|Hälsningsfras)\s*\.?:`;
const LABEL_AT = new RegExp(String.raw`(?:^|\s+(?:[|I·/]\s+)?)(?=${LABEL})`, 'gu');
/** Headings that a flattened page leaves in the middle of a line. */
const HEADING = /\s+(?=(?:SAMPLE LETTER|CONTACT INFORMATION|MUSTERBRIEF|CARTA MODELO|MODÈLE DE LETTRE|BREVFÖRSLAG)\b)/gu;
/** "Dear Attorney General, I am writing": the salutation ends at its comma or colon. */
const SALUTATION_THEN_TEXT = /^((?:Dear|Estimad[oa]s?|Señor(?:a)?|Sehr geehrte[rs]?|Monsieur|Madame|Exzellenz|Your Excellency)\b[^,:.]{0,80}[,:])\s+(?=\p{Lu})/u;

export interface Piece {
  text: string;
  /** Index of the source line (0-based), kept for the report's line numbers. */
  from: number;
}

export function isFlattened(line: string): boolean {
  const labels = line.match(new RegExp(String.raw`(?:^|\s)${LABEL}`, 'gu'))?.length ?? 0;
  return (labels >= 2 && line.length > 80) || (line.length > 80 && new RegExp(HEADING.source, 'u').test(line));
}

/** The lines a flattened line was made of; any other line is returned as it is. */
export function unflattenLine(line: string): string[] {
  if (!isFlattened(line)) return [line];
  const out: string[] = [];
  for (const part of line.split(HEADING)) {
    const heading = /^(SAMPLE LETTER|CONTACT INFORMATION|MUSTERBRIEF|CARTA MODELO|MODÈLE DE LETTRE|BREVFÖRSLAG)\s*:?\s*(.*)$/u.exec(part);
    if (heading) {
      out.push(heading[1] ?? '');
      out.push(...splitLetterStart(heading[2] ?? ''));
      continue;
    }
    const pieces = part.split(LABEL_AT).map((p) => p.trim()).filter((p) => p !== '');
    const first = pieces[0] ?? '';
    const startsWithLabel = new RegExp(`^${LABEL}`, 'u').test(first);
    if (!startsWithLabel) out.push(...splitHeader(first));
    out.push(...(startsWithLabel ? pieces : pieces.slice(1)));
  }
  return out.filter((l) => l !== '');
}

function splitLetterStart(text: string): string[] {
  const m = SALUTATION_THEN_TEXT.exec(text);
  return m ? [m[1] ?? '', text.slice(m[0].length)] : [text];
}

/**
 * "Ambassador Hugo Pérez Embassy of Guatemala 2220 R Street NW, Washington DC 20008" → the person,
 * the institution, the address: the address starts at the first number, the institution at the
 * first office word that follows the person's name.
 */
export function splitHeader(head: string): string[] {
  const out: string[] = [];
  const digit = /(?:^|[\s,])(?=\d)/u.exec(head);
  const who = (digit ? head.slice(0, digit.index) : head).replace(/[\s,;]+$/, '');
  const address = digit ? head.slice(digit.index).replace(/^[\s,]+/, '') : '';
  const words = who.split(/\s+/);
  const at = words.findIndex((w, i) => i >= 2 && /^\p{Lu}/u.test(w) && startsWithOrganisation(words.slice(i).join(' ')));
  if (at > 0) out.push(words.slice(0, at).join(' '), words.slice(at).join(' ').replace(/,$/, ''));
  else if (who !== '') out.push(who);
  if (address !== '') out.push(address);
  return out;
}
