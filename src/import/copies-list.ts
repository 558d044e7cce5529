// A protest letter as a writers' centre publishes it ends with whom it was copied to, after the
// signature: one recipient a line under "Copies to:" ("Norwegian Ministry of Foreign Affairs" / "The
// Exampleland Embassy, Oslo, Norway"), or all on the label's line ("COPY: President Jan Example,
// Embassy of Exampleland in Norway, …"). No street is printed, so the block readers, which want an
// address or a contact for each, left them out. Each is a recipient of copies, named as printed
// before its first comma, the town and country after it his address. Only a list whose every
// recipient opens with an institution, an office and a name, or a courtesy title and a name is read:
// anything else is left to the other readers (and their report). A blog writes "Cc:" with the first
// recipient on its line and the others one a line under it, each with its title and its street and
// town after commas; a centre's letter may list them with no label at all, one a line ending in a
// comma, the last perhaps an office, its institution and its holder ("Secretary General, High
// Council …, Mohammed Sample.").
import { labelsOf, printedLabels } from './field-labels.js';
import { isOwnOrganisation } from './furniture.js';
import type { ImportedOfficial } from './official-block.js';
import { isAddressLike, isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole } from './official-words.js';
import { paragraphFrom } from './published-letter-block.js';
import { isSpacedRange, lineUnder } from './spacing.js';
import { isBlank, lineAt } from './text.js';
import { sourceLine, type ImportText } from './types.js';

/** "Copies to:", "COPY:", "Kopie an:" with what follows it on the line (perhaps nothing). */
// A mail's "cc:" is printed in lower case as often as not, a blog's "Cc:" capitalised.
const COPY_LABEL = new RegExp(String.raw`^\s*(?:${printedLabels(labelsOf('copy'), { capitals: true })}|[Cc]c)\s*:\s*(.*)$`, 'u');
/** A list runs a few lines; the rest of the page is another part. */
const MAX_LINES = 12;

/** The recipient a list's item opens with, and how: an institution, an office and a name, a courtesy title and a name. */
function recipientOf(part: string): { name: string; title?: string; honorific?: string } | undefined {
  const text = part.trim().replace(/[.;]$/, '');
  if (text.length < 4 || text.length > 100 || /[@\d:]/.test(text) || isOwnOrganisation(text)) return undefined;
  if (isOrganisation(text) && !isPersonName(text)) return { name: text };
  const role = splitLeadingRole(text);
  if (role && isPersonName(role.name)) return { name: role.name, title: role.title };
  const { honorific, rest } = splitHonorific(text);
  if (honorific !== undefined && isPersonName(rest) && !isRoleLike(rest)) return { name: rest, honorific };
  return undefined;
}

