// Right-to-left lines for the PDF (issue 14). pdfkit has no bidirectional layout: it draws a text
// word by word from left to right, each word shaped by fontkit — which joins Arabic letters and,
// for a word in a right-to-left script, lays its glyphs out right to left. What it cannot do is
// order the words and the runs of a mixed line ("أقيم في Leeds، المملكة المتحدة"). So lines are
// broken in reading order as for any language (break-lines.ts), and each line's runs are then put
// in the order they appear on the page by the Unicode bidirectional algorithm (bidi-js, loaded only
// for a letter that needs it): left to right, a right-to-left run split into its words in reverse,
// each word still in reading order for the shaper, brackets mirrored.
import type { Bidi, EmbeddingLevels } from 'bidi-js';
import type { LineRun } from './draw-lines.js';

/** Languages written right to left among those ua-letter may write a letter in. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ku', 'yi', 'dv', 'sd', 'ug']);

/** Letters of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, NKo… and their presentation forms). */
const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]|\ud83b[\udc00-\udeff]/;

export function isRtlLanguage(lang: string): boolean {
  return RTL_LANGUAGES.has(lang.split('-')[0]?.toLowerCase() ?? lang);
}

export function hasRtlText(text: string): boolean {
  return RTL_CHAR.test(text);
}

/** A line's runs in reading order → the same runs in page order, with their widths at size 1. */
export type ReorderLine = (runs: LineRun[]) => LineRun[];

/** Width of `text` in `font` at size 1 (pdfkit's measure, as text-pieces.ts uses). */
export type MeasureRun = (font: string, text: string) => number;

let loaded: Promise<Bidi> | undefined;

/** bidi-js, loaded on first need: a left-to-right letter never pays for it. */
export function loadBidi(): Promise<Bidi> {
  // Node loads bidi-js's CommonJS build, whose module.exports is the factory: TypeScript's view of
  // that default (the ESM typings) is one level off.
  loaded ??= import('bidi-js').then((m) => (m.default as unknown as () => Bidi)());
  return loaded;
}

/**
 * The reordering for lines whose paragraph direction is `base`: 'rtl' for the body of an Arabic
 * or Persian letter (every paragraph runs right to left, a Latin-only line included, as in a
 * browser's dir="rtl"), 'auto' for blocks such as the address, where a line takes the direction of
 * its first strong letter. Lines without right-to-left letters are returned as they are.
 */
export function lineReorder(bidi: Bidi, base: 'rtl' | 'auto', measure: MeasureRun): ReorderLine {
  return (runs) => {
    const text = runs.map((r) => r.text).join('');
    if (base === 'auto' && !hasRtlText(text)) return runs;
    const fonts: string[] = [];
    for (const run of runs) for (let i = 0; i < run.text.length; i++) fonts.push(run.font);
    const levels = bidi.getEmbeddingLevels(text, base === 'rtl' ? 'rtl' : undefined);
    return visualRuns(bidi, text, levels, fonts).map((r) => ({ text: r.text, font: r.font, width: measure(r.font, r.text) }));
  };
}

interface Segment {
  chars: string[];
  font: string;
  rtl: boolean;
  last: number;
}

/** Runs of one direction and one font in page order; right-to-left ones word by word (see top). */
export function visualRuns(bidi: Bidi, text: string, levels: EmbeddingLevels, fonts: readonly string[]): Array<{ text: string; font: string }> {
  if (text === '') return [];
  const order = bidi.getReorderedIndices(text, levels);
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels);
  const segments: Segment[] = [];
  for (const index of order) {
    const rtl = ((levels.levels[index] ?? 0) & 1) === 1;
    const font = fonts[index] ?? fonts[0] ?? '';
    const char = mirrored.get(index) ?? text[index] ?? '';
    const last = segments.at(-1);
    if (last && last.rtl === rtl && last.font === font && index === last.last + (rtl ? -1 : 1)) {
      last.chars.push(char);
      last.last = index;
    } else segments.push({ chars: [char], font, rtl, last: index });
  }
  return segments.flatMap((s) => {
    if (!s.rtl) return leftToRight(s.chars.join(''), s.font);
    // Collected in page order: back to reading order for each word, the words themselves right to
    // left (pdfkit would otherwise set them in reading order, left to right).
    const reading = s.chars.reverse().join('');
    return (reading.match(/\s+|\S+/g) ?? []).reverse().map((word) => ({ text: word, font: s.font }));
  });
}

/** Arabic-Indic and Persian digits: numbers, read left to right, but in the Arabic script. */
const ARABIC_SCRIPT_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/;

/**
 * A left-to-right run. fontkit sets any word in the Arabic script right to left, and Persian and
 * Arabic-Indic digits are in that script: "۲۰۲۴" would print "۴۲۰۲". Such words are handed over
 * reversed, one run each, so that fontkit's reversal puts them back in reading order.
 */
function leftToRight(text: string, font: string): Array<{ text: string; font: string }> {
  if (!ARABIC_SCRIPT_DIGIT.test(text)) return [{ text, font }];
  return (text.match(/\s+|\S+/g) ?? []).map((word) => ({ text: ARABIC_SCRIPT_DIGIT.test(word) ? [...word].reverse().join('') : word, font }));
}
