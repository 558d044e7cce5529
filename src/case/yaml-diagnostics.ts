/**
 * YAML syntax errors in words a case writer understands, pointing where the slip is rather than
 * where the parser gave up: an unclosed quote is reported on the line where the quote opens (the
 * parser notices only at the end of the front matter), a tab where the tab is.
 */
import { Parser, type YAMLError } from 'yaml';
import type { Diagnostics } from './diagnostics.js';
import { formatPath } from './field-path.js';
import { keyNodeAt, pathAt, positionAt, type YamlSource } from './yaml-source.js';

interface Finding {
  offset: number;
  problem: string;
  /** A tab: the next line's error is usually an echo of it. */
  tab?: boolean;
  /**
   * Where the field path is read, or null for none: after an indentation slip the parser's
   * idea of which field a line belongs to is wrong, and a wrong path misleads more than none.
   */
  fieldAt?: number | null;
}

/** Reports syntax errors; returns true when the document cannot be trusted for validation. */
export function reportYamlErrors(src: YamlSource, diag: Diagnostics): boolean {
  const reported = new Set<number>();
  const tabLines = new Set<number>();
  let unclosed: Opening[] | undefined;
  for (const error of src.doc.errors) {
    unclosed ??= error.code === 'DUPLICATE_KEY' ? undefined : findUnclosed(src.source);
    const finding = explain(error, src, unclosed ?? []);
    const { line, column } = positionAt(src, finding.offset);
    const parserLine = positionAt(src, error.pos[0]).line;
    // One slip often trips several errors; the first one on a line (or right after a tab) tells it.
    if (error.code !== 'DUPLICATE_KEY' && (reported.has(line) || reported.has(parserLine) || tabLines.has(line - 1))) continue;
    reported.add(line).add(parserLine);
    if (finding.tab) tabLines.add(line);
    const fieldAt = finding.fieldAt === undefined ? finding.offset : finding.fieldAt;
    const field = fieldAt === null ? undefined : formatPath(pathAt(src, fieldAt)) || undefined;
    diag.error({ line, column, field }, finding.problem, 'case.yaml');
  }
  for (const warning of src.doc.warnings) {
    const { line, column } = positionAt(src, warning.pos[0]);
    // A tag stands before its value's node: read the path where the value starts.
    const valueStart = warning.pos[1] + (/^[ \t]*/.exec(src.source.slice(warning.pos[1]))?.[0].length ?? 0);
    const field = formatPath(pathAt(src, valueStart)) || undefined;
    const tag = /tag: (\S+)/.exec(warning.message)?.[1];
    diag.warn({ line, column, field }, tag ? `unknown YAML tag ${tag}; the value is read as it is written` : lowerFirst(warning.message));
  }
  // A duplicate key leaves an otherwise sound document: validation can go on.
  return src.doc.errors.some((e) => e.code !== 'DUPLICATE_KEY');
}

function explain(error: YAMLError, src: YamlSource, unclosed: readonly Opening[]): Finding {
  // Some errors point at the line break before the line in question.
  const offset = src.source[error.pos[0]] === '\n' ? error.pos[0] + 1 : error.pos[0];
  const tab = tabIndentAt(src.source, offset);
  if (tab !== undefined || error.code === 'TAB_AS_INDENT') {
    return { offset: tab ?? offset, problem: 'a tab is used for indentation; indent with spaces', tab: true, fieldAt: null };
  }
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    const open = lastBefore(unclosed, offset, (o) => o.kind === '"' || o.kind === "'");
    if (open) return { offset: open.offset, problem: `the quoted text that starts here is not closed: add the closing ${open.kind}` };
  }
  if (/Flow (sequence|map)/.test(error.message) || (error.code === 'MISSING_CHAR' && /[\]}]/.test(error.message))) {
    const open = lastBefore(unclosed, offset, (o) => o.kind === '[' || o.kind === '{');
    if (open?.kind === '[') return { offset: open.offset, problem: 'the list that starts here with "[" is not closed: add "]"' };
    if (open?.kind === '{') return { offset: open.offset, problem: 'the mapping that starts here with "{" is not closed: add "}"' };
  }
  return explainByCode(error, src, offset);
}

