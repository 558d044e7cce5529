// A letter as Markdown that renders exactly like the plain text: every character that Markdown
// would read as markup is escaped, and every line break inside a block (address, signature) is a
// hard break. The break is a trailing backslash, not two spaces, because editors strip trailing
// spaces and would silently merge the address lines into one. Emphasis (the case's **…** and
// *…*, the subjects' names) is the one markup written on purpose, as ** and *.
// A right-to-left letter's date and text sit in <div dir="rtl"> blocks (blank lines around, so that
// Markdown inside it is still read): viewers lay out a paragraph left to right unless told, and an
// Arabic letter would start at the left margin with its full stops at the wrong end of the lines.
// The addresses stay outside it: they are usually in Latin letters and go where the window is.
import { EM_CLOSE, EM_OPEN, STRONG_CLOSE, STRONG_OPEN } from '../channels/emphasis.js';
import { textDirection } from '../channels/text-direction.js';
import type { LetterDocument } from '../channels/types.js';

const MARKS = /[\uE001-\uE004]/g;
const MARKDOWN_OF: Readonly<Record<string, string>> = { [STRONG_OPEN]: '**', [STRONG_CLOSE]: '**', [EM_OPEN]: '*', [EM_CLOSE]: '*' };

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

/** Like block(), emphasis marks written as Markdown after the text is escaped. */
function richBlock(lines: readonly string[]): string {
  return block(lines).replace(MARKS, (m) => MARKDOWN_OF[m] ?? '');
}

/** Paragraphs (separated by blank lines) with their inner line breaks kept. */
function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => richBlock(p.split('\n')))
    .filter((p) => p !== '');
}

export function letterMarkdown(doc: LetterDocument): string {
  const rtl = textDirection(doc.lang) === 'rtl';
  const inDirection = (blocks: string[]) => (rtl ? ['<div dir="rtl">', ...blocks, '</div>'] : blocks);
  const parts = [
    block(doc.senderLines),
    ...inDirection([escapeMarkdownLine(doc.date)]),
    block(doc.recipientLines),
    ...inDirection(paragraphs(doc.richBody ?? doc.body)),
  ];
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}
