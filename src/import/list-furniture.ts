// A mailing list's own lines around the messages it carries: an archive page's navigation ("[Date
// Prev][Date Next][Thread Index]", "Next message: …", "Messages sorted by: …"), the list's footer and
// its subscription lines ("To unsubscribe, send …", "X mailing list" over its address), a digest's
// masthead, its table of contents and the "Message: 2" line over each message. They belong to the
// list, never to an appeal: no line of theirs is an official, a greeting or a headline, and the
// list's addresses under them are its own.

/** A line of bracketed links only, each naming a way through the archive ("[Date Prev]", "[ thread ]"). */
const BRACKETED_LINKS = /^(?:\s*\[\s*(?:date|thread|subject|author|prev|previous|next|index|main|top|home|[\s|])+(?:\s+(?:prev|previous|next|index))*\s*\])+\s*$/i;

/** The labels of an archive's navigation ("Next message:", "Prev by Date:", "In reply to:"). */
const NAVIGATION = /^(?:next|previous|prev)(?: message| in thread| by date| by thread| thread| date)?\s*:|^(?:in reply to|maybe in reply to|reply|replies|messages sorted by|index\(es\)|follow-?ups)\s*:/i;

/** A list's subscription and administration lines, its digest's masthead and contents. */
const LIST_LINE = new RegExp(
  [
    String.raw`\bunsubscribe\b`,
    String.raw`^to subscribe\b`,
    String.raw`^send .{1,60} (?:mailing list )?submissions to\s*$`,
    String.raw`^you can reach the person managing the list at\s*$`,
    String.raw`^or,? via e-?mail, send a message with subject or body\b`,
    String.raw`^when replying, please edit your subject line\b`,
    String.raw`^than "re: contents of\b`,
    String.raw`^(?:list archives?|archives?|list info|list-?help|list-?unsubscribe|list-?post)\s*:`,
    String.raw`^(?:today'?s|today’s) topics\s*:?\s*$`,
    String.raw`^topics (?:in|of) this digest\s*:?\s*$`,
    String.raw`^\S{1,60} digest,? vol(?:ume)?\.? \d+,? (?:issue|number|no\.?) \d+\s*$`,
    String.raw`^end of \S{1,60} digest\b`,
    String.raw`^\S{1,60} mailing list\s*$`,
    String.raw`^message:? \d{1,3}\s*$`,
  ].join('|'),
  'i',
);

/** A line that is the list's address or page alone, as printed under the line that names it. */
const ADDRESS_ALONE = /^\s*(?:<?[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}>?|<?(?:https?:\/\/|www\.)\S+>?)\s*$/i;

/** Whether a line is a mailing list's own (archive navigation, list footer, digest masthead). */
export const isListLine = (line: string): boolean => {
  const t = line.trim();
  return t !== '' && t.length <= 200 && (BRACKETED_LINKS.test(t) || NAVIGATION.test(t) || LIST_LINE.test(t));
};

/**
 * The 0-based indexes of a mailing list's own lines: each such line, the list's address or page
 * alone on the line under it, and a digest's numbered contents under its "Today's Topics:".
 */
export function listFurniture(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!isListLine(line)) continue;
    out.add(i);
    const next = lines[i + 1] ?? '';
    if (ADDRESS_ALONE.test(next)) out.add(i + 1);
    if (/topics\s*:?\s*$/i.test(line.trim())) for (const k of contentsUnder(lines, i + 1)) out.add(k);
  }
  return out;
}

/** The numbered items of a digest's contents from `from` ("1. Subject (Author)"), over one blank line at most. */
function contentsUnder(lines: readonly string[], from: number): number[] {
  const items: number[] = [];
  for (let k = from; k < lines.length; k++) {
    const t = (lines[k] ?? '').trim();
    if (t === '' && (items.length > 0 || k > from)) {
      if (items.length > 0) break;
      continue;
    }
    if (t === '') continue;
    if (/^\d{1,3}[.)]\s+\S/.test(t)) items.push(k);
    // An item the list wrapped onto a second, indented line.
    else if (items.length > 0 && /^\s{3,}\S/.test(lines[k] ?? '')) items.push(k);
    else break;
  }
  return items;
}
