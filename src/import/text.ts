// Normalisation shared by every recogniser. UAs arrive as text pasted from web pages or extracted
// from PDFs: non-breaking spaces, stray trailing blanks, Word's private-use bullet glyph, page
// footers. Each source line stays at its index so that the report can cite line numbers.
import type { ImportText } from './types.js';
import { isBlank, lineAt } from './doc-lines.js';
import { isPostageNote } from './block-furniture.js';
import { isBreadcrumb } from './breadcrumb.js';
import { FORUM_COUNT, isBylineAboveCounter, siteFurnitureKind, withoutDocumentSiteTail } from './site-furniture.js';
import { withoutOpeningQuote } from './quoted-greeting.js';
import { unfoldColumns } from './columns.js';
import { splitReplacementBreaks, withoutPictureNames } from './replacement-breaks.js';
import { repairMojibake } from './mojibake.js';
import { withoutTableBars } from './table-bars.js';
import { isScrambledLogo, letterColumnLines } from './logo-text.js';
import { withoutMarkup } from './markup.js';
import { unlabelRecords } from './labelled-record.js';
import { readInterleavedColumns } from './interleaved-columns.js';
import { splitHeader, unflattenLine } from './unflatten.js';
import { joinWrappedSalutations } from './wrapped-bracket.js';
import { joinWrappedGreetings } from './wrapped-greeting.js';
import { splitIndonesianAddressees } from './indonesian-addressee.js';
import { isDateline, splitTownDateline } from './written-date.js';

const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/**
 * What a site writes for screen readers after a link ("general@embassy.orgopens in a new tab",
 * "(link is external)"): copied with the page, glued to the address or the link's words. Only in
 * brackets, glued to the link, or ending the line: a sentence about a window keeps its words.
 */
const NOTE = String.raw`(?:opens in (?:a )?new (?:tab|window)|link is external|external link)`;
const LINK_NOTE = new RegExp(String.raw`\s*\(${NOTE}\)|(?<=[\p{L}\p{N}])${NOTE}|\s+${NOTE}\s*$`, 'giu');
/** `·` (the seed's bullets), `•`, Word's Symbol-font bullet U+F0B7 from PDFs, and friends. */
const BULLET_START = /^[·•◦▪●‣⁃\uf0b7\uf0a7]\s*/;
/** "Page 2 of 3", "2/3", "- 2 -": furniture a PDF repeats on every page. */
const PAGE_FOOTER = /^(?:(?:page|página|pagina)\s+\d+(?:\s*(?:of|de|sur|\/)\s*\d+)?|\d+\s*\/\s*\d+|-\s*\d+\s*-)$/i;

