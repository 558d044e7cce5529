// Two officials printed in one block, sharing its postal address and contact lines: "Mr. John Roe"
// / "Minister of Culture" / "And Mr. Jim Doe" / "Minister of Justice" / "Calle 2 No. 25" / … /
// "Emails: a@… b@… c@…" / "Twitter: @RoeMinistro @DoeMinjus", or both names on one line ("Ms Jane
// Roe and Mr Jim Doe"). Each official gets the whole postal address and the block's salutation.
// A contact value goes to one of them only where it is certain whose it is: one value of a kind for
// each official, in the order the names are printed, or a value that holds his surname. Any other
// is left out of both and named in a TODO on each, never guessed.
import { CARE_OF } from './address-words.js';
import { parseContactLine, SECOND_HANDLE } from './contact-line.js';
import { memberHeads } from './member-list.js';
import { splitInlineCopy } from './copy-in-line.js';
import { parseBlock, type BlockLine, type ImportedOfficial } from './official-block.js';
import { isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole, startsWithOrganisation } from './official-words.js';
import { fold } from './text.js';
import type { Located } from './types.js';

/** "And Mr. Jim Doe", "y Sr. Pedro Gómez", "et M. Jean Exemple", "und Herrn Max Muster", "and" alone. */
const JOINER = /^(?:and|&|y|et|und|en|e|och|og)(?=\s|$)\s*/iu;
/** The same word between two names on one line ("Ms Jane Roe and Mr Jim Doe"). */
const JOINED = /\s+(?:and|&|y|et|und|en|e|och|og)\s+/giu;
/** A handle inside a line, not an email's "@" ("@RoeMinistro, @DoeMinjus"). */
const HANDLE = /(?<![\p{L}\p{N}._%+-])@([A-Za-z0-9_]{1,15})\b/gu;

/** The officials of a block: two when it names two in its header and shares the rest, else its one. */
export function parseBlockOfficials(lines: readonly BlockLine[], copy: boolean): ImportedOfficial[] {
  // "Telegramme: Ministerpräsident Ankara, Türkei", "Telex: 0607 42293": an older page's telegram
  // and telex addresses are no postal address, and the case file has no field for them.
  const wired = lines.filter((l) => TELEGRAPH.test(l.text));
  if (wired.length > 0 && wired.length < lines.length) {
    const officials = parseBlockOfficials(lines.filter((l) => !wired.includes(l)), copy);
    for (const o of officials) for (const l of wired) o.unsure.push({ value: l.text, line: l.n, why: 'a telegram or telex address: the case file has no field for it; add it to the letter if you need it' });
    return officials;
  }
  // "… Sr. João Exemplo, Com cópia para a Secretária …": the copy parted off the line (copy-in-line.ts).
  const inline = copy ? undefined : splitInlineCopy(lines);
  if (inline) return [...parseBlockOfficials(inline.own, false), ...parseBlockOfficials(inline.copy, true)];
  const next = nextOfficialAt(lines);
  if (next) return [...parseBlockOfficials(lines.slice(0, next.at), copy), ...parseBlockOfficials([...next.lines, ...lines.slice(next.at + 1)], copy)];
  return parseSharedBlock(lines, copy) ?? [parseBlock(lines, copy)];
}

/** A telegram's or telex's label ("Telegram" alone is also the messaging app, read as such elsewhere). */
const TELEGRAPH = /^(?:telex(?:es)?|telegramme?|telegrams|t[ée]l[ée]grammes?|telegramas?|telegrammi|fernschreiben|cables?)\s?:/iu;

/**
 * Two officials flattened onto consecutive lines with commas and no blank line between ("Head of
 * Judiciary, Jane Example, c/o Embassy …, BRUSSELS" / "Botschaft der Republik Beispielland, S. E.
 * Herrn Karim Beispiel, BERLIN"): the splitter reads the second line as the first one's address,
 * which would send the letter to a mix of two people. A line under the block's first that opens
 * with an institution or an office and holds a courtesy title and a person's name is the next
 * official: that part is his name, the office his title, the institution and the rest his address.
 */
function nextOfficialAt(lines: readonly BlockLine[]): { at: number; lines: BlockLine[] } | undefined {
  for (let at = 1; at < lines.length; at++) {
    const line = lines[at] as BlockLine;
    const parts = officialLineParts(line.text) ?? personLineParts(lines, at);
    if (!parts) continue;
    // The lines above must name an official of their own: else the block is left as it was.
    if (!parseBlock(lines.slice(0, at), false).name) return undefined;
    return { at, lines: parts.map((p) => ({ ...line, text: p.text, address: p.address })) };
  }
  return undefined;
}