function explainByCode(error: YAMLError, src: YamlSource, offset: number): Finding {
  const line = lineAround(src.source, offset);
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return { offset, problem: duplicateProblem(src, offset) };
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/:\s/.test(src.source.slice(offset, line.end))) {
        const key = line.start + (/^[\s-]*/.exec(src.source.slice(line.start, line.end))?.[0].length ?? 0);
        return { offset, problem: 'this value contains ": "; put the whole value in quotes', fieldAt: key };
      }
      return overIndented(src.source, line) ?? { offset, problem: 'wrong indentation: a field is nested under a value', fieldAt: null };
    case 'MULTILINE_IMPLICIT_KEY':
      return missingColon(src.source, line) ?? { offset, problem: 'a key must fit on one line; check the ":" and the indentation here', fieldAt: null };
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      if (/Block scalar/.test(error.message)) {
        return { offset, problem: 'wrong indentation: every line of a block text must be indented at least as much as its first line', fieldAt: null };
      }
      if (/mapping items|without - indicator/.test(error.message)) {
        const indent = /^\s*/.exec(src.source.slice(line.start, line.end))?.[0].length ?? 0;
        return { offset: line.start + indent, problem: 'wrong indentation: line this field up with the other fields of its mapping', fieldAt: null };
      }
      break;
    case 'UNEXPECTED_TOKEN':
      if (/at node end/.test(error.message)) return textAfterQuote(src.source, offset);
      if (/block-seq-ind on same line/.test(error.message)) {
        return { offset, problem: 'a value cannot start with "- " on the line of its field; put the list items on the lines below, or quote the text' };
      }
      break;
    case 'BAD_SCALAR_START': {
      const char = src.source[offset] ?? '';
      return { offset, problem: `a value cannot start with "${char}" unless it is in quotes: write "${char}…"` };
    }
    case 'BAD_DQ_ESCAPE':
      return { offset, problem: `${/sequence (\S+)/.exec(error.message)?.[1] ?? 'this'} is not a valid escape in double quotes; use single quotes, or write \\\\ for a backslash` };
    case 'MULTIPLE_DOCS':
      return { offset, problem: 'the front matter holds more than one YAML document; remove the "..." line', fieldAt: null };
    case 'KEY_OVER_1024_CHARS':
      return { offset, problem: 'a key runs on for more than 1024 characters; is a ": " missing?', fieldAt: null };
  }
  return { offset, problem: `YAML syntax error: ${lowerFirst(error.message)}`, fieldAt: null };
}

/**
 * `'Venezuela's crisis'`: the apostrophe closed the quote early. Point at that quote, which is
 * where the fix goes, rather than at the text the parser tripped over after it.
 */
function textAfterQuote(source: string, offset: number): Finding {
  // Text glued to the quote (`'Venezuela's`) means an inner quote; after a space, a quoted word.
  const quote = offset - 1;
  if (source[quote] === "'") {
    return { offset: quote, problem: "this ' ends the quoted text early; inside single quotes write it twice ('') or use double quotes" };
  }
  if (source[quote] === '"') {
    return { offset: quote, problem: 'this " ends the quoted text early; inside double quotes write \\" or use single quotes' };
  }
  return { offset, problem: 'unexpected text after the quoted value; put the whole value inside the quotes' };
}

function duplicateProblem(src: YamlSource, offset: number): string {
  const path = pathAt(src, offset);
  const key = path[path.length - 1];
  const firstKey = keyNodeAt(src, path);
  const where = firstKey?.range && firstKey.range[0] !== offset ? ` (first on line ${positionAt(src, firstKey.range[0]).line})` : '';
  return `"${String(key)}" is set twice in the same mapping${where}; keep one`;
}

