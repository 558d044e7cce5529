// The unlabelled part of a flattened official's block, before its first contact field: a heading
// in capitals ("BOTSCHAFT DER UKRAINE", "MINISTRE DE LA JUSTICE"), an honorific and a name, an
// office and an institution, a street with its number, a postcode and its city, a country in
// capitals; and, after the last field, bare email addresses. Each is cut back into its own line.
import { CARE_OF, POST_BOX_WORDS } from './address-words.js';
import { EMAIL } from './contact-line.js';
import { isPersonName, isRoleLike, splitHonorific, splitLeadingRole, startsWithOrganisation } from './official-words.js';
import { isBuildingLine } from './building.js';
import { fold } from './fold.js';
import { countryCode } from '../channels/countries.js';

/** A word in capitals (two letters at least), or a short form in brackets ("(KOMNAS HAM)"). */
const CAPS_WORD = String.raw`(?:[\p{Lu}][\p{Lu}'’&-]+|\(\p{Lu}[\p{Lu}\s]{1,30}\))`;
/** A heading in capitals opening the block, up to the first word in mixed case. */
const CAPITALS_HEADING = new RegExp(String.raw`^(${CAPS_WORD}(?:\s${CAPS_WORD})*),?\s+(?=\p{Lu}[\p{Ll}.])`, 'u');
/** "HE" / "HRH" in capitals before a name is the honorific, not the heading's last word. */
const CAPS_HONORIFIC = /\s(?:HE|HRH|HH|MR|MRS|MS|DR)$/u;

/** Honorifics that open a person's name inside a block (en, de, fr, es). */
const HONORIFIC_INSIDE = /\s(?=(?:S\.\s?E\.\s(?:Herrn?|Frau)|I\.\s?E\.\sFrau|His Excellency|Her Excellency|H\.\s?E\.\s|Son Excellence|Excm[oa]\.?\sSr[a]?\.?\s|(?:His|Her) (?:Royal )?(?:Majesty|Highness)|(?:Seine|Ihre) (?:Majestät|Exzellenz|Hoheit)|Su (?:Majestad|Excelencia)|Sa Majesté)\s?\p{Lu})/u;

/** A courtesy title and a capitalised word after it inside a line ("… calling on him … His Excellency Mr Jan Example Embassy of …"). */
export const honouredInside = (text: string): boolean => HONORIFIC_INSIDE.test(text);

/** A street word written after the street's name, before the house number ("Riznitska Str. 13/15"). */
const STREET_AFTER = /^(?:Str\.|St\.|Street|Road|Rd\.|Avenue|Ave\.|Lane|Drive|Straße|Strasse|Gasse|Allee|Platz|Weg)$/u;
/** Street words that open a street in the languages of Indonesia and Malaysia ("Jl. Trunojoyo No. 3"). */
const STREET_OPENER = /^(?:Jl\.|Jln\.|Jalan)$/u;
/**
 * "Angle Avenue Ibn Example et Rue Oued El Exemple": a Moroccan or Tunisian office at a corner is
 * addressed by the corner word, then the two streets. The corner word opens the address only
 * before a street word of French or Arabic (it is a plain word elsewhere: "Human Rights Angle").
 */
