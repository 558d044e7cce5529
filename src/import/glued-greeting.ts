// "Monsieur le Ministre de l'Intérieur,Considérant la situation de …": a page that lost the line
// break after the sample letter's greeting glues its comma to the first sentence, with no space;
// or leaves one space ("Cara Presidenta da República Jane Example, Existem hoje …", "Dear Minister,
// I am writing …"). Read whole, the line is neither a greeting nor the letter (or the whole
// paragraph became the salutation), and the letter is lost. It is cut after the comma, so that the
// greeting is read as the line it was. Only a greeting's opening words, a comma before a
// capitalised word, and running text after it (several words in lower case): an official's line
// with a comma ("Monsieur Jean Exemple,Ministre de la Justice") stays whole. A Spanish or German
// greeting ends with a colon, and a petition's text may go on after it in lower case
// ("Estimados Ministra y Gobernador: es tiempo de …"): cut there too, on the same terms.
import { isRoleLike } from './official-words.js';

const GREETING = /^((?:Monsieur|Madame|Mesdames|Messieurs|Dear|Sehr geehrte[rs]?|Liebe[rs]?|Exzellenz|Estimad[oa]s?|Señora?|Excelentísim[oa]|Your Excellency|Excellence|Car[oa]|Prezad[oa]s?|Senhora?|Excelentíssim[oa]|Egregi[oa]|Gentile|Signor[ae]?|Geachte|Hooggeachte)\b[^,:.!?@]{0,80},) ?(?=\p{Lu}(?:\p{Ll}|\s))/u;
/** A greeting that ends with a colon, then text in lower case. */
const COLON_GREETING = /^((?:Dear|Sehr geehrte[rs]?|Estimad[oa]s?|Señor(?:a|es|as)?|Distinguid[oa]s?|Respetad[oa]s?|Excelentísim[oa]s?|Prezad[oa]s?)\b[^,:.!?@]{0,80}): (?=\p{Ll})/u;
/** A word of running text: four letters or more, in lower case. */
const LOWER_WORD = /(?:^|\s)\p{Ll}{4,}(?=[\s,.;:!?]|$)/gu;
/** Running text after the greeting: a few such words at least. */
const MIN_LOWER_WORDS = 3;

/** The greeting and the text glued to it, or undefined. */
export function splitGluedGreeting(line: string): [string, string] | undefined {
  // Cheap tests first: a comma glued to a capital, within a greeting's length of the line's start.
  if (line.length < 30) return undefined;
  const head = line.slice(0, 120);
  if (head.includes(': ')) {
    const colon = COLON_GREETING.exec(line);
    const rest = colon ? line.slice(colon[0].length) : '';
    if (colon && (rest.slice(0, 400).match(LOWER_WORD)?.length ?? 0) >= MIN_LOWER_WORDS) return [`${colon[1] ?? ''}:`, rest];
  }
  if (!/, ?\p{Lu}/u.test(head)) return undefined;
  const m = GREETING.exec(line);
  const greeting = m?.[1];
  if (m === null || greeting === undefined) return undefined;
  const rest = line.slice(m[0].length);
  // After a comma and a space, "Señora Jane Example, Ministra de Justicia, ordenó …" is a sentence about
  // her: an office or a second name after the comma is an apposition, not the letter's first words.
  if (m[0].length > greeting.length && (/^\p{Lu}\p{Ll}+ \p{Lu}/u.test(rest) || isRoleLike(rest.split(/[\s,]/)[0] ?? ''))) return undefined;
  return (rest.slice(0, 400).match(LOWER_WORD)?.length ?? 0) >= MIN_LOWER_WORDS ? [greeting, rest] : undefined;
}

/**
 * "Salutation: Dear President Example Office of the President of the Republic of Exampleland": a
 * page run onto one line glues the office's institution, the address's first line, to the greeting
 * its label gives. The greeting ends where a capitalised institution with "of" after it begins
 * ("Office of", "Ministry of", "Oficina de", "Ministère de", "Ministerium der"), unless a small word
 * brings it in ("Dear Head of the Office of …" is one greeting).
 */
const GREETING_THEN_INSTITUTION = /^((?:Dear|Estimad[oa]s?|Señora?|Sehr geehrte[rs]?|Monsieur|Madame|Excelencia|Your Excellency)\b[^,:;]{2,60}?\p{L}[.']?) (?<!\b(?:of|the|to|for|de|del|la|le|du|des|der|die|von|y|and|et|und)\s)((?:Office|Ministry|Department|Embassy|Presidency|Secretariat|Cabinet|Bureau|Palace|Administration|Oficina|Ministerio|Despacho|Secretar[ií]a|Embajada|Palacio|Minist[eè]re|Ambassade|Palais|Ministerium|Botschaft|Kanzlei|Büro)\s+(?:of|for|de|del|du|des|der|für)\b.+)$/u;

/** The greeting and the institution glued after it, or undefined. */
export function splitGreetingInstitution(greeting: string): [string, string] | undefined {
  const m = GREETING_THEN_INSTITUTION.exec(greeting.trim());
  return m ? [m[1] ?? '', m[2] ?? ''] : undefined;
}
