// The library face of the pipeline: what a caller asks for, what it gets back, and the outside
// world it runs in (the CLI passes the real process; the library its own quiet defaults).
import type { IdenticalReport } from '../channels/identical.js';
import type { Channel } from '../channels/types.js';
import type { ReadContext } from '../read/context.js';
import type { DocumentRecord } from '../write/json-lines.js';
import type { PublishedCount } from '../write/published.js';

/** One signer given directly (a script, or the CLI's flags); laid over the profile when one is read. */
export interface SignerInput {
  name?: string | undefined;
  /** Street address lines; a string may separate them with ' | ' or newlines. */
  address?: string | string[] | undefined;
  city?: string | undefined;
  country?: string | undefined;
  email?: string | undefined;
  personal?: string | undefined;
  /** Sign with initials and town only (also `initials: true` in the profile). */
  initials?: boolean | undefined;
}

export interface GenerateOptions {
  /** Case file paths ('-' for stdin), resolved against `cwd`. */
  cases: string[];
  signer?: SignerInput | undefined;
  /** A signer list (CSV, YAML or JSON): every signer × every official. */
  signers?: string | undefined;
  /** With `signers`: skip bad rows (reported as warnings) instead of stopping. */
  skipInvalid?: boolean | undefined;
  /** A profile file the signer is laid over (an error when missing); none is read unless named. */
  profile?: string | undefined;
  /** A profile read only if it exists (the CLI's saved one, from `ua-letter init`). */
  savedProfile?: string | undefined;
  /** Output folder; default "letters". */
  out?: string | undefined;
  /** Print the documents on the given stdout instead of writing files. */
  stdout?: boolean | undefined;
  /** With `stdout`: JSON Lines with each document's text. */
  json?: boolean | undefined;
  /**
   * 'txt', 'md' or 'pdf' for the letters, and/or 'html' for the action pages: one, a list, or a
   * comma-separated string ('html,pdf'). 'html' alone writes only the pages. Default 'txt'.
   */
  format?: string | readonly string[] | undefined;
  /** Channel names (letter, email, tweet, call); default: all each official supports. */
  channels?: string[] | undefined;
  /** Official ids; default all. */
  targets?: string[] | undefined;
  lang?: string | undefined;
  /** "Today" as YYYY-MM-DD; default SOURCE_DATE_EPOCH from the environment, else the clock. */
  date?: string | undefined;
  force?: boolean | undefined;
  ignoreDeadline?: boolean | undefined;
  /** Record the run in the action log; default false for the library, true for the CLI. */
  log?: boolean | undefined;
  /** Folder relative paths start from; default the process's. */
  cwd?: string | undefined;
  /** Your own templates folder; files there win over the built-ins. */
  templates?: string | undefined;
  paper?: 'a4' | 'letter' | undefined;
  /** A4 window-envelope layout: DIN 5008 form A or B (default din-b). */
  window?: 'din-a' | 'din-b' | undefined;
  split?: boolean | undefined;
  envelopes?: boolean | undefined;
  labels?: string | undefined;
  /** Vary the phrasing per signer (default true). */
  vary?: boolean | undefined;
  /** Stops the run between two documents, leaving no half-written file. */
  signal?: AbortSignal | undefined;
}

/** One document made, and where its files went (none with `stdout`). */
export interface GeneratedDocument {
  case: string;
  target: string;
  channel: Channel;
  lang: string;
  signer?: string | undefined;
  /** The main file, as shown (joined to `out`); absent when printed or laid into a PDF. */
  path?: string | undefined;
  paths: string[];
  bytes: number;
  status: 'written' | 'skipped' | 'printed';
}

/** Documents made, counted per case, official and channel. */
export interface DocumentCount {
  case: string;
  target: string;
  channel: Channel;
  count: number;
}

export interface GenerateSummary {
  /**
   * Every document with its files. Filled when the caller asked for records (the library always
   * does; the CLI only with --json, so a batch of 10,000 signers keeps nothing per document).
   */
  documents: GeneratedDocument[];
  /** Documents made (rendered), per case, official and channel. */
  counts: DocumentCount[];
  /**
   * What became of them on disk, per case, official and channel: created by this run, replaced
   * (--force), or kept because they existed. The action log records `created` only. Empty with
   * `stdout`.
   */
  published: PublishedCount[];
  written: number;
  skipped: number;
  pages: number;
  /** Everything the run would have warned a person about, in order. */
  warnings: string[];
  /** Writer threads that took part (0: every file written on the main thread). */
  writerThreads: number;
  /** Stopped by the signal before every document was out. */
  interrupted: boolean;
  /** The output folder as given. */
  out: string;
  /** "Today" as the run used it. */
  today: string;
  /**
   * Letters (emails in a run without letters) that repeat another signer's to the same official
   * word for word, apart from names and addresses; null when every one is its own.
   */
  identical: IdenticalReport | null;
}

/** The outside world of a run. */
export interface GenerateIo extends ReadContext {
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean; destroyed?: boolean };
  now(): Date;
  /** Progress and results for people ("deadline in 26 days"); the library drops them. */
  info(message: string): void;
  /** Each document's record as soon as its files are out, in document order. */
  onRecord?: ((record: DocumentRecord) => void) | undefined;
  /** A progress bar for a batch of one case; the CLI draws one on a terminal. */
  progress?: ((total: number, label: string) => Promise<{ tick(): void; stop(): void }>) | undefined;
}
