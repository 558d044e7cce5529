// The document as the recognisers read it, for a page that came by email as for any other: the
// mail's own shape (quote marks, wrapped tails, headers) is undone first (quoted-mail.ts), then the
// text is read as every page is (text.ts), each line still citing its line of the source.
import { readMailLines } from './quoted-mail.js';
import { toImportText } from './text.js';
import type { ImportText } from './types.js';

export function toMailText(raw: string, source: string): ImportText {
  const rawLines = raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').split('\n');
  const mail = readMailLines(rawLines);
  if (!mail) return toImportText(raw, source);
  const doc = toImportText(mail.map((l) => l.text).join('\n'), source);
  const at = (n: number): number => mail[n - 1]?.line ?? n;
  const origin = doc.lines.map((_, i) => at(doc.origin?.[i] ?? i + 1));
  const unplaced = doc.unplaced?.map((u) => ({ text: u.text, line: at(u.line) }));
  return { source, lines: doc.lines, origin, ...(unplaced ? { unplaced } : {}) };
}
