// An open letter may open with a stack of addressees and no way to reach any of them: each name on
// its line with the office under it (blank lines between the pairs or none), after a dateline or a
// plural courtesy heading ("Señores", "Excelentíssimos Senhores"), right above the greeting or the
// letter's first paragraph:
//   Ciudad Ejemplo, 2 de mayo de 2016      Abog. Ana Muestra Ruiz       Para:
//   Señores                                Abog. Pedro Prueba Gil       Jane Exemplo, Presidenta da …
//   Juan Ejemplo Pérez                     Comisión Ejemplar del …      Senador João Exemplo, Presidente …
//   Presidente de la República             Ciudad Ejemplo, D.C.         Excelentíssimos,
//   Con copia a:                           De nuestra mayor consideración:
//   Sra. Ana Muestra / Ministra de …
// Or one run-on line ending in a colon that greets them all, "Sres. Ministro de Justicia, Ana
// Muestra, Subsecretario de Justicia Pedro Prueba y …, Eva Ejemplo:", right above the letter.
// The block readers want an address or a contact line and find nobody here (or, under several names
// sharing one office, only the first, with the letter's subject for an address line). Each person of
// the stack is an official (a copy under a copies heading), with the office as title and a TODO
// asking how to reach him (targets.ts). Never invent: a name alone counts only with its office on
// the very next line or with a courtesy title, one pair alone only with a courtesy title, a dateline
// or a heading above it, and running text right above the stack (the story) stops it.
import { isBuildingLine } from './building.js';
import { isRunningText, nameProblem } from './official-name.js';
import { readAddresseeList } from './addressee-list-line.js';
import type { ImportedOfficial } from './official-block.js';
import { isCopiesHeading } from './furniture.js';
import { findLandmarks } from './landmarks.js';
import { isAddressLike, isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole } from './official-words.js';
import { personCase } from './recase.js';
import { follows, isSpacedRange } from './spacing.js';
import { fold, isBlank, lineAt, previousNonBlank } from './text.js';
import type { OfficialsResult } from './officials.js';
import { reachableBy } from './official-block.js';
import { found, sourceLine, type ImportText } from './types.js';
import { isDateline, isDateOnly } from './written-date.js';
import { opensLikeLetter } from './letter-subject.js';

/** Lines looked at above the letter at most: a letter's head, not a page. */
const MAX_LINES = 40;

/** "Señores", "Excelentíssimos Senhores", "A los señores", "Para:": a heading over the whole stack. */
const STACK_HEAD = /^(?:(?:a|ao|aos|a los|a las|as|aux)\s+)?(?:(?:excelentisim|excelentissim|ilustrisim|ilustrissim|distinguid|estimad|honorables?|respetables?)[oa]?s?\s+)?(?:senores|senoras|senhores|senhoras|sres\.?|sras\.?|srs\.?|exmos\.?|messieurs|mesdames(?: et messieurs)?|excellencies|autoridades)(?:\s+(?:y|e)\s+(?:senoras|senhoras|senores|senhores))?\s*:?$|^(?:para|to|a|an|à|destinatarios|destinatarios?|destinataires)\s*:$/;
/** "C/c aos Excelentíssimos Senhores", "c.c.": copies follow (the furniture's headings aside). */
const COPY_HEAD = /^(?:c\/c|c\.\s?c\.?|cc)(?:\s|:|$)/;
/**
 * "Membro da Comissão", "Relatora da CPI", "Coordenadora de …": offices of committees that the
 * shared office words do not hold, read as an office only here, in a stack, on the line under a name.
 */
const COMMITTEE_OFFICE = /^(?:membro|miembro|membre|relator|relatora|rapporteur|rapporteuse|coordenador|coordenadora|coordinador|coordinadora|conselheiro|conselheira|consejero|consejera|vocal)\s+(?:d[aoe]s?|del|de la|de|of)\s/;
/** "Ao Excelentíssimo Senhor …", "Al Señor …", "À …": the dative that addresses a letter, no part of the name. */
const DATIVE = /^(?:ao|aos|à|às|al|a la|a los|au|aux)\s+(?=\p{Lu})/iu;

