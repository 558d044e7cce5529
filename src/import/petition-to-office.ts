// A petition page prints whom it goes to in a label of its own, an institution or an office with no
// person's name, and the letter's greeting right under it:
//   Para: Senado Federal
//   Caro Senador/a,
// The institution is the one written to, named as printed (the draft's TODO asks how to reach it).
// Only a label that stands just above the letter's greeting is read: elsewhere "To:" heads a mail's
// header or a list of people (addressee-list-line.ts reads those).
import { findLandmarks } from './landmarks.js';
import type { ImportedOfficial } from './official-block.js';
import { isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole } from './official-words.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/**
 * "Para: …", "To: …", "Pour : …", "An: …", "À : …", "Aan: …": the petition's label, then what follows.
 * An online action's form labels it so too, above the greeting its message opens with ("Message
 * Recipients: Your Governor" / "Dear Governor", "Destinataires du message : Votre député"): the
 * office the form writes to, as printed (the site fills in who holds it for each signer).
 */
const LABEL = /^(?:para|to|pour|an|à|a|aan|(?:message )?recipients?|(?:destinataires?|destinatari[oa]s?)(?: d[eu]l? (?:message|mensaje))?)\s?:\s*(\S.{2,100})$/iu;
/**
 * "Pétition à l'attention de …", "Pétition adressée à …", "Petition to …", "Petición dirigida al …",
 * "Petition an …": a petition page's line that says whom its letter goes to, with no colon, above
 * the letter's greeting; what follows is read as a label's value is. Petitions only: a headline
 * "Brief an Bundespräsidentin und Bundesrat" over a letter names two (nordic-letter-to.ts and
 * headline-addressee.ts read those).
 */
const ADDRESSED = /^(?:p[ée]tition|petici[óo]n|petizione)\s+(?:(?:adress[ée]e|dirigid[ao]|addressed|gerichtet|indirizzata)\s+)?(?:à l['’]attention d(?:e|u|e la|es)|à l['’]intention d(?:e|u)|to|à|au|an|a|al|para|para el)\s+(\S.{2,140})$/iu;
/** An institution or office alone: no sentence, no list, no address or number. */
const NOT_ONE_OFFICE = /[:;,.!?@\d()]|\s[-–—]\s/u;
/** A town after the office: one to three capitalised words, nothing else. */
const TOWN = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}$/u;

/**
 * "To: His Eminence Grand Ayatollah Ali Sample, Supreme Leader of the Islamic Republic of Examplia,
 * Tehran": a petition addressed to a person, his courtesy title before his name, his office after
 * it, perhaps the town he sits in. Only a courtesy title and a name, then an office: the town, an
 * address line.
 */
export function personThenOffice(value: string, line: number): ImportedOfficial | undefined {
  const parts = value.replace(/[.;]$/u, '').split(/\s*,\s*/u);
  if (parts.length < 2 || parts.length > 3 || /[@\d:;()]/u.test(value)) return undefined;
  const [head = '', office = '', town] = parts;
  const { honorific, rest } = splitHonorific(head);
  if (honorific === undefined || rest.split(/\s+/u).length < 2 || !isPersonName(rest) || isRoleLike(rest)) return undefined;
  if (!isRoleLike(office) || isOrganisation(office)) return undefined;
  if (town !== undefined && (!TOWN.test(town) || isRoleLike(town) || isOrganisation(town))) return undefined;
  return {
    line,
    confidence: 'low',
    nameFromOffice: false,
    name: { value: rest, line },
    honorific: { value: honorific, line },
    title: { value: office, line },
    address: town === undefined ? [] : [{ value: town, line }],
    emails: [],
    copy: false,
    unsure: [],
  };
}

/**
 * "An: Bundesrat Hans Beispiel": a petition addressed to a person by his office and name, with
 * nothing else on the line (a Swiss petition's way). Only an office word then a personal name.
 */
function officeThenPerson(value: string, line: number): ImportedOfficial | undefined {
  if (/[@\d:;(),]/u.test(value)) return undefined;
  const split = splitLeadingRole(value);
  if (split === undefined || !isPersonName(split.name) || isRoleLike(split.name)) return undefined;
  return { line, confidence: 'low', nameFromOffice: false, name: { value: split.name, line }, title: { value: split.title, line }, address: [], emails: [], copy: false, unsure: [] };
}

/** How many non-blank lines above the greeting the label may stand. */
const ABOVE = 2;

export function petitionToOffice(doc: ImportText): ImportedOfficial[] {
  const greeting = findLandmarks(doc).salutation;
  if (greeting === undefined) return [];
  let seen = 0;
  for (let n = greeting - 1; n >= 1 && seen < ABOVE; n--) {
    const text = lineAt(doc, n).trim();
    if (isBlank(text)) continue;
    seen++;
    const value = (LABEL.exec(text) ?? ADDRESSED.exec(text))?.[1]?.trim();
    if (value === undefined) continue;
    const person = personThenOffice(value, n) ?? officeThenPerson(value, n);
    if (person) return [person];
    if (NOT_ONE_OFFICE.test(value) || !/^\p{Lu}/u.test(value) || value.split(/\s+/).length > 8 || isPersonName(value)) return [];
    if (!isRoleLike(value) && !isOrganisation(value)) return [];
    const line = n;
    return [{ line, confidence: 'low', nameFromOffice: true, name: { value, line }, address: [], emails: [], copy: false, unsure: [] }];
  }
  return [];
}

/** "To:", "Para:", "An:", "À :" alone on its line, the list under it. */
export const LABEL_ALONE = /^(?:para|to|pour|an|à|aan)\s?:$/iu;
/** A petition's list is a few lines; more is no list of addressees. */
const MAX_LISTED = 10;

/**
 * "To:" / "Prime Minister Jane Example" / "Minister of Justice Hans Example" / "The Parliament" /
 * the greeting: a petition to several addressees, some people by office and name, some
 * institutions, one a line, with no contact details. Each is an official (an institution named as
 * printed); every line must be one or the other, and one a person at least, else nothing is read.
 */
export function petitionToList(doc: ImportText): ImportedOfficial[] {
  const greeting = findLandmarks(doc).salutation;
  if (greeting === undefined) return [];
  const listed: number[] = [];
  for (let n = greeting - 1; n >= 1 && listed.length <= MAX_LISTED; n--) {
    const text = lineAt(doc, n).trim();
    if (isBlank(text)) continue;
    if (LABEL_ALONE.test(text)) return listed.length >= 2 ? listOfficials(doc, listed.reverse()) : [];
    listed.push(n);
  }
  return [];
}

function listOfficials(doc: ImportText, lines: readonly number[]): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  for (const n of lines) {
    const text = lineAt(doc, n).trim().replace(/[,;]$/u, '');
    const line = n;
    if (text.length > 100 || /[@\d:;()]/u.test(text)) return [];
    const role = splitLeadingRole(text);
    if (role && isPersonName(role.name)) {
      out.push({ line, confidence: 'low', nameFromOffice: false, name: { value: role.name, line }, title: { value: role.title, line }, address: [], emails: [], copy: false, unsure: [] });
    } else if (isOrganisation(text) && !isPersonName(text)) {
      out.push({ line, confidence: 'low', nameFromOffice: true, name: { value: text, line }, address: [], emails: [], copy: false, unsure: [] });
    } else return [];
  }
  return out.some((o) => !o.nameFromOffice) ? out : [];
}

