// The one contract between the pipeline and every kind of output (stdout, text files, PDFs):
// documents go in one at a time, in the order they were made; close() says what reached the disk.
import type { PlainDate } from '../case/types.js';
import type { RenderedDocument } from '../channels/types.js';
import type { DocumentRecord } from './json-lines.js';
import type { PublishedCount } from './published.js';
import type { Paper } from './pdf/layout.js';

export interface Sink {
  /** One document; `signerDir` is the signer's folder in a batch (undefined for one signer). */
  add(doc: RenderedDocument, signerDir?: string): Promise<void>;
  /** Waits until everything added is out, and says what was written. */
  close(): Promise<SinkTotals>;
  /** Stops without leaving a temporary or half-written file; what was not reached is not written. */
  abort(): Promise<void>;
  /**
   * Documents by what became of them on disk so far: created, replaced (--force) or kept. Exact
   * after close() or abort(); what was never published (a stop, a discarded PDF) is not there.
   * Entries may repeat a case × official × channel (one per kind of output): add them up.
   */
  published(): PublishedCount[];
}

export interface SinkTotals {
  /** Files published by this run. */
  written: number;
  /** Files that existed and were kept (no --force). */
  skipped: number;
  /** PDF pages laid out. */
  pages: number;
  /** What a person should know about the output (a letter running over a page, …). */
  notes: string[];
  /** Writer threads that took part (0: every file was written on the main thread). */
  writerThreads: number;
}

export interface SinkOptions {
  /** The output folder as given (`letters`); paths are shown joined to it, resolved against `cwd`. */
  outDir: string;
  cwd: string;
  force: boolean;
  /** Print the documents instead of writing files. */
  stdout: boolean;
  /** With `stdout`: one JSON object per document, its text included. */
  json: boolean;
  /** How letters are written (when `files`). */
  format: 'txt' | 'md' | 'pdf';
  /** The documents' own files (default true): false with `--format html` alone. */
  files?: boolean | undefined;
  /** The action pages (html-sink.ts; default false). */
  html?: boolean | undefined;
  paper: Paper | undefined;
  /** A4 letter layout: DIN 5008 form A or B. */
  window: 'din-a' | 'din-b';
  /** The paper of signers who chose none, from the locale. */
  defaultPaper: Paper;
  split: boolean;
  envelopes: boolean;
  labels: string | undefined;
  today: PlainDate;
  /** Several cases or signers: --stdout headers name them. */
  context: boolean;
  /** A font for scripts DejaVu lacks (CJK…): a system font's path. */
  fontPath: string | undefined;
  /** Writer threads for big batches, and after how many files they start. */
  threads: number;
  threadsAfter: number;
}

/** Where a sink sends what it makes besides files. */
export interface SinkOutput {
  /** The printed documents (--stdout). */
  stdout: NodeJS.WritableStream & { destroyed?: boolean };
  /**
   * Each document's record once its files are out, in document order; when absent, the file sink
   * only counts (a batch then keeps nothing per document).
   */
  onRecord?: ((record: DocumentRecord) => void) | undefined;
}