interface LineSpan {
  start: number;
  end: number;
}

function lineAround(source: string, offset: number): LineSpan {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const nl = source.indexOf('\n', offset);
  return { start, end: nl === -1 ? source.length : nl };
}

/** `id: x` followed by a line indented deeper than `id`: the deeper line is the slip. */
function overIndented(source: string, line: LineSpan): Finding | undefined {
  const indent = (s: string) => /^ */.exec(s)?.[0].length ?? 0;
  const own = indent(source.slice(line.start, line.end).replace(/^(\s*)- /, '$1  '));
  let next = line.end + 1;
  while (next < source.length) {
    const span = lineAround(source, next);
    const text = source.slice(span.start, span.end);
    if (text.trim() !== '' && !text.trim().startsWith('#')) {
      if (indent(text) <= own) return undefined;
      return { offset: span.start + indent(text), problem: 'this line is indented more than the field above it; line them up', fieldAt: null };
    }
    next = span.end + 1;
  }
  return undefined;
}

/** `id:x` (no space after the colon) or `title` (no colon at all). */
function missingColon(source: string, line: LineSpan): Finding | undefined {
  const text = source.slice(line.start, line.end);
  const glued = /^(\s*(?:-\s+)?)([^\s:#'"][^:#\s]*):(?=\S)/.exec(text);
  if (glued?.[1] !== undefined && glued[2] !== undefined) {
    const colon = line.start + glued[1].length + glued[2].length;
    return { offset: colon, problem: `a space is missing after ":"; write "${glued[2]}: …"`, fieldAt: null };
  }
  const bare = /^(\s*(?:-\s+)?)([^\s:#][^:#]*?)\s*$/.exec(text);
  if (bare?.[1] !== undefined && bare[2] !== undefined) {
    return { offset: line.start + bare[1].length, problem: `"${bare[2]}" has no ":" after it; a field is written "name: value"`, fieldAt: null };
  }
  return undefined;
}

/** The offset of a tab in the indentation of the line holding `offset`. */
function tabIndentAt(source: string, offset: number): number | undefined {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const indent = /^[ \t]*/.exec(source.slice(start, start + 200))?.[0] ?? '';
  const tab = indent.indexOf('\t');
  return tab === -1 ? undefined : start + tab;
}

interface Opening {
  offset: number;
  kind: '"' | "'" | '[' | '{';
}

/** Quotes and brackets that open and never close, from the parser's token stream. */
function findUnclosed(source: string): Opening[] {
  const found: Opening[] = [];
  const visit = (token: unknown): void => {
    if (Array.isArray(token)) return token.forEach(visit);
    if (token === null || typeof token !== 'object') return;
    const t = token as { type?: string; offset?: number; source?: string; start?: { source?: string }; end?: { source?: string }[] };
    if (t.type === 'double-quoted-scalar' && !/^"(?:[^"\\]|\\[\s\S])*"$/.test(t.source ?? '')) found.push({ offset: t.offset ?? 0, kind: '"' });
    if (t.type === 'single-quoted-scalar' && !/^'(?:[^']|'')*'$/.test(t.source ?? '')) found.push({ offset: t.offset ?? 0, kind: "'" });
    if (t.type === 'flow-collection') {
      const open = t.start?.source;
      const closed = (t.end ?? []).some((e) => e.source === ']' || e.source === '}');
      if (!closed && (open === '[' || open === '{')) found.push({ offset: t.offset ?? 0, kind: open });
    }
    for (const value of Object.values(token)) if (typeof value === 'object') visit(value);
  };
  for (const token of new Parser().parse(source)) visit(token);
  return found;
}

function lastBefore(openings: readonly Opening[], offset: number, kind: (o: Opening) => boolean): Opening | undefined {
  let best: Opening | undefined;
  for (const o of openings) if (kind(o) && o.offset <= offset && (!best || o.offset > best.offset)) best = o;
  return best;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
