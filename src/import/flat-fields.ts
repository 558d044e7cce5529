// The fields of an official's block, found inside a line that ran the whole block together with
// single spaces ("… Fax: (00 62) 21 7200 669 oder (00 62) 21 7218 741 E-Mail: a@b.id Twitter:
// @x Ambassador Jane Doe Embassy of …"). A label's value ends where its kind of value ends (the last
// number, address or handle of a list, a salutation's last title word): what follows is another
// line. A value whose end is unsure runs on to the next label, as it did before.
import { EMAIL as EMAIL_ADDRESS } from './contact-line.js';
import { labelsOf, printedLabels } from './field-labels.js';

/**
 * Labels of a contact field, as pages write them, or in capitals (they open a field: "Fax:",
 * "Correo-e:", "EMAIL:"). "Mail:" too: here a value is taken only when it is an address.
 */
const EMAIL_LABEL = String.raw`(?:${printedLabels([...labelsOf('email'), 'Mail'], { capitals: true })})`;
const PHONE_LABEL = String.raw`(?:${printedLabels(labelsOf('phone', 'fax'), { capitals: true })})`;
const HANDLE_LABEL = String.raw`(?:${printedLabels(labelsOf('twitter', 'otherChannel'))})`;
const GREETING_LABEL = String.raw`(?:${printedLabels(labelsOf('salutation'))})`;

/** A field's label ending the words before a colon ("… General Twitter:"). */
const LABEL_WORD = new RegExp(String.raw`(?:^|\s)(?:${EMAIL_LABEL}|${PHONE_LABEL}|${HANDLE_LABEL}|${GREETING_LABEL})\s?:$`, 'u');

export type FieldKind = 'email' | 'phone' | 'handle' | 'link' | 'greeting' | 'bracket';

export interface Field {
  kind: FieldKind;
  /** Where the label starts in the line. */
  start: number;
  /** Where the value ends (exclusive); undefined when its end is unsure (it runs to the next field). */
  end: number | undefined;
}

/**
 * A label, after the line's start or a space (and a "|", "I" or "/" separator), with its colon;
 * or a phone label with no colon before a number ("Fax +202 2391 1441"); or a salutation in brackets.
 */
const FIELD_START = new RegExp(
  String.raw`(?<![^\s|])(?:(?<email>${EMAIL_LABEL})\s?:|(?<phone>${PHONE_LABEL})\.?\s?:|(?<bare>${PHONE_LABEL})\.?(?=\s\+?\(?\d)|(?<handle>${HANDLE_LABEL})\s?:|(?<greeting>${GREETING_LABEL})\s?:|(?<link>\p{Lu}[\p{L}-]{0,30}(?:\s[\p{L}-]{1,30}){0,3})\s?:(?=\s?(?:https?:\/\/|www\.)))|(?<bracket>\((?:${GREETING_LABEL})\s?:[^()]{1,160}\))`,
  'gu',
);

const EMAIL = String.raw`(?:${EMAIL_ADDRESS.source}|\[email protected\])`;
/** A phone number: digits with spaces, dots, hyphens or a spaced dash between ("030 – 88 92 51 76"). */
const NUMBER = String.raw`\+?\s?(?:\(\s?\+?\d[\d\s]{0,8}\)\s?)?\d(?:[\d.-]|\s(?=[\d(])|\s[–-]\s(?=\d))*\d`;
const HANDLE = String.raw`(?:@[\p{L}\p{N}_]{1,40}|https?:\/\/[^\s,;]+)`;
/** A remark in brackets after a value: "(c/o Cuban Mission to UN)", "(Englisch)"; not "(Anrede: …)", a field of its own. */
const NOTE = String.raw`(?:\s?\((?!(?:${GREETING_LABEL})\s?:)[^()]{1,60}\))?`;
/** Between two values of a list: a mark, or "or" in the languages UAs come in. */
const JOIN = String.raw`\s?(?:[,;/|]|\s(?:I|or|OR|Or|oder|ODER|ou|OU|o|O|y|Y|et|and|und|och|eller))\s?`;
/** A web address, the value of a label of any name ("Webform: https://…", "Online form in English: …"). */
const LINK = String.raw`\s?(?:https?:\/\/|www\.)\S+`;

