// The contents of each file a document becomes (see `documentSuffixes` for the names). Plain text
// with LF line ends and one final newline; the .eml is built lazily, only when it will be written.
import type { CallDocument, EmailDocument, FaxDocument, LetterDocument, RenderedDocument, TweetDocument } from '../channels/types.js';
import { faxCoverLine } from '../channels/fax.js';
import type { FaxPdfSettings } from './pdf/fax-pdf.js';
import type { PlainDate } from '../case/types.js';
import { buildEml, emlInput, type EmlInput } from './eml.js';
import { letterMarkdown } from './letter-markdown.js';
import { documentSuffixes, type LetterFormat } from './layout.js';

export type { FaxPdfSettings } from './pdf/fax-pdf.js';


export interface FormatOptions {
  letterFormat: LetterFormat;
  fax?: FaxPdfSettings | undefined;
  /** The generation day (Date header of .eml drafts). */
  date: PlainDate;
}

export interface DocumentFile {
  /** `letter.txt`, `email.eml`, …: the part of the name after `<target-id>.` */
  suffix: string;
  /** Text, or a builder for binary content that costs something to make (called once, if needed). */
  content: string | (() => Promise<Buffer>);
  /** What the builder builds from, as plain data: a writer thread can build it instead (.eml). */
  eml?: EmlInput;
}

/** One entry per file, in the order of `documentSuffixes(doc.channel, letterFormat)`. */
export function formatDocumentFiles(doc: RenderedDocument, options: FormatOptions): DocumentFile[] {
  const contents = fileContents(doc, options);
  return documentSuffixes(doc.channel, options.letterFormat).map((suffix, i) => {
    const content = contents[i];
    if (content === undefined) throw new Error(`no content for ${suffix}`);
    return doc.channel === 'email' && typeof content !== 'string' ? { suffix, content, eml: emlInput(doc, { date: options.date }) } : { suffix, content };
  });
}

function fileContents(doc: RenderedDocument, options: FormatOptions): DocumentFile['content'][] {
  switch (doc.channel) {
    case 'letter':
      return [options.letterFormat === 'md' ? letterMarkdown(doc) : letterText(doc)];
    case 'email':
      return [() => buildEml(doc, { date: options.date }), emailText(doc)];
    case 'tweet':
      return [tweetText(doc)];
    case 'call':
      return [callText(doc)];
    case 'fax':
      return [() => buildFaxPdf(doc, options.fax ?? {})];
  }
}

/** The fax PDF, built when its file is written; the PDF code loads only when a fax is made. */
async function buildFaxPdf(doc: FaxDocument, settings: FaxPdfSettings): Promise<Buffer> {
  const { faxPdfBuffer } = await import('./pdf/fax-pdf.js');
  return faxPdfBuffer(doc, settings);
}

/**
 * The primary human-readable text of a document (what --stdout prints). `printed`: the text goes
 * to stdout, so no .eml draft is written beside it.
 */
export function documentText(doc: RenderedDocument, letterFormat: LetterFormat = 'txt', printed = false): string {
  switch (doc.channel) {
    case 'letter':
      return letterFormat === 'md' ? letterMarkdown(doc) : letterText(doc);
    case 'email':
      return emailText(doc, printed);
    case 'tweet':
      return tweetText(doc);
    case 'call':
      return callText(doc);
    case 'fax':
      return faxText(doc);
  }
}

/** A fax as text (--stdout): its cover line, then the letter. */
export function faxText(doc: FaxDocument): string {
  return `${faxCoverLine(doc)}\n\n${finalNewline(doc.text)}`;
}

export function letterText(doc: LetterDocument): string {
  return finalNewline(doc.text);
}

/**
 * The email for reading and copying: headers, body, then links that open it ready to send: in a
 * mail program (mailto), in Gmail and in Outlook on the web. A link that would pass what mail
 * programs and browsers accept is left out and the text says what to do instead: the .eml draft
 * (when one is written: not with --stdout), or copying the text into a new web-mail message.
 */
export function emailText(doc: EmailDocument, printed = false): string {
  const head = [`To: ${doc.to.join(', ')}`];
  if (doc.bcc.length > 0) head.push(`Bcc: ${doc.bcc.join(', ')}`);
  head.push(`Subject: ${doc.subject}`);
  const tooLong = 'This email is too long to open from a link in most mail programs';
  const links = [
    doc.mailto !== undefined
      ? `Open it in your mail program: ${doc.mailto}`
      : printed
        ? `${tooLong}: copy it into a new message, or run without --stdout for a ready ${doc.targetId}.email.eml draft.`
        : `${tooLong}: open ${doc.targetId}.email.eml instead.`,
  ];
  if (doc.gmail !== undefined) links.push(`Open it in Gmail: ${doc.gmail}`);
  if (doc.outlook !== undefined) links.push(`Open it in Outlook on the web: ${doc.outlook}`);
  const missing = [doc.gmail === undefined && 'Gmail', doc.outlook === undefined && 'Outlook on the web'].filter((s): s is string => s !== false);
  if (missing.length > 0) links.push(`Too long for a ${missing.join(' or ')} link: copy the text above into a new message there.`);
  return `${head.join('\n')}\n\n${trimEnd(doc.body)}\n\n${links.join('\n')}\n`;
}

export function tweetText(doc: TweetDocument): string {
  return `${trimEnd(doc.text)}\n\nPost it: ${doc.intentUrl}\n`;
}

export function callText(doc: CallDocument): string {
  return `Phone: ${doc.phone}\n\n${trimEnd(doc.text)}\n`;
}

function trimEnd(text: string): string {
  // trimEnd() removes exactly what /\s+$/ matched, without the regular expression's scan.
  return (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).trimEnd();
}

function finalNewline(text: string): string {
  return `${trimEnd(text)}\n`;
}
