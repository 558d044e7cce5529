// A protest letter as a writers' centre publishes it ends with whom it was copied to, after the
// signature: one recipient a line under "Copies to:" ("Norwegian Ministry of Foreign Affairs" / "The
// Exampleland Embassy, Oslo, Norway"), or all on the label's line ("COPY: President Jan Example,
// Embassy of Exampleland in Norway, …"). No street is printed, so the block readers, which want an
// address or a contact for each, left them out. Each is a recipient of copies, named as printed
// before its first comma, the town and country after it his address. Only a list whose every
// recipient opens with an institution, an office and a name, or a courtesy title and a name is read:
// anything else is left to the other readers (and their report).
import { labelsOf, printedLabels } from './field-labels.js';
import { isOwnOrganisation } from './furniture.js';
import type { ImportedOfficial } from './official-block.js';
import { isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole } from './official-words.js';
import { paragraphFrom } from './published-letter-block.js';
import { isSpacedRange, lineUnder } from './spacing.js';
import { lineAt } from './text.js';
import { sourceLine, type ImportText } from './types.js';

/** "Copies to:", "COPY:", "Kopie an:" with what follows it on the line (perhaps nothing). */
// A mail's "cc:" is printed in lower case as often as not.
const COPY_LABEL = new RegExp(String.raw`^\s*(?:${printedLabels(labelsOf('copy'), { capitals: true })}|cc)\s*:\s*(.*)$`, 'u');
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
  const copies: ImportedOfficial[] = [];
  // One printed line, perhaps cut at its commas into several (unflatten.ts).
  const sameLine = (o: ImportedOfficial, n: number): boolean => sourceLine(doc, o.line) === sourceLine(doc, n);
  // The recipient whose office was printed after his name, as its own part ("Mr. Steve Example, Chairman").
  let titledAfter: ImportedOfficial | undefined;
  for (const { part, n } of items) {
    const text = part.trim().replace(/[.;]$/, '');
    const last = copies.at(-1);
    // "cc: Mr. Steve Example, Chairman, Examplia Board of …": the office after a person's name is his
    // title, and the board or ministry after that office his organisation, never another recipient.
    if (last && last === titledAfter && sameLine(last, n) && !last.organisation && isOrganisation(text)) {
      last.organisation = { value: text, line: n };
      continue;
    }
    const who = recipientOf(part);
    if (who) {
      const o: ImportedOfficial = { line: n, confidence: 'medium', name: { value: who.name, line: n }, nameFromOffice: who.title === undefined && who.honorific === undefined, address: [], emails: [], copy: true, unsure: [] };
      if (who.title !== undefined) o.title = { value: who.title, line: n };
      if (who.honorific !== undefined) o.honorific = { value: who.honorific, line: n };
      copies.push(o);
    } else if (last && sameLine(last, n) && !last.nameFromOffice && !last.title && last.address.length === 0 && isRoleLike(text) && !isOrganisation(text)) {
      last.title = { value: text, line: n };
      titledAfter = last;
    } else if (last && last.line === n && PLACE.test(part.trim()) && !isRoleLike(part)) {
      // "The Exampleland Embassy, Oslo, Norway": the town and country after the recipient, one address line.
      const [first] = last.address;
      last.address = [{ value: first ? `${first.value}, ${part.trim()}` : part.trim(), line: n }];
    } else return undefined;
  }
  return copies.length > 0 ? copies : undefined;
}

/** The items of the list that opens on line `n` (the label's own value, or the lines under it). */
function listAt(doc: ImportText, n: number, value: string): Array<{ part: string; n: number }> {
  const parts = (line: string, at: number) => line.split(/\s*,\s+/).filter((p) => p !== '').map((part) => ({ part, n: at }));
  if (value.trim() !== '') return parts(value, n);
  const spaced = isSpacedRange(doc, { from: n, to: Math.min(doc.lines.length, n + 2 * MAX_LINES) });
  return paragraphFrom(doc, lineUnder(doc, n, spaced), MAX_LINES, undefined, spaced).flatMap((k) => parts(lineAt(doc, k), k));
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
    const read = copyOf(doc, items);
    if (read) copies.push(...read);
  }
  return copies;
}
