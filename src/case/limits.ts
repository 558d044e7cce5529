/**
 * How long a value may be where it ends up in a letter, an envelope or a mail header. Generous
 * for real names and titles, far below what would break a page: a 10 MB title made a 10 MB
 * Subject line, a 20,000-letter name a PDF that ran out of memory (issue 16). Case files and
 * signers (lists, profile, flags) share these, so one value is refused the same way everywhere.
 * Lengths are counted in UTF-16 code units, which is at least the number of characters.
 */
export const LIMITS = {
  /** Ids become folder and file names. */
  id: 100,
  /** A country, a city, a reference, an honorific. */
  short: 100,
  /** A person's or an official's name. */
  name: 200,
  /** One line of an address. */
  line: 200,
  /** Lines of one address: more do not fit an envelope's window. */
  lines: 20,
  /** A case title, an official's title, organisation or salutation. */
  title: 300,
  /** A signer's own line in the letter. */
  personal: 1000,
  /** A web address. */
  url: 2000,
  /**
   * A letter section: some six printed pages, where the layout fits one or two. A 9 MB letter
   * took the PDF writer past 15 s and the text writer to 300 MB for a letter nobody would send.
   */
  letter: 20_000,
  /** Any other section (summary, background, a section of one's own): text for the reader. */
  section: 50_000,
} as const;

/** The problem with a value of `length` where `limit` is allowed, or undefined. */
export function lengthProblem(length: number, limit: number): string | undefined {
  return length > limit ? `is too long (${length} characters; the limit is ${limit})` : undefined;
}

/** The problem with an address of these lines, or undefined: too many, or one too long. */
export function linesProblem(lines: readonly string[]): string | undefined {
  if (lines.length > LIMITS.lines) return `has too many lines (${lines.length}; the limit is ${LIMITS.lines})`;
  const long = lines.findIndex((l) => l.length > LIMITS.line);
  return long === -1 ? undefined : `line ${long + 1} ${lengthProblem(lines[long]!.length, LIMITS.line)!}`;
}
