// A page with neither a preferred-language line nor any letter text (an action alert that only
// lists the officials, a blog passing an appeal on in a paragraph) still tells what language its
// readers write in: the one its own sentences are in. Only sentences count — menus, addresses,
// names and links are short or have no sentence end. (franc's near-tie test, isNearTie, does not
// fit here: plain English prose full of names leaves French within a few per cent.)
import type { LangCode } from '../case/types.js';
import { detectLanguage } from './detect-language.js';

/** A sentence of prose: several words and an end stop; no address or link inside. */
const PROSE = /^(?=(?:\S+\s+){7})[^@]*[.!?:;»"”)]$/u;
const LINK = /https?:\/\/|www\./;
/**
 * A paragraph the copy cut off mid-sentence ("… and his mother, who lives in Iran. Amnesty"): a
 * long line with sentences ended inside it is prose though its own end is lost.
 */
const isCutParagraph = (line: string): boolean => line.length >= 300 && !line.includes('@') && (line.match(SENTENCE_END_INSIDE)?.length ?? 0) >= 3;
const SENTENCE_END_INSIDE = /\p{Ll}[.!?]\s+\p{Lu}/gu;
/** Enough prose for trigram statistics to be more than a guess. */
const MIN_LETTERS = 150;
const SAMPLE = 3000;

/** The language of the page's own sentences and the (1-based) line of the first, or undefined when they are too few or franc cannot decide. */
export function pageLanguage(lines: readonly string[]): { lang: LangCode; line: number } | undefined {
  let text = '';
  let first = 0;
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line.length < 40 || LINK.test(line) || !(PROSE.test(line) || isCutParagraph(line))) continue;
    text += `${line}\n`;
    first ||= i + 1;
    if (text.length >= SAMPLE) break;
  }
  if (text.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) return undefined;
  const lang = detectLanguage(text);
  return lang === undefined ? undefined : { lang, line: first };
}