type Kind = 'copies' | 'name' | 'record' | 'office' | 'town';

interface Item {
  n: number;
  text: string;
  kind: Kind | undefined;
  /** The line of a courtesy title alone above the name ("Doctor" / "JUAN EJEMPLO PÉREZ"), read with it. */
  styled?: number;
}

interface Group {
  names: Array<{ n: number; name: string; honorific?: string | undefined; office?: string | undefined; courtesy: boolean }>;
  offices: Item[];
  town?: Item | undefined;
  copy: boolean;
  /** The group's first item named the person and his office on one line ("Jane Exemplo, Presidenta …"). */
  record: boolean;
}

export interface AddresseeStack {
  officials: ImportedOfficial[];
  /** Every line of the stack (names, offices, headings). */
  lines: number[];
  /** A line between the stack and the greeting that is no part of any address (the letter's subject). */
  subject?: { n: number; text: string } | undefined;
}

/** The stack of addressees right above the letter, read; undefined when the lines there are not one. */
export function readAddresseeStack(doc: ImportText): AddresseeStack | undefined {
  const { salutation } = findLandmarks(doc);
  if (salutation !== undefined) return stackAbove(doc, salutation, salutation);
  // With no greeting, the letter is one of the first paragraphs: a quotation or a story may come
  // before the addressees ("“…”, dijo …" / a dateline / "Señores:" / the stack / the letter).
  for (const end of firstParagraphs(doc)) {
    const stack = stackAbove(doc, end, undefined);
    if (stack) return stack;
  }
  return undefined;
}

/** The stack right above line `end` (the greeting, or with none the letter's first paragraph). */
function stackAbove(doc: ImportText, end: number, salutation: number | undefined): AddresseeStack | undefined {
  // "Les escribo para …", "I am writing to …": with no greeting, a paragraph that opens as a letter
  // does is the letter under its addressees, whatever text stands above them (a petition's story).
  const letterOpens = salutation === undefined && opensLikeLetter(lineAt(doc, end));
  if (salutation === undefined) {
    const greeting = previousNonBlank(doc, end);
    const officials = greeting === undefined ? undefined : runOnAddressees(lineAt(doc, greeting).trim(), greeting);
    if (greeting !== undefined && officials?.every((o) => nameProblem(o.name?.value ?? '', false) === undefined)) return { officials, lines: [greeting] };
  }
  const items: Item[] = [];
  let marked = letterOpens;
  let above: string | undefined;
  // "To: All Members of the Example Council" right above the greeting: a body written to as a whole.
  const bodies: ImportedOfficial[] = [];
  // The date and the subject line crossed, once each ('' never is: any other line is no such line).
  const crossed = new Set<string>(['']);
  for (let n = end - 1; n >= Math.max(1, end - MAX_LINES); n--) {
    const text = lineAt(doc, n).trim();
    if (isBlank(text)) continue;
    const folded = fold(text);
    const body = items.length === 0 ? bodyAddressed(text, n) : undefined;
    if (body) {
      bodies.unshift(body);
      continue;
    }
    // A letter's date and subject line stand between its addressees and its greeting
    // ("H.E. Ms. Jane Doe" / "Secretary-General, …" / "Subject: …" / "July 4, 2010" / "Your Excellency:").
    if (items.length === 0 && !crossed.has(SUBJECT_LINE.test(text) ? 'subject' : isDateOnly(text) ? 'date' : '')) {
      crossed.add(SUBJECT_LINE.test(text) ? 'subject' : 'date');
      marked = true;
      continue;
    }
    if (STACK_HEAD.test(folded) || isDateOnly(text) || isDateline(text)) {
      marked = true;
      break;
    }
    if (text.length > 160 || isRunningText(text)) {
      above = text;
      break;
    }
    items.unshift({ n, text, kind: kindOf(text) });
  }
  // "Next line" as printed: on a page with a blank line after every line, past that blank line (spacing.ts).
  const spaced = items.length > 0 && isSpacedRange(doc, { from: items[0]?.n ?? end, to: end });
  const under = (a: number, b: number): boolean => follows(doc, a, b, spaced);
  withCourtesyAbove(items, under);
  // A title over the stack ("Carta abierta") is no part of it: the stack is the longest run of items above the letter that reads whole.
  for (let s = 0; s < items.length; s++) {
    const read = readItems(items.slice(s), end, salutation !== undefined, under);
    if (!read) continue;
    const { groups, subject } = read;
    const names = groups.flatMap((g) => g.names);
    // One person alone above the greeting is the envelope addressee-above-letter.ts reads (when the
    // greeting names him): here only with a courtesy title under a dateline or a heading, or addressed
    // with a dative ("Ao …"); a bare name and office there may be the sender's or a heading in capitals.
    const vouched = names.length >= 2 || (marked && names.some((p) => p.courtesy)) || (names.length === 1 && DATIVE.test(items[s]?.text ?? ''));
    // With no greeting, only a dateline or a heading says the paragraph under the stack opens a letter.
    if (!vouched || (above !== undefined && s === 0 && !letterOpens) || (salutation === undefined && !marked)) return undefined;
    const officials = [...groups.flatMap(officialsOf), ...bodies];
    if (officials.length === 0 || officials.some((o) => nameProblem(o.name?.value ?? '', false) !== undefined)) return undefined;
    return { officials, lines: [...items.slice(s).flatMap((i) => (i.styled === undefined ? [i.n] : [i.styled, i.n])), ...bodies.map((b) => b.line)], subject };
  }
  return undefined;
}