const CORNER = /^(?:Angle|Coin|Croisement)$/u;
const FRENCH_STREET = /^(?:Avenue|Av\.|Rue|Boulevard|Bd|Bd\.|Bld|Place|Route|Zankat|Zenkat|Charia|Chari[’']?a|Nahj|Derb|Impasse|Allée)$/u;

const TRAILING_EMAILS = new RegExp(String.raw`(?:\s+${EMAIL.source}[,;]?)+$`, 'u');

/**
 * The line cutter for a person, office, institution and address with no heading or honorific in
 * front (the unflattener's `splitHeader`, passed in: it imports this file's caller).
 */
export type HeaderSplit = (head: string) => string[];

/** The lines of an official's unlabelled head; '' gives none. */
export function cutOfficialHead(text: string, splitHeader: HeaderSplit): string[] {
  let rest = text.trim();
  if (rest === '') return [];
  const out: string[] = [];
  const emails = TRAILING_EMAILS.exec(rest);
  const tail = emails && emails.index > 0 ? emails[0].trim().split(/[\s,;]+/u).filter((e) => e !== '') : [];
  if (emails && emails.index > 0) rest = rest.slice(0, emails.index);
  const heading = capitalsHeading(rest);
  if (heading) {
    out.push(heading.heading);
    rest = heading.rest;
  }
  return [...out, ...splitPersons(rest).flatMap((p) => cutPerson(p, splitHeader)), ...tail].filter((l) => l !== '');
}

const CARE_OF_AT = new RegExp(String.raw`(?:^|\s)(?=${CARE_OF}\s)`, 'iu');

/** One official's part: the person, office and institution, then the address. */
function cutPerson(text: string, splitHeader: HeaderSplit): string[] {
  // "Jane Doe c/o H.E. John Roe Permanent Mission … 10017": the care-of address is one line, as the
  // reader takes it whole; what stands before it is cut as any head.
  const careOf = CARE_OF_AT.exec(text);
  if (careOf) return [...(careOf.index > 0 ? cutPerson(text.slice(0, careOf.index), splitHeader) : []), text.slice(careOf.index).trim()];
  const out: string[] = [];
  let rest = text;
  const honorific = HONORIFIC_INSIDE.exec(rest);
  if (honorific && honorific.index > 0) {
    out.push(...splitHeader(rest.slice(0, honorific.index)));
    rest = rest.slice(honorific.index + 1);
  }
  const acronym = cutAtAcronym(rest);
  if (acronym) return [...out, acronym[0], ...splitStreet(acronym[1], splitHeader).flatMap(cutInstitution).flatMap(cutAddress)];
  return [...out, ...splitStreet(rest, splitHeader).flatMap(cutInstitution).flatMap(cutAddress)];
}

/**
 * "Major-General Jan Example GOC Central Command Military Post 01149 …": after a courtesy title or
 * rank and a name, a command's or agency's acronym in capitals opens his office; the name ends
 * before it. Only where the words before it are a courtesy and a person's name.
 */
function cutAtAcronym(text: string): [string, string] | undefined {
  const m = /\s(\p{Lu}{2,5})\s(?=\p{Lu}\p{Ll})/u.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index);
  const { honorific, rest } = splitHonorific(before);
  if (honorific === undefined || !isPersonName(rest) || rest.split(/\s+/).length < 2) return undefined;
  return [before, text.slice(m.index + 1)];
}

/** A monarch's court, where his office sits (an address line, as a building's name is). */
const ROYAL_SEAT = /^(?:Royal|Königliche[rs]?|Imperial)\s(?:Court|Hof|Palace|Palast|Diwan)$/u;

/** A seat's first word: the word after it is no institution of its own ("Royal | Court" is never cut). */
const SEAT_ADJECTIVE = /^(?:Royal|Königliche[rs]?|Imperial)$/u;

/** Small words that join an institution's name to the words after them ("Office of the …"). */
const NAME_JOIN = /^(?:of|the|and|for|to|in|de|del|la|las|los|el|y|du|des|et|der|die|das|und|für|von|zu)$/u;

/**
 * "Office of the President State House", "Büro Seiner Majestät des Königs Königlicher Hof": an
 * institution's name, then a building or a second institution with no small word between. The
 * cut falls only where the words after it name a building or open an institution on their own.
 */
function cutInstitution(line: string): string[] {
  if (/\d/u.test(line) || !startsWithOrganisation(line)) return [line];
  const words = line.split(/\s+/u);
  if (words.length < 4 || words.length > 16) return [line];
  for (let i = 2; i < words.length - 1; i++) {
    if (!/^\p{Lu}/u.test(words[i] ?? '') || NAME_JOIN.test(words[i - 1] ?? '') || SEAT_ADJECTIVE.test(words[i - 1] ?? '')) continue;
    const rest = words.slice(i).join(' ');
    // "… the King Royal Court, Riyadh …": the seat and the place after it are the address, whole.
    if (ROYAL_SEAT.test(`${words[i]} ${(words[i + 1] ?? '').replace(/[,;]$/u, '')}`)) return [words.slice(0, i).join(' '), rest];
    if (isBuildingLine(rest) || startsWithOrganisation(rest)) return [words.slice(0, i).join(' '), ...cutInstitution(rest)];
  }
  return [line];
}

/** An honorific that opens a person's part ("His Excellency", "H.E.", "Mr"). */
const PERSON_OPENER = /^(?:His|Her|H\.E\.|HE|Mr\.?|Mrs\.?|Ms\.?|S\.E\.|Son|Seine|Ihre|Excm[oa]\.?)$/u;

/**
 * "… PO Box 281 Khartoum, Sudan Ambassador Jane Doe Embassy of …": after an address (a word with a
 * number), an office and a person's name, or an honorific, open the next official.
 */
function splitPersons(text: string): string[] {
  const words = text.split(/\s+/u);
  const firstNumber = words.findIndex((w) => /\d/u.test(w));
  if (firstNumber < 0) return [text];
  for (let i = firstNumber + 1; i < words.length - 1; i++) {
    if (!/^\p{Lu}/u.test(words[i] ?? '')) continue;
    if (!opensPerson(words, i)) continue;
    // "… Lusaka Zambia Ambassador John Roe": the country ends the address; the office opens the next official.
    const at = countryCode(words[i] ?? '') !== undefined && opensPerson(words, i + 1) ? i + 1 : i;
    return [words.slice(0, at).join(' '), ...splitPersons(words.slice(at).join(' '))];
  }
  return [text];
}

function opensPerson(words: readonly string[], at: number): boolean {
  const word = words[at] ?? '';
  // "… Harare, Zimbabwe Embassy of Zimbabwe in the United States His Excellency …": an institution,
  // then an honorific and a name within a few words.
  if (startsWithOrganisation(words.slice(at, at + 6).join(' '))) {
    const honorific = words.slice(at + 1, at + 10).findIndex((w) => PERSON_OPENER.test(w));
    if (honorific >= 0) return opensPerson(words, at + 1 + honorific);
  }
  // "His Excellency Ambassador Jane Doe": the words after an honorific belong to it.
  if (PERSON_OPENER.test(words[at - 1] ?? '')) return false;
  // Cheap test first: an office opens with an office word ("Ambassador", "Attorney General").
  if (!PERSON_OPENER.test(word) && !isRoleLike(`${word} ${words[at + 1] ?? ''}`)) return false;
  if (PERSON_OPENER.test(word)) {
    // "His Excellency Jane Doe", "His Excellency Ambassador Jane Doe".
    const rest = splitHonorific(words.slice(at, at + 7).join(' ')).rest.split(/\s+/u);
    return isPersonName(rest.slice(0, 3).join(' ')) || [3, 4].some((k) => splitLeadingRole(rest.slice(0, k).join(' ')) !== undefined);
  }
  for (let k = 3; k <= 5 && at + k <= words.length; k++) {
    if (splitLeadingRole(words.slice(at, at + k).join(' ')) !== undefined) return true;
  }
  return false;
}

function capitalsHeading(text: string): { heading: string; rest: string } | undefined {
  const m = CAPITALS_HEADING.exec(text);
  if (!m) return undefined;
  const heading = (m[1] ?? '').replace(CAPS_HONORIFIC, '');
  // "HIS EXCELLENCY MR JANE DOE": a name in capitals after its honorific, not a heading.
  if (/^(?:HIS|HER|HE|H\.E\.|MR|MRS|MS|DR|S\.\s?E\.)\s/u.test(heading)) return undefined;
  // One word of four letters at least: "HE", "UN" or "MR" alone make no heading.
  if (!/\p{Lu}{4,}/u.test(heading)) return undefined;
  return { heading, rest: text.slice(heading.length).replace(/^,?\s+/u, '') };
}

/**
 * The person and institution, then the address: the address opens at a street word that leads
 * ("Jl. Latuharhary No. 4") or at the one-word street name before a street word and its number
 * ("Riznitska Str. 13/15"); otherwise the existing header split decides.
 */
function splitStreet(text: string, splitHeader: HeaderSplit): string[] {
  const words = text.split(/\s+/u);
  const number = words.findIndex((w) => /^\d/u.test(w));
  let at = words.findIndex((w, i) => i >= 2 && (number < 0 || i < number) && (STREET_OPENER.test(w) || (CORNER.test(w) && FRENCH_STREET.test(words[i + 1] ?? ''))));
  if (at < 0 && number >= 4 && STREET_AFTER.test(words[number - 1] ?? '') && /^\p{Lu}/u.test(words[number - 2] ?? '')) at = number - 2;
  if (at < 0 && number >= 3 && townBeforePostcode(words, number)) at = number - 1;
  // "Her Majesty Queen Jane Doe Royal Palace Example City": in an address with no number, a
  // monarch's court opens it; the town stays on its line (alone it would read as a name).
  const seat = number >= 0 ? -1 : words.findIndex((w, i) => i >= 2 && ROYAL_SEAT.test(`${w} ${words[i + 1] ?? ''}`));
  if (at < 0 && seat >= 2) return [...splitHeader(words.slice(0, seat).join(' ')), words.slice(seat).join(' ')];
  if (at < 2) return splitHeader(text);
  return [...splitHeader(words.slice(0, at).join(' ')), words.slice(at).join(' ')];
}

/**
 * "… Königlicher Hof Riad 11111 Saudi-Arabien": the address is a town in one word and its postcode
 * after it, then nothing but a country. A town of two words ("Example City 11111") is left to
 * the header split, as is any address with more numbers.
 */
function townBeforePostcode(words: readonly string[], number: number): boolean {
  const town = words[number - 1] ?? '';
  if (!/^\d{4,6}$/u.test(words[number] ?? '') || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(town)) return false;
  if (STREET_AFTER.test(town) || startsWithOrganisation(town) || isBuildingLine(`${words[number - 2] ?? ''} ${town}`)) return false;
  const after = words.slice(number + 1).join(' ');
  return after === '' || countryCode(after) !== undefined;
}

/** Post box words before the box's number ("P.O. Box 123", "PO Box", "Postfach", "B.P."). */
const POST_BOX = new RegExp(String.raw`^(?:${POST_BOX_WORDS})\s\d{1,6}`, 'iu');
/** The town after the box's number (tested apart: with the `i` flag, `\p{Lu}` takes lower case too). */
const TOWN_NEXT = /^\s\p{Lu}\p{Ll}/u;

/**
 * A country in mixed case that ends an address with no comma before it ("… Lusaka Zambia",
 * "Riad 11111 Saudi-Arabien"): one to three words the country table knows, after a word that
 * does not join them to a town's name ("Ciudad de Guatemala").
 */
function trailingCountry(line: string): number | undefined {
  const words = line.split(/\s+/u);
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const before = words[words.length - k - 1] ?? '';
    const country = words.slice(-k).join(' ');
    // "P.O. Box 555 Riffa – Bahrain": a spaced dash joins the town and its country on one line, as
    // a comma does ("Niamey – Niger"); the country is not cut from its town there.
    if (/^(?:[,;–—-]|.*[,;])$/u.test(before) || NAME_JOIN.test(fold(before)) || !/^\p{Lu}\p{Ll}/u.test(country)) continue;
    if (countryCode(country) !== undefined) return line.length - country.length;
  }
  return undefined;
}

