// Emphasis that only some outputs can show. A case's letter may write **strong** or *emphasis*,
// and the names of the people at risk are set in bold on paper: a PDF and Markdown show that, a
// plain-text letter, an email and a call script cannot. The marks travel inside the text as four
// private-use characters (no case text contains them: parseCase refuses nothing, but these code
// points have no meaning outside a font's private area), so that the letter template is rendered
// once; plain outputs strip them, rich ones turn them into bold runs or `**…**`. Pure.
import { escapeRegExp } from '../regexp-escape.js';


export const STRONG_OPEN = '\uE001';
export const STRONG_CLOSE = '\uE002';
export const EM_OPEN = '\uE003';
export const EM_CLOSE = '\uE004';

const ANY_MARK = /[\uE001-\uE004]/;
const ALL_MARKS = /[\uE001-\uE004]/g;

export function hasMarks(text: string): boolean {
  return ANY_MARK.test(text);
}

/** The text without emphasis marks: what a plain-text output prints. */
export function stripMarks(text: string): string {
  return ANY_MARK.test(text) ? text.replace(ALL_MARKS, '') : text;
}

export interface StyledRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** Text with marks → runs of one style each (unbalanced marks end at the end of the text). */
export function styledRuns(text: string): StyledRun[] {
  if (!ANY_MARK.test(text)) return text === '' ? [] : [{ text, bold: false, italic: false }];
  const runs: StyledRun[] = [];
  let bold = 0;
  let italic = 0;
  let start = 0;
  const flush = (end: number) => {
    if (end > start) runs.push({ text: text.slice(start, end), bold: bold > 0, italic: italic > 0 });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === undefined || ch < STRONG_OPEN || ch > EM_CLOSE) continue;
    flush(i);
    start = i + 1;
    if (ch === STRONG_OPEN) bold++;
    else if (ch === STRONG_CLOSE) bold = Math.max(0, bold - 1);
    else if (ch === EM_OPEN) italic++;
    else italic = Math.max(0, italic - 1);
  }
  flush(text.length);
  return runs;
}

/**
 * Marks every occurrence of `names` in `text` strong (whole words only, longest name first, not
 * inside text that is strong already). Used for the case's subjects: "wherever they appear".
 */
export function markNames(text: string, pattern: RegExp | undefined): string {
  if (pattern === undefined) return text;
  let depth = 0;
  let out = '';
  let at = 0;
  // Walk marks and matches in order, so a name already inside **…** is left alone. matchAll works
  // on a copy of the pattern: the shared one is never changed.
  for (const match of text.matchAll(pattern)) {
    const index = match.index;
    depth = strongDepth(text, at, index, depth);
    out += text.slice(at, index);
    out += depth > 0 ? match[0] : `${STRONG_OPEN}${match[0]}${STRONG_CLOSE}`;
    at = index + match[0].length;
  }
  return at === 0 ? text : out + text.slice(at);
}

function strongDepth(text: string, from: number, to: number, depth: number): number {
  let d = depth;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === STRONG_OPEN) d++;
    else if (ch === STRONG_CLOSE) d = Math.max(0, d - 1);
  }
  return d;
}

/** One pattern for a case's names (undefined when there are none), longest first. */
export function namesPattern(names: readonly string[]): RegExp | undefined {
  const words = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return undefined;
  const escaped = words.map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}