/** "Subject: …", "Re: …", "Ref.: …", "Objet : …": the letter's subject line, under its addressees. */
const SUBJECT_LINE = /^(?:subject|re|ref\.?|referencia|objet|asunto|assunto|oggetto|betreff|betr\.)\s?:\s*\S/iu;

/**
 * "Doctor" / "JUAN EJEMPLO PÉREZ" / "Presidente de la República": a courtesy title alone on the line
 * right above a name is that person's, as an envelope prints it; read as one line with the name
 * (so the name counts as styled), the title's line kept with the stack's lines.
 */
function withCourtesyAbove(items: Item[], under: (a: number, b: number) => boolean): void {
  for (let i = items.length - 2; i >= 0; i--) {
    const top = items[i];
    const name = items[i + 1];
    // Cheap first: a short line that is no name ("Doctora" may pass for an office), right over a name.
    if (!top || !name || (top.kind !== undefined && top.kind !== 'office') || top.text.length > 30 || name.kind !== 'name' || !under(top.n, name.n)) continue;
    const joined = `${top.text} ${name.text}`;
    if (splitHonorific(joined).honorific !== top.text || !personOf(joined)?.courtesy) continue;
    items.splice(i, 2, { n: name.n, text: joined, kind: 'name', styled: top.n });
  }
}
/** "To: All Members of the Example Council": the body whose members are written to. */
const BODY_TO = /^to:\s*(?:all\s+)?(?:the\s+)?(?:members|member states)\s+of\s+(?:the\s+)?(.{3,80})$/iu;

/** The body a "To: All Members of …" line writes to, as one official named as printed (never its members). */
function bodyAddressed(text: string, n: number): ImportedOfficial | undefined {
  const name = BODY_TO.exec(text)?.[1]?.replace(/[.,:;]$/u, '').trim();
  if (name === undefined || !isOrganisation(name) || isRunningText(name)) return undefined;
  return { line: n, confidence: 'medium', nameFromOffice: false, name: { value: name, line: n }, address: [], emails: [], copy: false, unsure: [] };
}

/** Paragraphs tried as the letter's first, with no greeting: a page's head holds no more before the letter. */
const FIRST_PARAGRAPHS = 3;
/** A letter's first sentence is at least this long. */
const LETTER_LINE = 60;
/** How much of a paragraph's start is read for its kind. */
const OPENING = 200;