const listOf = (value: string, join: string) => new RegExp(String.raw`\s*${value}${NOTE}(?:${join}\s*${value}${NOTE})*[,;]?`, 'uy');
/** Addresses and handles may be listed with a space alone between them; numbers hold spaces. */
const VALUE: Record<'email' | 'phone' | 'handle', RegExp> = { email: listOf(EMAIL, `(?:${JOIN}|\\s)`), phone: listOf(NUMBER, JOIN), handle: listOf(HANDLE, `(?:${JOIN}|\\s)`) };

/** The fields of a line, in order; a field's value never runs past the next field's label. */
export function fieldsOf(line: string): Field[] {
  const fields: Field[] = [];
  // Every field's label ends in a colon, or a bare phone label stands before a digit: prose without either has none.
  if (!/[:\d]/.test(line)) return fields;
  // An exec loop, not matchAll: matchAll copies this regular expression of a few hundred labels on
  // every call, which cost more than the search itself on a page of flattened officials. (No label
  // is empty, so no match is: lastIndex always moves on.)
  FIELD_START.lastIndex = 0;
  for (let m = FIELD_START.exec(line); m !== null; m = FIELD_START.exec(line)) {
    const g = m.groups ?? {};
    const start = m.index;
    const after = start + m[0].length;
    const previous = fields.at(-1);
    // A label inside the previous value ("… (Betreff: FAO …)") is none.
    if (previous?.end !== undefined && start < previous.end) continue;
    if (g.bracket !== undefined) fields.push({ kind: 'bracket', start, end: after });
    else if (g.greeting !== undefined) fields.push({ kind: 'greeting', start, end: greetingEnd(line, after) });
    else if (g.link !== undefined) fields.push({ kind: 'link', start, end: linkEnd(line, after) });
    else {
      const kind = g.email !== undefined ? 'email' : g.handle !== undefined ? 'handle' : 'phone';
      fields.push({ kind, start, end: valueEnd(line, after, kind) });
    }
  }
  return fields;
}

function linkEnd(line: string, from: number): number | undefined {
  const m = new RegExp(LINK, 'uy');
  m.lastIndex = from;
  return m.exec(line) ? m.lastIndex : undefined;
}

function valueEnd(line: string, from: number, kind: 'email' | 'phone' | 'handle'): number | undefined {
  const re = VALUE[kind];
  re.lastIndex = from;
  const m = re.exec(line);
  return m ? from + m[0].length : undefined;
}

/** A greeting that needs no title after it ("Your Excellency", "Exzellenz", "Su Excelencia"). */
const RANK_GREETING = /^(?:Your (?:Royal )?(?:Excellency|Highness|Majesty)|Su (?:Excelencia|Majestad|Alteza)|Votre (?:Excellence|Majesté)|Exzellenz|Eure (?:Majestät|Exzellenz)|Excelencia|Excellence)\b/u;
/** The word that opens a greeting, before the titles it addresses. */
const GREETING_WORD = /^(?:Dear|Estimad[oa]s?(?:\/a)?|Señor(?:a)?|Sr\.|Sra\.|Sehr geehrte[rs]?|Monsieur|Madame|Cher|Chère|Bäste|Bästa|Excelentísim[oa]|Excm[oa]\.|Honorable|Hon\.)(?=\s|$)/u;
/**
 * Words a greeting addresses after "Dear": courtesy titles and offices (en, es, fr, de, sv). A word
 * not in this list ends the greeting: "Dear Mr President | National Police Director …".
 */
