// Rebuilds paragraphs from lines. Pasted web text has one paragraph per line; text extracted from
// a PDF has hard line breaks inside sentences. A line ends its paragraph when a blank line follows,
// when a bullet starts, or when it ends a sentence and is visibly shorter than the block's full
// lines (a wrapped line that happens to end with a full stop runs on). A next line that starts in
// lower case always continues the paragraph.
import { isBlank, isBullet } from './text.js';

export interface Paragraph {
  text: string;
  /** 1-based source line of its first line. */
  line: number;
  bullet: boolean;
}

const ENDS_SENTENCE = /[.!?:;]["”’»)]?$/;

/** `lines` are the block's source lines; `firstLine` the 1-based number of `lines[0]`. */
export function toParagraphs(lines: readonly string[], firstLine: number): Paragraph[] {
  const wrapped = looksWrapped(lines);
  // A loop, not Math.max(...): a document of a few hundred thousand lines would overflow the stack.
  const full = lines.reduce((max, l) => Math.max(max, l.length), 0);
  const out: Paragraph[] = [];
  // Each paragraph's lines are gathered and joined once at the end: joining line by line copied
  // the growing text every time, and a paragraph of thousands of lines took minutes.
  const parts: string[][] = [];
  let current: string[] | undefined;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (isBlank(line)) {
      current = undefined;
      return;
    }
    const bullet = isBullet(line);
    if (current === undefined || bullet) {
      current = [bullet ? line.replace(/^\S+ /, '') : line];
      out.push({ text: '', line: firstLine + i, bullet });
      parts.push(current);
    } else {
      current.push(line);
    }
    // A next line in lower case always continues; a bullet item otherwise ends with its line.
    const next = (lines[i + 1] ?? '').trim();
    const runsOn = /^\p{Ll}/u.test(next);
    const endsSentence = ENDS_SENTENCE.test(line) && (!wrapped || line.length < full * 0.85);
    if (!runsOn && (endsSentence || bullet)) current = undefined;
  });
  out.forEach((p, i) => {
    p.text = joinLines(parts[i] ?? []);
  });
  return out;
}

/** True when some line breaks fall inside sentences (the next line runs on in lower case). */
function looksWrapped(lines: readonly string[]): boolean {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (!isBlank(line) && !ENDS_SENTENCE.test(line.trim()) && /^\p{Ll}/u.test(next.trim())) return true;
  }
  return false;
}

/** A word split by a hyphen at the end of a line keeps its hyphen ("long-" + "term"). */
function joinLines(lines: readonly string[]): string {
  let text = '';
  lines.forEach((line, i) => {
    text += i === 0 || /\p{L}-$/u.test(lines[i - 1] ?? '') ? line : ` ${line}`;
  });
  return text;
}

/** Markdown for paragraphs: blank lines between paragraphs, tight lists for runs of bullets. */
export function paragraphsToMarkdown(paragraphs: readonly Paragraph[]): string {
  let md = '';
  paragraphs.forEach((p, i) => {
    const prev = paragraphs[i - 1];
    if (i > 0) md += prev?.bullet && p.bullet ? '\n' : '\n\n';
    md += p.bullet ? `- ${escapeMarkdown(p.text)}` : escapeMarkdown(p.text);
  });
  return md;
}

/**
 * Keeps text literal where Markdown would read structure into it: a leading "#", ">", "-", "+",
 * "*" or "12." would become a heading, quote or list. Inline emphasis is left alone on purpose:
 * UAs rarely hold stray asterisks, and escaping every one would litter the letter with backslashes.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/^([#>+*-])/, '\\$1')
    .replace(/^(\d+)([.)])(\s)/, '$1\\$2$3');
}