/**
 * With no greeting: the first paragraphs near the top that may open the letter, running text in
 * lower case, and any further one there that opens as a letter does ("Les escribo para …").
 */
function firstParagraphs(doc: ImportText): number[] {
  const found: number[] = [];
  let plain = 0;
  for (let n = 1; n <= Math.min(doc.lines.length, MAX_LINES * 2); n++) {
    const line = lineAt(doc, n);
    // Cheap first: a line long enough for a sentence.
    if (line.length < LETTER_LINE) continue;
    // Its opening words are running text: a letter that goes on to list the people it defends by name
    // has more capitals than a sentence over its whole length.
    if (plain < FIRST_PARAGRAPHS && line.length > 120 && isRunningText(line.slice(0, OPENING))) {
      plain++;
      found.push(n);
    } else if (opensLikeLetter(line) && isRunningText(line.slice(0, OPENING))) found.push(n);
  }
  return found;
}

function kindOf(text: string): Kind | undefined {
  const folded = fold(text);
  if (isCopiesHeading(text) || COPY_HEAD.test(folded)) return 'copies';
  // "The Parliament Buildings, Ottawa Examplia" under the office: where he sits, never an office over
  // a person named by the town after the comma.
  if (isBuildingLine(text.split(',')[0] ?? '')) return 'town';
  if (personOf(text)) return 'name';
  if (text.includes(',') && recordOf(text)) return 'record';
  // "Sr. Óscar Example Attorney, General of …": a line opened by a courtesy title is a person the
  // stack cannot read, never an office or address line of the person above.
  if (splitHonorific(text).honorific !== undefined) return undefined;
  if (COMMITTEE_OFFICE.test(folded) || isRoleLike(text) || isOrganisation(text)) return 'office';
  return isAddressLike(text) && text.length <= 80 ? 'town' : undefined;
}

/** "Sra. Ana Muestra", "Senador JANE EXEMPLO", "JUAN EJEMPLO PÉREZ": a person, maybe with a courtesy title or rank. */
function personOf(text: string): Group['names'][number] | undefined {
  // "Jane Ejemplo Ruiz," over her office: the comma that ends the name on an envelope is no part of it.
  const { honorific, rest } = splitHonorific(text.replace(DATIVE, '').replace(/\s*,$/u, ''));
  if (rest.includes(',')) return undefined;
  const role = splitLeadingRole(rest);
  if (role) return { n: 0, name: role.name, honorific, office: role.title, courtesy: true };
  if (!isPersonName(rest) || isRoleLike(rest) || COMMITTEE_OFFICE.test(fold(rest))) return undefined;
  return { n: 0, name: rest, honorific, courtesy: honorific !== undefined };
}

/** "Senador João Exemplo, Presidente do Congresso Nacional": one person and his office on one line. */
function recordOf(text: string): Group['names'][number] | undefined {
  const value = text.replace(DATIVE, '');
  const listed = readAddresseeList(value);
  const [one] = listed ?? [];
  if (listed?.length === 1 && one && one.offices.length > 0) {
    // The rank on the name ("Senador") is his courtesy title when the office follows the comma.
    const honorific = [one.honorific, one.office].filter((h) => h !== undefined).join(' ');
    return { n: 0, name: one.name, honorific: honorific === '' ? undefined : honorific, office: one.offices.join(', '), courtesy: true };
  }
  // "Jane Exemplo, Presidenta da República Federativa de Exemplia": on a line of its own in the
  // stack, what follows the one comma is the office whole (the list reader, which cannot tell it
  // from an office and another name, leaves it). A courtesy title after the comma opens another person: not read.
  const comma = value.indexOf(', ');
  if (comma < 0) return undefined;
  const person = personOf(value.slice(0, comma));
  // "Mr. Jo Example, High Commissioner for Human Rights, United Nations": after a courtesy title and
  // a name, all that follows the first comma is the office (never an office of the person above).
  if (value.indexOf(',', comma + 1) >= 0 && person?.honorific === undefined) return undefined;
  const office = value.slice(comma + 2).trim();
  if (!person || !(isRoleLike(office) || COMMITTEE_OFFICE.test(fold(office))) || splitHonorific(office).honorific !== undefined) return undefined;
  const honorific = [person.honorific, person.office].filter((h) => h !== undefined).join(' ');
  return { n: 0, name: person.name, honorific: honorific === '' ? undefined : honorific, office, courtesy: true };
}