/**
 * "… Rue Oued El Exemple Agdal – Rabat 10070": a quarter, a spaced dash, then the city and its
 * postcode end a street run on with no comma: the quarter and the city are the town's line.
 */
const QUARTER_CITY = /\s(?=\p{Lu}\p{Ll}+\s[–—]\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\d{4,6}$)/u;

/** "Riznitska Str. 13/15 01601 Kyiv UKRAINE" → the street, "01601 Kyiv", "UKRAINE". */
function cutAddress(line: string): string[] {
  if (!/\d/u.test(line)) return [line];
  const quarter = line.includes('–') || line.includes('—') ? QUARTER_CITY.exec(line) : null;
  if (quarter && quarter.index > 0 && line.slice(0, quarter.index).split(' ').length >= 2) return [line.slice(0, quarter.index), line.slice(quarter.index + 1)];
  // "Musterstraße 12 10117 Berlin", "Postfach 12 34 10115 Berlin": a postcode and its city after a
  // house or box number written after a word (an eastern "Street, 10 220004 Minsk" stays whole).
  const postcode = /(?<=(?:^|[\p{L}.])\s\d[\d\p{L}/-]{0,12}(?:\s\d{1,3})?)\s(?=\d{4,5}\s\p{Lu}\p{Ll})/u.exec(line);
  if (postcode) return [line.slice(0, postcode.index), ...cutAddress(line.slice(postcode.index + 1))];
  // A country in capitals after a city in mixed case, with no comma between ("01601 Kyiv UKRAINE").
  const country = /(?<=\p{Ll})\s+(?=\p{Lu}{4,}(?:[\s-]\p{Lu}{2,}){0,2}$)/u.exec(line);
  if (country) return [line.slice(0, country.index), line.slice(country.index + country[0].length)];
  const mixed = trailingCountry(line);
  if (mixed !== undefined) return [...cutAddress(line.slice(0, mixed).trim()), line.slice(mixed)];
  // "P.O. Box 123 Example City": the box's number ends its line; the town follows.
  const box = POST_BOX.exec(line);
  if (box && TOWN_NEXT.test(line.slice(box[0].length)) && !/\d/u.test(line.slice(box[0].length))) return [box[0], line.slice(box[0].length).trim()];
  return [line];
}
