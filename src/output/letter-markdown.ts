// A letter as Markdown that renders exactly like the plain text: every character that Markdown
// would read as markup is escaped, and every line break inside a block (address, signature) is a
// hard break. The break is a trailing backslash, not two spaces, because editors strip trailing
// spaces and would silently merge the address lines into one.
import type { LetterDocument } from '../channels/types.js';

const INLINE_MARKUP = /[\\`*_[\]<>#|~]/g;

/** One line of text with no Markdown meaning left in it. */
export function escapeMarkdownLine(line: string): string {
  return line
    .trim()
    .replace(INLINE_MARKUP, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&') // "&amp;" stays literal text
    .replace(/^(\d+)([.)])/, '$1\\$2') // "1. Main Street" is not a list
    .replace(/^([-+=])/, '\\$1'); // nor a bullet, nor a heading underline
}

/** Lines kept as lines: escaped and joined with hard breaks. */
function block(lines: readonly string[]): string {
  return lines.map(escapeMarkdownLine).filter((l) => l !== '').join('\\\n');
}

/** Paragraphs (separated by blank lines) with their inner line breaks kept. */
function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => block(p.split('\n')))
    .filter((p) => p !== '');
}

export function letterMarkdown(doc: LetterDocument): string {
  const parts = [block(doc.senderLines), escapeMarkdownLine(doc.date), block(doc.recipientLines), ...paragraphs(doc.body)];
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}