/** The items as groups of names over their office lines (and town); undefined when one item fits no group. */
function readItems(items: readonly Item[], end: number, greeted: boolean, under: (a: number, b: number) => boolean): { groups: Group[]; subject?: { n: number; text: string } } | undefined {
  const groups: Group[] = [];
  let copy = false;
  let open: Group | undefined;
  const close = (): boolean => {
    if (open && !complete(open, under)) return false;
    open = undefined;
    return true;
  };
  for (const [i, item] of items.entries()) {
    const { kind, text, n } = item;
    if (kind === 'copies') {
      if (!close() || i === items.length - 1) return undefined;
      copy = true;
      continue;
    }
    // "H.E. Ms. Jane Doe" / "Secretary-General, United Nations": right under a name, an office and
    // its institution is that person's office line, not another person ("United Nations").
    const officeUnder = kind === 'record' && open !== undefined && open.offices.length === 0 && !open.record && isRoleLike(text.slice(0, text.indexOf(',')));
    if ((kind === 'name' || kind === 'record') && !officeUnder) {
      if (open && (open.offices.length > 0 || open.record || kind === 'record') && !close()) return undefined;
      const person = kind === 'name' ? personOf(text) : recordOf(text);
      if (!person) return undefined;
      open ??= groups[groups.push({ names: [], offices: [], copy, record: kind === 'record' }) - 1];
      open?.names.push({ ...person, n });
      continue;
    }
    // "Propuestas de la Alianza …" under the town, right above the greeting: the letter's subject.
    if (kind === undefined && open?.town !== undefined && i === items.length - 1 && greeted && n < end) return close() ? { groups, subject: { n, text } } : undefined;
    if (!open || kind === undefined || open.town !== undefined) return undefined;
    if (kind === 'town' || (open.record && open.offices.length > 0)) open.town = item;
    else if (open.offices.length < 2) open.offices.push(item);
    else return undefined;
  }
  return close() && groups.length > 0 ? { groups } : undefined;
}

/**
 * A group names its people and gives them an office: several names over one office only when each
 * has a courtesy title, and a name with none only with its office on the very next line.
 */
function complete(g: Group, under: (a: number, b: number) => boolean): boolean {
  if (g.record) return g.names.length === 1;
  const first = g.offices[0];
  if (!first || g.names.length === 0) return false;
  if (g.names.length > 1) return g.names.every((p) => p.courtesy);
  const [one] = g.names;
  return one !== undefined && (one.courtesy || under(one.n, first.n));
}

/** Each person of a group as an official: the office lines as title, an institution and the town as the address. */
function officialsOf(g: Group): ImportedOfficial[] {
  // Under a name and office printed on one line ("Ao … Senhor Jane Exemplo, Ministro …"), the lines are the address.
  const institutions = g.record ? g.offices : g.town ? g.offices.filter((o) => isOrganisation(o.text) || !isRoleLike(o.text)) : [];
  const roles = g.offices.filter((o) => !institutions.includes(o));
  const address = [...institutions, ...(g.town ? [g.town] : [])].map((o) => ({ value: o.text, line: o.n }));
  return g.names.map((p) => {
    const office = roles[0] ? { value: roles.map((r) => r.text).join(', '), line: roles[0].n } : undefined;
    // "Senador Jane Exemplo" over "Relatora da Comissão": the rank on the name is her courtesy title, the line under it her office.
    const rank = p.office !== undefined && office !== undefined ? p.office : undefined;
    const honorific = [p.honorific, rank].filter((h) => h !== undefined).join(' ');
    return {
      line: p.n,
      confidence: 'medium',
      nameFromOffice: false,
      name: { value: personCase(p.name) ?? p.name, line: p.n },
      honorific: honorific === '' ? undefined : { value: honorific, line: p.n },
      title: office ?? (p.office === undefined ? undefined : { value: p.office, line: p.n }),
      address,
      emails: [],
      copy: g.copy,
      unsure: [],
    };
  });
}

