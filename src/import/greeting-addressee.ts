// A letter may name its addressee only in its greeting, with no address block, email or number
// anywhere on the page: an open letter published as it was sent, or a form that sends the letter
// for the reader ("Dear Mr President Jane Example,", "Kære Jane Example", "Arvoisa tasavallan
// presidentti Jane Example,", "尊敬的某某先生"). A careful reader takes the greeted person as the
// official to write to, with a TODO asking how to reach him (targets.ts). Read only when no other
// reader found anyone. Never invent: the greeting must name a person in full (two words or more;
// a CJK name with its courtesy word), and a name greeted with no courtesy title or office must be
// printed elsewhere on the page after an office ("… to the foreign minister Jane Example"): a
// letter of support to a prisoner greets him by name too.
import { countryCode } from '../channels/countries.js';
import { copiesLists } from './copies-list.js';
import { wholeGreetingStack } from './greeting-stack.js';
import { findLandmarks } from './landmarks.js';
import { hasOfficeWord } from './office-words.js';
import type { ImportedOfficial } from './official-block.js';
import { nameProblem } from './official-name.js';
import { isGradeAlone, isPersonName, isRoleLike, splitHonorific, splitLeadingRole } from './official-words.js';
import type { OfficialsResult } from './officials.js';
import { OTHER_GREETING } from './greeting-words.js';
import { fold, lineAt } from './text.js';
import { headlineSubject, mentionsOf } from './page-subject.js';
import { found, sourceLine, type ImportText } from './types.js';

/**
 * The word that opens a greeting (folded): the Nordic, Slavic and Finnish ones greeting-words.ts
 * knows, and these ("Dear", "Prezado", "Sehr geehrter"…).
 */
const OPENER = /^(?:my\s+)?(?:dear|kare|kara|baste|basta|caro|cara|prezad[oa]|estimad[oa]|querid[oa]|distinguid[oa]|sehr\s+geehrter?|geachte|hooggeachte|cher|chere|gentile|egregi[oa]|illustre)\s+/u;
/** A greeting's last comma, colon or exclamation mark (a CJK one too): no part of it. */
const END = /\s*[,:!：，]$/u;
const withoutEnd = (greeting: string): string => greeting.trim().replace(END, '');
/** "尊敬的郭某某先生": the name between the respectful opener and the courtesy word. */
const CJK_GREETING = /^尊敬的(\p{Script=Han}{2,4})(?:先生|女士)[:：,，]?$/u;
/** "tasavallan presidentti Jane Example": lower-case office words, then the capitalised name. */
const OFFICE_THEN_NAME = /^(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3})\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})$/u;

interface Greeted {
  name: string;
  honorific?: string | undefined;
  title?: string | undefined;
  /** Greeted by courtesy title and surname alone ("Sehr geehrter Herr Raisi"): the page may print him in full elsewhere. */
  surnameOnly?: boolean;
  /** The greeting without the office run on after its comma ("Dear Mr. Jane Example" of "…, Ambassador of …"). */
  salutation?: string;
}

/**
 * "Señor Gholamhossein Example:", "Monsieur Jean Exemple,": a courtesy title may open a greeting
 * with no word before it (folded). Only these: an honorific such as "His Excellency" opens an
 * address line far more often than a greeting.
 */
const COURTESY_OPENER = /^(?:senor|senora|sr\.|sra\.|monsieur|madame|herr|frau|signor|signora|mr\.?|mrs\.?|ms\.?|majestad|majeste|maesta|majestat|majestade|alteza|altesse|altezza)$/u;