const CARE_OF_ANYWHERE = new RegExp(String.raw`(?:^|[\s,;])${CARE_OF}\s`, 'iu');

/** The parts of such a line, each with whether it is an address line; undefined for any other line. */
export function officialLineParts(text: string): Array<{ text: string; address: boolean }> | undefined {
  // Cheap tests first: the line is short, has two commas at least, no label, email or care-of.
  if (text.length > 200 || text.split(',').length < 3 || /[:@]/u.test(text) || CARE_OF_ANYWHERE.test(text)) return undefined;
  const parts = text.replace(/[\s,;.]+$/u, '').split(/\s*,\s+/u);
  const [first = ''] = parts;
  const institution = startsWithOrganisation(first);
  if (!institution && !isRoleLike(first)) return undefined;
  const person = parts.findIndex((p, i) => i > 0 && courtesyAndName(p));
  if (person < 0) return undefined;
  // A second person on the line is a list, not one official.
  if (parts.some((p, i) => i !== person && courtesyAndName(p))) return undefined;
  return parts.map((p, i) => ({ text: p, address: i !== person && !(i < person && !startsWithOrganisation(p) && isRoleLike(p)) }));
}

/**
 * "Cc: Dr Omar Beispiel, …, Exampleland" / "Her Excellency Dr. Jana Example, Ambassador for the
 * Republic of Exampleland, 354 Example Street, Ottawa": a list of copies one a line, each opening
 * with a courtesy title and a name, then the office. Under the address or contacts of an official
 * named by a person, such a line is the next official, never one more address line of the one above.
 */
function personLineParts(lines: readonly BlockLine[], at: number): Array<{ text: string; address: boolean }> | undefined {
  const { text } = lines[at] as BlockLine;
  // Cheap tests on the line first; the lines above are read only for a line of that shape.
  if (text.length > 200 || /[:@]/u.test(text)) return undefined;
  const parts = text.replace(/[\s,;.]+$/u, '').split(/\s*,\s+/u);
  if (parts.length < 3 || !courtesyAndName(parts[0] ?? '') || !isRoleLike(parts[1] ?? '') || startsWithOrganisation(parts[1] ?? '')) return undefined;
  if (!lines.slice(0, at).some((l) => l.address || parseContactLine(l.text) !== undefined)) return undefined;
  const above = parseBlock(lines.slice(0, at), false);
  if (!above.name || above.nameFromOffice) return undefined;
  return parts.map((p, i) => ({ text: p, address: i > 1 }));
}

/** "S. E. Herrn Karim Beispiel", "Mr Jim Doe": a courtesy title, then a person's name and nothing else. */
function courtesyAndName(part: string): boolean {
  const { honorific, rest } = splitHonorific(part);
  return honorific !== undefined && rest.split(/\s+/u).length <= 5 && isPersonName(rest) && !isRoleLike(rest);
}

/** The two officials of a shared block, or undefined when the block names one (or is not of that shape). */
export function parseSharedBlock(lines: readonly BlockLine[], copy: boolean): ImportedOfficial[] | undefined {
  const bodyAt = lines.findIndex((l) => l.address || parseContactLine(l.text) !== undefined);
  if (bodyAt <= 0) return undefined;
  const heads = splitHeads(lines.slice(0, bodyAt));
  if (!heads) return undefined;
  const body = lines.slice(bodyAt);
  const officials = heads.lines.map((head) => parseBlock([...head, ...body], copy));
  // Each head must name someone by himself: an office alone, or a person.
  if (officials.some((o) => !o.name)) return undefined;
  for (const o of officials) {
    for (const u of heads.unsure) o.unsure.push({ ...u, why: `printed for both ${names(officials)}: whose is it?` });
    o.confidence = 'medium';
  }
  shareContacts(officials, body, heads.members === true);
  return officials;
}

interface Heads {
  lines: BlockLine[][];
  /** Header lines the two heads share and neither can be given (an office under two names on one line). */
  unsure: Array<Located<string>>;
  /** The heads are members of one body, listed above its name and address: a lone contact value of a kind is the body's, each member's. */
  members?: boolean;
}