/** "Sres.", "Señores", "Senhores", "Exmos. Srs.": the plural courtesy that opens a run-on addressee line. */
const PLURAL_COURTESY = /^(?:sres\.?|sras\.?|srs\.?|senores|senhores|exmos\.?(?:\s+srs\.?)?|excelentisimos senores|excelentissimos senhores|messieurs)\s+/;
/** A join word before the last of a list. */
const JOIN = /\s+(?:y|e|and|et|und)\s+/u;

/**
 * "Sres. Ministro de Justicia, Ana Muestra, Subsecretario de Justicia Pedro Prueba y Subsecretaria
 * de Derechos Humanos, Eva Ejemplo:": one line, right above the letter, that greets every official
 * by office and name. Each office before a name (after its comma or not) is that person's; a part
 * that fits no pair leaves the whole line unread.
 */
function runOnAddressees(text: string, n: number): ImportedOfficial[] | undefined {
  const courtesy = PLURAL_COURTESY.exec(fold(text));
  if (!text.endsWith(':') || text.length > 400 || !courtesy) return undefined;
  const parts = text.slice(courtesy[0].length, -1).trim().split(/\s*,\s+/u).flatMap(atOffice);
  const out: ImportedOfficial[] = [];
  let office: string | undefined;
  for (const part of parts) {
    const led = officeThenName(part);
    if (led && office === undefined) out.push(runOnOfficial(led.name, led.title, n));
    else if (!led && office !== undefined && isPersonName(part) && !isOfficeText(part)) out.push(runOnOfficial(part, office, n));
    else if (!led && office === undefined && isOfficeText(part)) {
      office = part;
      continue;
    } else return undefined;
    office = undefined;
  }
  return out.length >= 2 && office === undefined ? out : undefined;
}

