// Compose links for web mail. Most volunteers write from Gmail or Outlook in a browser, where a
// mailto: link opens nothing (or the wrong program); these open a filled-in draft instead.
// Pure functions of the same parts as a mailto link, so the HTML action page can reuse them.
import { encodeMailtoComponent, MAILTO_LIMIT, type MailtoParts } from './mailto.js';

/** Browsers and the mail services cut longer links, as mail programs do: the same rule as mailto. */
export const WEBMAIL_LIMIT = MAILTO_LIMIT;

export type WebmailService = 'gmail' | 'outlook';

/** Where each service's compose page is, and what it calls the subject. */
const SERVICES: Record<WebmailService, { base: string; fixed: string[]; subject: string }> = {
  gmail: { base: 'https://mail.google.com/mail/', fixed: ['view=cm', 'fs=1'], subject: 'su' },
  outlook: { base: 'https://outlook.office.com/mail/deeplink/compose', fixed: [], subject: 'subject' },
};

/** An address keeps its '@' readable, as in mailto links; several are joined by commas. */
const addresses = (list: readonly string[]) => list.map((a) => encodeMailtoComponent(a.trim()).replace(/%40/g, '@')).join(',');

/** The compose link of one service. Line breaks are sent as LF: both services keep them. */
export function webmailLink(service: WebmailService, parts: MailtoParts): string {
  const { base, fixed, subject } = SERVICES[service];
  const params = [...fixed];
  if (parts.to.length > 0) params.push(`to=${addresses(parts.to)}`);
  if (parts.cc?.length) params.push(`cc=${addresses(parts.cc)}`);
  if (parts.bcc?.length) params.push(`bcc=${addresses(parts.bcc)}`);
  if (parts.subject) params.push(`${subject}=${encodeMailtoComponent(parts.subject)}`);
  if (parts.body) params.push(`body=${encodeMailtoComponent(parts.body.replace(/\r\n?/g, '\n'))}`);
  return `${base}?${params.join('&')}`;
}

export const gmailLink = (parts: MailtoParts): string => webmailLink('gmail', parts);
export const outlookLink = (parts: MailtoParts): string => webmailLink('outlook', parts);

/** The link when it stays within WEBMAIL_LIMIT characters, else undefined (the .eml is the way). */
export function webmailIfShort(service: WebmailService, parts: MailtoParts): string | undefined {
  // Encoding never shortens the body: a body this long cannot fit, so skip encoding it (most
  // letters are), as mailtoIfShort does.
  if (SERVICES[service].base.length + (parts.body?.length ?? 0) > WEBMAIL_LIMIT) return undefined;
  const link = webmailLink(service, parts);
  return link.length <= WEBMAIL_LIMIT ? link : undefined;
}
