// Case sections are Markdown; letters, emails, posts and call scripts are plain text. This turns a
// section into plain paragraphs: emphasis dropped, links as "text (url)", list items as "- item".
//
// markdown-it (CommonMark, raw HTML kept as literal text) is right for anything with markup, but
// costs ~12 ms to load even as its CommonJS build (~30 ms as ESM) — a fifth of a `generate`
// start-up budget. Most sample letters are plain prose, so prose without any Markdown syntax takes
// a short path that gives the same result (a test holds the two to agreement), and markdown-it is
// loaded — synchronously, once, because rendering is synchronous — only for a section that needs it.
import { createRequire } from 'node:module';
import type MarkdownIt from 'markdown-it';
import { tokensToParagraphs, type ParagraphOptions } from './markdown-tokens.js';

/** Anything that could mean Markdown: inline markup, entities, block starts, hard breaks, indents. */
const MARKUP = /[\\`*_[\]<>|~#]|&#?\w+;|^\s*(?:[-+]\s|\d+[.)](?:\s|$)|=+\s*$|-+\s*$)| {2,}$|^ {4}|\t/m;

let parser: MarkdownIt | undefined;

function markdownIt(): MarkdownIt {
  if (!parser) {
    const load = createRequire(import.meta.url)('markdown-it') as (preset: string, options: object) => MarkdownIt;
    parser = load('default', { html: false, linkify: false, typographer: false });
  }
  return parser;
}

/** True when `markdown` is plain prose that the short path renders exactly like markdown-it. */
export function isPlainProse(markdown: string): boolean {
  return !MARKUP.test(markdown);
}

/** Plain-text paragraphs of a Markdown section (a list is one paragraph, one item per line). */
export function markdownToParagraphs(markdown: string, options: ParagraphOptions = {}): string[] {
  if (isPlainProse(markdown)) return proseParagraphs(markdown);
  return viaMarkdownIt(markdown, options);
}

/** The short path: blank lines separate paragraphs, line breaks inside one become spaces. */
export function proseParagraphs(markdown: string): string[] {
  return markdown
    .split(/\n[ \t]*(?:\r?\n[ \t]*)+/)
    .map((p) => p.split('\n').map((l) => l.replace(/^[ \t\r]+|[ \t\r]+$/g, '')).join(' ').trim())
    .filter((p) => p !== '');
}

export function viaMarkdownIt(markdown: string, options: ParagraphOptions = {}): string[] {
  return tokensToParagraphs(markdownIt().parse(markdown, {}), options);
}