function splitHeads(header: readonly BlockLine[]): Heads | undefined {
  // "Jane Example, Chairperson" / "Omar Beispiel, Vice-Chair" / "Council of State": members of one body.
  const members = memberHeads(header);
  if (members) return { lines: members, unsure: [], members: true };
  // "Mr. John Roe" / "Minister of Culture" / "And Mr. Jim Doe" / "Minister of Justice".
  const at = header.findIndex((l, i) => i > 0 && joinerOpens(l, header[i + 1]));
  if (at > 0) {
    const line = header[at] as BlockLine;
    const rest = line.text.replace(JOINER, '');
    const second = [...(rest === '' ? [] : [{ ...line, text: rest }]), ...header.slice(at + 1)];
    return second.length > 0 ? { lines: [header.slice(0, at), second], unsure: [] } : undefined;
  }
  // "His Majesty King Jane Example," / "His Royal Highness Crown Prince John Example" over one
  // address: a letter to a monarch and his heir, each on his own line, both named.
  if (header.length === 2 && header.every((l) => ROYAL_COURTESY.test(l.text.trim()) && courtesyThenPerson(l.text.trim().replace(/,$/u, '')))) {
    return { lines: header.map((l) => [{ ...l, text: l.text.trim().replace(/,$/u, '') }]), unsure: [] };
  }
  // "Ms Jane Roe and Mr Jim Doe" / (perhaps) "Minister of Culture" / "Minister of Justice".
  const both = header.findIndex((l) => twoNames(l.text) !== undefined);
  const pair = both < 0 ? undefined : twoNames((header[both] as BlockLine).text);
  if (!pair) return undefined;
  const line = header[both] as BlockLine;
  // "Ministerium der Justiz" under both names: the institution at the address they share.
  const shared = header.filter((l, i) => i !== both && isOrganisation(l.text));
  const others = header.filter((l, i) => i !== both && !shared.includes(l));
  const [a, b] = pair.map((text) => [{ ...line, text }]) as [BlockLine[], BlockLine[]];
  // One office line for each name, in the order of the names; anything else is either's.
  if (others.length === 2 && others.every((l) => isRoleLike(l.text))) return { lines: [[...a, others[0] as BlockLine, ...shared], [...b, others[1] as BlockLine, ...shared]], unsure: [] };
  return { lines: [[...a, ...shared], [...b, ...shared]], unsure: others.map((l) => ({ value: l.text, line: l.n })) };
}

const joinerOpens = (line: BlockLine, next: BlockLine | undefined): boolean => opensSecondOfficial(line.text, next?.text);

/** A sovereign's or a high dignitary's courtesy title opening the line ("His Majesty", "Her Royal Highness", "His Excellency"). */
const ROYAL_COURTESY = /^(?:his|her)\s+(?:royal\s+)?(?:majesty|highness|excellency)\b/iu;

/** "And Mr. Jim Doe", "and the Minister of Justice", or "and" alone above the second official's first line (`next`). */
export function opensSecondOfficial(text: string, next: string | undefined): boolean {
  const line = text.trim();
  const m = line.length > 160 ? null : JOINER.exec(line);
  if (!m) return false;
  const rest = line.slice(m[0].length);
  // "e" and "en" are also a letter and a preposition: only before a courtesy title.
  if (/^e|^en/iu.test(m[0].trim()) && splitHonorific(rest === '' ? next ?? '' : rest).honorific === undefined) return false;
  return rest === '' ? next !== undefined && opensOfficial(next) : opensOfficial(rest);
}

/** A courtesy title, an office or a person's name opens the line. */
function opensOfficial(text: string): boolean {
  const { honorific, rest } = splitHonorific(text.replace(/^(?:the|el|la|le|der|die|den|de)\s+/iu, ''));
  return honorific !== undefined || isRoleLike(rest) || isPersonName(rest.split(',')[0] ?? '');
}

/** "Ms Jane Roe and Mr Jim Doe": two people, each with a courtesy title or an office before the name. */
function twoNames(text: string): [string, string] | undefined {
  if (text.length > 160) return undefined;
  const cuts = [...text.matchAll(JOINED)];
  const [cut] = cuts;
  if (cuts.length !== 1 || cut === undefined) return undefined;
  const parts: [string, string] = [text.slice(0, cut.index).trim(), text.slice(cut.index + cut[0].length).trim().replace(/,$/u, '')];
  return parts.every(namedPerson) ? parts : undefined;
}

