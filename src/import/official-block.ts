// One official's block of lines → the fields of a target. The lines before the first address or
// contact line are the header (honorific, name, title, organisation, in any order, on one line
// split by commas or on several); the rest are the postal address and the contact lines.
import { splitGreetingInstitution } from './glued-greeting.js';
import { CARE_OF } from './address-words.js';
import { withoutAddresseeLabel } from './addressee-label.js';
import { greetingBeside } from './greeting-beside-name.js';
import { labelsOf, printedLabels } from './field-labels.js';
import { emailsIn, numberUnderLabel, parseContactLine, SECOND_HANDLE, type ContactLine } from './contact-line.js';
import { splitNameInstitution } from './name-then-institution.js';
import { capitalCountryOf } from './capital-town.js';
import { countryCode } from '../channels/countries.js';
import { BESIDE_WHY, COLUMN_WHY, leftColumn, personBeside, type ColumnsState } from './side-by-side.js';
import { honorificAlone, isAddressLike, isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole, shortOffice, splitTrailingCountry, startsWithOrganisation, unglueOffice } from './official-words.js';
import { isPostNominal } from './post-nominal.js';
import { officeLengthAt } from './office-words.js';
import { isPinyinInstitution, splitPinyinInstitution, splitPinyinOffice } from './pinyin.js';
import { nextTo } from './spacing.js';
import { joinWrappedOffices } from './wrapped-office.js';
import { fold, isAllCaps } from './text.js';
import type { Confidence, Located } from './types.js';

/**
 * Every line of an official (its own, each field's, each unsure part's) is a DOCUMENT line, an
 * index into doc.lines: importDocument maps them to source lines once, for the report and the
 * draft. A reader that mapped them itself would name the wrong line on a page whose document lines
 * differ from its source lines (a flattened line cut into several, a run of blank lines kept as two).
 */
export interface ImportedOfficial {
  /** First line of the block. */
  line: number;
  confidence: Confidence;
  name?: Located<string> | undefined;
  /** True when no personal name was given and the title or organisation stands in for it. */
  nameFromOffice: boolean;
  honorific?: Located<string> | undefined;
  title?: Located<string> | undefined;
  organisation?: Located<string> | undefined;
  salutation?: (Located<string> & { confidence: Confidence }) | undefined;
  address: Located<string>[];
  emails: Located<string>[];
  fax?: Located<string> | undefined;
  phone?: Located<string> | undefined;
  twitter?: Located<string> | undefined;
  copy: boolean;
  /** One of a list that gives an official a line (email-list.ts): never the rest of the official above it. */
  listed?: boolean | undefined;
  /** A contact label printed in his block with its value lost ("Fax: +", "Email:"): a way to reach him was printed, though none is left to read. */
  emptyLabel?: number | undefined;
  /** The page's text ends inside his block (cut-recipient.ts): what is printed of him is read, the rest of his address is not printed. */
  cutOff?: boolean | undefined;
  /** Parts of header lines that are neither a name nor an office, and unsure parts of contact values: left out, named in a TODO (`why` when it is not the header's question; `kept` when the value stays where it was printed, on the name, and is only asked about). */
  unsure: Array<Located<string> & { why?: string; kept?: boolean }>;
}

/** "Fax: +", "Email:": a contact line whose label is all that is left of it. */
const isEmptyContact = (c: ContactLine): boolean =>
  c.emails.length === 0 && c.fax === undefined && c.phone === undefined && c.twitter === undefined && c.salutation === undefined && c.address === undefined && c.ignored === undefined && (c.leftOut?.length ?? 0) === 0;

/** The ways a letter reaches an official, as the case format's fields name them. */
export type Reach = 'address' | 'email' | 'fax' | 'phone' | 'twitter';

const EVERY_WAY: readonly Reach[] = ['address', 'email', 'fax', 'phone', 'twitter'];

/**
 * Whether any of `ways` is printed for the official (any way at all when none are named). Readers
 * differ in which ways count (a call list asks for a number, a sentence for where to send): each
 * names its own, so the differences show where they are made.
 */
export function reachableBy(o: ImportedOfficial, ways: readonly Reach[] = EVERY_WAY): boolean {
  return ways.some((way) => (way === 'address' ? o.address.length > 0 : way === 'email' ? o.emails.length > 0 : o[way] !== undefined));
}

export interface BlockLine {
  n: number;
  text: string;
  /** Set by the splitter: the line was read as part of the postal address. */
  address: boolean;
  /** Set by the splitter: one blank line that means nothing (a spaced page, see spacing.ts) stands between this line and the one above. */
  under?: boolean;
}

