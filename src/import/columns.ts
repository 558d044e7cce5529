// Two officials printed side by side: a PDF laid out in two columns, or a web page's table copied
// as text, gives each line as the left official's line, a gap (a tab, or three spaces or more),
// then the right official's. Every reader after this one reads one official after another, so such
// a run of lines is given back as the left column, a blank line, then the right column, each cell
// keeping its source line.
//
// A run is only cut when it is sure: the gap lines up (the same column, or one tab) on two lines
// in a row or more, and each column on its own holds an official — a head (an office, a courtesy
// title or a person's name) and a detail (an address line or a contact field). A label and its
// value set apart ("Fax:   +1 …"), a phone number printed with wide spaces, or prose with a wide
// gap hold no official on each side and are left as printed.
import { parseContactLine } from './contact-line.js';
import { blockFurnitureKind } from './block-furniture.js';
import { isContactHeading } from './furniture.js';
import { isAddressLike, isPersonName, isRoleLike, splitHonorific } from './official-words.js';

/** A line of text and the 1-based source line it came from. */
export interface SourcedLine {
  readonly text: string;
  readonly line: number;
}

/** A column's line is short: a longer one is never looked at for a gap (and is not scanned). */
const MAX_LINE = 240;
/** Two columns part a line once, and a label may stand apart from its value in a cell: more gaps are another kind of table. */
const MAX_WIDE_GAPS = 3;
/** Two officials' blocks side by side are a few lines long: a longer run is cut off here. */
const MAX_ROWS = 40;
/** A cell of more words than this is running text, not a line of an address block. */
const MAX_CELL_WORDS = 12;
/** A PDF's text copy may set the right column a character or two off on some lines. */
const SLACK = 2;
const TAB_WIDTH = 8;
/** Cheap first test: a tab, or three spaces, after something printed. */
const MAYBE_GAP = /\S(?:\t| {3})/;

interface Gap {
  /** Index in the line where the gap's whitespace starts, and where the text after it starts. */
  readonly from: number;
  readonly to: number;
  /** Display column (tabs every 8) where the text after the gap starts. */
  readonly column: number;
  readonly tab: boolean;
  /** A tab, or three spaces or more: wide enough to part two columns on its own. */
  readonly wide: boolean;
}

interface Shape {
  readonly text: string;
  /** Display column of the first printed character; -1 for a blank line. */
  readonly indent: number;
  /** Display column after the last printed character. */
  readonly end: number;
  readonly gaps: readonly Gap[];
  readonly leadingTab: boolean;
  readonly trailingTab: boolean;
}

interface Row {
  readonly left: string | undefined;
  readonly right: string | undefined;
  readonly line: number;
  /** Cut at a gap of a space or two, where the column is already known. */
  readonly narrow: boolean;
}

interface Run {
  readonly rows: Row[];
  /** Index (0-based) of the run's first source line. */
  readonly first: number;
  /** Index (0-based) of the run's last source line. */
  readonly last: number;
  readonly spaced: boolean;
}

type Mode = { readonly tab: true } | { readonly tab: false; readonly column: number };

/**
 * The lines with each run of two columns given back one column after the other, or undefined when
 * the text has none (the common case: the caller keeps its lines as they are).
 */
export function unfoldColumns(lines: readonly string[]): SourcedLine[] | undefined {
  let out: SourcedLine[] | undefined;
  let copied = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const text = lines[i] ?? '';
    if (text.length > MAX_LINE || !MAYBE_GAP.test(text)) continue;
    const { run, seen } = runFrom(lines, i, copied);
    if (run === undefined) {
      // The lines a refused run took are not looked at again: a page of gaps stays one pass.
      i = Math.max(i, seen - 1);
      continue;
    }
    out ??= [];
    for (let k = copied; k < run.first; k++) out.push({ text: lines[k] ?? '', line: k + 1 });
    out.push(...columnsOf(run));
    copied = run.last + 1;
    i = run.last;
  }
  if (out === undefined) return undefined;
  for (let k = copied; k < lines.length; k++) out.push({ text: lines[k] ?? '', line: k + 1 });
  return out;
}

/** The left cells, a blank line, the right cells; a page with a blank after every line keeps them. */
function columnsOf(run: Run): SourcedLine[] {
  const out: SourcedLine[] = [];
  const side = (cell: (r: Row) => string | undefined) => {
    for (const r of run.rows) {
      const text = cell(r);
      if (text === undefined) continue;
      out.push({ text, line: r.line });
      if (run.spaced) out.push({ text: '', line: r.line });
    }
  };
  side((r) => r.left);
  if (!run.spaced) out.push({ text: '', line: run.rows.at(-1)?.line ?? 1 });
  side((r) => r.right);
  return out;
}

