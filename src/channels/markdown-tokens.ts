// markdown-it tokens → plain-text paragraphs. Only what a letter can carry: paragraphs, headings,
// lists, quotes, code, tables; inline emphasis is dropped (or, with `marks`, kept as the marks of
// emphasis.ts, for the outputs that can show it) and a link keeps its address.
import type Token from 'markdown-it/lib/token.mjs';
import { EM_CLOSE, EM_OPEN, STRONG_CLOSE, STRONG_OPEN } from './emphasis.js';

export interface ParagraphOptions {
  /** Keep **strong** and *emphasis* as emphasis marks (default: drop them). */
  marks?: boolean | undefined;
}

interface ListState {
  ordered: boolean;
  next: number;
}

export function tokensToParagraphs(tokens: readonly Token[], options: ParagraphOptions = {}): string[] {
  const out: string[] = [];
  const lists: ListState[] = [];
  let listLines: string[] = [];
  let bullet: string | undefined;
  let row: string[] | undefined;
  let tableRows: string[] = [];

  const emit = (text: string) => {
    if (lists.length === 0) {
      if (text.trim() !== '') out.push(text.trim());
      return;
    }
    const indent = '  '.repeat(lists.length - 1);
    const prefix = bullet ?? '  ';
    bullet = undefined;
    text.split('\n').forEach((line, i) => listLines.push(`${indent}${i === 0 ? prefix : '  '}${line}`));
  };

  for (const t of tokens) {
    switch (t.type) {
      case 'inline':
        if (row) row.push(inlineText(t.children ?? [], options.marks === true));
        else emit(inlineText(t.children ?? [], options.marks === true));
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: t.type === 'ordered_list_open', next: Number(t.attrGet('start') ?? 1) });
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1];
        bullet = list?.ordered ? `${list.next++}. ` : '- ';
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        if (lists.length === 0) {
          out.push(listLines.join('\n'));
          listLines = [];
        }
        break;
      case 'code_block':
      case 'fence':
        emit(t.content.replace(/\n+$/, ''));
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        tableRows.push((row ?? []).join(' | '));
        row = undefined;
        break;
      case 'table_close':
        emit(tableRows.join('\n'));
        tableRows = [];
        break;
    }
  }
  return out;
}

/** Inline tokens → text: markup dropped, soft breaks as spaces, links as "text (url)". */
const MARK_OF: Readonly<Record<string, string>> = { strong_open: STRONG_OPEN, strong_close: STRONG_CLOSE, em_open: EM_OPEN, em_close: EM_CLOSE };

function inlineText(children: readonly Token[], marks: boolean): string {
  let text = '';
  const links: Array<{ href: string; start: number }> = [];
  for (const t of children) {
    switch (t.type) {
      case 'text':
      case 'code_inline':
      case 'html_inline':
        text += t.content;
        break;
      case 'softbreak':
        text += ' ';
        break;
      case 'strong_open':
      case 'strong_close':
      case 'em_open':
      case 'em_close':
        if (marks) text += MARK_OF[t.type] ?? '';
        break;
      case 'hardbreak':
        text += '\n';
        break;
      case 'image':
        text += t.content;
        break;
      case 'link_open':
        links.push({ href: t.attrGet('href') ?? '', start: text.length });
        break;
      case 'link_close': {
        const link = links.pop();
        if (!link) break;
        const label = text.slice(link.start).trim();
        const bare = link.href.replace(/^mailto:/, '');
        if (link.href !== '' && label !== link.href && label !== bare) text += ` (${link.href})`;
        break;
      }
    }
  }
  return text.replace(/[ \t]+\n/g, '\n').trim();
}
