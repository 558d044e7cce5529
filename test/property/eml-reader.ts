// A small, strict reader for the .eml drafts ua-letter writes, written independently of the
// writer so that a property test can check "what a mail program reads back is what was meant":
// RFC 5322 header unfolding, RFC 2047 encoded words (Q and B), quoted-printable bodies.

import { domainToUnicode } from 'node:url';

export interface ReadEml {
  /** Header name (lower case) → unfolded, decoded values, in file order. */
  headers: Map<string, string[]>;
  /** The decoded body, with CRLF line ends turned into LF. */
  body: string;
  /** The raw header block, one entry per physical line (without its CRLF). */
  rawHeaderLines: string[];
}

/**
 * Throws on anything a strict mail reader would reject: a bare CR or LF, a control character,
 * bytes that are not UTF-8, or non-ASCII text outside an address (RFC 6532 allows it only there
 * in what we write; names and subjects must be RFC 2047 encoded words).
 */
export function readEml(bytes: Buffer): ReadEml {
  const split = bytes.indexOf('\r\n\r\n');
  if (split < 0) throw new Error('no blank line between the headers and the body');
  const head = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, split));
  const rawHeaderLines = head.split('\r\n');
  for (const line of rawHeaderLines) {
    if (/[\r\n]/.test(line)) throw new Error(`bare CR or LF in header line ${JSON.stringify(line)}`);
    // eslint-disable-next-line no-control-regex -- control characters are what is checked
    if (/[\x00-\x08\x0a-\x1f\x7f-\x9f]/.test(line)) throw new Error(`a control character in header line ${JSON.stringify(line)}`);
    const outsideAddresses = /^(to|bcc|cc|from):/i.test(line) || /^[ \t]/.test(line) ? line.replace(/<[^<>]*>|[^\s,<>"]+@[^\s,<>"]+/g, '') : line;
    if (/[^\x20-\x7e\t]/.test(outsideAddresses)) throw new Error(`non-ASCII text outside an address: ${JSON.stringify(line)}`);
    if (Buffer.byteLength(line) > 998) throw new Error('a header line is longer than 998 bytes');
  }
  const headers = new Map<string, string[]>();
  let current: string | undefined;
  const unfolded: string[] = [];
  for (const line of rawHeaderLines) {
    if (/^[ \t]/.test(line)) {
      if (current === undefined) throw new Error('the first header line is a continuation');
      current += line;
    } else {
      if (current !== undefined) unfolded.push(current);
      current = line;
    }
  }
  if (current !== undefined) unfolded.push(current);
  for (const line of unfolded) {
    const m = /^([\x21-\x39\x3b-\x7e]+):[ \t]?(.*)$/.exec(line);
    if (!m) throw new Error(`not a header field: ${JSON.stringify(line)}`);
    const name = m[1]!.toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), decodeWords(m[2]!)]);
  }
  const bodyBytes = decodeQuotedPrintable(bytes.subarray(split + 4).toString('latin1'));
  return { headers, body: bodyBytes.toString('utf8').replace(/\r\n/g, '\n'), rawHeaderLines };
}

/** RFC 2047: `=?charset?Q|B?text?=` words; the space between two encoded words disappears. */
export function decodeWords(value: string): string {
  const WORD = /=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=/y;
  let out = '';
  let pendingSpace = '';
  let lastWasWord = false;
  for (let i = 0; i < value.length; ) {
    WORD.lastIndex = i;
    const m = WORD.exec(value);
    // An encoded word counts only as a whole token: at the start or after whitespace, and
    // followed by whitespace or the end (RFC 2047 section 5).
    const atStart = i === 0 || /\s/.test(value[i - 1]!);
    const atEnd = m !== null && (WORD.lastIndex === value.length || /\s/.test(value[WORD.lastIndex]!));
    if (m && atStart && atEnd) {
      if (!/^utf-8$/i.test(m[1]!)) throw new Error(`unexpected charset ${m[1]}`);
      const bytes = m[2]!.toUpperCase() === 'B' ? Buffer.from(m[3]!, 'base64') : qWord(m[3]!);
      // Whitespace between two encoded words is not part of the text.
      out += (lastWasWord ? '' : pendingSpace) + bytes.toString('utf8');
      pendingSpace = '';
      lastWasWord = true;
      i = WORD.lastIndex;
    } else if (/\s/.test(value[i]!)) {
      pendingSpace += value[i];
      i++;
    } else {
      out += pendingSpace + value[i];
      pendingSpace = '';
      lastWasWord = false;
      i++;
    }
  }
  return out + pendingSpace;
}

function qWord(text: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '_') out.push(0x20);
    else if (c === '=') {
      out.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c.charCodeAt(0));
  }
  return Buffer.from(out);
}

function decodeQuotedPrintable(text: string): Buffer {
  const soft = text.replace(/=\r\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i]!;
    if (c === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      out.push(Number.parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c.charCodeAt(0));
  }
  return Buffer.from(out);
}

/** The address inside `Name <address>`, or the value itself; quotes around a display name removed. */
export function mailbox(value: string): { name: string | undefined; address: string } {
  const m = /^(.*)<([^<>]*)>$/.exec(value.trim());
  if (!m) return { name: undefined, address: displayAddress(value.trim()) };
  const name = m[1]!.trim();
  const unquoted = /^"(.*)"$/.exec(name);
  return { name: unquoted ? unquoted[1]!.replace(/\\(.)/g, '$1') : name, address: displayAddress(m[2]!) };
}

/** An address as a mail program shows it: an ASCII (punycode) domain in its own script. */
export function displayAddress(addr: string): string {
  const at = addr.lastIndexOf('@');
  const domain = addr.slice(at + 1);
  return /(^|\.)xn--/i.test(domain) ? `${addr.slice(0, at)}@${domainToUnicode(domain)}` : addr;
}
