// A call-in page prints no letter: only the script the reader says on the phone, under its heading
// ("Sample Script:" / "\"Hello, I am calling because …\"", or "Suggested script: \"Hello, …\"").
// On such a page the script is what the reader sends, so it stands for the sample letter (the draft
// still asks for it to be checked). A page that also gives a postal address or an email to write to
// has a letter to send, and its call script is never taken for it (script-intro.ts).
import { isClosing } from './closing.js';
import { isProse } from './line-kinds.js';
import { fold, isBlank, lineAt, nextNonBlank } from './text.js';
import type { ImportText } from './types.js';
import type { HeadedLetter } from './headed-letter.js';

/** "Sample Script:", "Call script", "Suggested phone script:", "What to say:", "Script:", folded. */
const SCRIPT_HEADING = /^(?:(?:sample|suggested|example|phone|call|calling)\s+)*(?:script|what to say)\s*:?$/u;
/**
 * "Tell Governor Example:", "Tell him:", "Ask the Warden:": the words to say, announced by whom to
 * say them to. Up to four words after the verb, the line ending in its colon.
 */
const TELL_HEADING = /^(?:tell|ask|urge)\s+(?:him|her|them|(?:the\s+)?(?:\p{L}[\p{L}.'’-]*\s+){0,3}\p{L}[\p{L}.'’-]*)\s*:$/u;
/** How far down the page the script's heading is looked for. */
const LINES = 400;
/** An email address or a street or post box (the script's heading is English): a page with one has someone to write to. */
const EMAIL = /[\p{L}\d._%+-]@[\p{L}\d-]+\.\p{L}/u;
const POSTAL = /\b\d+\s+(?:\p{Lu}[\p{L}.]*\s+){1,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|place|pl|plaza|square|circle|court|ct|parkway|pkwy|highway|hwy)\b|\bp\.?\s?o\.?\s+box\b/iu;

/** The script under its heading, on a page with nobody to write to; undefined otherwise. */
export function scriptAsLetter(doc: ImportText): HeadedLetter | undefined {
  const last = Math.min(doc.lines.length, LINES);
  for (let n = 1; n <= last; n++) {
    const line = lineAt(doc, n).trim();
    // Cheap test first: every heading holds "script" or "say" near the line's start.
    if (!/script|say|^(?:tell|ask|urge)\s/iu.test(line.slice(0, 40))) continue;
    const colon = line.indexOf(':');
    const head = fold(colon > 0 ? line.slice(0, colon + 1) : line);
    const told = TELL_HEADING.test(head) && head === fold(line);
    if (head.length > 40 || !(told || SCRIPT_HEADING.test(head))) continue;
    const inline = colon > 0 ? line.slice(colon + 1).trim() : '';
    const start = inline === '' ? nextNonBlank(doc, n + 1, n + 3) : n;
    const first = inline === '' && start !== undefined ? lineAt(doc, start) : inline;
    if (start === undefined || !isProse(first)) continue;
    if (!nobodyToWriteTo(doc)) return undefined;
    return body(doc, first, start, told);
  }
  return undefined;
}

const closesQuote = (line: string): boolean => /["”]\s*$/u.test(line);

function nobodyToWriteTo(doc: ImportText): boolean {
  return !doc.lines.some((l) => l.length < 2000 && (EMAIL.test(l) || POSTAL.test(l)));
}

/**
 * The script's paragraphs to the first line that is no running text, its quotation marks taken off.
 * Under "Tell Governor Example:" the words to say are one paragraph: the page's own remarks follow.
 */
function body(doc: ImportText, firstText: string, first: number, oneParagraph: boolean): HeadedLetter {
  const lines = [firstText];
  // A script in quotation marks ends where they close.
  const quoted = /^\s*["“]/u.test(firstText);
  for (let n = first + 1; n <= doc.lines.length && !(quoted && closesQuote(lines.at(-1) ?? '')); n++) {
    const line = lineAt(doc, n);
    if (isBlank(line)) {
      if (oneParagraph) break;
      lines.push(line);
      continue;
    }
    if (isClosing(fold(line)) || !isProse(line)) break;
    lines.push(line);
  }
  while (lines.length > 0 && isBlank(lines.at(-1))) lines.pop();
  const text = lines.map((l) => l.trim());
  // "\"Hello, I am calling …\"": the quotation marks round the whole script are no part of it.
  if (/^["“]/u.test(text[0] ?? '') && /["”]$/u.test(text.at(-1) ?? '')) {
    text[0] = (text[0] ?? '').replace(/^["“]\s*/u, '');
    text[text.length - 1] = (text.at(-1) ?? '').replace(/\s*["”]$/u, '');
  }
  return { lines: text, first, closed: false };
}
