// Web pages copied as text, and some PDFs, run a whole official onto one line: "Attorney General
// Jane Doe Ministerio Público, 15 Avenida 15-16, Zona 1 Phone: … | Fax: … | Email: … Salutation:
// Dear Attorney General", or the contact details and the sample letter together ("… SAMPLE
// LETTER Dear Counsellor, I am writing …"). Such a line is cut back into the lines it was made
// of, so the same recognisers read it as they read a page with one field per line. Only a line
// that is clearly flattened (two labels or more, or a heading in its middle) is touched.
import { CARE_OF, POST_BOX_WORDS } from './address-words.js';
import { NOT_A_SENTENCE_END, isCompoundStreet, isPersonName, isRoleLike, opensAddress, splitHonorific, splitLeadingRole, startsWithOrganisation, streetNameBefore } from './official-words.js';
import { splitPinyinAddress } from './pinyin.js';
import { opensBuilding } from './building.js';
import { splitCopiesSentence, splitCopyHead, splitCopyLine } from './copy-line.js';
import { splitAddressedLetter } from './addressed-letter.js';
import { fold } from './fold.js';
import { hasOfficeWord, officeLengthAt, officePattern, opensNumberedInstitution } from './office-words.js';
import { labelsOf, printedLabels } from './field-labels.js';
import { splitGlued, splitLostBreak } from './glued.js';
import { splitInstitutionPlace } from './institution-place.js';
import { splitAddresseeLine, splitWriteToHead } from './write-to-inline.js';
import { splitNameThenPlace } from './name-then-place.js';
import { splitInstitutionToCountry } from './institution-to-country.js';
import { opensPlace } from './place-words.js';
import { splitCareOfThenText } from './care-of-then-text.js';
import { splitCareOfLine } from './care-of-run.js';
import { splitAddressRecord, splitSentenceAddress } from './sentence-address.js';
import { splitBracketedDetails, splitLabelledSentence } from './prose-labels.js';
import { splitEmailedOffices } from './emailed-offices.js';
import { splitWhoseEmails } from './whose-email.js';
import { splitGluedGreeting } from './glued-greeting.js';
import { splitOfficeGreeting } from './office-greeting.js';
import { splitGreetingInside, splitTrailingGreeting } from './greeting-at-end.js';
import { splitGluedLetterHead } from './glued-letter-head.js';
import { splitGluedSentence } from './glued-sentence.js';
import { splitGluedClosing } from './glued-closing.js';
import { cutFlatBlock } from './flat-block.js';
import { splitValueThenNext } from './value-then-next.js';
import { germanStreetStart, splitGermanPostcode } from './german-street.js';
import { isDateOnly } from './written-date.js';
import { cutFaxListLine } from './fax-list-record.js';
import { splitInstitutionStreet } from './institution-street.js';
import { splitSlashBlock } from './slash-block.js';
import { splitAddressedFormLine } from './addressed-form-line.js';
import { splitLabelledEnvelope } from './labelled-envelope-line.js';
import { splitRunOnGreeting } from './run-on-greeting.js';
import { withCountryOnTown } from './town-country.js';
import { streetNamedBefore } from './street-name-first.js';