const TITLE_WORD = /^(?:Mr\.?|Mrs\.?|Ms\.?|Miss|Madam|Madame|Sir|Dr\.?|Herr|Frau|Sr\.?|Sra\.?|Señor(?:a)?|Monsieur|President|Presidente|Presidenta|Président|Präsident(?:in)?|Prime|Vice|Deputy|Minister|Ministra|Ministro|Ministre|Minister(?:in)?|Attorney|Prosecutor|Procurator|Procurador(?:a)?|Procureur|Fiscal|General|Général|Generalstaatsanwalt|Generalstaatsanwältin|Staatsanwalt|Ambassador|Embajador(?:a)?|Ambassadeur|Ambassadrice|Botschafter(?:in)?|Director|Directora|Directeur|Governor|Gobernador(?:a)?|Gouverneur|Chief|Justice|Judge|Juez|Secretary|Speaker|Commissioner|Comisionad[oa]|Chairman|Chairperson|Chair|Head|Counsellor|Counselor|Mayor|Alcalde|King|Queen|Majesty|Highness|Excellency|Excelencia|Exzellenz|Excellence|Premier|Ombudsman|Defensor(?:a)?|Interior|Justicia|Justiz|Foreign|Affairs|Public|Federal|Supreme)$/u;
const TITLE_JOIN = /^(?:of|the|for|de|del|du|des|der|für)$/u;
const ARTICLE = /^(?:le|la|el|l['’])$/u;

/**
 * Where a salutation's value ends: after a rank greeting, or after "Dear" and the titles that follow
 * it; with a second greeting after a slash ("Dear General / Sehr geehrter Herr General"); and at a
 * comma or colon closing a short name ("Dear Mr. Jane Doe,"). Undefined when it opens otherwise.
 */
function greetingEnd(line: string, from: number): number | undefined {
  let at = skipSpaces(line, from);
  const first = oneGreeting(line, at);
  if (first === undefined) return undefined;
  at = first;
  const slash = /^\s?\/\s?/u.exec(line.slice(at, at + 3));
  if (slash) {
    const second = oneGreeting(line, at + slash[0].length);
    if (second !== undefined) at = second;
  }
  return /^[,:]/u.test(line.slice(at, at + 1)) ? at + 1 : at;
}

function oneGreeting(line: string, from: number): number | undefined {
  const head = line.slice(from, from + 200);
  const rank = RANK_GREETING.exec(head);
  if (rank) return from + rank[0].length;
  // "Salutation: Minister/ Señora Ministra": a greeting may open with the office alone.
  const word = GREETING_WORD.exec(head) ?? (TITLE_WORD.test(head.split(/[\s/,:]/u, 1)[0] ?? '') ? EMPTY_MATCH : null);
  if (!word) return undefined;
  // Words, and a slash as a word of its own ("Dear Minister/Sr. Ministro").
  const words = head.slice(word[0].length).split(/(?=\s)|(?=\/)/u).slice(0, 12);
  let used = word[0].length;
  let offices = 0;
  let previous = '';
  let pending = 0;
  let joined = false;
  let named = 0;
  for (const raw of words) {
    const w = raw.trim().replace(/[,:;]$/u, '');
    // "Salutation: Dear Prosecutor General. Members are asked …": a full stop after a title word
    // (not an abbreviation's, "Mr.") ends the greeting, and the page's text goes on after it.
    const stop = /^\p{L}{3,}\.$/u.test(w) && !TITLE_WORD.test(w) && TITLE_WORD.test(w.slice(0, -1)) && !joined;
    if (stop) {
      const office = !COURTESY.test(w.slice(0, -1));
      if (office && offices > 0 && previous !== '' && !MODIFIER.test(previous) && !/^(?:General|Général)$/u.test(w.slice(0, -1))) break;
      return from + used + pending + raw.length - 1;
    }
    if (TITLE_WORD.test(w) && !joined) {
      const office = !COURTESY.test(w);
      // "Ministro Ambassador": a second office opens the next official, unless the first qualifies it
      // ("Prime Minister", "Attorney General", "Deputy Minister").
      if (office && offices > 0 && previous !== '' && !MODIFIER.test(previous) && !/^(?:General|Général)$/u.test(w)) break;
      used += pending + raw.replace(/[,:;]$/u, '').length;
      pending = 0;
      if (office) offices++;
      previous = office ? w : '';
      // "Salutation: Dear Minister; Ms. Jane Doe, Prosecutor General, …": a journal's list runs the
      // next official on after a semicolon, which no greeting holds.
      if (/[,:;]$/u.test(raw)) return from + used;
    } else if (ARTICLE.test(w) && !joined) {
      // "Monsieur le Ministre", "Señor el Presidente".
      pending += raw.length;
    } else if (TITLE_JOIN.test(w) && offices > 0) {
      pending += raw.length;
      joined = true;
    } else if (joined && ++named <= 3 && /^\p{Lu}\p{Ll}/u.test(w) && !STOP_WORD.test(w) && !TITLE_WORD.test(w)) {
      // "Dear Chairman of the Investigative Committee": the office's own name after "of the".
      used += pending + raw.replace(/[,:]$/u, '').length;
      pending = 0;
      if (/[,:]$/u.test(raw)) return from + used;
    } else break;
  }
  if (offices === 0 && used === word[0].length) return nameThenMark(head, word[0].length, from);
  // "Dear Mr. Gholamhossein Mohseni Ejei,": a name of a few capitalised words closed by a comma.
  return nameThenMark(head, used, from, offices > 0 && head.length === line.length - from) ?? from + used;
}

const EMPTY_MATCH = Object.assign([''], { index: 0, input: '' }) as RegExpExecArray;

/** Courtesy titles: any number may stand before an office or a name. */
const COURTESY = /^(?:Mr\.?|Mrs\.?|Ms\.?|Miss|Madam|Madame|Sir|Dr\.?|Herr|Frau|Sr\.?|Sra\.?|Señor(?:a)?|Monsieur|Excellency|Excelencia|Exzellenz|Excellence|Majesty|Highness)$/u;
/** Words that qualify the office after them ("Prime Minister", "Attorney General", "Vice President"). */
const MODIFIER = /^(?:Prime|Vice|Deputy|Attorney|Foreign|Interior|Public|Federal|Supreme|Chief|Home|Union|Justice)$/u;
/** Capitalised words that open a sentence or an instruction after a salutation, not an office's name. */
const STOP_WORD = /^(?:Also|And|Please|Kindly|Bitte|Und|Y|Et|Por|Veuillez|Merci|I|We|Ich|Wir|Je|Nous)$/u;

/**
 * A name of one to four capitalised words, closed by a comma or a colon, at `at` of `head`; or of
 * one to three that end the line ("… Salutation: Dear Director Roe", the last field of a flattened
 * line: nothing comes after it that it could belong to).
 */
function nameThenMark(head: string, at: number, from: number, lineEnds = false): number | undefined {
  const m = /^(?:\s[\p{Lu}][\p{L}'’.-]*){1,4}(?=[,:])/u.exec(head.slice(at)) ?? (lineEnds ? /^(?:\s[\p{Lu}][\p{L}'’-]*){1,3}(?=\s*$)/u.exec(head.slice(at)) : null);
  // "Dear Ambassador Dear Prosecutor General,": a second greeting is no name; "Dear Prosecutor General
  // Twitter: @…": nor is the next field's label.
  if (!m || m[0].trim().split(/\s+/u).some((w) => GREETING_WORD.test(w) || TITLE_WORD.test(w)) || LABEL_WORD.test(`${m[0].trim()}:`)) return undefined;
  return from + at + m[0].length;
}

function skipSpaces(line: string, at: number): number {
  while (line[at] === ' ') at++;
  return at;
}