/** "Subsecretaria", "Vice-Ministro": an office word with a sub- or vice- before it is an office too. */
const RANK_PREFIX = /^(?:sub|vice-?|vize-?)(?=\p{L})/iu;
const unprefixed = (text: string): string => text.replace(RANK_PREFIX, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
const isOfficeText = (text: string): boolean => isRoleLike(text) || (RANK_PREFIX.test(text) && isRoleLike(unprefixed(text)));

/** "Subsecretario de Justicia Pedro Prueba": the office, then the name. */
function officeThenName(text: string): { title: string; name: string } | undefined {
  const role = splitLeadingRole(text) ?? (RANK_PREFIX.test(text) ? splitLeadingRole(unprefixed(text)) : undefined);
  if (!role) return undefined;
  return { title: text.slice(0, text.length - role.name.length).trim(), name: role.name };
}

/** "Subsecretario de Justicia Pedro Prueba y Subsecretaria de Derechos Humanos": a join word before an office opens the next pair. */
function atOffice(part: string): string[] {
  const m = JOIN.exec(part);
  if (!m) return [part];
  const left = part.slice(0, m.index);
  const right = part.slice(m.index + m[0].length);
  return officeThenName(left) !== undefined && isOfficeText(right) && officeThenName(right) === undefined ? [left, right] : [part];
}

function runOnOfficial(name: string, title: string, n: number): ImportedOfficial {
  return { line: n, confidence: 'medium', nameFromOffice: false, name: { value: personCase(name) ?? name, line: n }, title: { value: title, line: n }, address: [], emails: [], copy: false, unsure: [] };
}

/**
 * The stack's officials in place of what the block readers made of its lines: with nothing found,
 * or with officials that overlap the stack and print no way to reach them (a name taken with the
 * letter's subject for an address line). Officials found elsewhere with a way to reach them stay.
 */
export function withAddresseeStack(doc: ImportText, read: OfficialsResult): OfficialsResult {
  const before = read.officials.found ? read.officials.value : [];
  // A cheap test first: a page whose readers found someone to reach is left as read.
  if (before.some((o) => reachableBy(o, ['email', 'fax', 'phone', 'twitter']))) return read;
  const stack = readAddresseeStack(doc);
  if (!stack) return read;
  const inStack = new Set(stack.lines);
  const overlapping = before.filter((o) => [o.line, o.name?.line, ...o.address.map((a) => a.line)].some((n) => n !== undefined && inStack.has(n)));
  // What the other readers made of these lines stands, unless they took the letter's subject for an
  // address line (several names over one office: only the first named, the subject under the town).
  const subject = stack.subject?.n;
  // Nor when they read only the stack's copies (under a heading they know) and nothing else.
  const partOfStack = overlapping.length === before.length && before.every((o) => o.copy) && stack.officials.length > before.length;
  if (before.length > 0 && !partOfStack && !overlapping.some((o) => o.address.some((a) => a.line === subject))) return read;
  greetTogether(doc, stack.officials);
  const officials = [...before.filter((o) => !overlapping.includes(o)), ...stack.officials].sort((a, b) => a.line - b.line);
  const stackSource = new Set(stack.lines.map((n) => sourceLine(doc, n)));
  const skipped = read.skipped.filter((s) => !stackSource.has(s.line));
  if (stack.subject) skipped.push({ line: sourceLine(doc, stack.subject.n), text: stack.subject.text, why: "under the addressees' town, above the greeting: the letter's subject, no part of an address" });
  return { officials: found(officials, 'medium', officials[0]?.line ?? 1, 'a stack of names and offices above the letter: no address, email or number printed'), skipped };
}

/** "Señores Fiscales:", "Excelentíssimos,", "De nuestra mayor consideración:": a greeting in the plural, or naming no one, greets the whole stack. */
const PLURAL_GREETING = /^(?:(?:senores|senoras|senhores|senhoras|excelentisim[oa]s|excelentissim[oa]s|estimad[oa]s|prezad[oa]s|distinguid[oa]s|ilustrisim[oa]s|ilustrissim[oa]s|respetables|honorables|messieurs|mesdames|excellencies|egregi|egregie|gentili|illustri|spettabili)\b|de (?:nuestra|mi) (?:mayor |mas alta |distinguida )?consideracion\b)/;
/** Whether a greeting (as printed) is in the plural, or names no one: it greets every addressee of a stack. */
export const greetsEveryone = (greeting: string): boolean => PLURAL_GREETING.test(fold(greeting.trim()));

const EXCELLENCY_GREETING = /^(?:your )?excellency$/;
/** "H.E.", "His Excellency", "S. E.": the courtesy of an excellency. */
const EXCELLENCY = /^(?:h\.\s?e\.?|(?:his|her) excellency|s\.\s?e\.)(?:\s|$)/i;

/** Each official written to (no copy) of the stack gets a greeting addressed to them all. */
function greetTogether(doc: ImportText, officials: ImportedOfficial[]): void {
  const { salutation } = findLandmarks(doc);
  if (salutation === undefined) return;
  const greeting = lineAt(doc, salutation).trim().replace(/\s*[,:]$/u, '');
  if (greeting.length > 80) return;
  // "Your Excellency:" under a stack of "H.E. …": each excellency written to is greeted so.
  const excellency = EXCELLENCY_GREETING.test(fold(greeting));
  if (!excellency && !PLURAL_GREETING.test(fold(greeting))) return;
  for (const o of officials) {
    if (o.copy || (excellency && !EXCELLENCY.test(o.honorific?.value ?? ''))) continue;
    o.salutation = { value: greeting, line: salutation, confidence: 'medium' };
  }
}
