// RFC 6068 mailto links. encodeURIComponent leaves !'()* alone and URLSearchParams writes spaces
// as '+', which mail programs show literally: neither is right on its own.

/** Mail programs and browsers cut or refuse longer links; past this the .eml draft is the way. */
export const MAILTO_LIMIT = 2000;

export interface MailtoParts {
  to: readonly string[];
  cc?: readonly string[];
  bcc?: readonly string[];
  subject?: string;
  body?: string;
}

export function encodeMailtoComponent(text: string): string {
  // An email's body is encoded for its mailto, Gmail and Outlook links in turn: the last one is kept.
  if (text === lastEncoded.text) return lastEncoded.encoded;
  const plain = encodeURIComponent(text);
  // Most texts have none of these: test first, so that the replace (and its callback) is rare.
  const encoded = RESERVED.test(plain) ? plain.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : plain;
  if (text.length > 200) lastEncoded = { text, encoded };
  return encoded;
}

let lastEncoded = { text: '', encoded: '' };

const RESERVED = /[!'()*]/;

/** An address keeps its '@' readable; everything else that needs it is percent-encoded. */
const encodeAddress = (address: string) => encodeMailtoComponent(address.trim()).replace(/%40/g, '@');

export function mailtoLink(parts: MailtoParts): string {
  const params: string[] = [];
  if (parts.cc?.length) params.push(`cc=${parts.cc.map(encodeAddress).join(',')}`);
  if (parts.bcc?.length) params.push(`bcc=${parts.bcc.map(encodeAddress).join(',')}`);
  if (parts.subject) params.push(`subject=${encodeMailtoComponent(parts.subject)}`);
  // Line breaks in a mailto body are CRLF (RFC 6068 section 5). Encoded with LF first, as the web
  // mail links have it, so that one encoding serves the three links.
  if (parts.body) params.push(`body=${encodeMailtoComponent(parts.body.replace(/\r\n?/g, '\n')).replace(/%0A/g, '%0D%0A')}`);
  const to = parts.to.map(encodeAddress).join(',');
  return `mailto:${to}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}

/** The link when it is short enough for mail programs, else undefined. */
export function mailtoIfShort(parts: MailtoParts): string | undefined {
  // Encoding never shortens the body, so a body this long cannot fit: skip building the link
  // (percent-encoding a letter costs more than rendering it, and a letter is usually too long).
  if ('mailto:'.length + (parts.body?.length ?? 0) > MAILTO_LIMIT) return undefined;
  const link = mailtoLink(parts);
  return link.length <= MAILTO_LIMIT ? link : undefined;
}