export function parseBlock(block: readonly BlockLine[], copy: boolean): ImportedOfficial {
  const lines = joinWrappedOffices(withoutAddresseeLabel(joinNumbersUnderLabels(block)), (text) => parseContactLine(text) !== undefined);
  const official: ImportedOfficial = { line: lines[0]?.n ?? 0, confidence: 'high', nameFromOffice: false, address: [], emails: [], copy, unsure: [] };
  const header = lines.filter((l) => !l.address && !parseContactLine(l.text));
  const roleHeading = capitalRoleHeading(header) ?? officeOfPlaceHeading(header);
  // "Señora Fiscal Regional de Valparaíso" / "Claudia Perivancich Hoyuelos": when the next header line
  // is a person's name, an earlier office line is the title whole, not an office and a name.
  const nameLines = new Set(header.filter((l) => isPersonName(l.text) && !isRoleLike(l.text) && !l.text.includes(',') && honorificAlone(l.text) === undefined));
  // "His Excellency" / "Jane Doe", "Son Excellence" / "Monsieur Jean Dupont": a courtesy title alone
  // on its line is read with the header line under it, as if printed before it on one line.
  let courtesy: string | undefined;
  // Once a second official is seen beside this one's lines, every later line holds both columns (side-by-side.ts).
  let columns: ColumnsState | undefined;
  for (const [i, { n, text: printed, address }] of lines.entries()) {
    // "Royal Example Court H.E. Mr. John Example": a second official beside this one's lines (side-by-side.ts).
    const beside = official.name && !official.nameFromOffice && !columns ? personBeside(printed, official.name.value) : undefined;
    const cut = columns ? leftColumn(printed, columns) : undefined;
    if (cut?.right !== undefined) official.unsure.push({ value: cut.right, line: n, why: BESIDE_WHY });
    if (cut && cut.left === undefined) continue;
    let text = beside?.left ?? cut?.left ?? printed;
    if (beside) {
      besideColumn(official, beside.right, n);
      columns = { leftEnded: false };
    }
    // "Mr Jack D Example   Dear Mr Example": an older two-column page's salutation beside the header line (greeting-beside-name.ts).
    const greeted = !address && official.salutation === undefined && official.address.length === 0 ? greetingBeside(text) : undefined;
    if (greeted) {
      official.salutation = { value: greeted.greeting, line: n, confidence: 'high' };
      text = greeted.left;
    }
    const contact = parseContactLine(text);
    // "Fax: +41 …" / "+1 212 … (Mission to the UN)": a number alone under a fax number is a second fax number.
    // A writers' group's list prints it even after a blank line, its note too ("1 212 … (via mission to UN)"):
    // both numbers are his fax, "a / b", as a number with a second ending is kept; the note is no part of it.
    if (isBareNumber(text) && official.fax && lines[i - 1]?.n === official.fax.line) {
      official.fax = { value: `${official.fax.value} / ${text.replace(/\s*\([^()\d]*\)\s*$/u, '').trim()}`, line: official.fax.line };
    } else if (contact) {
      addContact(official, contact, n);
      if (official.emptyLabel === undefined && isEmptyContact(contact)) official.emptyLabel = n;
    } else if (address && BARE_LABEL.test(text)) official.unsure.push({ value: text, line: n, why: 'a label with nothing after it (the page cuts it off): no address line' });
    else if (address) addAddressLine(official, text, n);
    else if (n === roleHeading) official.title = { value: text, line: n };
    else if (official.name && lines[i + 1]?.address && !official.address.length && isBuildingLine(official, text)) addAddressLine(official, text, n);
    else if (lines[i + 1]?.address && lines[i - 1]?.n === official.name?.line && !official.address.length && isOfficeOverAddress(official, text, n)) addAddressLine(official, text, n);
    // "Office of His Highness the Amir / The Amiri Court / Rifa'a Palace": an older newsletter's
    // address names the court or palace between its lines; under the institution or an address
    // line, over the address, it is one.
    else if (official.name && lines[i - 1] !== undefined && (official.address.at(-1)?.line === lines[i - 1]?.n || official.organisation?.line === lines[i - 1]?.n) && lines[i + 1]?.address && isBetweenAddressLines(text)) addAddressLine(official, text, n);
    else if (!official.name && (honorificAlone(text) !== undefined || isCourtesyOffice(text)) && opensNextHeaderLine(lines, i)) {
      courtesy = courtesy === undefined ? text : `${courtesy} ${text}`;
      continue;
    } else readHeaderLine(official, withCourtesy(official, courtesy, text, n), n, !lines.some((l) => nameLines.has(l) && nextTo(lines[i] as BlockLine, l)) || officeWordThenName(text));
    courtesy = undefined;
  }
  officeOfTheHolder(official);
  if (!official.name) nameFromOffice(official);
  official.confidence = confidenceOf(official);
  return official;
}

/**
 * "Director Jane Example" / "Example Public Security" / "Bureau …": a line that opens with an office
 * phrase, nothing else before the name, names the official itself; the capitalised line under it
 * that reads like a name is his institution's, not a name that makes this whole line an office.
 */
function officeWordThenName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 3 || words.length > 6) return false;
  const office = officeLengthAt(words, 0);
  if (office === 0 || words.length - office < 2) return false;
  const split = splitLeadingRole(text);
  return split !== undefined && split.title.split(/\s+/).length === office && isPersonName(split.name);
}

/**
 * A second official printed beside this one's lines: he is named in a TODO, and an institution read
 * off the name's own line may be his column's, so it is taken out and named too.
 */
