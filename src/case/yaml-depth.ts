/**
 * A cheap look at how deeply a YAML text nests, before the parser sees it. The `yaml` package
 * recurses per level: 100,000 nested `[` took it 4-8 s and 300 MB to end in "Maximum call stack
 * size exceeded", and a profile of them printed 800 error lines. No case, profile or signer list
 * nests more than a handful of levels, so past MAX_YAML_DEPTH the text is refused at the place
 * where it gets that deep, in one line, before any parsing.
 */
export const MAX_YAML_DEPTH = 64;
/** Indentation plus `- ` markers before a line's content; real files stay under 40. */
const MAX_LINE_INDENT = 256;

export interface DepthProblem {
  /** Offset into the text where the limit is passed. */
  offset: number;
  problem: string;
}

/** The first place where `text` nests deeper than a case file ever does, or undefined. */
export function yamlTooDeep(text: string): DepthProblem | undefined {
  let depth = 0;
  let quote: '"' | "'" | undefined;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (lineStart) {
      // Leading spaces and block markers ("- ", "? ") are the block structure's nesting.
      if (c === ' ' || ((c === '-' || c === '?') && (text[i + 1] === ' ' || text[i + 1] === '\n'))) {
        if (++indent > MAX_LINE_INDENT) return { offset: i, problem: `is nested too deeply (more than ${MAX_LINE_INDENT} columns of indentation and list markers)` };
        continue;
      }
      lineStart = false;
    }
    if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\n')) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end - 1;
    } else if (c === '"' || c === "'") {
      // A quote opens a quoted scalar only at the start of a value; inside a plain word (it's) it is text.
      const before = text[i - 1];
      if (before === undefined || ' \t\n[{,:-'.includes(before)) quote = c;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_YAML_DEPTH) return { offset: i, problem: `is nested too deeply (more than ${MAX_YAML_DEPTH} levels of [ ] and { })` };
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

/** 1-based line and column of `offset` in `text`. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return { line, column: offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1 };
}