const INSTITUTION_ADJECTIVE = /^(?:Royal|Imperial|Federal|Supreme|Permanent|Presidential|People['’]s)$/u;
/**
 * Office words (office-words.ts) that are surnames too, and end a name before "de", "of" as often
 * as they open an office ("Bruno Le Maire Ministre de …", "María Alcalde de la Vega").
 */
export const SURNAMES = ['judge', 'maire', 'alcalde', 'alcaldesa', 'alcaide', 'sheikh', 'König', 'Königin'];
/** An office named after a person: "King of …", "Prosecutor General of …", "Chairman of the …". */
const OFFICE_AFTER_NAME = new RegExp(String.raw`^(?:${officePattern(SURNAMES)})\b(?:\s+\p{L}+){0,2}?\s+(?:of|for|de|del|du|des)\b`, 'u');

/**
 * Contact labels as written: they start a field ("Fax:", "Correo-e:"). A comma-parted record
 * writes a channel's label in lower case ("email:"); a handle's or a salutation's label is read
 * only capitalised ("x:" in lower case is no label).
 */
const LABEL = String.raw`(?:${printedLabels(labelsOf('phone', 'fax', 'email'), { lowerFirst: true })}|${printedLabels(labelsOf('twitter', 'salutation', 'otherChannel'))}|Webform|Contact [Ff]orm|Online [Ff]orm)\s*\.?:`;
const LABEL_AT = new RegExp(String.raw`(?:^|\s+(?:[|I·/]\s+)?)(?=${LABEL})`, 'gu');
/** Where a flattened official's line turns into an instruction to the reader. */
const INSTRUCTION_START = /\s(?=(?:Due to|Please|Kindly|Note:|Por favor|Debido a|Veuillez|Merci de|Bitte)\b)/u;
/** "… MYANMAR (Anrede: Dear Mr. President / Sehr geehrter Herr Präsident)", its bracket perhaps cut off with the page. */
const BRACKETED_SALUTATION_TAIL = new RegExp(String.raw`^(.{20,}?)\s+(\((?:korrekte |richtige )?(?:${printedLabels(labelsOf('salutation'))})\s*:[^()]{3,200}\)?)$`, 'u');
const BARE_NUMBER = new RegExp(String.raw`\s+(?=(?:${printedLabels(labelsOf('phone', 'fax'), { lowerFirst: true })})\.?\s+\+?\(?\d)`, 'u');
/** Headings that a flattened page leaves in the middle of a line. */
const HEADING = /(?:^|\s+)(?=(?:SAMPLE LETTER|CONTACT INFORMATION|MUSTERBRIEF|BRIEFVORLAGE|CARTA MODELO|MODÈLE DE LETTRE|BREVFÖRSLAG)\b)/gu;
/** "Dear Attorney General, I am writing": the salutation ends at its comma or colon. */
// A full stop may end an abbreviation inside it ("Dear Mr. Gholamhossein Mohseni Ejei,").
const SALUTATION_THEN_TEXT = /^((?:(?:Dear|Estimad[oa]s?|Señor(?:a)?|Sehr geehrte[rs]?|Monsieur|Madame|Exzellenz|Your (?:Royal )?(?:Excellency|Highness|Majesty))\b|H\.\s?E\.(?=\s\p{Lu}))(?:[^,:.]|(?<=\b\p{L}{1,3})\.){0,80}[,:])\s+(?=\p{Lu})/u;
/**
 * "Sehr geehrter Herr Doe, die Journalistin …", "Monsieur le Ministre, je vous écris …": German and
 * French go on in lower case after the greeting's comma. French only with an office after "le/la"
 * (or none): "Madame Jane Doe, ancienne députée, a été …" is a sentence about her, not a greeting.
 */
const SALUTATION_THEN_LOWER = /^((?:Sehr geehrte[rs]?\b(?:[^,:.]|(?<=\b\p{L}{1,3})\.){0,80}|(?:Monsieur|Madame)(?:\s+(?:le|la)\s+[^,:.]{2,60})?),)\s+(?=\p{Ll})/u;

/**
 * "jane@example.org Dear Minister, I am writing …", "[email protected] H.E. President Jane Doe, I
 * am writing …": an official's last email, then the letter's greeting and its text, on one line.
 */
const EMAIL_THEN_LETTER = /^(\S+@\S+|\[email(?:\s|\u00a0)+protected\])\s+(?=(?:Dear|Estimad[oa]s?|Sehr geehrte[rs]?|Monsieur|Madame|H\.\s?E\.|Your (?:Royal )?(?:Excellency|Highness|Majesty))\s(?:[^,:.@]|(?<=\b\p{L}{1,3})\.){1,80}[,:]\s+\p{L})/u;

export interface Piece {
  text: string;
  /** Index of the source line (0-based), kept for the report's line numbers. */
  from: number;
}

const LABELS = new RegExp(String.raw`(?:^|\s)${LABEL}`, 'gu');
const HEADING_ONE = new RegExp(HEADING.source, 'u');
const LABEL_AFTER = new RegExp(String.raw`\s${LABEL}`, 'u');

export function isFlattened(line: string): boolean {
  // Every kind below needs a colon or a long line: most lines of a document are neither.
  if (line.length <= 80 && !line.includes(':')) return false;
  // A short line is flattened only by a label after a head of 20 characters (headThenLabel), whose
  // colon comes later still: a flattened official's field cut from its line ("Fax: …") is not
  // searched for labels again.
  if (line.length <= 80 && line.lastIndexOf(':') <= 20) return false;
  const labels = line.match(LABELS)?.length ?? 0;
  return (labels >= 2 && line.length > 80) || (line.length > 80 && HEADING_ONE.test(line)) || (labels === 1 && headThenLabel(line));
}

/**
 * One label after a person and a street address ("Procureur général Zbigniew Ziobro Al.
 * Ujazdowskie 11 00-950 Warsaw Pologne Courriel : kontakt@…"): a name, then a number, then the label.
 */
function headThenLabel(line: string): boolean {
  const at = LABEL_AFTER.exec(line)?.index;
  if (at === undefined || at < 20) return false;
  // "• Ms. Jane Doe, Minister of Justice, 8 Example Street, …, Fax: …": a list's bullet opens the record.
  const head = line.slice(0, at).replace(/^[•·▪●◼■-]\s+/u, '');
  if (!/^\p{Lu}/u.test(head) || head.split(/\s+/).length < 5) return false;
  return (/\d/.test(head) && (!endsSentence(head) || isTitleCaseRun(head))) || (!endsSentence(head) && (personThenInstitution(head) || officeThenPerson(head) || personNamedThenOffice(head)));
}

/**
 * "General Jan Example Head of the National Army, Email: …": a person (his rank or courtesy
 * before him) and then his office "X of …", with one label after them and nothing else.
 */
function personNamedThenOffice(head: string): boolean {
  if (head.length > 160 || head.includes(':')) return false;
  const words = head.trim().replace(/,$/u, '').split(/\s+/u);
  const office = words.findIndex((w, i) => i >= 2 && /^\p{Lu}/u.test(w) && OFFICE_AFTER_NAME.test(fold(words.slice(i, i + 4).join(' '))));
  if (office < 2) return false;
  const who = words.slice(0, office).join(' ').replace(/,$/u, '');
  return isPersonName(splitHonorific(who).rest) && isRoleLike(words.slice(office).join(' '));
}

/**
 * "Liberation Front Spokesperson Jane Doe Email: …": a page's contact cells run together, the
 * office (with the group it speaks for) and the person before one label, and nothing else.
 */
function officeThenPerson(head: string): boolean {
  return head.length <= 120 && !head.includes(':') && splitLeadingRole(head.trim()) !== undefined;
}

/**
 * "Prime Minister Jane Doe Office of the Prime Minister Example Boulevard Capital City, Country
 * Twitter: @…": an address with no number, after a person (with his office) and an institution.
 */
function personThenInstitution(head: string): boolean {
  if (head.length > 200 || head.includes(':')) return false;
  const [who, ...rest] = splitHeader(head);
  return who !== undefined && (isPersonName(splitHonorific(who).rest) || splitLeadingRole(who) !== undefined) && rest.some(startsWithOrganisation);
}

/** Italian and Portuguese courtesy titles before a name ("S.E.", "Sua Eccellenza", "Sig.ra", "Exmo. Sr."). */
const ROMANCE_COURTESY = /\s(?=(?:S\.\s?E\.|Sua (?:Eccellenza|Maestà|Excelência|Majestade)|Sig\.(?:ra)?|Dott\.(?:ssa)?|Avv\.|On\.|Exm[oa]\.|Sr\.|Sra\.)\s+\p{Lu})/u;

/** The palace an office sits in, whose name may follow the official's on a flattened line. */
const PALACE = /^(?:Palazzo|Palácio|Palacio|Palais|Palace)$/u;

/** Small words an address or a name writes in lower case ("a", "de", "del", "y", "of the"). */
const SMALL_WORD = /^(?:a|al|de|del|la|las|los|el|y|e|of|the|and|du|des|d|le|les|et|von|der|und|i|da|do|dos)$/u;

/**
 * "Jorge Doe Esqs. Monjas a San Pedro, Hemiciclo. Palacio Federal, Av Sur 2, Caracas": every word
 * capitalised, a number or a small word. A full stop there ends an address's part, not a sentence:
 * a sentence has words in lower case.
 */
function isTitleCaseRun(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w !== '');
  return words.length >= 6 && words.every((w) => /^[\p{Lu}\d(]/u.test(w) || SMALL_WORD.test(w.replace(/[,.]$/u, '')));
}

/** "Fax:", "Tel.:" alone before a c/o: the number's line, not an address. */
const NUMBER_LABEL_ALONE = new RegExp(String.raw`^(?:${printedLabels(labelsOf('phone', 'fax'), { lowerFirst: true })})\s*\.?:$`, 'u');
const CARE_OF_PART = new RegExp(String.raw`^(.{3,}?)[\s,;]+(${CARE_OF}\s.+)$`, 'iu');

/** "Head of the Judiciary, Jane Doe c/o Embassy of X, Avenue Y No. 15, 1050 Bruxelles": the c/o part is the address. */
function splitCareOf(line: string): string[] {
  const m = CARE_OF_PART.exec(line);
  // Only an official's line: a sentence that mentions a c/o address stays whole, and so does a
  // number's line that says through whom it reaches him ("Fax: c/o the public fax at …, +231 …").
  if (!m || /@/.test(m[1] ?? '') || /[.!?]["”]?$/.test(line) || (m[1] ?? '').split(/\s+/).length > 14 || NUMBER_LABEL_ALONE.test(m[1] ?? '')) return [line];
  // "…, 1050 Bruxelles, Belgium": the country stays on its town's line (town-country.ts).
  return [(m[1] ?? '').trim(), ...withCountryOnTown((m[2] ?? '').split(/\s*,\s+/).filter((p) => p !== ''))];
}

/**
 * The envelope a greeting ends ("Minister of Justice Jane Example Ministry of Justice 12 Court Road
 * Example City Examplestan" / "Dear Minister,"): a flattened PDF runs its lines together with single
 * spaces, no commas. Right above the greeting it can only be the addressee's: when no other rule
 * cuts it and it opens with a person (under his office or courtesy title), it is cut as an
 * official's head is (the person, the institution, the address from its first number).
 */
function envelopeLines(head: string): string[] {
  const lines = unflattenLine(head);
  if (lines.length > 1 || head.includes(',') || !/\d/.test(head)) return lines;
  const parts = splitHeader(head);
  const [who = ''] = parts;
  const { honorific, rest } = splitHonorific(who);
  const person = splitLeadingRole(who) !== undefined || (honorific !== undefined && isPersonName(rest));
  return person && parts.length >= 2 ? parts : lines;
}

/** The lines a flattened line was made of; any other line is returned as it is. */
/** "Acción UrgenteVENEZUELA: …": a page's heading run into the headline when its markup was lost. */
const GLUED_KIND = /^(Urgent Action|URGENT ACTION|Acción Urgente|ACCIÓN URGENTE|Action urgente|ACTION URGENTE)(?=\p{Lu}{2,}[\p{Lu}\s]*:)/u;
/**
 * GLUED_KIND without its letter classes (a capital letter is A–Z or above U+00BF): every line is
 * tried, and the Unicode classes cost a compile at the first run that a page with no glued kind
 * never needs.
 */
const GLUED_KIND_FIRST = /^(?:Urgent Action|URGENT ACTION|Acción Urgente|ACCIÓN URGENTE|Action urgente|ACTION URGENTE)[A-Z\u00c0-\uffff]/;

export function unflattenLine(line: string): string[] {
  // "Mr Jane Example / Minister of Justice / Ministry …": an address block with slashes for its breaks.
  const slashed = splitSlashBlock(line);
  if (slashed) return slashed;
  // "À Préfecture de … 8 rue … 25035 BESANCON CEDEX": a form letter's addressee on one line.
  const addressed = splitAddressedFormLine(line);
  if (addressed) return addressed;
  // "Aan: Zijne excellentie, de ambassadeur … Voorbeeldweg 12 1234 AB Den Haag": a "To:" label and the block flattened onto it.
  const envelope = splitLabelledEnvelope(line, splitHeader);
  if (envelope) return envelope;
  // "… Juan Ejemplo RuizMás información en: …": a name glued to the next sentence.
  const sentence = splitGluedSentence(line);
  if (sentence) return [...unflattenLine(sentence[0]), ...unflattenLine(sentence[1])];
  // "… against Jane Example. Yours sincerely,Ms Ann Sample": the closing and signer run onto the last paragraph.
  const closing = splitGluedClosing(line);
  if (closing) return [...unflattenLine(closing[0]), ...closing.slice(1)];
  // "September 13, 2007Charles ExampleDeputy Chief of Mission…Dear Mr. Example,As …": a letter's head with its breaks lost.
  const head = splitGluedLetterHead(line);
  if (head) return [...head.slice(0, -1), ...unflattenLine(head.at(-1) ?? '')];
  // "Monsieur le Ministre,Considérant …": the letter's greeting glued to its first sentence.
  // "Fiscal General: El día …": a greeting by office alone glued to the letter (office-greeting.ts).
  // "Zijne excellentie, de ambassadeur … Ik schrijf u …": a greeting run on with no comma (run-on-greeting.ts).
  const greeting = splitGluedGreeting(line) ?? splitOfficeGreeting(line) ?? splitRunOnGreeting(line);
  if (greeting) return [greeting[0], ...unflattenLine(greeting[1])];
  // "… 1209 Geneva, Switzerland Dear Mr Example,": the greeting run onto the address's end.
  const trailing = splitTrailingGreeting(line);
  if (trailing) return [...envelopeLines(trailing[0]), trailing[1]];
  // "… Cairo, Egypt Dear Counsellor, I call on you …": the envelope, the greeting and the letter.
  const inside = splitGreetingInside(line);
  if (inside) return [...envelopeLines(inside[0]), inside[1], ...unflattenLine(inside[2])];
  const writeTo = splitWriteToHead(line);
  if (writeTo) return [writeTo[0], ...officialAfterHead(writeTo[1])];
  const letter = splitAddressedLetter(line);
  if (letter) return letter;
  const copyHead = splitCopyHead(line);
  if (copyHead) return [copyHead[0], ...officialAfterHead(copyHead[1])];
  const addressee = splitAddresseeLine(line);
  if (addressee) return addressee;
  // "Per scrivere al Ministro … l'indirizzo postale è: …; il fax: …": labels inside a sentence.
  const labelled = splitLabelledSentence(line) ?? splitBracketedDetails(line) ?? splitWhoseEmails(line) ?? splitEmailedOffices(line);
  if (labelled) return labelled;
  const announced = splitSentenceAddress(line) ?? splitAddressRecord(line);
  if (announced) return announced;
  const dump = splitGlued(line);
  if (dump) return dump.flatMap(unflattenLine);
  const lost = splitLostBreak(line);
  if (lost) return lost.flatMap(unflattenLine);
  const glued = GLUED_KIND_FIRST.test(line) ? GLUED_KIND.exec(line) : null;
  if (glued) return [glued[1] ?? '', ...unflattenLine(line.slice(glued[0].length))];
  const copies = splitCopiesSentence(line);
  if (copies) return [copies[0], ...unflattenLine(copies[1])];
  const copy = splitCopyLine(line);
  if (copy) return [...splitHeader(copy.head).map((p) => p.replace(/[\s,;]+$/, '')), ...copy.tail];
  const emailFirst = line.length > 120 ? EMAIL_THEN_LETTER.exec(line) : null;
  if (emailFirst) {
    const letter = splitLetterStart(line.slice(emailFirst[0].length));
    if (letter.length === 2 && opensRunningText(letter[1] ?? '')) return [emailFirst[1] ?? '', ...letter];
  }
  const faxList = cutFaxListLine(line);
  if (faxList) return faxList;
  // A whole official's block run together with spaces: its lines, each read as any line.
  const block = cutFlatBlock(line, splitHeader);
  if (block) return block.flatMap(unflattenLine);
  const next = splitValueThenNext(line);
  if (next) return [next[0], ...splitHeader(next[1])];
  if (!isFlattened(line)) {
    // "Jane Doe President of Exampleland … EXAMPLELAND (Anrede: Dear Madam President / Sehr geehrte …)":
    // a German page's salutation in brackets ends the official's run; the rest is read without it.
    // (Its bracket is asked for first: the lazy head would otherwise try every length of a long line.)
    const bracketed = line.length > 60 && line.includes('(') ? BRACKETED_SALUTATION_TAIL.exec(line) : null;
    if (bracketed) return [...unflattenLine(bracketed[1] ?? ''), bracketed[2] ?? ''];
    // "Dear Counselor, Amid rising fears …": a page that ran the salutation into the letter.
    if (line.length > 120 && (SALUTATION_THEN_TEXT.test(line) || SALUTATION_THEN_LOWER.test(line))) return splitLetterStart(line);
    const midLetter = line.length > 300 ? splitMidLetter(line) : undefined;
    if (midLetter) return midLetter;
    const official = splitUnlabelledOfficial(line) ?? splitNameThenPlace(line) ?? splitInstitutionToCountry(line, splitHeader);
    if (official) return official;
    const place = splitInstitutionPlace(line) ?? splitInstitutionStreet(line);
    if (place) return place;
    const careOf = splitCareOfLine(line);
    if (careOf) return careOf;
    if (!/ c\/o /i.test(line)) return [line];
    return line.length < 300 ? splitCareOf(line) : splitCareOfThenText(line) ?? [line];
  }
  const out: string[] = [];
  for (const whole of line.split(HEADING)) {
    const heading = /^(SAMPLE LETTER|CONTACT INFORMATION|MUSTERBRIEF|BRIEFVORLAGE|CARTA MODELO|MODÈLE DE LETTRE|BREVFÖRSLAG)\s*:?\s*(.*)$/u.exec(whole);
    if (heading) out.push(heading[1] ?? '');
    // The letter after its heading; after "CONTACT INFORMATION", the official's fields, cut as any flattened part.
    if (heading && heading[1] !== 'CONTACT INFORMATION') {
      out.push(...splitHeadedLetterStart(heading[2] ?? ''));
      continue;
    }
    const part = heading ? heading[2] ?? '' : whole;
    // "… Cairo, Arab Republic of Egypt Fax +202 2391 1441 Email: …": a number after a bare "Fax" or "Tel".
    const pieces = part.split(LABEL_AT).flatMap((p) => p.split(BARE_NUMBER)).map((p) => p.trim()).filter((p) => p !== '');
    const first = pieces[0] ?? '';
    const startsWithLabel = LABEL_FIRST.test(first);
    if (!startsWithLabel) out.push(...splitHeader(first).flatMap(splitCareOf));
    out.push(...(startsWithLabel ? pieces : pieces.slice(1)).flatMap(splitLabelledSalutation).flatMap(valueThenNext));
  }
  return out.filter((l) => l !== '');
}

/**
 * "Write to: President Jane Doe, Office of the President, Exampletown, Email: …": after the
 * instruction's colon, one official's fields parted by commas, then his labelled contacts, too
 * short a line to look flattened. Each part is a line, as a page with one field a line prints it;
 * only when every part before the labels is short and opens with a capital or a number, as an
 * office's, a name's and an address's parts do ("…, asking her to release …" is a sentence).
 */
function officialAfterHead(rest: string): string[] {
  const lines = unflattenLine(rest);
  if (lines.length > 1 || !rest.includes(', ')) return lines;
  const [first = '', ...labelled] = rest.split(LABEL_AT).map((p) => p.trim()).filter((p) => p !== '');
  if (LABEL_FIRST.test(first)) return lines;
  const parts = first.replace(/[\s,;]+$/u, '').split(/\s*,\s+/u);
  if (parts.length < 2 || !parts.every((p) => p.split(/\s+/).length <= 8 && /^[\p{Lu}\d]/u.test(p))) return lines;
  return [...parts, ...labelled.flatMap(splitLabelledSalutation)];
}

const LABEL_FIRST = new RegExp(`^${LABEL}`, 'u');

/** A contact field, then the next official's header cut as such (see value-then-next.ts). */
function valueThenNext(piece: string): string[] {
  const next = splitValueThenNext(piece);
  return next ? [next[0], ...splitHeader(next[1])] : [piece];
}

/** A person's name opens such a line: two capitalised words at least. */
const TWO_CAPITALISED = /^\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’.-]*\s/u;

/** "… Russian Federation Complaint form online": a web form named after the address, for which no field exists. */
const WEB_FORM_AFTER = /\s+(?=(?:(?:online|web|contact|complaint)\s*)+form\b)/iu;

/**
 * An official on one line with no label at all ("Krasnov Igor Viktorovich Prosecutor General of the
 * Russian Federation ul. Bolshaya Dmitrovka, 15a, … 125993 Russian Federation"): a person's name,
 * an office and an address with a number, and no sentence. Anything less sure stays whole.
 */
function splitUnlabelledOfficial(line: string): string[] | undefined {
  // Cheap tests first: most lines of a UA are prose or labelled, and are never split further.
  if (line.length < 40 || line.length > 300 || line.includes(':') || line.includes('@') || !/\d/.test(line) || !/^\p{Lu}/u.test(line) || endsSentence(line)) return undefined;
  const [head = '', ...form] = line.split(WEB_FORM_AFTER);
  const parts = splitHeader(head);
  return (TWO_CAPITALISED.test(line) ? personThenOffice(parts, form) : undefined) ?? officeNameThenStreet(parts, form);
}

/** "Krasnov Igor Viktorovich" / "Prosecutor General of …" / "ul. Bolshaya Dmitrovka, 15a, …": the person, the office, the address. */
function personThenOffice(parts: readonly string[], form: readonly string[]): string[] | undefined {
  const [who, office, ...rest] = parts;
  // "Minister Tang Yijun" / "Minister of Justice": the office word may lead the name too.
  if (!who || !office || rest.length === 0 || !(isPersonName(who) || splitLeadingRole(who) !== undefined) || !isRoleLike(office)) return undefined;
  // The address part has the number; the person and the office have none.
  if (/\d/.test(who) || /\d/.test(office) || !rest.some((p) => /\d/.test(p))) return undefined;
  return [...parts, ...(form.length > 0 ? [form.join(' ')] : [])];
}

/**
 * "No", "No.", "Nr.", "Nº", "N°", "№", "Núm.", "č.", the Vietnamese "Số" (often printed "So" without its
 * accents): the word for "number" printed before a house number. It opens the address; a name never ends with it.
 */
const NUMBER_WORDS = String.raw`No\.?|Nr\.?|Nro\.?|N[º°]\.?|№|Núm\.?|Num\.|S[oố]|č\.`;
/** A house number, then the street's name: "12 Example Road", "4b Rue Exemple", "10-12 Example Street", "1 rue de l'Exemple", "No. 7 Example Road". */
const NUMBER_THEN_STREET = new RegExp(String.raw`^(?:(?:${NUMBER_WORDS})\s?)?\d{1,5}[a-zA-Z]?(?:\s?[-/]\s?\d{1,5}[a-zA-Z]?)?,?\s+(\S+)`, 'u');
const opensStreet = (text: string): boolean => {
  const m = NUMBER_THEN_STREET.exec(text);
  const word = m?.[1] ?? '';
  // "No. 1 Prison": after the word for "number", an institution's own number, not a house's.
  if (m && !/^\d/u.test(text) && opensNumberedInstitution(fold(text.slice(m.index + m[0].length - word.length)))) return false;
  return /^\p{Lu}\p{L}/u.test(word) || opensAddress(word);
};

/**
 * "Minister of Justice Jane Example 12 Example Road, Example City": one unlabelled line with the
 * office and the name, then an address that opens with its house number. Each comma-parted part of
 * the address is a line, as a page with one field a line prints it. A date after the name ("President
 * Jane Example 12 March 2021", a letter's date on the addressee's line) is no address: left whole.
 */
function officeNameThenStreet(parts: readonly string[], form: readonly string[]): string[] | undefined {
  const [who = '', street = '', ...more] = parts;
  if (more.length > 0 || /\d/.test(who) || !opensStreet(street) || splitLeadingRole(who) === undefined) return undefined;
  // A town that reads as a person's name ("Example City") alone on its line would open the next
  // official: then the address stays one line.
  const cut = street.split(/\s*,\s+/u).filter((p) => p !== '');
  const lines = cut.slice(1).some((p) => isPersonName(p)) ? [street] : cut;
  // "12 March 2021, Example City": a dateline, not a street. A lone number after a comma ("…, 15a") keeps the street whole.
  if (cut.some((p) => isDateOnly(p)) || cut.slice(1).some((p) => /^\d+\p{L}?$/u.test(p))) return undefined;
  return [who, ...lines, ...(form.length > 0 ? [form.join(' ')] : [])];
}

/** A full stop, question or exclamation mark before a space, other than an abbreviation's. */
function endsSentence(text: string): boolean {
  // Only an abbreviation's full stop before a space is taken out: a text with no such mark at all
  // has none to take out (and the abbreviations' pattern, ~2 ms to compile, is not run).
  if (!/[.!?]\s/.test(text)) return false;
  return /[.!?]\s/.test(text.replace(NOT_A_SENTENCE_END, ''));
}

/**
 * "Salutation: Dear Ambassador Dear Prosecutor General, I am writing …", "Twitter: @Iran_UN Dear
 * Mr. Jane Doe, British-Iranian …": the last official's last field, then the sample letter's own
 * salutation and text, run together. (A full stop inside the salutation may end an abbreviation.)
 */
const FIELD_THEN_LETTER = new RegExp(String.raw`^(${LABEL}\s*\S.{0,80}?)\s+(?=(?:Dear|Estimad[oa]s?|Sehr geehrte[rs]?|Monsieur|Madame)\s(?:[^,:.]|(?<=\b\p{L}{1,3})\.){1,60}[,:]\s+\p{Lu})`, 'u');

function splitLabelledSalutation(piece: string): string[] {
  const m = piece.length < 60 ? null : FIELD_THEN_LETTER.exec(piece);
  if (!m) return [piece];
  return [m[1] ?? '', ...splitLetterStart(piece.slice(m[0].length))];
}

/** "Dear Minister: It has been…" inside a paragraph, after a sentence's end and an address. */
const MID_SALUTATION = /\s(?=(?:Dear|Estimad[oa]s?|Sehr geehrte[rs]?|Monsieur|Madame)\s[^,:.!?]{2,60}[,:]\s+\p{Lu})/gu;

/**
 * A whole page run onto one line ("… Thank you for your assistance. Minister of Interior Le Minh
 * Huong Ministry of Interior … Dear Minister: It has been …"): the text before, the official's
 * part between the last sentence's end and the salutation (when it holds no sentence), the
 * salutation, and the letter. Only the first such salutation is looked at.
 */
function splitMidLetter(line: string): string[] | undefined {
  // A few salutations at most are tried: a long paste of letters is not searched to its end.
  let tries = 0;
  for (const m of line.matchAll(MID_SALUTATION)) {
    if (++tries > 3) break;
    if (m.index < 40) continue;
    const before = line.slice(0, m.index);
    // "Military Prosecutor, Lt.-Gen. Jane Doe Dear Military Prosecutor, I am writing …": with no
    // sentence before it, the official opens the line (the words count below keeps that short).
    const end = lastSentenceEnd(before) ?? 0;
    const head = before.slice(end).trim();
    const words = head.split(/\s+/).length;
    // Between the last sentence and the salutation: an official's name, office and address, or nothing.
    if (head !== '' && (words < 3 || words > 25 || !/^\p{Lu}/u.test(head) || /[@:]/.test(head))) continue;
    const letter = splitLetterStart(line.slice(m.index + 1));
    if (letter.length < 2) continue;
    return [before.slice(0, end).trim(), ...(head === '' ? [] : splitHeader(head)), ...letter].filter((l) => l !== '');
  }
  return undefined;
}

/** Index just after the last full stop, question or exclamation mark that ends a sentence. */
function lastSentenceEnd(text: string): number | undefined {
  // An abbreviation's full stop is one before a space: with none, nothing is masked.
  const masked = /\.\s/.test(text) ? text.replace(NOT_A_SENTENCE_END, (a) => a.replace(/\./g, ' ')) : text;
  let at: number | undefined;
  for (const m of masked.matchAll(/[.!?]["”]?(?=\s)/g)) at = m.index + m[0].length;
  return at;
}

function splitLetterStart(text: string): string[] {
  const m = SALUTATION_THEN_TEXT.exec(text) ?? SALUTATION_THEN_LOWER.exec(text);
  if (!m) return [text];
  const rest = text.slice(m[0].length);
  // "H.E. Jane Doe, Minister of Justice, …" opens an official's address as often as a letter: only
  // running text after it makes it a greeting.
  if (/^H\.\s?E\./u.test(m[1] ?? '') && !opensRunningText(rest)) return [text];
  return [m[1] ?? '', rest];
}

/**
 * "SAMPLE LETTER President Duque, I write you …": right under the letter's heading, an office and a
 * name or two before a comma, then running text, greet the official with no courtesy word.
 */
const OFFICE_GREETING = /^(\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+(?=\p{Lu})/u;

function splitHeadedLetterStart(text: string): string[] {
  const split = splitLetterStart(text);
  if (split.length > 1) return split;
  const m = OFFICE_GREETING.exec(text);
  const greeting = m?.[1] ?? '';
  const rest = text.slice(m?.[0].length ?? 0);
  return m && hasOfficeWord(fold(greeting.split(' ')[0] ?? '')) && opensRunningText(rest) ? [`${greeting},`, rest] : split;
}

/** "I am writing to express …": most of the first words are in lower case, as a sentence's are, not an office's or a street's. */
function opensRunningText(text: string): boolean {
  const words = text.split(/\s+/).slice(0, 6);
  return words.length === 6 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= 3 && !/\d/.test(words.join(' '));
}

/** Words after which "the …" goes on an office's name ("Minister for the State Council"). */
const OFFICE_JOIN = /^(?:of|for|to|de|del|du|des)$/iu;

/**
 * "Premier Li Example The State Council 9 …": an institution named with "The" after the person, its
 * keyword a word or more later ("State Council", "Supreme People's Court"): where the institution
 * starts, given where its keyword is. After "of" or "for" the words go on an office ("Minister for
 * the State Council", "Secretary of State Council"): -1, no institution starts there.
 */
function theBefore(words: readonly string[], at: number): number {
  if (OFFICE_JOIN.test(words[at - 1] ?? '')) return -1;
  for (let j = at - 1; j >= Math.max(2, at - 3); j--) {
    const w = words[j] ?? '';
    if (/^the$/iu.test(w)) return OFFICE_JOIN.test(words[j - 1] ?? '') ? -1 : w === 'The' ? j : at;
    if (!/^\p{Lu}/u.test(w)) return at;
  }
  return at;
}

/** A post box's words, which come before its number ("PO Box 281", "Apartado Postal 15", "B.P. 12", "Postfach 10"). */
const POST_BOX = new RegExp(`^(?:${POST_BOX_WORDS})$`);

/** The word for "number" alone (NUMBER_WORDS). */
const NUMBER_WORD = new RegExp(`^(?:${NUMBER_WORDS})$`, 'u');

/** Where the post box's words start at the end of the words before a number; undefined when they don't end so. */
function boxBefore(words: readonly string[]): number | undefined {
  // "… Women's Prison No 1601, Example Road": the word for "number" before a house or lot number
  // opens the address with it, never ends the institution's name.
  if (words.length > 3 && NUMBER_WORD.test(words.at(-1) ?? '')) return words.length - 1;
  // Every post box's words (POST_BOX_WORDS) end in one of these: most lines are not joined and folded to learn that they don't.
  if (!/^(?:box|bag|postal|apartado|apdo\.?|casilla|correo|b\.?\s?p\.?|postale|postfach|post|bfpo)$/i.test(words.at(-1) ?? '')) return undefined;
  for (let k = 3; k >= 1; k--) {
    const at = words.length - k;
    if (at >= 2 && POST_BOX.test(fold(words.slice(at).join(' ')))) return at;
  }
  return undefined;
}

/** A postcode alone at the end: digits, perhaps in two groups ("238823", "1000-001", "00 100"). */
const POSTCODE_AT_END = /^\s?\d{3,6}(?:[ -]\d{2,4})?$/u;
/** A town after a comma ("…, Singapore", "…, Ciudad de Guatemala"), not a post box's words ("BP", "PO Box"). */
const TOWN_AT_END = /,\s*\p{Lu}[\p{L}.'’-]+(?:\s(?:de |del |la )?\p{Lu}[\p{L}.'’-]+)?\s*$/u;

/**
 * "Ambassador Hugo Pérez Embassy of Guatemala 2220 R Street NW, Washington DC 20008" → the person,
 * the institution, the address: the address starts at the first number, the institution at the
 * first office word that follows the person's name.
 */
export function splitHeader(head: string): string[] {
  // "Public Prosecutor Hamada al-Sawi Due to postal restrictions caused by COVID-19, please …": the
  // instruction to the reader is a line of its own (and is skipped as one), not part of the address.
  const instruction = INSTRUCTION_START.exec(head);
  if (instruction && instruction.index > 0) return [...splitHeader(head.slice(0, instruction.index)), head.slice(instruction.index).trim()];
  const out: string[] = [];
  // "… Orchard Road Istana, Singapore 238823": a postcode that ends the line after its town belongs
  // to that town's line; it opens no address of its own.
  // The second half of a Canadian or British postcode ("Ottawa, Ontario K1A 0A6", "London SW1A 2AA") opens nothing.
  const first = /(?:^|,|(?<!\b\p{Lu}{1,2}\d[\p{Lu}\d]?)\s)(?=\d)/u.exec(head);
  const digit = first && first.index > 0 && POSTCODE_AT_END.test(head.slice(first.index)) && TOWN_AT_END.test(head.slice(0, first.index)) && boxBefore(head.slice(0, first.index).trim().split(/\s+/)) === undefined ? null : first;
  const before = (digit ? head.slice(0, digit.index) : head).trim();
  let who = before.replace(/[\s,;]+$/, '');
  let address = digit ? head.slice(digit.index).replace(/^[\s,]+/, '') : '';
  // A street word that opens the address before its number ("Al. Ujazdowskie 11"); the street
  // keeps its comma before the number ("ul. Bolshaya Dmitrovka, 15a").
  const whoWords = before.split(/\s+/);
  // "P.O Box A33. Swazi Plaza": a post box opens the address even when its number holds a letter.
  // "President of Ecuador Palacio de Gobierno, …": a building's name opens it too (building.ts).
  // "… Jan Example Ville van der Proef, …": a town or quarter and its particle open it too (place-words.ts).
  const found = whoWords.findIndex((w, i) => i >= 2 && (opensAddress(w) || opensBuilding(w, whoWords[i + 1]) || opensPlace(w, whoWords[i + 1]) || (/^P\.?O\.?$/i.test(w) && /^box$/i.test(whoWords[i + 1] ?? ''))));
  // "… Karl Muster Hauptstraße 4": a one-word street right before the house number; "… Max Muster
  // Märkisches Ufer 54", "… Erika Beispiel Am Neuen Markt 3": a German street of several words.
  const german = found < 0 && digit && whoWords.length > 2 && boxBefore(whoWords) === undefined ? (germanStreetStart(whoWords, address) ?? (isCompoundStreet(whoWords.at(-1) ?? '') ? whoWords.length - 1 : undefined)) : undefined;
  const opener = found < 0 && digit && whoWords.length > 2 ? (boxBefore(whoWords) ?? german ?? found) : found;
  // "…, Nuovo Palazzo di Giustizia": a capitalised word that opens the building's comma-parted part is its name's.
  const adjective = opener > 1 && opener === found && /,$/u.test(whoWords[opener - 2] ?? '') && /^\p{Lu}\p{Ll}+$/u.test(whoWords[opener - 1] ?? '') && opensBuilding(whoWords[opener] ?? '', whoWords[opener + 1]) ? 1 : 0;
  // "… Example Dimitrov Boulevard Phnom Penh, Cambodia": an English boulevard's name before its word (street-name-first.ts).
  const namedBefore = opener > 0 && address === '' ? streetNamedBefore(whoWords, opener) : undefined;
  const street = namedBefore?.start ?? opener - streetNameBefore(whoWords, opener) - adjective;
  if (opener > 0 && street > 0) {
    address = [whoWords.slice(street).join(' '), address].filter((p) => p !== '').join(' ');
    who = whoWords.slice(0, street).join(' ').replace(/[\s,;]+$/, '');
  }
  // "Märkisches Ufer 54 10179 Berlin": an envelope prints the street and the town on two lines.
  // (With no German street there is one text: no array is made only to be flattened, on every official's line.)
  const addressLines = (text: string): string[] =>
    namedBefore !== undefined && text.endsWith(` ${namedBefore.town}`) ? [text.slice(0, -namedBefore.town.length - 1), namedBefore.town] : german === undefined ? splitPinyinAddress(text) : splitGermanPostcode(text).flatMap(splitPinyinAddress);
  // "Director of Terrorism Investigation Division Mr. A.R.P.J. Alwis": a long office, then the courtesy title and the name.
  const courtesy = /(?<!\b(?:Exm[oa]|Ilm[oa]|Sra?)\.)\s(?=(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu})/u.exec(who);
  if (courtesy && courtesy.index > 0) {
    const office = who.slice(0, courtesy.index);
    const person = who.slice(courtesy.index + 1);
    if (isRoleLike(office) && !startsWithOrganisation(office) && isPersonName(splitHonorific(person).rest)) return [office, person, ...(address === '' ? [] : addressLines(address))];
  }
  // "Presidente della Repubblica Sua Eccellenza Abdel Modello", "Ambasciata di Esempia S.E. Faisal Campione":
  // an office or an embassy, then an Italian or Portuguese courtesy title and the name.
  const romance = ROMANCE_COURTESY.exec(who);
  const officeBefore = romance && romance.index > 0 ? who.slice(0, romance.index) : '';
  if (romance && officeBefore !== '' && isRoleLike(officeBefore)) {
    const person = who.slice(romance.index + 1);
    const { honorific, rest } = splitHonorific(person);
    if (isPersonName(rest)) return [officeBefore, person, ...(address === '' ? [] : addressLines(address))];
    // "… Sua Eccellenza Abdel Modello Palazzo presidenziale Il Cairo, Egitto": the name ends where the palace's name begins.
    const words = rest.split(/\s+/);
    const end = words.findIndex((w, i) => i >= 2 && (PALACE.test(w) || opensBuilding(w, words[i + 1]) || opensAddress(w)));
    const name = words.slice(0, end).join(' ');
    if (honorific !== undefined && end >= 2 && end <= 5 && isPersonName(name)) return [officeBefore, `${honorific} ${name}`, [words.slice(end).join(' '), address].filter((p) => p !== '').join(' ')];
  }
  const words = who.split(/\s+/);
  // The institution's keyword opens it within a few words: only those are folded, not the line's rest.
  let at = words.findIndex((w, i) => i >= 2 && /^\p{Lu}/u.test(w) && startsWithOrganisation(words.slice(i, i + 6).join(' ')) && theBefore(words, i) >= 0);
  // "Royal Embassy of …", "Federal Ministry of …": the adjective belongs to the institution.
  const keyword = at;
  while (at > 2 && INSTITUTION_ADJECTIVE.test(words[at - 1] ?? '')) at--;
  // "… of the Example Commission Presidential Administration": the adjective opens the institution;
  // the capitalised words before it end the office, unless "the" stands right before it.
  if (at === keyword || /^the$/iu.test(words[at - 1] ?? '')) at = theBefore(words, at);
  // "… Nguyen Van A Prime Minister’s Office": the office that owns the institution belongs to it.
  if (at > 2 && /['’]s$/u.test(words[at - 1] ?? '')) {
    const bare = words.map((w) => w.replace(/['’]s$/u, ''));
    for (let k = 3; k >= 1; k--) {
      if (at - k >= 2 && officeLengthAt(bare, at - k) === k) {
        at -= k;
        break;
      }
    }
  }
  // "Royal Thai Embassy", "Royal Danish Embassy": the adjective and the nation's name, when nothing stands before them.
  if (at === 2 && INSTITUTION_ADJECTIVE.test(words[0] ?? '')) at = 0;
  const person = at > 0 ? words.slice(0, at) : words;
  // "Hamad bin Issa Al Khalifa King of Bahrain": an office "X of …" after the name is a line of its own.
  const office = person.findIndex((w, i) => i >= 2 && /^\p{Lu}/u.test(w) && OFFICE_AFTER_NAME.test(fold(person.slice(i, i + 4).join(' '))));
  if (office > 0) out.push(person.slice(0, office).join(' '), person.slice(office).join(' ').replace(/,$/, ''));
  else if (person.length > 0 && who !== '') out.push(person.join(' '));
  if (at > 0) out.push(words.slice(at).join(' ').replace(/,$/, ''));
  if (address !== '') out.push(...addressLines(address));
  return out;
}
