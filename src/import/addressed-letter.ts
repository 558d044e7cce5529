// A letter pasted with its line breaks lost, as a Dutch section's letter page gives it: "Aan: Zijne
// excellentie, de ambassadeur van Voorbeeldland Dorpsweg 20-22 2585 JX Den Haag Excellentie, ik
// schrijf u over …". Cut back into the lines it was printed in: the label, the courtesy title, the
// office, the street, the postcode and town, the greeting and the letter, so that the officials'
// and the letter's readers read it as they read a letter printed a line at a time. Only when the
// address is sure (a street with its house number after the office, the greeting after the
// address): any other such line is left whole, and reported as the running text it is.
import { countryCode } from '../channels/countries.js';
import { isCompoundStreet, opensAddress, splitHonorific, splitLeadingRole, startsWithOrganisation } from './official-words.js';

/** "Aan:", "To:", "An:", "À :" opening the line, the addressee after it. */
const ADDRESSED = /^((?:Aan|To|An|À)\s?:)\s+(?=\p{Lu})/u;
/**
 * The greeting, capitalised, ending in its comma or colon, then the letter. A courtesy title in
 * the address ("Zijne Excellentie,") has no digit before it: the greeting is looked for after one.
 */
const GREETING = /(?<=\s)((?:Excellentie|Hooggeachte|Geachte|Majesteit|Dear|Your (?:Royal )?(?:Excellency|Highness|Majesty)|Excellency|Sehr geehrte[rs]?|Exzellenz|Excellence|Monsieur|Madame)\b[^,:.@\d]{0,60}[,:])\s+(?=\p{L})/gu;
/** The letter's closing, where a sentence ends: the writer's name may follow it. */
const CLOSING = /(?<=[.!?])\s+(?=(?:Hoogachtend|Met vriendelijke groet(?:en)?|Met de meeste hoogachting|Yours sincerely|Yours faithfully|Sincerely|Mit freundlichen Grüßen|Hochachtungsvoll|Veuillez agréer|Cordialement)\b)/u;
/** "20-22", "79", "8a", "12," — a house number. */
const HOUSE_NUMBER = /^\d{1,5}[a-zA-Z]?(?:-\d{1,5}[a-zA-Z]?)?,?$/;
/** A postcode of four or five digits ("2585", "10785"), perhaps with its Dutch letters after it. */
const POSTCODE = /^\d{4,5}$/;
/** Longer than any letter a page flattens: such a line is not read for one. */
const MAX_LINE = 20_000;
/** An office named before the address is a few words, never a sentence. */
const MAX_OFFICE_WORDS = 10;

/**
 * A whole page flattened onto one line with no "An:" label: "… Briefvorlage Seiner Exzellenz
 * Präsident Max Beispiel Botschaft … 10117 Berlin Exzellenz, ich möchte Sie …". The addressee
 * opens with his courtesy title, at the line's start, after a sentence's end or after "An"/"To".
 */
const COURTESY_START = /(?:^|(?<=[.!?:]\s+)|(?:^|\s)(?:An|To|Aan|À)\s+)(?=(?:Seine[rm]?|Ihre[rm]?) Exzellenz\s|(?:His|Her) Excellency\s|(?:Zijne|Hare) [Ee]xcellentie\s|Son Excellence\s|Su Excelencia\s)/u;

export function splitAddressedLetter(line: string): string[] | undefined {
  if (line.length > MAX_LINE) return undefined;
  const label = line.includes(':') ? ADDRESSED.exec(line) : null;
  if (!label?.[1]) return unlabelledLetter(line);
  return addressedLetter([label[1]], line.slice(label[0].length), false);
}

