// A letter published with the head of a memo or a petition: the officials it is written to on a
// "To:" line (and those it is copied to on a "Cc:" line), each name on the label's line with the
// office on the line(s) under it, or several "name, office" pairs on the one line (addressee-list-line.ts):
//   To: Jane Example            Para: Sr. Juan Ejemplo, Presidente de la República, Pedro
//       Minister of Justice           Muestra, Ministro del Interior, …
//   Cc: Karl Beispiel
//       Chargé d'Affaires, Embassy of Exampleland
// No address, email or number is printed: the block readers, which want a way to reach each
// official, find nobody there. The header announces the officials, so they are kept, each with a
// TODO that asks how to reach them (targets.ts). Only above the letter's greeting (or, with no
// greeting, near the page's top), and only a person given an office or a courtesy title: "To: Jane
// Example" alone may be anyone. A memo's To:/From: head is memo-header.ts's.
import { addresseeLabel, listedOfficial, readAddresseeList, type ListedAddressee } from './addressee-list-line.js';
import { isMailHeader } from './mail-headers.js';
import { findMemoHead } from './memo-header.js';
import { nameProblem } from './official-name.js';
import { reachableBy, type ImportedOfficial } from './official-block.js';
import { isOrganisation, isRoleLike } from './official-words.js';
import type { OfficialsResult } from './officials.js';
import { parseContactLine } from './contact-line.js';
import { findLandmarks } from './landmarks.js';
import { isSpacedRange, lineUnder } from './spacing.js';
import { fold, isBlank, lineAt } from './text.js';
import { isProse } from './line-kinds.js';
import { found, sourceLine, type ImportText } from './types.js';

/** With no greeting to end the head, how far down the page an addressee line is looked for. */
const TOP = 40;
/** Office lines under the name at most (an office, its institution). */
const MAX_OFFICE_LINES = 2;

/** One labelled addressee line and the office lines under it. */
interface HeaderEntry {
  label: number;
  lines: number[];
  copy: boolean;
  listed: ListedAddressee[];
}

/**
 * The officials of the page's addressee lines, in place of whatever the block readers made of those
 * lines (with no way to reach anyone, they made nothing, or an official of a label). An official the
 * page gives elsewhere under the same name keeps its block (with its address).
 */
export function withHeaderAddressees(doc: ImportText, read: OfficialsResult): OfficialsResult {
  const entries = headerEntries(doc);
  if (entries.length === 0) return read;
  const inHeader = new Set(entries.flatMap((e) => e.lines));
  const before = read.officials.found ? read.officials.value : [];
  const overlapping = before.filter((o) => officialLines(o).some((n) => inHeader.has(n)));
  // Another reader found a way to reach someone on or under these lines (a number, an email, a
  // street or postcode): an address block, not a bare head. What it took for address lines that
  // hold none ("Cc: His Excellency …", "typed letter, scanned", a remark in running text that counts
  // the pages, "transcript follows, page 1 page 2") is no reason to keep its reading:
  // those lines are reported below.
  if (overlapping.some((o) => reachableBy(o, ['email', 'fax', 'phone', 'twitter']) || o.address.some((a) => !inHeader.has(a.line) && /\d/.test(a.value) && !isProse(a.value)))) return read;
  // "… held without being brought before a judge": an office named in the letter's own sentences,
  // with no way to reach it, is no official once the head has said whom the letter is to.
  const greeting = findLandmarks(doc).salutation;
  const inLetter = before.filter((o) => !overlapping.includes(o) && greeting !== undefined && o.line > greeting && !reachableBy(o));
  const others = before.filter((o) => !overlapping.includes(o) && !inLetter.includes(o));
  const names = new Set(others.map((o) => key(o.name?.value)));
  const added = entries.flatMap(officialsOf).filter((o) => !names.has(key(o.name?.value)));
  if (added.length === 0) return read;
  const officials = [...others, ...added].sort((a, b) => a.line - b.line);
  const headerSource = new Set([...inHeader].map((n) => sourceLine(doc, n)));
  const left = overlapping.flatMap((o) => [...o.address, ...o.unsure]).filter((l) => !inHeader.has(l.line));
  const skipped = [
    ...read.skipped.filter((s) => !headerSource.has(s.line)),
    ...left.map((l) => ({ line: sourceLine(doc, l.line), text: l.value, why: 'under the addressee lines, neither a name nor an office: no address (the page prints none)' })),
    ...inLetter.map((o) => ({ line: sourceLine(doc, o.line), text: o.name?.value ?? o.title?.value ?? o.organisation?.value ?? '', why: "named in the letter's text, with no way to reach it: the addressee lines say whom the letter is to" })),
  ];
  const confidence = others.length > 0 && read.officials.found ? read.officials.confidence : 'medium';
  return { officials: found(officials, confidence, officials[0]?.line ?? 1, "the page's addressee lines (To:, Cc:): no address, email or number printed"), skipped };
}

