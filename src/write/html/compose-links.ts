// The Send buttons of an email: the mail program (mailto:), Gmail and Outlook on the web. Each link
// carries the whole message when it stays within the practical length of such links; when one
// would not, all three carry only the addresses and the subject, and the page asks the reader to
// paste the text (a button that opens a message without its text would look like a bug).
import { encodeMailtoComponent, MAILTO_LIMIT, mailtoLink, type MailtoParts } from '../../channels/mailto.js';
import type { EmailDocument } from '../../channels/types.js';

export interface ComposeLinks {
  mailto: string;
  gmail: string;
  outlook: string;
  /** The links carry the body; false: the reader pastes it. */
  withBody: boolean;
}

export function composeLinks(email: EmailDocument): ComposeLinks {
  const full: MailtoParts = { to: email.to, bcc: email.bcc, subject: email.subject, body: email.body };
  const links = { mailto: mailtoLink(full), gmail: webmailLink('gmail', full), outlook: webmailLink('outlook', full) };
  if (Object.values(links).every((l) => l.length <= MAILTO_LIMIT)) return { ...links, withBody: true };
  const short: MailtoParts = { to: email.to, bcc: email.bcc, subject: email.subject };
  return { mailto: mailtoLink(short), gmail: webmailLink('gmail', short), outlook: webmailLink('outlook', short), withBody: false };
}

/** Each service's compose page, and its name for the subject parameter. */
const SERVICES = {
  gmail: { base: 'https://mail.google.com/mail/', fixed: ['view=cm', 'fs=1'], subject: 'su' },
  outlook: { base: 'https://outlook.office.com/mail/deeplink/compose', fixed: [] as string[], subject: 'subject' },
} as const;

/** Addresses keep their '@' readable, as in mailto links; several are joined by commas. */
const addresses = (list: readonly string[]) => list.map((a) => encodeMailtoComponent(a.trim()).replace(/%40/g, '@')).join(',');

export function webmailLink(service: keyof typeof SERVICES, parts: MailtoParts): string {
  const { base, fixed, subject } = SERVICES[service];
  const params: string[] = [...fixed];
  if (parts.to.length > 0) params.push(`to=${addresses(parts.to)}`);
  if (parts.cc?.length) params.push(`cc=${addresses(parts.cc)}`);
  if (parts.bcc?.length) params.push(`bcc=${addresses(parts.bcc)}`);
  if (parts.subject) params.push(`${subject}=${encodeMailtoComponent(parts.subject)}`);
  if (parts.body) params.push(`body=${encodeMailtoComponent(parts.body.replace(/\r\n?/g, '\n'))}`);
  return `${base}?${params.join('&')}`;
}
