import type { LangCode } from '../case/types.js';
import type { Signer } from '../signer/types.js';

export const CHANNELS = ['letter', 'email', 'fax', 'tweet', 'call'] as const;
export type Channel = (typeof CHANNELS)[number];

interface DocumentBase {
  caseId: string;
  targetId: string;
  lang: LangCode;
  signer: Signer;
}

/** A postal letter, in parts so that a PDF can place the address for a window envelope. */
export interface LetterDocument extends DocumentBase {
  channel: 'letter';
  /** Sender block: name, address lines, city, country. */
  senderLines: string[];
  /** The date as printed, in the letter's language. */
  date: string;
  /** Recipient block: name/title lines then postal address; the country last, in capitals when abroad. */
  recipientLines: string[];
  /** The letter crosses a border (or the signer's country is unknown): airmail, country in capitals. */
  abroad: boolean;
  /** Salutation to signature, as rendered by the letter template (plain text). */
  body: string;
  /**
   * The same body with emphasis marks (channels/emphasis.ts): the case's **…** and *…*, and the
   * names of the people at risk in bold. Undefined when there is nothing to emphasise.
   */
  richBody?: string | undefined;
  /** The whole letter as plain text (head + body). */
  text: string;
  /** The phrasings chosen ({{#vary}} alternatives, in order, "2.0.1"): identical.ts compares by it. */
  variation?: string | undefined;
  /** Set by the pipeline: the same text as an earlier signer's letter to this official (identical.ts). */
  identical?: boolean | undefined;
}

export interface EmailDocument extends DocumentBase {
  channel: 'email';
  from?: string | undefined;
  to: string[];
  bcc: string[];
  subject: string;
  body: string;
  /** Undefined when the link would pass the practical limit of mail clients. */
  mailto: string | undefined;
  /** Gmail's compose page with the same To, Bcc, Subject and body; undefined when too long, as mailto. */
  gmail: string | undefined;
  /** Outlook on the web's compose page, likewise. */
  outlook: string | undefined;
  /** The phrasings chosen: the letter's, then the subject's and the email's ("2.0.1|0"). */
  variation?: string | undefined;
  /** Set by the pipeline in a run without letters: the same text as an earlier signer's email. */
  identical?: boolean | undefined;
}

export interface TweetDocument extends DocumentBase {
  channel: 'tweet';
  text: string;
  /** Weighted length as X counts it. */
  length: number;
  intentUrl: string;
  /** Which of the Tweet section's suggested posts this is, from 1; 1 of 1 without a list. */
  variant: number;
  variants: number;
}

export interface CallDocument extends DocumentBase {
  channel: 'call';
  phone: string;
  text: string;
}

/**
 * A fax: the postal letter in the same words, sent to the official's fax number as a fax-ready
 * PDF (a cover line, black only, no window layout or fold marks).
 */
export interface FaxDocument extends Omit<LetterDocument, 'channel'> {
  channel: 'fax';
  /** The number as the case writes it ("+58 212 000 0000"). */
  fax: string;
}

export type RenderedDocument = LetterDocument | EmailDocument | FaxDocument | TweetDocument | CallDocument;
