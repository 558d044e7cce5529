// A letter set out as a memo: "To: Lic. Jane Example, President of the Republic of Exampleland; Sr.
// Juan Ejemplo, Attorney General" / "From: Ann Writer" / "Date: …" / "Re: …". Read as a block, the two
// recipients run into one official (the second's name with the first's office) and the writer's
// lines become address lines. The To: line names the officials, one per ";", each with the office
// after its comma; the From:, Date:, Re:, Subject: and Cc: lines are never in an official. A To:
// line that names the mail's readers ("To: Example Network supporters") names none.
import { listedOfficial, readAddresseeList } from './addressee-list-line.js';
import { fold } from './fold.js';
import { namesReadersGroup } from './group-greeting.js';
import { headerRun, isMemoHead } from './mail-headers.js';
import type { ImportedOfficial } from './official-block.js';
import type { OfficialsResult } from './officials.js';
import { parseBlock } from './official-block.js';
import { found, sourceLine } from './types.js';
import type { ImportText } from './types.js';

const TO = /^(?:to|an|à|a|para)\s?:\s*/i;

/** The memo's head: the 1-based numbers of its lines and of its To: line. */
interface MemoHead {
  lines: number[];
  to: number;
}

export function findMemoHead(doc: ImportText): MemoHead | undefined {
  for (let i = 0; i < doc.lines.length; i++) {
    const at = headerRun(doc.lines, i);
    const run = at.map((k) => doc.lines[k] ?? '');
    const to = at.find((k) => TO.test(doc.lines[k] ?? ''));
    if (run.length >= 2 && to !== undefined && isMemoHead(run, false)) return { lines: at.map((k) => k + 1), to: to + 1 };
    i = at.at(-1) ?? i;
  }
  return undefined;
}

/** Each recipient of the To: line, read as an official's header ("Sr. Juan Ejemplo, Attorney General"). */
export function memoRecipients(doc: ImportText, head: MemoHead): ImportedOfficial[] {
  const value = (doc.lines[head.to - 1] ?? '').replace(TO, '');
  return value
    .split(';')
    .map((r) => r.trim().replace(/[.,]$/, ''))
    // "To: Example Campaign Supporters": the mail's readers, as a group, are no official.
    .filter((r) => r !== '' && !namesReadersGroup(fold(r)))
    .flatMap((text) => listedRecipients(text, head.to) ?? [parseBlock([{ n: head.to, text, address: false }], false)])
    .filter((o) => o.name !== undefined && !o.nameFromOffice);
}

/**
 * "King Aldo Example, His Royal Highness Prince Berto Example": two people parted by a comma, not by
 * ";" — each with his own office or courtesy title (addressee-list-line.ts). One person is read as before.
 */
function listedRecipients(text: string, n: number): ImportedOfficial[] | undefined {
  const listed = readAddresseeList(text);
  return listed && listed.length > 1 ? listed.map((a) => listedOfficial(a, [n], false)) : undefined;
}

/**
 * The officials read from the page, with the memo's recipients in place of whatever the readers
 * made of its head's lines. An official the page gives elsewhere under the same name keeps its
 * block (with its address), and the memo adds no second one.
 */
export function withMemoRecipients(doc: ImportText, read: OfficialsResult): OfficialsResult {
  const head = findMemoHead(doc);
  if (!head) return read;
  const recipients = memoRecipients(doc, head);
  if (recipients.length === 0) return read;
  const inHead = new Set(head.lines);
  const others = (read.officials.found ? read.officials.value : []).filter((o) => !headerLines(o).some((n) => inHead.has(n))).map((o) => outsideHead(o, inHead));
  const names = new Set(others.map((o) => key(o.name?.value)));
  const added = recipients.filter((o) => !names.has(key(o.name?.value)));
  const officials = [...others, ...added].sort((a, b) => a.line - b.line);
  // The To: line is read now; the writer's own lines are reported as skipped, once.
  const own = head.lines.filter((n) => n !== head.to).map((n) => ({ line: sourceLine(doc, n), text: doc.lines[n - 1] ?? '', why: "a memo's header line (the writer's, the date or the subject): no official's" }));
  const skipped = [...read.skipped.filter((s) => !head.lines.some((n) => sourceLine(doc, n) === s.line)), ...own];
  return { officials: found(officials, read.officials.found && others.length > 0 ? read.officials.confidence : 'medium', officials[0]?.line ?? head.to, "the memo's To: line"), skipped };
}

const key = (name: string | undefined): string => (name ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The lines an official's name and office were read from: in the head, the official is the memo's. */
const headerLines = (o: ImportedOfficial): number[] => [o.name?.line, o.honorific?.line, o.title?.line, o.organisation?.line].filter((n): n is number => n !== undefined);

/** An official printed above the memo keeps its fields, but none read from the memo's head lines. */
function outsideHead(o: ImportedOfficial, inHead: ReadonlySet<number>): ImportedOfficial {
  const out = <T extends { line: number }>(x: T | undefined): T | undefined => (x && inHead.has(x.line) ? undefined : x);
  return { ...o, address: o.address.filter((a) => !inHead.has(a.line)), emails: o.emails.filter((e) => !inHead.has(e.line)), fax: out(o.fax), phone: out(o.phone), twitter: out(o.twitter), salutation: out(o.salutation), unsure: o.unsure.filter((u) => !inHead.has(u.line)) };
}
