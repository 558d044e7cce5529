// An .eml draft the signer opens in a mail program and sends: RFC 5322 with UTF-8 quoted-printable
// body and RFC 2047 headers, encoded by nodemailer's MIME functions (they encode, nothing is sent).
// The output is reproducible: the Date is the generation day at 12:00 UTC and the Message-ID is a
// hash of the content, so the same inputs give byte-identical files (golden tests, reruns).
import { createHash } from 'node:crypto';
import { domainToASCII } from 'node:url';
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
  return asciiDomain(clean);
}

/**
 * An internationalised domain in its ASCII form (пример.рф → xn--e1afmkfd.xn--p1ai), which every
 * mail program understands. A non-ASCII local part stays UTF-8 (RFC 6532); see the Buffer below.
 */
function asciiDomain(addr: string): string {
  const at = addr.lastIndexOf('@');
  const domain = addr.slice(at + 1);
  // eslint-disable-next-line no-control-regex -- ASCII is exactly what is tested
  if (/^[\x00-\x7f]*$/.test(domain)) return addr;
  const ascii = domainToASCII(domain);
  return ascii === '' ? addr : `${addr.slice(0, at)}@${ascii}`;
}

/** The body with LF line ends and no stray control characters (tabs and newlines stay). */
function bodyText(body: string): string {
  // eslint-disable-next-line no-control-regex -- see above
  const text = body.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  return text.endsWith('\n') ? text : `${text}\n`;
}

type MimeFuncs = typeof import('nodemailer/lib/mime-funcs');
type Qp = typeof import('nodemailer/lib/qp');
let loading: Promise<void> | undefined;
let encoders: [MimeFuncs, Qp] | undefined;

/** nodemailer's encoders, loaded once (buildEmlSync needs them). */
export function loadEmlEncoders(): Promise<void> {
  loading ??= Promise.all([import('nodemailer/lib/mime-funcs'), import('nodemailer/lib/qp')]).then((loaded) => {
    encoders = loaded;
  });
  return loading;
}

/** What a draft is made of: plain data, so that a writer thread can build it (see write-batch.ts). */
export interface EmlInput {
  to: readonly string[];
  bcc: readonly string[];
  from: string | undefined;
  /** The signer's name, for the From header. */
  name: string;
  subject: string;
  body: string;
  date: PlainDate;
  messageIdDomain?: string | undefined;
}

export function emlInput(doc: EmailDocument, options: EmlOptions): EmlInput {
  return { to: doc.to, bcc: doc.bcc, from: doc.from, name: doc.signer.name, subject: doc.subject, body: doc.body, date: options.date, messageIdDomain: options.messageIdDomain };
}

/**
 * The message, built from nodemailer's own RFC 2047 and quoted-printable encoders. Its
 * stream-based mail composer cost ~400 µs a message (headers normalised through streams, random
 * boundaries, abort signals), which made emails two thirds of a batch's time; this single-part
 * draft needs only the encoders, ~20 µs.
 */
export async function buildEml(doc: EmailDocument, options: EmlOptions): Promise<Buffer> {
  await loadEmlEncoders();
  return buildEmlSync(emlInput(doc, options));
}

/** The same, once loadEmlEncoders() has finished. */
export function buildEmlSync(input: EmlInput): Buffer {
  if (!encoders) throw new Error('buildEmlSync: await loadEmlEncoders() first');
  const [mime, qp] = encoders;
  const to = input.to.map((a) => address(a, 'To'));
  const bcc = input.bcc.map((a) => address(a, 'Bcc'));
  const from = input.from === undefined ? undefined : { name: headerText(input.name), address: address(input.from, 'From') };
  const subject = headerText(input.subject);
  const text = bodyText(input.body);
  const id = createHash('sha256').update(JSON.stringify([from, to, bcc, subject, text, input.date])).digest('hex').slice(0, 32);
  const header = (name: string, value: string) => foldHeader(name, value, mime);
  const lines = [
    ...(from ? [header('From', `${displayName(from.name, mime)} <${from.address}>`)] : []),
    header('To', to.join(', ')),
    ...(bcc.length > 0 ? [header('Bcc', bcc.join(', '))] : []),
    header('Subject', headerWords(subject, mime)),
    `Message-ID: <${id}@${headerText(input.messageIdDomain ?? 'ua-letter.invalid')}>`,
    `Date: ${new Date(`${input.date}T12:00:00Z`).toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    // Tells Outlook and others to open the file as an unsent draft with a Send button.
    'X-Unsent: 1',
  ];
  const body = qp.wrap(qp.encode(Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')), 76);
  // UTF-8, not latin1: everything is ASCII except a non-ASCII address (RFC 6532), which latin1
  // would have turned into another address ("мария@…" became "5@.@D"; found by fuzzing, issue 6).
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body}`, 'utf8');
}

/** RFC 5322 2.1.1: a line of a message must not be longer than 998 octets, CRLF excluded. */
const MAX_LINE_OCTETS = 998;

/**
 * `Name: value` folded at spaces into lines of 76 characters. Text is folded only where it has
 * spaces; headerWords() and displayName() give an unbroken run its own encoded words, so no line
 * should come out longer than the standard allows. Should one all the same, the draft is refused
 * rather than written as a message that servers reject or cut (issue 16: a 10 MB title gave a
 * 10 MB Subject line).
 */
function foldHeader(name: string, value: string, mime: MimeFuncs): string {
  const folded = mime.foldLines(`${name}: ${value}`, 76);
  for (const line of folded.split('\r\n')) {
    if (Buffer.byteLength(line, 'utf8') > MAX_LINE_OCTETS) {
      throw new RefusedError(`Email ${name}: a line of this header would be longer than ${MAX_LINE_OCTETS} octets, which mail servers refuse`, 'email.header-too-long');
    }
  }
  return folded;
}

/** A run of characters without a space too long to fold into a 76-character line. */
const UNBROKEN = /\S{70,}/;

/** A display name as RFC 5322 wants it: plain atoms, a quoted string, or encoded words. */
function displayName(name: string, mime: MimeFuncs): string {
  if (name.includes('=?') || UNBROKEN.test(name)) return mime.encodeWord(name, 'Q', 52);
  if (/^[\x20-\x7e]*$/.test(name)) return /^[\w !#$%&'*+\-/=?^`{|}~]*$/.test(name) ? name : mime.quoteString(name);
  return mime.encodeWords(name, 'Q', 52, true);
}

/**
 * Header text as RFC 2047 words. Plain ASCII stays readable, except text holding "=?" or a run
 * too long to fold. A title such as "Free them =?utf-8?B?SGFja2Vk?=" would be shown by mail
 * programs as "Free them Hacked", so such text is encoded whole and reads back exactly as written
 * (found by fuzzing, issue 6).
 */
function headerWords(text: string, mime: MimeFuncs): string {
  // Encoded whole, text is cut into words of at most 52 characters, with a space (a place to
  // fold) between them: an unbroken run of text can be folded then (issue 16).
  return text.includes('=?') || UNBROKEN.test(text) ? mime.encodeWord(text, 'Q', 52) : mime.encodeWords(text, 'Q', 52);
}
