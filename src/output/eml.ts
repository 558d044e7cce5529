// An .eml draft the signer opens in a mail program and sends: RFC 5322 with UTF-8 quoted-printable
// body and RFC 2047 headers, built by nodemailer's mail composer (it composes, it does not send).
// The output is reproducible: the Date is the generation day at 12:00 UTC and the Message-ID is a
// hash of the content, so the same inputs give byte-identical files (golden tests, reruns).
import { createHash } from 'node:crypto';
import type { EmailDocument } from '../channels/types.js';
import type { PlainDate } from '../case/types.js';
import { RefusedError } from '../errors.js';

export interface EmlOptions {
  /** The generation day; the Date header is this day at 12:00 UTC. */
  date: PlainDate;
  /** Right-hand side of the Message-ID (default `ua-letter.invalid`). */
  messageIdDomain?: string | undefined;
}

// One address, nothing around it: a comma, angle bracket or space would smuggle in a second
// recipient or a display name. The case validator already checks; this is the last line of defence.
const BARE_ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+$/;

/**
 * One line of header text: CR, LF and every other control character become a space, so that
 * user data (a subject, a name) can never end a header and start another ("\r\nBcc: …").
 */
export function headerText(value: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

function address(value: string, field: string): string {
  const clean = headerText(value);
  if (!BARE_ADDRESS.test(clean)) {
    throw new RefusedError(`Email ${field}: ${JSON.stringify(value)} is not a single email address`, 'email.bad-address');
  }
  return clean;
}

/** The body with LF line ends and no stray control characters (tabs and newlines stay). */
function bodyText(body: string): string {
  // eslint-disable-next-line no-control-regex -- see above
  const text = body.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  return text.endsWith('\n') ? text : `${text}\n`;
}

export async function buildEml(doc: EmailDocument, options: EmlOptions): Promise<Buffer> {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
  const to = doc.to.map((a) => address(a, 'To'));
  const bcc = doc.bcc.map((a) => address(a, 'Bcc'));
  const from = doc.from === undefined ? undefined : { name: headerText(doc.signer.name), address: address(doc.from, 'From') };
  const subject = headerText(doc.subject);
  const text = bodyText(doc.body);
  const id = createHash('sha256').update(JSON.stringify([from, to, bcc, subject, text, options.date])).digest('hex').slice(0, 32);
  const node = new MailComposer({
    ...(from ? { from } : {}),
    to,
    ...(bcc.length > 0 ? { bcc } : {}),
    subject,
    date: new Date(`${options.date}T12:00:00Z`),
    messageId: `<${id}@${options.messageIdDomain ?? 'ua-letter.invalid'}>`,
    // Tells Outlook and others to open the file as an unsent draft with a Send button.
    headers: { 'X-Unsent': '1' },
    text: { content: text, contentTransferEncoding: 'quoted-printable' },
    textEncoding: 'Q',
    newline: 'win',
  }).compile();
  // The composer drops Bcc from built messages (it means to send them); a draft must keep it.
  node.keepBcc = true;
  return node.build();
}
