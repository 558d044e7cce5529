// Machine-readable output: one JSON object per document for --json (JSON Lines), and the framed
// plain text for --stdout. The field names are part of the scripting contract: add, never rename.
import type { RenderedDocument } from '../channels/types.js';
import type { LetterFormat } from './layout.js';
import { documentText } from './text-formats.js';

export interface WrittenFile {
  /** `outDir`-joined path, as shown to the user (`letters/case/official.letter.txt`). */
  path: string;
  /** Size on disk: of the new file, or of the existing one that was skipped. */
  bytes: number;
  /** 'skipped': the file existed and --force was not given. */
  status: 'written' | 'skipped';
}

export interface DocumentRecord {
  case: string;
  target: string;
  channel: RenderedDocument['channel'];
  lang: string;
  signer: string;
  /** The main file (the first one), or null with --stdout. */
  path: string | null;
  paths: string[];
  /** Bytes on disk of all the document's files; null with --stdout. */
  bytes: number | null;
  /** 'skipped': every file already existed (no --force); null with --stdout. */
  status: 'written' | 'skipped' | null;
  mailto?: string | null;
  /** Compose links for Gmail and Outlook on the web; null when too long, as mailto. */
  gmail?: string | null;
  outlook?: string | null;
  /** The number a fax goes to, as the case writes it. */
  fax?: string;
  intent?: string;
  /** Weighted post length as X counts it. */
  length?: number;
  /** Which suggested post of the case's `## Tweet` list (from 1), and how many there are. */
  variant?: number;
  variants?: number;
  /**
   * Letters (emails in a run without letters): true when an earlier signer's to the same official
   * has the same text apart from names and addresses.
   */
  identical?: boolean;
}

/** The JSON Lines record of one document; `files` is undefined when nothing was written (--stdout). */
export function documentRecord(doc: RenderedDocument, files: readonly WrittenFile[] | undefined): DocumentRecord {
  const record: DocumentRecord = {
    case: doc.caseId,
    target: doc.targetId,
    channel: doc.channel,
    lang: doc.lang,
    signer: doc.signer.name,
    path: files?.[0]?.path ?? null,
    paths: files?.map((f) => f.path) ?? [],
    bytes: files ? files.reduce((sum, f) => sum + f.bytes, 0) : null,
    status: files ? (files.every((f) => f.status === 'skipped') ? 'skipped' : 'written') : null,
  };
  if ((doc.channel === 'letter' || doc.channel === 'email') && doc.identical !== undefined) record.identical = doc.identical;
  if (doc.channel === 'email') {
    record.mailto = doc.mailto ?? null;
    record.gmail = doc.gmail ?? null;
    record.outlook = doc.outlook ?? null;
  }
  if (doc.channel === 'fax') record.fax = doc.fax;
  if (doc.channel === 'tweet') {
    record.intent = doc.intentUrl;
    record.length = doc.length;
    record.variant = doc.variant;
    record.variants = doc.variants;
  }
  return record;
}

export interface StdoutOptions {
  letterFormat?: LetterFormat | undefined;
  /** Also name the case and the signer in the header (several cases or a signer list). */
  context?: boolean | undefined;
}

/**
 * One document for --stdout: a header line in the style of `head` with several files, then the
 * text, then a blank line so that documents printed one after another stay apart.
 */
export function formatForStdout(doc: RenderedDocument, options: StdoutOptions = {}): string {
  const parts = options.context
    ? [doc.caseId, doc.targetId, doc.channel, doc.lang, doc.signer.name]
    : [doc.targetId, doc.channel, doc.lang];
  return `==> ${parts.join(' · ')} <==\n${documentText(doc, options.letterFormat, true)}\n`;
}
