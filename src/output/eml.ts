// An .eml draft the signer opens in a mail program and sends: RFC 5322 with UTF-8 quoted-printable
// body and RFC 2047 headers, encoded by nodemailer's MIME functions (they encode, nothing is sent).
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

type MimeFuncs = typeof import('nodemailer/lib/mime-funcs');
type Qp = typeof import('nodemailer/lib/qp');
let encoders: Promise<[MimeFuncs, Qp]> | undefined;

/**
 * The message, built from nodemailer's own RFC 2047 and quoted-printable encoders. Its
 * stream-based mail composer cost ~400 µs a message (headers normalised through streams, random
 * boundaries, abort signals), which made emails two thirds of a batch's time; this single-part
 * draft needs only the encoders, ~20 µs.
 */
export async function buildEml(doc: EmailDocument, options: EmlOptions): Promise<Buffer> {
  const [mime, qp] = await (encoders ??= Promise.all([import('nodemailer/lib/mime-funcs'), import('nodemailer/lib/qp')]));
  const to = doc.to.map((a) => address(a, 'To'));
  const bcc = doc.bcc.map((a) => address(a, 'Bcc'));
  const from = doc.from === undefined ? undefined : { name: headerText(doc.signer.name), address: address(doc.from, 'From') };
  const subject = headerText(doc.subject);
  const text = bodyText(doc.body);
  const id = createHash('sha256').update(JSON.stringify([from, to, bcc, subject, text, options.date])).digest('hex').slice(0, 32);
  const header = (name: string, value: string) => mime.foldLines(`${name}: ${value}`, 76);
  const lines = [
    ...(from ? [header('From', `${displayName(from.name, mime)} <${from.address}>`)] : []),
    header('To', to.join(', ')),
    ...(bcc.length > 0 ? [header('Bcc', bcc.join(', '))] : []),
    header('Subject', mime.encodeWords(subject, 'Q', 52)),
    `Message-ID: <${id}@${headerText(options.messageIdDomain ?? 'ua-letter.invalid')}>`,
    `Date: ${new Date(`${options.date}T12:00:00Z`).toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    // Tells Outlook and others to open the file as an unsent draft with a Send button.
    'X-Unsent: 1',
  ];
  const body = qp.wrap(qp.encode(Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')), 76);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body}`, 'latin1');
}

/** A display name as RFC 5322 wants it: plain atoms, a quoted string, or encoded words. */
function displayName(name: string, mime: MimeFuncs): string {
  if (/^[\x20-\x7e]*$/.test(name)) return /^[\w !#$%&'*+\-/=?^`{|}~]*$/.test(name) ? name : mime.quoteString(name);
  return mime.encodeWords(name, 'Q', 52, true);
}