const QUOTE_FIRST = /^["“„«‘']/u;

const STRAY_MARK = /^[.,;:\-–—_*…]{1,3}$/;

export function toImportText(raw: string, source: string): ImportText {
  const text = raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  const lines: string[] = [];
  const origin: number[] = [];
  let blanks = 0;
  const unplaced: Array<{ text: string; line: number }> = [];
  const dropped: Array<{ text: string; line: number; why: string }> = [];
  const read = (raw: string, source: number) => {
    // A run of blank lines reads as two: no recogniser counts further, and a paste of millions of
    // empty lines is not walked by each of them (the report's line numbers stay the source's).
    if (raw.trim() === '' && ++blanks > 2) return;
    if (raw.trim() !== '') blanks = 0;
    // A logo's letters turned into text: read as if never there, and reported.
    if (logo.has(source) || (raw.length <= 40 && isScrambledLogo(raw))) {
      dropped.push({ text: raw.trim(), line: source, why: "a logo's letters turned into text: no name, no part of any block" });
      return;
    }
    const cell = datelineCell(raw);
    const printed = normaliseLine(cell?.kept ?? raw);
    // "His Excellency Jan Example (DOC) Powered By Docstoc": a document site's marks after a line
    // of the document are cut off it, and reported; the document's words are read.
    const siteTail = withoutDocumentSiteTail(printed);
    if (siteTail) dropped.push({ text: siteTail.tail, line: source, why: "a document-sharing site's mark after a line of the document: no part of any official" });
    const whole = siteTail?.kept ?? printed;
    // "." or "--" alone, typed between an official's name and address: read as if never there,
    // not as a blank that would part the block.
    if (STRAY_MARK.test(whole)) return;
    // A site's breadcrumb trail copied with the page: read as if never there, and reported.
    if (isBreadcrumb(whole)) {
      dropped.push({ text: whole, line: source, why: "a web site's breadcrumb trail (the site's navigation): no part of any official" });
      return;
    }
    // A blog's print, share and archive lines ("Print Friendly, PDF & Email"): likewise.
    const furniture = siteFurnitureKind(whole);
    if (furniture !== undefined) {
      // The author's name right above the forum's counters (a blank line between them on a page
      // that spaces its lines) is his byline: left out with them.
      const above = furniture === FORUM_COUNT ? lines.findLastIndex((l) => l.trim() !== '') : -1;
      if (above >= 0 && (origin[above] ?? 0) >= source - 2 && isBylineAboveCounter(lines[above] ?? '')) {
        dropped.push({ text: lines[above] ?? '', line: origin[above] ?? source - 1, why: "the forum post's author, whose counters follow: the writer of the post, never an official" });
        lines.splice(above, 1);
        origin.splice(above, 1);
      }
      dropped.push({ text: whole, line: source, why: furniture });
      return;
    }
    // The letter's dateline on the address's town line is no address line: the town line is kept.
    const town = cell ? undefined : splitTownDateline(whole);
    const dateline = cell ? normaliseLine(cell.dateline) : town?.dateline;
    if (dateline !== undefined) dropped.push({ text: dateline, line: source, why: "a letter's dateline printed on the address's town line: no part of the address" });
    const clean = town?.town ?? whole;
    // Two officials' columns run onto one line, a piece of each in turn: each official's own lines.
    const columns = readInterleavedColumns(clean, splitHeader);
    if (columns) unplaced.push(...columns.unplaced.map((text) => ({ text, line: source })));
    for (const line of columns ? columns.lines.flatMap((l) => (l === '' ? [l] : unflattenLine(l))) : unflattenLine(clean)) {
      lines.push(line);
      origin.push(source);
    }
  };
  // Two officials side by side are read one after the other, before the gap between them is
  // squeezed to one space like any other.
  const rawLines = text.split('\n');
  const logo = letterColumnLines(rawLines);
  const unfolded = unfoldColumns(rawLines);
  if (unfolded) for (const { text: raw, line } of unfolded) read(raw, line);
  else rawLines.forEach((raw, i) => (raw.includes('\ufffd') ? splitReplacementBreaks(raw).forEach((piece) => read(piece, i + 1)) : read(raw, i + 1)));
  // "(Anrede: Dear … /" wrapped onto a second line is read as the one line it was.
  const bracketed = joinWrappedSalutations(lines, origin) ?? { lines, origin };
  // "Excel·lentíssim" / "Senyor,": a greeting wrapped after its courtesy words is read as one line.
  const wrapped = joinWrappedGreetings(bracketed.lines, bracketed.origin) ?? bracketed;
  // An Indonesian addressee run onto the line under "Kepada Yth." is read as the block it is.
  const joined = splitIndonesianAddressees(wrapped.lines, wrapped.origin) ?? wrapped;
  // Officials given as "Name: … / Title: … / Address: …" records are read as the blocks they are.
  const records = unlabelRecords(joined.lines, joined.origin);
  const left = { ...(unplaced.length > 0 ? { unplaced } : {}), ...(dropped.length > 0 ? { dropped } : {}) };
  if (records) return { source, lines: records.lines, origin: records.origin, ...left };
  const same = joined.lines.length === joined.origin.length && joined.origin.every((o, i) => o === i + 1);
  return same ? { source, lines: joined.lines, ...left } : { source, lines: joined.lines, origin: joined.origin, ...left };
}

export function normaliseLine(line: string): string {
  // Before the invisible characters go: a double-encoded "í" ends in the soft hyphen.
  const clean = withoutTableBars(withoutPictureNames(withoutMarkup(dropLinkNote(repairMojibake(withoutStampCell(line)).replace(INVISIBLE, '')))).replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim());
  if (PAGE_FOOTER.test(clean)) return '';
  // A letter printed in quotation marks opens with its greeting after the mark.
  if (QUOTE_FIRST.test(clean)) return withoutOpeningQuote(clean);
  return BULLET_START.test(clean) ? clean.replace(BULLET_START, '• ') : clean;
}

/**
 * "President of Exampleland, Jane Doe            postzegel internationaal": a letter template marks
 * where the stamp goes, set far to the right of the address's first line. Only a postage note after
 * a wide gap is dropped: the line is the official's.
 */
function withoutStampCell(line: string): string {
  const m = line.length <= 400 && /\S(?:\t| {3})/.test(line) ? STAMP_CELL.exec(line) : null;
  return m && isPostageNote(m[2] ?? '') ? m[1] ?? line : line;
}
const STAMP_CELL = /^(.*?\S)(?:\t| {3,})[\t ]*(\S[^\t]{0,60}?)\s*$/;

/**
 * "10557 Berlin                 Berlin, den 03.07.2017", "London SW1A 2AA        12 March 2019": a
 * letter typed with its dateline pushed to the right margin of the address's town line. Only a
 * dateline after a wide gap beside a postcode is taken off: a label's value set apart from it
 * ("Deadline:      12 March 2019", "UA 123/19      12 March 2019") stays on its line.
 */
function datelineCell(line: string): { kept: string; dateline: string } | undefined {
  if (line.length > 400 || !/\d{4}\.?\s*$/.test(line) || !/\S(?:\t| {3}|\u00a0)/.test(line)) return undefined;
  const m = DATELINE_CELL.exec(line);
  const [kept, dateline] = [m?.[1] ?? '', m?.[2] ?? ''];
  return POSTCODE.test(kept) && !kept.includes(':') && isDateline(dateline) ? { kept, dateline } : undefined;
}
const GAP = String.raw`[\t \u00a0\u2000-\u200a\u202f\u3000]`;
const DATELINE_CELL = new RegExp(String.raw`^(.*\S)${GAP}*(?:\t|${GAP}{3})${GAP}*(\S.*?)\s*$`);
/** "10557", "D-10179", "SW1A 2AA", "114 56": a postcode on the town line. */
const POSTCODE = /(?:^|\s)(?:[A-Z]{1,2}-)?\d{4,5}(?=[\s,]|$)|(?:^|\s)[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?=[\s,]|$)|(?:^|\s)\d{3} \d{2}(?=\s)/;

// A literal test first: the note's pattern, tried at every position, would cost each line.
const dropLinkNote = (line: string): string => (/new (?:tab|window)|external/i.test(line) ? line.replace(LINK_NOTE, '') : line);

export { fold } from './fold.js';

export { isBlank, lineAt } from './doc-lines.js';

/** "———————", "-----", "_____", "* * *": a rule that parts a page (a letter from what is above it), no text. */
const RULE_LINE = /^\s*(?:[-–—_=*~•·](?:\s?[-–—_=*~•·]){2,})\s*$/u;
export const isRuleLine = (line: string): boolean => RULE_LINE.test(line);

export const isBullet = (line: string): boolean => /^(?:•|[-*–]) /.test(line);


/** 1-based number of the first non-blank line at or after `from`, or undefined. */
export function nextNonBlank(doc: ImportText, from: number, until = doc.lines.length): number | undefined {
  for (let n = from; n <= until; n++) if (!isBlank(lineAt(doc, n))) return n;
  return undefined;
}

/** 1-based number of the last non-blank line before line `n`, or undefined. */
export function previousNonBlank(doc: ImportText, n: number): number | undefined {
  for (let above = n - 1; above >= 1; above--) if (!isBlank(lineAt(doc, above))) return above;
  return undefined;
}

/** True when a line is written in capitals (at least two letters, none lower case). */
export function isAllCaps(s: string): boolean {
  // A lower-case ASCII letter answers at once (running text nearly always has one).
  if (/[a-z]/.test(s)) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
