// A UA forwarded by a mailing list reaches the page with every line quoted ("> AZIONE URGENTE",
// "> > Governor …"), and the mailer has wrapped some long quoted lines, leaving their tail on a line
// of its own with no quote mark ("> Scrivete al Governatore della" / "Georgia"). Read as it stands,
// the quote marks make every line a remark and the official is lost: the quoted text is read as
// text, and a wrapped tail is joined back where it is certain to be one.
import { mailFurniture } from './mail-headers.js';

/** A line of the page as the importer will read it, with its 1-based source line. */
export interface MailLine {
  text: string;
  line: number;
}

const QUOTE = /^(?:[ \t]*>)+[ \t]?/;
/** At least this many quoted lines make a page a quoted mail, not a page with a stray ">". */
const MIN_QUOTED = 5;
/** A mailer wraps near 72–76 characters: a quoted line this long had its end cut off. */
const WRAP_WIDTH = 60;

/**
 * The page's lines with quote marks taken off, wrapped tails joined and the mail's furniture
 * blanked (mail-headers.ts); undefined when the page is none of these.
 */
export function readMailLines(raw: readonly string[]): MailLine[] | undefined {
  const quoted = isQuotedMail(raw);
  // The quoted message may itself forward one ("> ----- Original Message -----" / "> From: …"): its
  // headers are furniture too, though the lines above them are the message, no forwarder's note.
  const furniture = quoted ? new Set([...mailFurniture(raw), ...mailFurniture(raw.map((l) => l.replace(QUOTE, '')), false)]) : mailFurniture(raw);
  if (!quoted && furniture.size === 0) return undefined;
  const out: MailLine[] = [];
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] ?? '';
    if (furniture.has(i)) {
      out.push({ text: '', line: i + 1 });
      continue;
    }
    const last = out[out.length - 1];
    if (quoted && last && isWrappedTail(raw, i)) {
      last.text = `${last.text.trimEnd()} ${line.trim()}`;
      continue;
    }
    out.push({ text: quoted ? line.replace(QUOTE, '') : line, line: i + 1 });
  }
  return out;
}

/** Enough quoted lines, and most lines from the first quoted one to the last quoted. */
function isQuotedMail(raw: readonly string[]): boolean {
  let count = 0;
  let first = -1;
  let last = -1;
  for (const [i, l] of raw.entries()) {
    if (!isQuoted(l)) continue;
    count++;
    if (first < 0) first = i;
    last = i;
  }
  if (count < MIN_QUOTED) return false;
  const filled = raw.slice(first, last + 1).filter((l) => l.trim() !== '').length;
  return count >= 0.6 * filled;
}

const isQuoted = (l: string | undefined): boolean => l !== undefined && /^\s*>/.test(l);

/**
 * A short unquoted line between two quoted ones, under a quoted line that does not end: one the
 * mailer wrapped near its width, or one stopped on a word in lower case ("della", "of the"). Under
 * a line that ends ("> Governor Jane Example"), it may be the forwarder's own remark: left as it is.
 */
function isWrappedTail(raw: readonly string[], i: number): boolean {
  const line = (raw[i] ?? '').trim();
  const above = raw[i - 1];
  if (line === '' || isQuoted(line) || !isQuoted(above) || !isQuoted(raw[i + 1])) return false;
  if (line.length > 40 || line.split(/\s+/).length > 5 || /^[\p{L} .-]{1,25}:/u.test(line)) return false;
  const before = (above ?? '').replace(QUOTE, '').trimEnd();
  if (before === '' || /[.!?:;)\]]$/.test(before)) return false;
  return (above ?? '').length >= WRAP_WIDTH || /(?:^|\s)\p{Ll}[\p{Ll}'’]*,?$/u.test(before);
}
