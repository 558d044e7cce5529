// The importer's vocabulary: a normalised document in, findings with a confidence and the source
// line out. Recognisers never throw on odd input: what they cannot read is a NotFound with a reason,
// so the draft can carry a visible placeholder instead of an invented value.

/** How sure a recogniser is. `high`: a labelled line or an unambiguous layout; `low`: a guess. */
export type Confidence = 'high' | 'medium' | 'low';

/** The document as recognisers see it: `lines[i]` is line i + 1 of the source, normalised. */
export interface ImportText {
  /** The file name as given by the user (`-` for stdin), used in the draft's header comment. */
  readonly source: string;
  readonly lines: readonly string[];
  /**
   * `origin[i]` is the 1-based source line that `lines[i]` came from. Absent when every line is its
   * own source line; present when a flattened line was cut into several (see unflatten.ts).
   */
  readonly origin?: readonly number[] | undefined;
  /**
   * Pieces of two officials' columns run onto one line that may be either's (interleaved-columns.ts),
   * with their 1-based source line: in no official, named in a TODO.
   */
  readonly unplaced?: ReadonlyArray<{ readonly text: string; readonly line: number }> | undefined;
  /**
   * What was taken out of a source line as it was read, being no part of any field (a letter's
   * dateline on the address's town line, a web site's breadcrumb trail), with its 1-based source
   * line and why: reported as skipped, never lost in silence.
   */
  readonly dropped?: ReadonlyArray<{ readonly text: string; readonly line: number; readonly why: string }> | undefined;
  /**
   * The addresses a letter kept as data names as its recipients by key (`to`, `recipients`; `cc`,
   * `bcc` as copies; see data-letter.ts), each with the 1-based document line that cites its source
   * line: recipients by the file's own word, even with no name printed.
   */
  readonly recipients?: readonly DataRecipient[] | undefined;
  /**
   * The addresses a forwarded mail's own header sends it to ("To: EXAMPLE Jane <jane@…>"), with the
   * name the mailer shows: never officials by themselves (a list's address is no official), only
   * the email of an official the page names by that name (mailed-to.ts).
   */
  readonly mailedTo?: readonly DataRecipient[] | undefined;
  /**
   * The names a mail's own From: lines show its senders by: the campaigner's signature under the
   * appeal, never an official (mail-sender.ts).
   */
  readonly mailedFrom?: readonly string[] | undefined;
}

export interface DataRecipient {
  readonly email: string;
  readonly copy: boolean;
  readonly line: number;
  /** The name a mail's address is shown by ("Jane Example <jane@…>"): asked about, never taken as the name. */
  readonly shownAs?: string | undefined;
}

/** The source line a document line came from, for everything shown to the reader. */
export const sourceLine = (doc: ImportText, n: number): number => doc.origin?.[n - 1] ?? n;

export interface Found<T> {
  readonly found: true;
  readonly value: T;
  readonly confidence: Confidence;
  /** 1-based source line the value was read from (the first one, when it spans several). */
  readonly line: number;
  /** Why the confidence is not high, or what was adjusted (e.g. "re-cased from capitals"). */
  readonly note?: string | undefined;
}

export interface NotFound {
  readonly found: false;
  /** What was looked for, shown in the report ("no line labelled NAME AND PREFERRED PRONOUN"). */
  readonly reason: string;
}

export type Finding<T> = Found<T> | NotFound;

export type Recogniser<T> = (doc: ImportText) => Finding<T>;

/** A value with the line it came from (an official's: a document line, see ImportedOfficial). */
export interface Located<T> {
  readonly value: T;
  readonly line: number;
}

export const found = <T>(value: T, confidence: Confidence, line: number, note?: string): Found<T> =>
  note === undefined ? { found: true, value, confidence, line } : { found: true, value, confidence, line, note };

export const notFound = (reason: string): NotFound => ({ found: false, reason });