/** "His Royal Highness Crown Prince John Example": a courtesy title, then a name, perhaps after his office. */
function courtesyThenPerson(text: string): boolean {
  const { honorific, rest } = splitHonorific(text);
  return honorific !== undefined && (isPersonName(rest) || splitLeadingRole(rest) !== undefined);
}

function namedPerson(text: string): boolean {
  const { honorific, rest } = splitHonorific(text);
  if (honorific !== undefined) return isPersonName(rest);
  return splitLeadingRole(text) !== undefined;
}

/** Where a contact value was printed. */
type Value = Located<string>;

/** Every value of each kind the shared lines print, then given out as far as it is certain whose it is. */
function shareContacts(officials: ImportedOfficial[], body: readonly BlockLine[], members: boolean): void {
  const [first] = officials;
  if (!first) return;
  const emails = [...first.emails];
  const handles: Value[] = [];
  const phones: Value[] = [];
  const faxes: Value[] = [];
  for (const l of body) {
    const c = parseContactLine(l.text);
    if (!c) continue;
    if (c.twitter !== undefined) {
      const all = [...l.text.matchAll(HANDLE)].map((m) => `@${m[1]}`);
      for (const h of all.length > 0 ? all : [c.twitter]) if (!handles.some((x) => x.value === h)) handles.push({ value: h, line: l.n });
    }
    for (const p of numbers(c.phone)) phones.push({ value: p, line: l.n });
    for (const f of numbers(c.fax)) faxes.push({ value: f, line: l.n });
  }
  const give = (values: readonly Value[], kind: string): Value[][] => (members && values.length === 1 ? officials.map(() => [...values]) : giveOut(officials, values, kind));
  const given = {
    emails: give(emails, 'an email'),
    twitter: give(handles, 'a handle'),
    phone: give(phones, 'a phone number'),
    fax: give(faxes, 'a fax number'),
  };
  for (const [i, o] of officials.entries()) {
    // Each official's block read alone named every handle past the first: here they are given out instead.
    o.unsure = o.unsure.filter((u) => u.why !== SECOND_HANDLE);
    o.emails = given.emails[i] ?? [];
    [o.twitter, o.phone, o.fax] = [one(o, given.twitter[i]), one(o, given.phone[i]), one(o, given.fax[i])];
  }
}

/** "+53 7 123 4567 / +53 7 765 4321": two numbers of seven digits or more; "202 332 3344 / 4350" is one. */
function numbers(value: string | undefined): string[] {
  if (value === undefined) return [];
  const parts = value.split(/\s+\/\s+/u);
  return parts.length > 1 && parts.every((p) => p.replace(/\D/gu, '').length >= 7) ? parts : [value];
}

/** The values each official gets; those whose owner is unsure are named in a TODO on every official. */
function giveOut(officials: readonly ImportedOfficial[], values: readonly Value[], kind: string): Value[][] {
  const out: Value[][] = officials.map(() => []);
  const owner = values.map((v) => namedIn(officials, v.value));
  // One for each official, in the order of the names, unless a value names another of them.
  if (values.length === officials.length && owner.every((o, i) => o === undefined || o === i)) {
    for (const [i, v] of values.entries()) out[i]?.push(v);
    return out;
  }
  for (const [i, v] of values.entries()) {
    const o = owner[i];
    if (o !== undefined) out[o]?.push(v);
    else for (const x of officials) x.unsure.push({ ...v, why: `${kind} printed for both ${names(officials)}: whose is it?` });
  }
  return out;
}

/** The one official whose surname the value holds ("@DoeMinjus", "jim.doe@…"), or undefined. */
function namedIn(officials: readonly ImportedOfficial[], value: string): number | undefined {
  const v = fold(value).replace(/[^a-z0-9]/gu, '');
  const hits = officials.flatMap((o, i) => {
    const surname = o.nameFromOffice ? '' : fold(o.name?.value.split(/\s+/u).at(-1) ?? '').replace(/[^a-z0-9]/gu, '');
    return surname.length >= 3 && v.includes(surname) ? [i] : [];
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/** The one value of a single field; a second one is named in a TODO, as the case file holds one. */
function one(o: ImportedOfficial, values: readonly Value[] | undefined): Value | undefined {
  const [first, ...more] = values ?? [];
  for (const v of more) o.unsure.push({ ...v, why: 'a second value of a field the case file holds one of' });
  return first;
}

const names = (officials: readonly ImportedOfficial[]): string => officials.map((o) => `"${o.name?.value ?? ''}"`).join(' and ');