/** "Majestad", "Majesté", "Maestà", "Alteza": a royal courtesy that greets a king or a prince by it and his name (folded). */
const ROYAL = /^(?:Majestad|Majesté|Maestà|Majestät|Majestade|Alteza|Altesse|Altezza)\s+(?=\p{Lu})/u;
/** "le", "la", "l'", "el", "il": an article between a courtesy and the office ("Monsieur le Président …"). */
const ARTICLE = /^(?:le|la|el|il|lo|the)\s+|^l['’]/u;

/** The person a greeting names, with the courtesy title and office printed before the name. */
export function greetedPerson(greeting: string): Greeted | undefined {
  const text = withoutEnd(greeting);
  if (text.length > 120) return undefined;
  const cjk = CJK_GREETING.exec(text);
  if (cjk?.[1]) return { name: cjk[1], honorific: '先生' };
  // Folding keeps a Latin greeting's length: the opener's length is the printed one's.
  const folded = fold(text);
  const opener = OTHER_GREETING.exec(folded) ?? OPENER.exec(folded) ?? courtesyOpener(text);
  if (!opener) return undefined;
  // "Dear Mr. Jane Example, Ambassador of Ruritania to …": an office after a comma is his title.
  const [head = '', ...after] = text.slice(opener[0].length).split(/\s*,\s*/u);
  const office = after.join(', ');
  if (office !== '' && !isRoleLike(office)) return undefined;
  const royal = ROYAL.exec(head);
  const parted = splitHonorific(head);
  // "Majestad Salman bin Example": a royal courtesy alone before the name is his honorific.
  const honorific = royal ? head.slice(0, royal[0].trimEnd().length) : parted.honorific;
  // "Monsieur le Président Jean Exemple": the article after the courtesy is no part of the office.
  const rest = royal ? head.slice(royal[0].length) : parted.honorific === undefined ? parted.rest : parted.rest.replace(ARTICLE, '');
  const role = splitLeadingRole(rest);
  const lower = role ? undefined : OFFICE_THEN_NAME.exec(rest);
  const surnamed = role || lower || office !== '' ? undefined : officeThenSurname(rest);
  if (surnamed) return { ...surnamed, honorific };
  const name = role?.name ?? lower?.[2] ?? rest;
  const title = role?.title ?? lower?.[1] ?? (office || undefined);
  // The office after the comma describes whom the letter greets; the greeting itself ends at the comma.
  const salutation = office !== '' && title === office ? text.slice(0, text.indexOf(',', opener[0].length)).trimEnd() : undefined;
  // "Sehr geehrter Herr Raisi": a courtesy title and one surname, nothing else.
  if (honorific !== undefined && title === undefined && isSurname(name)) return { name, honorific, surnameOnly: true };
  if (name.split(/\s+/).length < 2 || !isPersonName(name) || isRoleLike(name) || nameProblem(name, false) !== undefined) return undefined;
  return { name, honorific, title, ...(salutation !== undefined ? { salutation } : {}) };
}

/** A surname alone as printed: a capital, then small letters ("Sample", "O'Example"). */
const SURNAME = /^\p{Lu}\p{Ll}[\p{Ll}'’-]+$/u;

/** One word that can be a surname: no office, country or word a name never is. */
const isSurname = (word: string): boolean =>
  SURNAME.test(word) && !isRoleLike(word) && countryCode(word) === undefined && nameProblem(word, false) === undefined;

/** The greeting's opening courtesy title with nothing before it, as an opener of length 0 (the title stays for splitHonorific). */
function courtesyOpener(text: string): RegExpExecArray | null {
  const first = fold(text.split(/\s+/u)[0] ?? '');
  return COURTESY_OPENER.test(first) ? /^/u.exec(text) : null;
}

/**
 * "Dear Governor Sample:", "Dear Attorney General Example,": a clemency letter's template greets the
 * office holder by office and surname alone, and prints no address (the reader adds it). The office
 * must be one (all its words capitalised, no grade: "Dear General Example" greets an officer, no post) and the last word a surname, never an office or a
 * country; a greeting a fuller reading names ("Dear Mr President Jane Example") is read so.
 */
function officeThenSurname(text: string): Greeted | undefined {
  const words = text.split(/\s+/u);
  if (words.length < 2 || words.length > 5) return undefined;
  const name = words.at(-1) ?? '';
  const title = words.slice(0, -1).join(' ');
  if (!SURNAME.test(name) || isRoleLike(name) || countryCode(name) !== undefined || nameProblem(name, false) !== undefined) return undefined;
  if (!words.slice(0, -1).every((w) => /^\p{Lu}/u.test(w)) || !isRoleLike(title) || !hasOfficeWord(fold(title)) || isGradeAlone(fold(title))) return undefined;
  return { name, title };
}

/** Whether the page prints the name elsewhere right after an office ("… the foreign minister Jane Example"). */
function namedWithOffice(doc: ImportText, name: string, except: number): boolean {
  for (let n = 1; n <= doc.lines.length; n++) {
    if (n === except) continue;
    const line = lineAt(doc, n);
    const at = line.indexOf(name);
    if (at < 0) continue;
    const before = line.slice(0, at).trim().split(/\s+/).slice(-3);
    for (let k = 1; k <= before.length; k++) if (isRoleLike(before.slice(-k).join(' '))) return true;
  }
  return false;
}

/** The greeted official when no reader found anyone; the result as read otherwise. */
export function withGreetingAddressee(doc: ImportText, read: OfficialsResult): OfficialsResult {
  // "cc: Mr. Steve Example, Chairman, …" under a template greeting "Dear Governor Sample:": the copy
  // is no addressee; the greeted one still is.
  const copiesOnly = read.officials.found && read.officials.value.length > 0 && read.officials.value.every((o) => o.copy);
  if (read.officials.found && read.officials.value.length > 0 && !copiesOnly) return read;
  const { salutation } = findLandmarks(doc);
  if (salutation === undefined) return read;
  // A fax campaign to a minister and his deputy greets each on a line of its own, stacked: each
  // greeted person is an addressee, and every greeting of the stack must name one.
  const stack = wholeGreetingStack(doc, salutation);
  const officials: ImportedOfficial[] = [];
  for (const line of stack) {
    const official = greetedOfficial(doc, line);
    if (!official) {
      if (line === salutation) return read;
      continue;
    }
    officials.push(official);
  }
  const first = officials[0]?.line ?? salutation;
  const copies = read.officials.found && copiesOnly ? read.officials.value : copiesLists(doc, Math.max(...stack) + 1, () => false);
  const copyLines = new Set(copies.map((c) => sourceLine(doc, c.line)));
  const greetedLines = new Set(officials.map((o) => sourceLine(doc, o.line)));
  const skipped = read.skipped.filter((s) => !copyLines.has(s.line) && !greetedLines.has(s.line));
  return { officials: found([...officials, ...copies], 'low', first, "named only in the letter's greeting: no address, email or number printed"), skipped };
}

/** The person a greeting line names, as an official to write to; undefined when it names none for sure. */
function greetedOfficial(doc: ImportText, line: number): ImportedOfficial | undefined {
  const greeting = withoutEnd(lineAt(doc, line));
  const person = greetedPerson(greeting);
  if (!person) return undefined;
  if (person.honorific === undefined && person.title === undefined && !namedWithOffice(doc, person.name, line)) return undefined;
  const at = { line };
  const full = person.surnameOnly ? surnameInFull(doc, person.name, line) : { value: person.name, ...at };
  if (!full) return undefined;
  return {
    line,
    confidence: 'low',
    nameFromOffice: false,
    name: full,
    ...(person.honorific !== undefined ? { honorific: { value: person.honorific, ...at } } : {}),
    ...(person.title !== undefined ? { title: { value: person.title, ...at } } : {}),
    salutation: { value: person.salutation ?? greeting, ...at, confidence: 'medium' },
    address: [],
    emails: [],
    copy: false,
    unsure: [],
  };
}

/** A capitalised word of a name before its surname, or a particle of one ("bin", "al", "de"). */
const FORENAME = /^(?:\p{Lu}[\p{L}\p{M}'’-]*|bin|ibn|al|el|de|del|van|von)$/u;
/** How many times the story may name a surname before it is the page's subject, not an official. */
const SUBJECT_MENTIONS = 3;

/**
 * The person a greeting names by surname alone ("Sehr geehrter Herr Ejei"), as the page prints him:
 * the fuller name ending in that surname ("… des Irans, Gholamhossein Mohseni Ejei") when the page
 * prints one form only, else the surname as greeted. Undefined when the surname is the page's
 * subject (page-subject.ts: a letter of support greets the prisoner the story tells of).
 */
function surnameInFull(doc: ImportText, surname: string, greeting: number): { value: string; line: number } | undefined {
  if (headlineSubject(doc, surname, greeting) || mentionsOf(doc, surname, greeting) >= SUBJECT_MENTIONS) return undefined;
  const forms = new Map<string, number>();
  const word = new RegExp(String.raw`(?<![\p{L}])${surname}(?![\p{L}])`, 'gu');
  for (let n = 1; n <= doc.lines.length; n++) {
    const text = lineAt(doc, n);
    if (n === greeting || !text.includes(surname)) continue;
    for (const m of text.matchAll(word)) {
      const before = text.slice(0, m.index).trimEnd().split(/\s+/u);
      const names: string[] = [];
      while (names.length < 4 && FORENAME.test(before.at(-1 - names.length) ?? '')) names.unshift(before.at(-1 - names.length) ?? '');
      // The words before him that make an office or a courtesy ("Präsident", "Herr") are no part of his name.
      while (names.length > 0 && (!/^\p{Lu}/u.test(names[0] ?? '') || isRoleLike(names[0] ?? '') || hasOfficeWord(fold(names[0] ?? '')) || splitHonorific(`${names[0] ?? ''} ${surname}`).honorific !== undefined)) names.shift();
      const value = [...names, surname].join(' ');
      if (names.length > 0 && isPersonName(value) && !isRoleLike(value)) forms.set(value, forms.get(value) ?? n);
    }
  }
  const [only, ...others] = [...forms];
  return only && others.length === 0 ? { value: only[0], line: only[1] } : { value: surname, line: greeting };
}