/** A place after an item's comma ("Oslo", "Norway"): a word or three, no office, no digits. */
const PLACE = /^\p{Lu}[\p{L}'’. -]{1,40}$/u;

function copyOf(doc: ImportText, items: ReadonlyArray<{ part: string; n: number }>): ImportedOfficial[] | undefined {
  // One printed line, perhaps cut at its commas into several (unflatten.ts): each opens a recipient.
  const printed: Array<Array<{ part: string; n: number }>> = [];
  for (const item of items) {
    const line = printed.at(-1);
    if (line?.[0] && sourceLine(doc, line[0].n) === sourceLine(doc, item.n)) line.push(item);
    else printed.push([item]);
  }
  const copies: ImportedOfficial[] = [];
  for (const line of printed) {
    const read = officeFirst(line) ?? lineCopies(line);
    if (!read) return undefined;
    copies.push(...read);
  }
  return copies.length > 0 ? copies : undefined;
}

/** The recipients of one printed line: each opens with its name; its title, institution and address follow. */
function lineCopies(items: ReadonlyArray<{ part: string; n: number }>): ImportedOfficial[] | undefined {
  const copies: ImportedOfficial[] = [];
  // The recipient whose office was printed after his name, as its own part ("Mr. Steve Example, Chairman").
  let titledAfter: ImportedOfficial | undefined;
  for (const { part, n } of items) {
    const text = part.trim().replace(/[.;]$/, '');
    const last = copies.at(-1);
    // "cc: Mr. Steve Example, Chairman, Examplia Board of …": the office after a person's name is his
    // title, and the board or ministry after that office his organisation, never another recipient.
    if (last && last === titledAfter && !last.organisation && last.address.length === 0 && isOrganisation(text)) {
      last.organisation = { value: text, line: n };
      continue;
    }
    const who = recipientOf(part);
    if (who) {
      copies.push(copyNamed(who, n));
    } else if (last && !last.nameFromOffice && !last.title && last.address.length === 0 && isRoleLike(text) && !isOrganisation(text)) {
      last.title = { value: text, line: n };
      titledAfter = last;
    } else if (last && ((PLACE.test(text) && !isRoleLike(text)) || isAddressLike(text, []))) {
      // "The Exampleland Embassy, Oslo, Norway", "…, 354 Example Street, Ottawa ON K1N 6K8": the
      // street, town and country after the recipient, one address line.
      const [first] = last.address;
      last.address = [{ value: first ? `${first.value}, ${text}` : text, line: first?.line ?? n }];
    } else return undefined;
  }
  return copies;
}

function copyNamed(who: { name: string; title?: string; honorific?: string }, n: number): ImportedOfficial {
  const o: ImportedOfficial = { line: n, confidence: 'medium', name: { value: who.name, line: n }, nameFromOffice: who.title === undefined && who.honorific === undefined, address: [], emails: [], copy: true, unsure: [] };
  if (who.title !== undefined) o.title = { value: who.title, line: n };
  if (who.honorific !== undefined) o.honorific = { value: who.honorific, line: n };
  return o;
}

/**
 * "Secretary General, High Council for Human Rights, Mohammed Sample.": a line that opens with the
 * office and ends with its holder's name, his institution between: one recipient.
 */
function officeFirst(items: ReadonlyArray<{ part: string; n: number }>): ImportedOfficial[] | undefined {
  const parts = items.map((i) => i.part.trim().replace(/[.;,]$/, ''));
  const [office = '', name = ''] = [parts[0], parts.at(-1)];
  if (parts.length < 2 || !isRoleLike(office) || isOrganisation(office) || isPersonName(office)) return undefined;
  if (!isPersonName(name) || isRoleLike(name) || isOrganisation(name) || !parts.slice(1, -1).every(isOrganisation)) return undefined;
  const [first, last] = [items[0]?.n ?? 0, items.at(-1)?.n ?? 0];
  const o = copyNamed({ name, title: office }, last);
  o.title = { value: office, line: first };
  if (parts.length > 2) o.organisation = { value: parts.slice(1, -1).join(', '), line: items[1]?.n ?? first };
  return [o];
}

/** The items of the list that opens on line `n` (the label's own value, or the lines under it). */
function listAt(doc: ImportText, n: number, value: string): Array<{ part: string; n: number }> {
  if (value.trim() !== '') return partsOf(value, n);
  const spaced = isSpacedRange(doc, { from: n, to: Math.min(doc.lines.length, n + 2 * MAX_LINES) });
  const bulleted = bulletsUnder(doc, n);
  if (bulleted.length > 0) return bulleted.flatMap((k) => partsOf(lineAt(doc, k).replace(DASH_BULLET, ''), k));
  return paragraphFrom(doc, lineUnder(doc, n, spaced), MAX_LINES, undefined, spaced).flatMap((k) => partsOf(lineAt(doc, k), k));
}

/** "- ", "– ", "• " opening a list's item. */
const DASH_BULLET = /^\s*[-–•]\s+/u;

/**
 * "Copies of this letter to:" / (blank) / "- Jan Example, Warden of …" / (blank) / "- Embassy of …, Paris":
 * items each opened by a dash, a blank line or none between them and under the label. Their lines, or none.
 */
function bulletsUnder(doc: ImportText, n: number): number[] {
  const out: number[] = [];
  for (let k = n + 1; k <= doc.lines.length && out.length < MAX_LINES; k++) {
    const text = lineAt(doc, k);
    if (isBlank(text)) {
      // One blank line parts two items (or the label from the first); two end the list.
      if (isBlank(lineAt(doc, k + 1))) break;
      continue;
    }
    if (!DASH_BULLET.test(text)) break;
    out.push(k);
  }
  return out;
}

const partsOf = (line: string, at: number) => line.split(/\s*,\s+/).filter((p) => p !== '').map((part) => ({ part, n: at }));

/**
 * "Cc: Dr Abdel Example, Rapporteur, …" / "Human Rights Committee, The Peoples Hall, Omdurman" / …:
 * the label's line opens the list and the lines right under it go on with it, one recipient a line.
 */
function runUnder(doc: ImportText, n: number): Array<{ part: string; n: number }> {
  const source = sourceLine(doc, n);
  let from = n + 1;
  while (from <= doc.lines.length && sourceLine(doc, from) === source) from++;
  // The signature above tells a page that spaces every line out as well as the list does (a short list has few gaps).
  const spaced = isSpacedRange(doc, { from: Math.max(1, n - MAX_LINES), to: Math.min(doc.lines.length, n + 2 * MAX_LINES) });
  return paragraphFrom(doc, lineUnder(doc, from - 1, spaced), MAX_LINES, undefined, spaced).flatMap((k) => partsOf(lineAt(doc, k), k));
}

/**
 * The recipients of copies listed after the letter's greeting (from line `from` on), whose lines no
 * official already holds (`taken`); each list is read whole or not at all.
 */
export function copiesLists(doc: ImportText, from: number, taken: (line: number) => boolean): ImportedOfficial[] {
  const copies: ImportedOfficial[] = [];
  for (let n = from; n <= doc.lines.length; n++) {
    const line = lineAt(doc, n);
    // Cheap first: a label's colon in a short line.
    if (line.length > 400 || !line.includes(':')) continue;
    const m = COPY_LABEL.exec(line);
    if (!m) continue;
    const items = listAt(doc, n, m[1] ?? '');
    if (items.length === 0 || items.some((i) => taken(i.n))) continue;
    const under = m[1]?.trim() === '' ? [] : runUnder(doc, n);
    const read = (under.length > 0 && !under.some((i) => taken(i.n)) ? copyOf(doc, [...items, ...under]) : undefined) ?? copyOf(doc, items);
    if (read) copies.push(...read);
  }
  return copies;
}

/**
 * "… Mohammed Sample." / "In June, Jane Example wrote …": a page that lost the blank line under the
 * list runs the story on under its full stop. The list is the lines to that full stop when the line
 * under it is running text (a sentence of the story, never another recipient).
 */
function withoutStoryUnder(doc: ImportText, lines: number[]): number[] {
  const stop = lines.findIndex((k, i) => i >= 1 && /\.\s*$/u.test(lineAt(doc, k)));
  const under = lines[stop + 1];
  if (stop < 0 || under === undefined || !isStorySentence(lineAt(doc, under))) return lines;
  return lines.slice(0, stop + 1);
}
/** Words enough for the line under a list to be a sentence of the story, and how many in lower case. */
const STORY_WORDS = 6;
const STORY_LOWER = 3;
/** "In June 2016, Jane Example wrote a letter to": words enough, several in lower case, no comma ending a recipient. */
function isStorySentence(line: string): boolean {
  const words = line.trim().split(/\s+/u);
  return !/,\s*$/u.test(line) && words.length >= STORY_WORDS && words.filter((w) => /^\p{Ll}+$/u.test(w)).length >= STORY_LOWER;
}

/** A line of a list written as a sentence: it ends in a comma, or the last in a full stop. */
const LISTED = /[,.]\s*$/u;

/**
 * "The Exampleland Ministry of Foreign Affairs," / "The Embassy of … in Oslo," / "Secretary General,
 * …, Mohammed Sample.": after the letter's closing and signature, a paragraph of two or more lines,
 * each ending in a comma and the last in a comma or a full stop, with no label over it, names whom
 * the letter was copied to. Read whole or not at all.
 */
export function unlabelledCopies(doc: ImportText, closing: number, taken: (line: number) => boolean): ImportedOfficial[] {
  // A page that spaces every line out: the list's lines stand a blank line apart.
  const spaced = isSpacedRange(doc, { from: closing, to: doc.lines.length });
  for (let n = closing + 1; n <= doc.lines.length; n++) {
    if (!isBlank(lineAt(doc, n - 1)) || !lineAt(doc, n).trimEnd().endsWith(',')) continue;
    const lines = withoutStoryUnder(doc, paragraphFrom(doc, n, MAX_LINES, undefined, spaced));
    const printed = new Set(lines.map((k) => sourceLine(doc, k)));
    const ends = lines.filter((k) => sourceLine(doc, k + 1) !== sourceLine(doc, k) || k === lines.at(-1));
    if (printed.size < 2 || !ends.every((k, i) => (i === ends.length - 1 ? LISTED : /,\s*$/u).test(lineAt(doc, k))) || lines.some(taken)) continue;
    const read = copyOf(doc, lines.flatMap((k) => partsOf(lineAt(doc, k).replace(/[,.]\s*$/u, ''), k)));
    if (read) return read;
    n = lines.at(-1) ?? n;
  }
  return [];
}
