// What a blank line means where the officials are listed. On most pages a blank line ends an
// official's block. A site that puts every line in its own <p> (and a page copied from one) has a
// blank line between EVERY line: there a single blank line separates lines, not officials, and only
// a wider gap (two blank lines or more) is a separator. Measured per range, on the source's lines,
// so a page whose contact part alone is spaced is read the same way as one spaced throughout.
import { isProse } from './line-kinds.js';
import { isBlank, lineAt } from './text.js';
import { sourceLine, type ImportText } from './types.js';

/** At least this many single gaps, and no line right under another: fewer say nothing of a layout. */
const MIN_SPACED_GAPS = 3;

/**
 * True when every line of the range stands alone between blank lines. The pieces a flattened line
 * was cut into (one source line) are not counted: they never had a blank line between them. A part
 * set off by a wider gap whose lines all sit right under one another (a page's closing "Downloads" /
 * "Download UA in PDF" links) does not make the rest a plain page: only a part that has both single
 * gaps and lines right under one another does.
 */
export function isSpacedRange(doc: ImportText, range: { from: number; to: number }): boolean {
  let single = 0;
  let last: number | undefined;
  let blanks = 0;
  // Within the part since the last wider gap: single gaps, and lines right under another.
  let partSingle = 0;
  let partTight = 0;
  for (let n = range.from; n <= range.to; n++) {
    if (isBlank(lineAt(doc, n))) {
      blanks++;
      continue;
    }
    if (last !== undefined && sourceLine(doc, last) !== sourceLine(doc, n)) {
      if (blanks >= 2) [partSingle, partTight] = [0, 0];
      else if (blanks === 1) [single, partSingle] = [single + 1, partSingle + 1];
      else partTight++;
      if (partSingle > 0 && partTight > 0) return false;
    }
    [last, blanks] = [n, 0];
  }
  return single >= MIN_SPACED_GAPS;
}

/** More lines than a letter's addressee takes on its envelope. */
const MAX_ENVELOPE_LINES = 12;

/**
 * A letter download's addressee whose editor put paragraph breaks between some of its lines
 * ("Director Jane Example" / "Example Security" / (blank) / "Bureau in Example City" / "No. 3," /
 * (blank) / "Example Street" / (blank) / …): one addressee right above the letter's greeting, its
 * lines parted by more single blank lines than stand right under one another, no wider gap, no
 * email, no sentence (a page's own lines above a letter, paragraphed too, are no envelope). Read
 * as a spaced range: there a single blank line parts nothing. `greeting` is the line of the
 * letter's salutation.
 */
export function isParagraphedEnvelope(doc: ImportText, range: { from: number; to: number }, greeting: number | undefined): boolean {
  if (greeting === undefined || greeting <= range.to || greeting - range.to > 2 || range.to - range.from > 2 * MAX_ENVELOPE_LINES) return false;
  for (let n = range.to + 1; n < greeting; n++) if (!isBlank(lineAt(doc, n))) return false;
  let [single, tight, lines, blanks] = [0, 0, 0, 0];
  let last: number | undefined;
  for (let n = range.from; n <= range.to; n++) {
    const line = lineAt(doc, n);
    if (isBlank(line)) {
      blanks++;
      continue;
    }
    if (line.includes('@') || isProse(line)) return false;
    if (last !== undefined) {
      if (blanks >= 2) return false;
      if (blanks === 1) single++;
      else tight++;
    }
    [last, blanks, lines] = [n, 0, lines + 1];
  }
  return lines <= MAX_ENVELOPE_LINES && single >= MIN_SPACED_GAPS && single > tight;
}

/**
 * The blank line `n` separates blocks: always on a plain page; on a spaced one as part of a wider
 * gap, or under a line that was flattened (a whole official on one line, cut into its pieces: the
 * blank line under it ends that official as it would on a plain page).
 */
export function separates(doc: ImportText, n: number, spaced: boolean): boolean {
  if (!spaced || isBlank(lineAt(doc, n - 1)) || isBlank(lineAt(doc, n + 1))) return true;
  return n > 2 && !isBlank(lineAt(doc, n - 2)) && sourceLine(doc, n - 1) === sourceLine(doc, n - 2);
}

/** Line `b` comes right under line `a`: next to it, or on a spaced page with one blank line between. */
export function follows(doc: ImportText, a: number, b: number, spaced: boolean): boolean {
  return b === a + 1 || (spaced && b === a + 2 && !separates(doc, a + 1, spaced) && isBlank(lineAt(doc, a + 1)));
}

/** The line under `n` that belongs with it: the next one, or past a single blank line on a spaced page. */
export function lineUnder(doc: ImportText, n: number, spaced: boolean): number {
  return spaced && isBlank(lineAt(doc, n + 1)) && !separates(doc, n + 1, spaced) ? n + 2 : n + 1;
}

/** A block's line as the splitter keeps it: `under` when one blank line that means nothing stands above it. */
interface PlacedLine {
  n: number;
  under?: boolean | undefined;
}

/** Block line `b` comes right under block line `a` as printed (on a spaced page, past one blank line). */
export const nextTo = (a: PlacedLine, b: PlacedLine): boolean => b.n === a.n + 1 || (b.under === true && b.n === a.n + 2);
