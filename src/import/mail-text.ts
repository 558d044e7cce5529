// The document as the recognisers read it, for a page that came by email as for any other: the
// mail's own shape (quote marks, wrapped tails, headers) is undone first (quoted-mail.ts), then the
// text is read as every page is (text.ts), each line still citing its line of the source.
import { shownAddresses } from './mail-headers.js';
import { shownSender } from './mail-sender.js';
import { readMailLines } from './quoted-mail.js';
import { toImportText } from './text.js';
import type { DataRecipient, ImportText } from './types.js';

export function toMailText(raw: string, source: string): ImportText {
  const rawLines = raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').split('\n');
  const mail = readMailLines(rawLines);
  if (!mail) return toImportText(raw, source);
  const doc = toImportText(mail.map((l) => l.text).join('\n'), source);
  const at = (n: number): number => mail[n - 1]?.line ?? n;
  const origin = doc.lines.map((_, i) => at(doc.origin?.[i] ?? i + 1));
  const unplaced = doc.unplaced?.map((u) => ({ text: u.text, line: at(u.line) }));
  // The header lines are blanked as furniture; the names and addresses on their To:/Cc: lines are
  // kept aside, to give a named official his email (mailed-to.ts).
  // Their lines are the document's (the report turns them back into the source's); blank lines run
  // together, a blanked header line is cited by the document's line at or just above it.
  const docLine = (raw: number): number => Math.max(1, origin.findLastIndex((o) => o <= raw) + 1);
  // The From: lines' names are kept too: the sender's signature under the appeal is no official (mail-sender.ts).
  const mailedTo: DataRecipient[] = [];
  const mailedFrom: string[] = [];
  for (const l of mail) {
    const header = l.text === '' ? rawLines[l.line - 1] ?? '' : '';
    if (header === '') continue;
    for (const a of shownAddresses(header)) mailedTo.push({ ...a, copy: false, line: docLine(l.line) });
    const sender = shownSender(header.replace(/^(?:\s*>)+\s?/, ''));
    if (sender !== undefined) mailedFrom.push(sender);
  }
  return { source, lines: doc.lines, origin, ...(unplaced ? { unplaced } : {}), ...(mailedTo.length > 0 ? { mailedTo } : {}), ...(mailedFrom.length > 0 ? { mailedFrom } : {}) };
}