/** The labelled addressee lines above the letter, each read; none when one of them cannot be. */
function headerEntries(doc: ImportText): HeaderEntry[] {
  const { salutation } = findLandmarks(doc);
  const until = Math.min(doc.lines.length, (salutation ?? TOP + 1) - 1);
  let memo: ReadonlySet<number> | undefined;
  let spaced: boolean | undefined;
  const entries: HeaderEntry[] = [];
  for (let n = 1; n <= until; n++) {
    const line = lineAt(doc, n);
    // A cheap test first: most lines open with no such label. The memo's head and the spacing are
    // looked for only on a page that has one.
    const label = line.length > 600 ? undefined : addresseeLabel(line);
    if (!label) continue;
    memo ??= new Set(findMemoHead(doc)?.lines ?? []);
    if (memo.has(n)) continue;
    spaced ??= isSpacedRange(doc, { from: 1, to: until });
    const entry = readEntry(doc, n, label.value, label.copy, until, spaced);
    // A To: line that is none of these (a mail's "To: all members", a form's "To: Your MP") ends nothing, adds nothing.
    if (entry === 'unread') continue;
    if (entry === 'address') return [];
    entries.push(entry);
    n = entry.lines.at(-1) ?? n;
  }
  return entries;
}

/**
 * The label's value and the office lines right under it. 'address' when an address or contact line
 * follows (an addressee block of its own, the block readers'); 'unread' when the value is not a
 * list of people with their offices or courtesy titles.
 */
function readEntry(doc: ImportText, n: number, value: string, copy: boolean, until: number, spaced: boolean): HeaderEntry | 'unread' | 'address' {
  if (value.trim() === '' || /[@\d]/.test(value)) return 'unread';
  const lines = [n];
  const offices: string[] = [];
  for (let m = lineUnder(doc, n, spaced); m <= until && offices.length <= MAX_OFFICE_LINES; m = lineUnder(doc, m, spaced)) {
    const text = lineAt(doc, m);
    if (isBlank(text) || isMailHeader(text) || addresseeLabel(text)) break;
    // A contact line or a numbered one (a street, a postcode) under the name: an address block. A
    // remark in running text is none (read under the name on a page that spaces every line out).
    if (parseContactLine(text) !== undefined || (/\d/.test(text) && !isProse(text))) return 'address';
    // An office line is short and no sentence: "Chargé d'Affaires, Embassy of …", never "We urge you to …".
    if (text.length > 160 || /\p{L}{3}[.!?]$/u.test(text) || !(isRoleLike(text) || isOrganisation(text))) break;
    lines.push(m);
    offices.push(text);
  }
  if (offices.length > MAX_OFFICE_LINES) return 'unread';
  const listed = readAddresseeList(value, offices);
  if (!listed || !listed.every((a) => nameProblem(a.name, false) === undefined)) return 'unread';
  return { label: n, lines, copy, listed };
}

/** Each person of an entry as an official: no address, email or number, as the page prints none. */
const officialsOf = (entry: HeaderEntry): ImportedOfficial[] => entry.listed.map((a) => listedOfficial(a, entry.lines, entry.copy));

const key = (name: string | undefined): string => fold(name ?? '').replace(/\s+/g, ' ').trim();

const officialLines = (o: ImportedOfficial): number[] => [o.line, o.name?.line, o.honorific?.line, o.title?.line, o.organisation?.line].filter((n): n is number => n !== undefined);

