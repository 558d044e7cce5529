// "Vážený pane velvyslanče, …" then "Dear Ambassador, …"; a Chinese petition then its English
// version: a page may give the letter again, translated, after the first one's closing. Each is a
// letter to send in its own language: the draft keeps it as a "Letter (xx)" section and the
// languages list it, in page order.
import type { LangCode } from '../case/types.js';
import { cjkLetterAfter } from './cjk-letter.js';
import { mayHoldCjk } from './cjk-words.js';
import { detectLanguage, isNearTie } from './detect-language.js';
import { letterLanguage } from './greeting-words.js';
import { nextLetter } from './landmarks.js';
import { toParagraphs, type Paragraph } from './paragraphs.js';
import { greetingLanguage } from './salutation.js';
import { lineAt } from './text.js';
import type { ImportText } from './types.js';

export interface Translation {
  paragraphs: Paragraph[];
  /** By the detector, or for a language it cannot name by the greeting; undefined when neither tells. */
  lang: LangCode | undefined;
}

const MAX_LATER = 3;
/** How far under a closing the next greeting may stand (a translation follows its original). */
const LATER_GAP = 30;
/** A letter with no closing is taken this far, no further. */
const LETTER_LINES = 80;

/** The letters after the first one's closing (document line `closing`), in page order. */
export function translations(doc: ImportText, closing: number | undefined): Translation[] {
  const out: Translation[] = [];
  let after = closing;
  for (let i = 0; i < MAX_LATER && after !== undefined; i++) {
    const next = nextLetter(doc, after, after + LATER_GAP);
    const cut = next === undefined ? cutLetterLanguage(doc, after, after + LATER_GAP) : undefined;
    if (cut !== undefined) {
      out.push({ paragraphs: [], lang: cut });
      break;
    }
    if (next === undefined) {
      // The same letter in Japanese, greeted by its addressee's line ("国家主席閣下"), no "Dear …".
      const cjk = mayHoldCjk(doc.lines.slice(after, after + LATER_GAP)) ? cjkLetterAfter(doc, after, after + LATER_GAP) : undefined;
      if (cjk) out.push({ paragraphs: cjk.paragraphs, lang: detectLanguage(cjk.paragraphs.map((p) => p.text).join(' ')) });
      break;
    }
    const end = Math.min(next.closing ?? next.salutation + LETTER_LINES, next.salutation + LETTER_LINES);
    const lines = doc.lines.slice(next.salutation, end - 1);
    const text = lines.join(' ');
    const lang = letterLanguage(detectLanguage(text), greetingLanguage(lineAt(doc, next.salutation)), () => isNearTie(text));
    const paragraphs = toParagraphs(lines, next.salutation + 1);
    if (paragraphs.length > 0) out.push({ paragraphs, lang });
    after = next.closing;
  }
  return out;
}

/** A fragment of a letter's first sentence, where the page was cut: a few words, no sentence's end. */
const FRAGMENT = /^[^.!?。]{0,40}$/u;

/**
 * "Dear Governor Example," / "I a": a page cut short right under a later letter's greeting. The
 * greeting's courtesy words tell the letter's language; no text of it is kept. Only at the page's
 * end: a greeting with more under it is a letter that nextLetter reads.
 */
function cutLetterLanguage(doc: ImportText, after: number, until: number): LangCode | undefined {
  for (let n = after + 1; n <= Math.min(until, doc.lines.length); n++) {
    const line = lineAt(doc, n).trim();
    if (line === '') continue;
    const lang = line.length <= 120 && /[,:!]$/.test(line) ? greetingLanguage(line) : undefined;
    if (lang === undefined) continue;
    const rest = doc.lines.slice(n).map((l) => l.trim()).filter((l) => l !== '');
    return rest.length <= 1 && rest.every((l) => FRAGMENT.test(l)) ? lang : undefined;
  }
  return undefined;
}