/** With no label, the page's text before the courtesy title stays a line of its own, and only a postcode and town make the address sure. */
function unlabelledLetter(line: string): string[] | undefined {
  if (line.length < 200) return undefined;
  const start = COURTESY_START.exec(line);
  if (!start) return undefined;
  const before = line.slice(0, start.index + start[0].length).trim();
  // A blank line after the page's own text: it is no part of the addressee's block (nor he of its paragraph).
  return addressedLetter(before === '' ? [] : [before, ''], line.slice(start.index + start[0].length), true);
}

function addressedLetter(first: string[], rest: string, needPostcode: boolean): string[] | undefined {
  for (const m of rest.matchAll(GREETING)) {
    const head = rest.slice(0, m.index).trim();
    if (!/\d/.test(head)) continue;
    const letter = rest.slice((m.index ?? 0) + m[0].length).trim();
    // The letter runs on after its greeting: a few words at least, not a field or another address.
    if (letter.split(/\s+/).length < 6) return undefined;
    // Where the office's end is unsure, the line stays whole: the report names it as skipped.
    const lines = addresseeLines(head, needPostcode);
    return lines && [...first, ...lines, m[1] ?? '', ...letter.split(CLOSING)];
  }
  return undefined;
}

/**
 * "Zijne excellentie, de ambassadeur van Voorbeeldland Dorpsweg 20-22 2585 JX Den Haag" → the
 * courtesy title, the office, the street and its number, the postcode and town; undefined when no
 * street with its number follows the office.
 */
function addresseeLines(head: string, needPostcode = false): string[] | undefined {
  const { honorific, rest } = splitHonorific(head);
  const words = rest.split(/\s+/);
  // "Dorpsweg 20-22", "Calle Serrano 10": a street's word, then its number; "2 Example Road": the number first.
  const street = words.findIndex((w, i) => i > 0 && (((isCompoundStreet(w) || opensAddress(w)) && HOUSE_NUMBER.test(words[i + 1] ?? '')) || (HOUSE_NUMBER.test(w) && /^\p{Lu}/u.test(words[i + 1] ?? ''))));
  if (street < 1 || street > MAX_OFFICE_WORDS || !officeEndsAt(words, street)) return undefined;
  const postcode = words.findIndex((w, i) => i > street + 1 && POSTCODE.test(w));
  if (needPostcode && (postcode < 0 || !/^\p{Lu}/u.test(words[postcode + 1] ?? ''))) return undefined;
  const office = words.slice(0, street).join(' ').replace(/,$/, '');
  const address = postcode < 0 ? [words.slice(street).join(' ')] : [words.slice(street, postcode).join(' '), words.slice(postcode).join(' ')];
  return [...(honorific ? [honorific] : []), ...officeAndInstitution(office), ...address.map((a) => a.replace(/,$/, ''))];
}

/**
 * "Präsident Max Beispiel Botschaft der Republik Beispielland": an office and a name, then the
 * institution the letter goes through, printed on lines of their own before the line breaks were
 * lost. Parted where an institution opens after the name; else left whole.
 */
function officeAndInstitution(office: string): string[] {
  const words = office.split(/\s+/);
  for (let i = 2; i < words.length; i++) {
    const [head, tail] = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    if (startsWithOrganisation(tail) && splitLeadingRole(head) !== undefined) return [head, tail];
  }
  return [office];
}

/** The word that names what an office is of ("ambassadeur van …", "Ambassador of …"). */
const OF = /^(?:van|of|von|de|du|del)$/i;

/**
 * Whether the office surely ends before `street`: "… van Voorbeeldland Dorpsweg 20" leaves one
 * word after "van", the country; "… van Voorbeeldland Tobias Asserlaan 8" leaves two, and "Tobias"
 * may open the street or end the country's name, unless the words before it are a country's name.
 */
function officeEndsAt(words: readonly string[], street: number): boolean {
  let of = street - 1;
  while (of >= 0 && !OF.test(words[of] ?? '')) of--;
  const after = words.slice(of + 1, street);
  if (of < 0 || after.length <= 1) return true;
  return countryCode(after.join(' ').replace(/,$/, '')) !== undefined;
}