/**
 * The run of two columns that starts at line index `i`, when there is one and it holds two
 * officials; else the index of the last line a run refused there took.
 */
function runFrom(lines: readonly string[], i: number, floor: number): { run?: Run | undefined; seen: number } {
  const shapes = new Map<number, Shape>();
  const shapeAt = (k: number): Shape => shapes.get(k) ?? shapes.set(k, shapeOf(lines[k] ?? '')).get(k) ?? shapeOf('');
  const first = shapeAt(i);
  // The second line follows at once, or after one blank line on a page spaced throughout.
  const spaced = isBlankLine(lines[i + 1]) && !isBlankLine(lines[i + 2]);
  const j = spaced ? i + 2 : i + 1;
  if ((lines[j] ?? '').length > MAX_LINE) return { seen: i };
  const second = shapeAt(j);
  let seen = i;
  for (const mode of modesOf(first, second)) {
    const found = extend(lines, i, spaced, mode, shapeAt);
    if (found === undefined) continue;
    const run = withHeadAbove(lines, found, mode, floor, shapeAt);
    if (holdsTwoOfficials(run.rows)) return { run, seen };
    seen = Math.max(seen, run.last);
  }
  return { seen };
}

/** The ways two lines in a row can be cut alike: both at one tab, or both at the same column. */
function modesOf(a: Shape, b: Shape): Mode[] {
  const modes: Mode[] = [];
  if (a.gaps.filter((g) => g.wide).length > MAX_WIDE_GAPS) return modes;
  if (innerTabs(a).length === 1 && innerTabs(b).length === 1) modes.push({ tab: true });
  for (const g of a.gaps) {
    if (!g.wide || g.tab) continue;
    if (b.gaps.some((h) => h.wide && !h.tab && Math.abs(h.column - g.column) <= SLACK)) modes.push({ tab: false, column: g.column });
  }
  return modes;
}

/** Rows from line index `i` on while each line fits the columns; the first two cut in two at a wide gap. */
function extend(lines: readonly string[], i: number, spaced: boolean, mode: Mode, shapeAt: (k: number) => Shape): Run | undefined {
  const rows: Row[] = [];
  let last = i;
  const step = spaced ? 2 : 1;
  for (let k = i; k < lines.length && rows.length < MAX_ROWS; k += step) {
    const text = lines[k] ?? '';
    if (k > i && spaced && !isBlankLine(lines[k - 1])) break;
    if (isBlankLine(text) || text.length > MAX_LINE) break;
    const next = rowOf(shapeAt(k), mode, k + 1);
    if (next === undefined || !(rows.length < 2 ? isFirmRow(next) : isFirmRow(next) || isLooseRow(next))) break;
    rows.push(next);
    last = k;
  }
  return rows.length >= 2 ? { rows, first: i, last, spaced } : undefined;
}

/**
 * The line above the run when it holds the two officials' heads parted by a space or two: a long
 * office and name ("Prosecutor General Peter Example  President Jane Doe") leaves the narrowest gap
 * on the first line, which found no run of its own.
 */
function withHeadAbove(lines: readonly string[], run: Run, mode: Mode, floor: number, shapeAt: (k: number) => Shape): Run {
  const k = run.first - (run.spaced ? 2 : 1);
  if (k < floor || mode.tab || (run.spaced && !isBlankLine(lines[k + 1])) || isBlankLine(lines[k]) || (lines[k] ?? '').length > MAX_LINE) return run;
  const head = rowOf(shapeAt(k), mode, k + 1);
  const isHeadCell = (c: string | undefined) => c !== undefined && isHead(c) && c.split(/\s+/).length <= 8 && blockFurnitureKind(c) === undefined && !/[,:.]$/.test(c);
  return head && isHeadCell(head.left) && isHeadCell(head.right) ? { ...run, rows: [head, ...run.rows], first: k } : run;
}

const isFirmRow = (row: Row): boolean => row.left !== undefined && row.right !== undefined && !row.narrow;

/**
 * A line under the first two that holds one column only, or two parted by a space or two, is taken
 * only when what it holds is an address line, a contact field, a place alone or (parted narrowly) an
 * office or name: on a page with a blank after every line, the letter's "Dear President," or its
 * first sentence may come next, with nothing to tell the columns have ended.
 */
function isLooseRow(row: Row): boolean {
  const cells = [row.left, row.right].filter((c): c is string => c !== undefined);
  return cells.every((c) => isBlockLine(c) || (row.narrow && isHead(c) && c.split(/\s+/).length <= 6 && blockFurnitureKind(c) === undefined && !/[,:]$/.test(c)));
}