function besideColumn(o: ImportedOfficial, right: string, line: number): void {
  o.unsure.push({ value: right, line, why: BESIDE_WHY });
  if (o.organisation && o.organisation.line === o.name?.line) {
    o.unsure.push({ value: o.organisation.value, line: o.organisation.line, why: COLUMN_WHY });
    o.organisation = undefined;
  }
}

/**
 * "Senhor Presidente", "Monsieur le Ministre": a courtesy title and an office word, nothing else,
 * alone above the name: how the envelope addresses him, his honorific; his office is printed with
 * his name or under it.
 */
function isCourtesyOffice(text: string): boolean {
  const { honorific, rest } = splitHonorific(text.trim().replace(/,$/, ''));
  const words = rest.replace(/^(?:le|la|l['’]|el|o|a|de|het)\s+/iu, '').split(/\s+/);
  return honorific !== undefined && words.length <= 2 && officeLengthAt(words, 0) === words.length;
}

/**
 * The header line read with the courtesy title above it, as if printed before it; a title that is
 * one only alone on its line ("Pan", the Polish "Mr", is a surname too) is set apart as the honorific.
 */
function withCourtesy(o: ImportedOfficial, courtesy: string | undefined, text: string, line: number): string {
  if (courtesy === undefined) return text;
  const joined = `${courtesy} ${text}`;
  if ((splitHonorific(joined).honorific?.length ?? 0) >= courtesy.length) return joined;
  if (!o.honorific) o.honorific = { value: courtesy, line };
  return text;
}

const isBareNumber = (text: string): boolean => /^\+?[\d\s().-]{7,}(?:\([^()\d]*\))?$/.test(text.trim());

/** "Fax: (via Ministry of Interior)" / "+966 11 403 3125": the number under its label is read as its value. */
function joinNumbersUnderLabels(block: readonly BlockLine[]): BlockLine[] {
  const out: BlockLine[] = [];
  for (let i = 0; i < block.length; i++) {
    const [line, next] = [block[i] as BlockLine, block[i + 1]];
    const joined = next && line.text.includes(':') ? numberUnderLabel(line.text, next.text) ?? wrappedNumber(line.text, next.text) : undefined;
    out.push(joined === undefined ? line : { ...line, text: joined, address: false });
    if (joined !== undefined) i++;
  }
  return out;
}

/**
 * "Tél : 04 74 32 30 66 et 04 74 32" / "30 68": a forum post hard-wrapped at its width cuts the
 * line's last number, its end alone on the next line. Joined only when the two parts together have
 * as many digits as the line's first number, so a postcode or a house number is never taken in.
 */
function wrappedNumber(line: string, next: string): string | undefined {
  if (!/^\d{1,4}(?:\s\d{1,4}){0,3}$/.test(next.trim()) || parseContactLine(line) === undefined) return undefined;
  const numbers = line.split(/\s+(?:et|and|or|ou|y|o|und|oder|en|och)\s+|\s*[/|,;]\s*/u).map((p) => p.replace(/\D/g, ''));
  const [first, last] = [numbers.find((d) => d.length >= 7), numbers.at(-1)];
  if (first === undefined || last === undefined || last === first || !/\d\s*$/.test(line)) return undefined;
  return last.length + next.replace(/\D/g, '').length === first.length ? `${line.trimEnd()} ${next.trim()}` : undefined;
}

/** The next line is a header line right under this one, which a courtesy title alone on this line opens. */
function opensNextHeaderLine(lines: readonly BlockLine[], i: number): boolean {
  const [line, next] = [lines[i], lines[i + 1]];
  return line !== undefined && next !== undefined && !next.address && nextTo(line, next) && parseContactLine(next.text) === undefined;
}

/**
 * "OBERSTE JUSTIZAUTORITÄT" / "Ayatollah Sadegh Larijani": a German page heads each official with
 * the office in capitals, the name on the next line. Such a heading is the title, never the name.
 * Returns the heading's line number, or undefined.
 */
function capitalRoleHeading(header: readonly BlockLine[]): number | undefined {
  const [first, second] = header;
  if (!first || !second || !nextTo(first, second) || !isAllCaps(first.text) || first.text.includes(',') || isOrganisation(first.text) || honorificAlone(first.text) !== undefined) return undefined;
  if (isAllCaps(second.text)) return undefined;
  const next = splitHonorific(second.text);
  // "JUSTIZMINISTER" / "Wu Example Buzhang / Sifabu": a name with its office after it in pinyin.
  return next.honorific !== undefined || isPersonName(second.text.split(',')[0] ?? '') || splitPinyinOffice(second.text) !== undefined ? first.n : undefined;
}

/** "Kronprinz von Beispielland", "Crown Prince of Exampleland": one word, "von" or "of", and a place. */
const OFFICE_OF_PLACE = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s(?:von|of)\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u;

/**
 * "Kronprinz von Beispielland" / "HH Sheikh Example bin Sample Al Muster": an office of a country
 * above the person and his courtesy title is his title. Alone, such a line reads as a name ("Otto
 * von Beispiel"): only the courtesy title and name under it say that it is none.
 */
function officeOfPlaceHeading(header: readonly BlockLine[]): number | undefined {
  const [first, second] = header;
  // "Embassy of Cuba" / "H.E. Jane Doe": an institution above the person is the address's first line.
  if (!first || !second || !OFFICE_OF_PLACE.test(first.text.trim()) || honorificAlone(first.text) !== undefined || isOrganisation(first.text)) return undefined;
  const next = splitHonorific(second.text.trim());
  return next.honorific !== undefined && isPersonName(next.rest) ? first.n : undefined;
}

/**
 * "Mohammad Javad Larijani" / "Howzeh Riassat-e Ghoveh Ghazaiyeh" / "Pasteur St. …": a line after
 * the name, right above the address, that is no office, organisation or name — a building or
 * institution as printed on the envelope: the address's first line.
 */
/** A short capitalised line with no name, label or number, no office but an institution's: an institution or a building. */
const isBetweenAddressLines = (text: string): boolean => text.length <= 60 && !/[:@\d,]/.test(text) && /^\p{Lu}/u.test(text) && (!isRoleLike(text) || isOrganisation(text)) && !isPersonName(text) && splitHonorific(text).honorific === undefined;

function isBuildingLine(o: ImportedOfficial, text: string): boolean {
  if (text.includes(',') || text.includes(':') || /\d/.test(text) || text.split(/\s+/).length > 6) return false;
  const { honorific, rest } = splitHonorific(text);
  return honorific === undefined && !isRoleLike(rest) && !isOrganisation(rest) && o.name !== undefined;
}

/**
 * "Attorney General" / "Jane Example" / "Fiscal General de la República" / "15 avenida 1-10 zona 1":
 * a page in one language gives the office over the name in its own words, and under the name the
 * office again as the envelope to that country addresses it, right over the street. With the name
 * on the line right above and the office above it, such a line is the address's first line, as printed: no
 * second title (the case file holds one) and no line left out. Not an institution (the organisation
 * reader takes that), nor the office above made fuller ("Attorney General of the Republic", which
 * replaces it), nor a line that names a person. Under the office rather than the name ("Sr Jan
 * Example" / "President of Exampleland" / "Presidente"), it is the office again: left to the header.
 */
function isOfficeOverAddress(o: ImportedOfficial, text: string, line: number): boolean {
  if (!o.name || o.nameFromOffice || !o.title || o.title.line >= line || o.name.line >= line || text.length > 80 || /[\d@:,;]/u.test(text)) return false;
  const office = fold(o.title.value);
  const folded = fold(text);
  if (folded === office || folded.startsWith(`${office} `)) return false;
  return isRoleLike(text) && !isOrganisation(text) && !isPersonName(text) && splitHonorific(text).honorific === undefined && splitLeadingRole(text) === undefined;
}

/**
 * "6/7 Kensington Palace Gardens, London, W8 4QP 0207 229 6412": a flattened block leaves the
 * unlabelled phone number at the end of the address (or alone on the line under it). A run of two or more digit groups, ten
 * digits or more, opening with 0 or +, is no postcode or house number: it is the phone. So is a
 * country code before an area code in brackets ("57(1) 570 20 00"), which no postcode looks like.
 */
const PHONE_NUMBER = String.raw`(?:\+\d{1,4}(?:[\s-]\d)?|0\d{1,4}|\d{1,3} ?\(\d{1,4}\))(?:[\s-]\d{2,5}){1,4}`;
/** A sentence that ends in the preposition before a number ("Je kunt appen naar", "You can text us at"): lower-case words, no address. */
const LEADS_TO_NUMBER = /^\s*\p{Lu}?[\p{Ll}'’]*(?:\s+\p{Ll}[\p{Ll}'’]*){2,}\s+(?:naar|op|to|at|on|an|unter|a|au|al|para|till|på|per|via)\s*[:,]?\s*$/u;
/** The same, or two of them with a slash or a spaced dash between ("020 7000 9177 / 020 7000 5037"): the first is the phone. */
const TRAILING_PHONE = new RegExp(String.raw`(?:^|[\s,]+)(${PHONE_NUMBER})(?:(?:\s*\/\s*|\s+-\s+)(${PHONE_NUMBER}))?$`);

const CARE_OF_START = new RegExp(String.raw`^${CARE_OF}\s`, 'i');

/** "Address: …", "Dirección: …", "Adresse : …", "Anschrift: …": the label is not part of the line. */
const ADDRESS_LABEL = new RegExp(String.raw`^(?:${printedLabels(labelsOf('address'), { bareLetters: true })})\s*:\s*`, 'iu');

/** "Fax", "Telephone:", "E-mail" alone on the block's last line, its number cut off with the page: a label, never an address line. */
const BARE_LABEL = new RegExp(String.raw`^(?:${printedLabels(labelsOf('phone', 'fax', 'email', 'twitter'), { bareLetters: true })})\s*:?$`, 'iu');

/** "Address:" alone on its line, the address under it: a label inside the official's block, not a heading that ends it. */
export const isAddressLabelAlone = (line: string): boolean => line.length < 40 && ADDRESS_LABEL.test(line) && line.replace(ADDRESS_LABEL, '') === '';

/** "…, Lima 15001, Perú dboluarte@…": an email run onto the end of the address's last line, no label between. */
const TRAILING_EMAIL = /[\s,;]+(\S+@\S+?)[.;,]?$/u;

function addAddressLine(o: ImportedOfficial, text: string, line: number): void {
  let value = text.replace(ADDRESS_LABEL, '').replace(/\s*[,;]\s*$/, '');
  const email = TRAILING_EMAIL.exec(value);
  const address = email ? emailsIn(email[1] ?? '') : [];
  if (email && address.length === 1 && !value.slice(0, email.index).includes('@')) {
    for (const e of address) if (!o.emails.some((x) => x.value === e)) o.emails.push({ value: e, line });
    value = value.slice(0, email.index).replace(/\s*[,;]\s*$/, '');
  }
  const phone = TRAILING_PHONE.exec(value);
  if (phone && (phone[1]?.replace(/\D/g, '').length ?? 0) >= 10 && !o.phone) {
    o.phone = { value: phone[1] ?? '', line };
    value = value.slice(0, phone.index);
    // The case file holds one phone number: the second is named in a TODO, not lost.
    if (phone[2] !== undefined && phone[2].replace(/\D/g, '').length >= 10) o.unsure.push({ value: phone[2], line, why: SECOND_PHONE });
    // "Je kunt appen naar +31 6 …": the words that lead to a messaging number say how to use it; no address holds them.
    if (LEADS_TO_NUMBER.test(value)) {
      o.unsure.push({ value: value.trim(), line, why: 'words before the phone number, not an address line' });
      value = '';
    }
  }
  if (value !== '') o.address.push({ value, line });
}

const SECOND_PHONE = 'a second phone number: the case file holds one; add it to the letter if you need it';
const digitsOf = (number: string): string => number.replace(/\D/g, '');

function addContact(o: ImportedOfficial, c: ContactLine, line: number): void {
  if (c.address) addAddressLine(o, c.address, line);
  for (const email of c.emails) if (!o.emails.some((e) => e.value === email)) o.emails.push({ value: email, line });
  if (c.fax && !o.fax) o.fax = { value: c.fax, line };
  if (c.phone && !o.phone) o.phone = { value: c.phone, line };
  // "… Hotline: (800) 555-0100" / "… Hotline: (512) 555-0199": an office's second line on a line of
  // its own is named in a TODO, never lost (the case file holds one number).
  else if (c.phone && o.phone && digitsOf(c.phone) !== digitsOf(o.phone.value)) o.unsure.push({ value: c.phone, line, why: SECOND_PHONE });
  if (c.twitter && !o.twitter) o.twitter = { value: c.twitter, line };
  // "X: @JusticeEx" / "X: @PresidencyEx": the case file holds one handle, the second is named in a TODO.
  else if (c.twitter && o.twitter && c.twitter.toLowerCase() !== o.twitter.value.toLowerCase()) o.unsure.push({ value: c.twitter, line, why: SECOND_HANDLE });
  // "Salutation: Dear President Example Office of the President of …": the institution glued on is the address's first line.
  const glued = c.salutation && !o.salutation ? splitGreetingInstitution(c.salutation) : undefined;
  if (glued) o.address.push({ value: glued[1], line });
  if (c.salutation && !o.salutation) o.salutation = { value: (glued?.[0] ?? c.salutation).replace(/[,:]$/, ''), line, confidence: 'high' };
  for (const left of c.leftOut ?? []) o.unsure.push({ value: left.value, line, why: left.why });
}

/** Courtesy words that only open a greeting, in the languages the importer reads. */
const GREETING_OVER_BLOCK = /^(?:dear|estimad[oa]s?|sehr geehrte[rn]?|cher|chere|geachte|hooggeachte)\s/;

/** A name in Latin letters, then the same name in its own script in brackets. */
const NATIVE_NAME_AFTER = /^(\p{Script=Latin}[\p{Script=Latin}\s.'’-]{2,60}?)\s*[(（]([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Thai}\s・·]{2,30})[)）]$/u;

/**
 * "Matsushima Midori (松島みどり)": a section's page gives the minister's name as letters are addressed
 * and again as she writes it. The first is the name; the bracket is named in the report, not lost.
 */
function nativeNameAside(o: ImportedOfficial, written: string, line: number): string {
  const m = NATIVE_NAME_AFTER.exec(written.trim());
  if (!m?.[1] || !m[2]) return written;
  o.unsure.push({ value: m[2], line, why: 'the name again in its own script: kept out of the name, which is as letters are addressed' });
  return m[1].trim();
}

/** "Attorney General of the Republic, Tarek William Saab" and the like. */
function readHeaderLine(o: ImportedOfficial, written: string, line: number, nameMayLead = true): void {
  // "His Excellency" with no name under it: the courtesy title, never the name.
  const alone = honorificAlone(written);
  if (alone !== undefined) {
    if (!o.honorific) o.honorific = { value: alone, line };
    else o.unsure.push({ value: written, line });
    return;
  }
  // "Dear Minister" printed over the name, as the petition's heading: a greeting, never an office.
  if (GREETING_OVER_BLOCK.test(fold(written))) {
    o.unsure.push({ value: written, line, why: 'a greeting printed over the address, not an office: the letter\'s own greeting is the salutation' });
    return;
  }
  let text = unglueOffice(nativeNameAside(o, written, line));
  // "His Excellency, Emmerson D Mnangagwa": that comma parts the courtesy title from the name, not two fields.
  const courtesy = /^[^,]{2,40},\s/.test(text) ? splitHonorific(text) : undefined;
  // "A Sua Excelência, Senhor Daniel Exemplo": the courtesy printed on a line of its own, with its comma, before another.
  if (courtesy?.honorific !== undefined && (text.slice(0, text.length - courtesy.rest.length).trimEnd().endsWith(',') || courtesy.honorific.includes(', '))) {
    if (!o.honorific) o.honorific = { value: courtesy.honorific, line };
    text = courtesy.rest;
  }
  // "Secretary Menardo I. Guevarra,": a line of an address block ends in a comma.
  const parts = text.replace(/[\s,;]+$/, '').split(/\s*,\s+|\s+[–—-]\s+/).filter(Boolean);
  let last: 'title' | 'organisation' | undefined;
  let addressBegun = false;
  // "White Hall, Queen Park West" under the named official and his office: a line of the envelope
  // that is address from its first part, its comma printed inside it, stays the one line it is.
  const [head] = parts;
  if (parts.length === 2 && head !== undefined && !CARE_OF_START.test(head) && o.name !== undefined && o.title !== undefined && isAddressLike(head) && !/\d/.test(text)) {
    o.address.push({ value: text.replace(/[\s,;]+$/, ''), line });
    return;
  }
  for (const part of parts) {
    // "…, Gholamhossein Mohseni Ejei, c/o Embassy of Iran to the European Union": the address begins.
    // "Sr. Jan Ejemplo, Presidente de la República, Palacio de Ejemplo, Villa, Valdor.": so does a
    // building or a street after the name and office, and the town and country after it go with it.
    if (CARE_OF_START.test(part) || addressBegun || (o.name !== undefined && o.title !== undefined && isAddressLike(part))) {
      // The record's closing stop ("…, Valdor.") is no part of the country's name.
      o.address.push({ value: part === parts.at(-1) ? part.replace(/(?<=\p{L}{2})\.$/u, '') : part, line });
      addressBegun = true;
      continue;
    }
    // "Alisa Example, Adv.": the letters after the name on its line are no office nor address.
    if (o.name?.line === line && !o.nameFromOffice && isPostNominal(part)) {
      o.unsure.push({ value: part, line, why: 'letters after the name (a seat, a rank or an honour), not part of it' });
      continue;
    }
    const { honorific, rest: written } = splitHonorific(part);
    if (honorific && !o.honorific) o.honorific = { value: honorific, line };
    // "Zhao Kezhi Buzhang": the pinyin office after the name is the title (or, with one already, left out and named).
    // "Minister of Justice Wu Example Buzhang / Sifabu": the ministry after the slash is the institution.
    const slashed = o.name ? undefined : splitPinyinInstitution(written);
    if (slashed) readPinyinOffice(o, { institution: slashed.institution }, line, '');
    const named = slashed?.rest ?? written;
    const pinyin = splitPinyinOffice(named);
    if (pinyin && !o.name) readPinyinOffice(o, pinyin, line);
    const rest = pinyin && !o.name ? pinyin.name : named;
    // "WENJiabao Guojia Zongli": a glued name the pinyin reader parted from its office is the name,
    // though one word is no name to the readers below.
    if (pinyin && !o.name && !/\s/u.test(pinyin.name)) {
      setName(o, pinyin.name, line);
      last = undefined;
      continue;
    }
    // "Procurador-Geral da República Exmo. Sr. Dr. Hélder Modelo": the office, the courtesy titles, the name.
    const inner = o.name ? undefined : splitOfficeCourtesyName(rest);
    if (inner) {
      if (!o.honorific) o.honorific = { value: inner.honorific, line };
      if (!o.title) o.title = { value: inner.title, line };
      else o.unsure.push({ value: inner.title, line });
      if (inner.name !== undefined) setName(o, inner.name, line);
      else o.unsure.push({ value: inner.unsure ?? '', line, why: 'an office and a name after the courtesy titles: which words are the name?' });
      last = undefined;
      continue;
    }
    const leading = nameMayLead ? splitLeadingRole(rest) : undefined;
    // "Ministra da Justiça, Assuntos Constitucionais e Religiosos" over "Exma. Sra. Helena Modelo":
    // with the name on the line beside it, capitalised words after the office on its line go on the office.
    const officeGoesOn = last === 'title' && !nameMayLead && !honorific;
    const royal = honorific !== undefined && !o.name ? splitRoyalTitle(honorific, rest) : undefined;
    // "Jane Example Ministry of Justice": a name run into the institution that opens the address.
    const institution = royal || o.name ? undefined : splitNameInstitution(rest);
    // "Governor of …" / "LU Example, Zhejiangsheng Renmin Zhengfu": the institution in pinyin after
    // (or under) the office is the organisation, never a name.
    if (isPinyinInstitution(rest)) {
      if (!o.organisation) o.organisation = { value: rest, line };
      else o.unsure.push({ value: rest, line });
      last = undefined;
      continue;
    }
    if (institution) {
      setName(o, institution.name, line);
      if (institution.title !== undefined && !o.title) o.title = { value: institution.title, line };
      if (!o.organisation) o.organisation = { value: institution.institution, line };
      else o.unsure.push({ value: institution.institution, line });
      last = 'organisation';
      continue;
    }
    if (royal) {
      if (!o.title) o.title = { value: royal.title, line };
      else o.unsure.push({ value: royal.title, line });
      setName(o, royal.name, line);
    } else if (!o.name && (honorific || isPersonName(rest)) && !isRoleLike(rest) && rest !== '' && !officeGoesOn && !(leading && shortOffice(rest.split(/\s+/)))) {
      setName(o, rest, line);
    } else if (!o.name && leading) {
      // "Ambassador Shaikh Abdulla …": an honorific after the office is not part of the name.
      const after = splitHonorific(leading.name);
      if (after.honorific && !o.honorific) o.honorific = { value: after.honorific, line };
      // "Minister of Justice Wu Example Buzhang / Sifabu": the pinyin office after the name is the
      // office again (named in a TODO), its ministry the institution.
      const pinyinAfter = splitPinyinOffice(after.rest);
      if (pinyinAfter) readPinyinOffice(o, pinyinAfter, line, leading.title);
      setName(o, pinyinAfter?.name ?? after.rest, line);
      // "National Assembly President" / "Diputado Gustavo Porras": with the office read already, the
      // word before the name is how the envelope addresses him, kept as his honorific.
      if (!o.title) o.title = { value: leading.title, line };
      else if (!o.honorific) o.honorific = { value: leading.title, line };
    } else if (isOrganisation(rest) && !o.organisation) {
      o.organisation = { value: rest, line };
      last = 'organisation';
      continue;
    } else if (isRoleLike(rest) && o.title && rest.length > o.title.value.length && fold(rest).startsWith(`${fold(o.title.value)} `)) {
      // "Minister Tang Yijun" / "Minister of Justice": the fuller office replaces the word before the name.
      o.title = { value: rest, line };
      last = 'title';
      continue;
    } else if (isRoleLike(rest) && !o.title) {
      // "Madame la Ministre de la Justice": the office without its article, the courtesy title kept apart.
      o.title = { value: honorific ? rest.replace(/^(?:la|le|l['’]|el|der|die|o|a)\s*(?=\p{Lu})/u, '') : rest, line };
      last = 'title';
      continue;
    } else if (last === 'organisation' && o.name && !o.nameFromOffice && !isRoleLike(rest) && endsInCountry(parts)) {
      // "Minister Jane Example, Ministry of Interior, Block R, Pak Secretariat, Islamabad, Pakistan":
      // an envelope run onto one line, its commas its line breaks; after the person and his
      // institution, a part that names no office, up to the country that ends the line, is the address.
      o.address.push({ value: part === parts.at(-1) ? part.replace(/(?<=\p{L}{2})\.$/u, '') : part, line });
      addressBegun = true;
      continue;
    } else if (last && o[last]) {
      // "Minister of Justice, Human Rights and Worship": the comma was inside the title.
      o[last] = { value: `${o[last]?.value}, ${rest}`, line };
      continue;
    } else if (rest !== '' && o.name && o.organisation && o.address.length === 0 && capitalCountryOf(rest) !== undefined) {
      // "Jane Example Ministry of Justice" / "Khartoum": a capital alone under the institution is its town.
      o.address.push({ value: part, line });
      addressBegun = true;
      continue;
    } else if (rest !== '') {
      // Neither a name nor an office: never guessed into a field, named in a TODO instead.
      o.unsure.push({ value: part, line });
    }
    last = undefined;
  }
}

/** "…, Islamabad, Pakistan": a line of several comma parts whose last names a country (its closing stop aside). */
const endsInCountry = (parts: readonly string[]): boolean => parts.length >= 3 && countryCode((parts.at(-1) ?? '').replace(/\.$/u, '')) !== undefined;

/** A pinyin office printed after the name: the title when there is none yet (else named in a TODO), its ministry the organisation. */
function readPinyinOffice(o: ImportedOfficial, pinyin: { office?: string; institution?: string }, line: number, title?: string): void {
  if (pinyin.office !== undefined && !o.title && title === undefined) o.title = { value: pinyin.office, line };
  else if (pinyin.office !== undefined) o.unsure.push({ value: pinyin.office, line });
  if (pinyin.institution === undefined) return;
  if (!o.organisation) o.organisation = { value: pinyin.institution, line };
  else o.unsure.push({ value: pinyin.institution, line });
}

/**
 * A courtesy title inside a line, after the words that open it: written with a full stop ("Exmo.",
 * "Sr.", "Dra.", "S.E.") or in two words ("Sua Eccellenza", "His Excellency"), so that a single
 * word that is also a name's or an office's ("Lady", "Don", "Prince") is never taken for one.
 */
const INNER_COURTESY = /\s(?=\p{Lu}\p{L}{0,5}\.(?:\p{L}{1,3}\.?)?\s|(?:Sua|Su|Vossa|Vostra|His|Her|Son|Sa|Seine|Ihre|Zijne|Hare)\s\p{Lu})/u;

/**
 * Portuguese and Italian pages print the office, then the courtesy titles, then the name on one
 * line ("Ministra da Administração Interna Exma. Sra. Dra. Helena Modelo"): the courtesy titles
 * part the office from the name. The office is read up to them (a known office opening the line
 * may run on for words the office lists do not know), and they are never part of the name.
 */
function splitOfficeCourtesyName(text: string): { title: string; honorific: string; name?: string; unsure?: string } | undefined {
  if (text.length > 160) return undefined;
  const at = INNER_COURTESY.exec(text);
  if (!at || at.index === 0) return undefined;
  const title = text.slice(0, at.index).replace(/[\s,;]+$/, '');
  const { honorific, rest } = splitHonorific(text.slice(at.index + 1));
  if (honorific === undefined || !(honorific.includes('.') || honorific.includes(' '))) return undefined;
  if (!isRoleLike(title) || isOrganisation(title)) return undefined;
  if (isPersonName(rest) && !isRoleLike(rest)) return { title, honorific, name: rest };
  // "… Exmo. Sr. Juiz Conselheiro Hélder Modelo": a rank, then a name, the two not told apart by
  // the word lists: the whole is left out of the name and named in a TODO.
  return splitLeadingRole(rest) ? { title, honorific, unsure: rest } : undefined;
}

/** A courtesy title that addresses a monarch ("Zijne Majesteit", "Seine Majestät", "Sa Majesté", "Su Majestad"). */
const MAJESTY = /\b(?:majest|maesta|hoheit|highness|altesse|alteza|hoogheid)/;
/** The monarch's office after it, perhaps with its article ("le Roi", "el Rey"). */
const ROYAL_TITLE = /^(?:(?:le|la|el|il|o|a|de|der|die)\s+)?(King|Queen|Koning|Koningin|König|Königin|Roi|Reine|Rey|Reina|Re|Regina|Rei|Rainha|Kung|Drottning|Konge|Dronning)\s+(?=\p{Lu})/u;

/**
 * "Zijne Majesteit Koning Abdullah Voorbeeld II", "Seine Majestät König Beispiel", "Sa Majesté le Roi
 * Exemple VI": the king's office between the courtesy title and the name is his title, never part
 * of the name. A monarch is often named by one name and a number.
 */
function splitRoyalTitle(honorific: string, rest: string): { title: string; name: string } | undefined {
  if (!MAJESTY.test(fold(honorific))) return undefined;
  const m = ROYAL_TITLE.exec(rest);
  const name = m ? rest.slice(m[0].length).trim() : '';
  if (!m || !(isPersonName(name) || /^\p{Lu}\p{Ll}+(?:\s+[IVX]+)?$/u.test(name))) return undefined;
  return { title: m[1] ?? '', name };
}

/** The name, without a country run onto it in a flattened block (left out and named: it may open the address). */
function setName(o: ImportedOfficial, text: string, line: number): void {
  const { name, country } = splitTrailingCountry(text);
  o.name = { value: name, line };
  if (country !== undefined) o.unsure.push({ value: country, line, why: 'a country printed after the name: is it the start of the organisation or the address?' });
}

/** An office without a personal name ("Embassy of Venezuela"): its title or organisation is the name. */
/**
 * "The Office of the Deputy Attorney General (International Law)" / "Ministry of Justice" / "Alisa
 * Example, Adv.": the office the person holds, printed as its office's name, over the ministry it
 * belongs to. Read as an organisation and a title, they are the other way round: the office's line
 * is her title, the ministry her institution (the first line of her address).
 */
function officeOfTheHolder(o: ImportedOfficial): void {
  const office = o.organisation;
  const title = o.title;
  if (!office || !title || !o.name || office.line > title.line || !/^(?:the\s+)?office\s+of\s+the\s+\p{L}/iu.test(office.value)) return;
  if (!startsWithOrganisation(title.value) || /^(?:the\s+)?office\b/iu.test(title.value)) return;
  o.title = office;
  o.organisation = title;
}

function nameFromOffice(o: ImportedOfficial): void {
  // "Example Board of Pardons" / "General Counsel's Office" / street: a body written to, with the
  // office of it that takes its post under it. Two institutions and no person: the first printed is
  // whom the letter addresses, the one under it the first line of its address.
  if (o.title && o.organisation && o.organisation.line < o.title.line && isOrganisation(o.title.value)) {
    o.address.unshift(o.title);
    o.title = undefined;
  }
  const stand = o.title ?? o.organisation;
  if (!stand) return;
  o.name = stand;
  o.nameFromOffice = true;
  if (stand === o.title) o.title = undefined;
  else o.organisation = undefined;
}

function confidenceOf(o: ImportedOfficial): Confidence {
  if (!o.name || !reachableBy(o)) return 'low';
  return o.nameFromOffice || (!o.title && !o.organisation) ? 'medium' : 'high';
}