/** An address line, a contact field or a place ("EXAMPLIA", "Republic of Examplia"); no sentence. */
function isBlockLine(cell: string): boolean {
  if (cell.split(/\s+/).length > 8 || blockFurnitureKind(cell) !== undefined) return false;
  return isDetail(cell) || PLACE_ALONE.test(cell);
}

/** A place on a line of its own: a few capitalised words, perhaps joined by "of"/"de", and no punctuation after. */
const PLACE_ALONE = /^\p{Lu}[\p{L}'’.-]*(?:\s(?:of|de|del|du|des|la|do|da|di|van|von)?\s?\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** The line's two cells under `mode`, or undefined when it does not fit the columns. */
function rowOf(s: Shape, mode: Mode, line: number): Row | undefined {
  if (mode.tab) {
    const tabs = innerTabs(s);
    if (tabs.length === 1) return cut(s, tabs[0] as Gap, line);
    if (tabs.length > 1) return undefined;
    if (s.leadingTab && !s.trailingTab) return row(undefined, s.text.trim(), line);
    if (s.trailingTab && !s.leadingTab) return row(s.text.trim(), undefined, line);
    return undefined;
  }
  if (Math.abs(s.indent - mode.column) <= SLACK) return row(undefined, s.text.trim(), line);
  // Once the columns are known, a long left cell may leave only a space or two before the right one.
  const gap = nearestGap(s, mode.column);
  if (gap !== undefined) return cut(s, gap, line);
  if (s.indent < mode.column - SLACK && s.end <= mode.column - SLACK) return row(s.text.trim(), undefined, line);
  return undefined;
}

/**
 * The gap where the right column starts on this line: the nearest to the column, within the slack
 * for a wide gap, a character at most for a space or two (a name's own spaces lie close by).
 */
function nearestGap(s: Shape, column: number): Gap | undefined {
  let best: Gap | undefined;
  for (const g of s.gaps) {
    const off = Math.abs(g.column - column);
    if (g.tab || off > (g.wide ? SLACK : 1)) continue;
    if (best === undefined || off < Math.abs(best.column - column)) best = g;
  }
  return best;
}

function cut(s: Shape, gap: Gap, line: number): Row {
  return row(s.text.slice(0, gap.from).trim(), s.text.slice(gap.to).trim(), line, !gap.wide);
}

// Every row has the same four fields, so that the engine keeps one shape for them all.
const row = (left: string | undefined, right: string | undefined, line: number, narrow = false): Row => ({ left, right, line, narrow });

/**
 * Each column on its own reads as an official: a head and a detail, no running text, and no label
 * standing apart from its value (a table of "Fax:" and its number is one official's, not two).
 */
function holdsTwoOfficials(rows: readonly Row[]): boolean {
  const sides = [rows.flatMap((r) => (r.left === undefined ? [] : [r.left])), rows.flatMap((r) => (r.right === undefined ? [] : [r.right]))];
  return sides.every((cells) => {
    // An official's detail holds a digit, an "@" or a label's colon: a side with none is asked nothing more.
    if (!cells.some((c) => /[\d@:]/.test(c))) return false;
    if (cells.some((c) => c.split(/\s+/).length > MAX_CELL_WORDS || (/:$/.test(c) && !isContactHeading(c)))) return false;
    return cells.some(isHead) && cells.some(isDetail);
  });
}

const isHead = (cell: string): boolean => isRoleLike(cell) || splitHonorific(cell).honorific !== undefined || isPersonName(cell);

function isDetail(cell: string): boolean {
  const contact = parseContactLine(cell);
  if (contact !== undefined && (contact.emails.length > 0 || contact.phone || contact.fax || contact.twitter || contact.salutation)) return true;
  return isAddressLike(cell);
}

function shapeOf(text: string): Shape {
  const gaps: Gap[] = [];
  let column = 0;
  let indent = -1;
  let end = 0;
  let gapFrom = -1;
  let gapTab = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB) {
      if (gapFrom < 0) {
        gapFrom = i;
        gapTab = false;
      }
      if (c === TAB) gapTab = true;
      column = c === TAB ? (Math.floor(column / TAB_WIDTH) + 1) * TAB_WIDTH : column + 1;
      continue;
    }
    if (indent < 0) indent = column;
    else if (gapFrom >= 0) gaps.push({ from: gapFrom, to: i, column, tab: gapTab, wide: gapTab || i - gapFrom >= 3 });
    gapFrom = -1;
    column++;
    end = column;
  }
  return { text, indent, end, gaps, leadingTab: indent >= 0 && /^ *\t/.test(text), trailingTab: indent >= 0 && /\t *$/.test(text) };
}

const SPACE = 32;
const TAB = 9;

const innerTabs = (s: Shape): Gap[] => s.gaps.filter((g) => g.tab);

const isBlankLine = (line: string | undefined): boolean => line === undefined || line.trim() === '';
