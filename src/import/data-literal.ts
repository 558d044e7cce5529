// Letters kept as data — a JSON file, or a JavaScript/TypeScript module whose value is an object
// literal — read as the values they hold, each string with the source line it starts on. Never
// evaluated: a small reader of literals (strings, template literals without `${…}`, numbers,
// arrays, objects) and of the few statements a data module wraps them in (`import …`, `const x:
// T = …`, `export default …`, `module.exports = …`). Anything else — a function, a call, a
// template with an expression in it — means the file is code, not data: it is read as text.
// Bounded in size, tokens and depth, so that a huge or deeply nested file is read as text too.

export type DataValue =
  | { readonly kind: 'string'; readonly value: string; readonly line: number; /** Each line of a template literal is its own source line; an escaped "\n" is not. */ readonly multiline: boolean }
  | { readonly kind: 'array'; readonly items: readonly DataValue[]; readonly line: number }
  | { readonly kind: 'object'; readonly entries: ReadonlyArray<{ readonly key: string; readonly value: DataValue; readonly line: number }>; readonly line: number }
  | { readonly kind: 'other'; readonly line: number };

const MAX_CHARS = 2 * 1024 * 1024;
const MAX_TOKENS = 200_000;
const MAX_DEPTH = 16;

interface Token {
  kind: 'str' | 'tmpl' | 'num' | 'ident' | 'punct' | 'expr';
  value: string;
  line: number;
}

class NotData extends Error {}
const fail = (): never => {
  throw new NotData();
};

/** The values a data file holds, in order, or undefined when the text is not such a file. */
export function readDataLiterals(text: string): DataValue[] | undefined {
  if (text.length > MAX_CHARS || !OPENING.test(text)) return undefined;
  try {
    return new Parser(tokenize(text)).document();
  } catch (e) {
    if (e instanceof NotData) return undefined;
    throw e;
  }
}

/** A cheap first look: data opens with a bracket, a comment or a module's keyword. */
const OPENING = /^\ufeff?\s*(?:[{[]|\/[/*]|(?:import|export|const|let|var|module\.exports)\b|['"]use strict['"])/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    if (tokens.length > MAX_TOKENS) fail();
    const c = text[i] ?? '';
    if (c === '\n') {
      line++;
      i++;
    } else if (/\s/.test(c)) i++;
    else if (text.startsWith('//', i)) i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
    else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) fail();
      line += count(text.slice(i, end), '\n');
      i = end + 2;
    } else if (c === '"' || c === "'") {
      const end = quotedEnd(text, i, c);
      tokens.push({ kind: 'str', value: unescape(text.slice(i + 1, end)), line });
      i = end + 1;
    } else if (c === '`') {
      const end = quotedEnd(text, i, '`');
      const raw = text.slice(i + 1, end);
      // A template with an expression in it is written at run time: its text is no fact to take.
      tokens.push({ kind: /(?<!\\)\$\{/.test(raw) ? 'expr' : 'tmpl', value: unescape(raw), line });
      line += count(raw, '\n');
      i = end + 1;
    } else if (/[\p{L}_$]/u.test(c)) {
      const m = /^[\p{L}\p{N}_$]+/u.exec(text.slice(i, i + 200))?.[0] ?? c;
      tokens.push({ kind: 'ident', value: m, line });
      i += m.length;
    } else if (/[\d-]/.test(c)) {
      const m = /^-?\d[\d_.eE+xXa-fA-F]*/.exec(text.slice(i, i + 60))?.[0] ?? fail();
      tokens.push({ kind: 'num', value: m, line });
      i += m.length;
    } else if (text.startsWith('...', i)) {
      tokens.push({ kind: 'punct', value: '...', line });
      i += 3;
    } else if ('{}[](),:;=.+<>|&?!'.includes(c)) {
      tokens.push({ kind: 'punct', value: c, line });
      i++;
    } else fail();
  }
  return tokens;
}

const count = (s: string, ch: string): number => s.split(ch).length - 1;

/** Index of the closing quote; a JSON or JS string does not run over a line (a template does). */
function quotedEnd(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === quote) return i;
    else if (c === '\n' && quote !== '`') fail();
  }
  return fail();
}

const ESCAPES: Record<string, string> = { n: '\n', r: '', t: '\t', b: '', f: '', v: '', '0': '' };

function unescape(s: string): string {
  return s.replace(/\\(u\{[\da-fA-F]+\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|\r?\n|.)/g, (_, e: string) => {
    if (/^u\{/.test(e)) return String.fromCodePoint(Math.min(parseInt(e.slice(2, -1), 16), 0x10ffff));
    if (/^[ux]/.test(e) && e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^\r?\n$/.test(e)) return ''; // a line continuation
    return ESCAPES[e] ?? e;
  });
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(k = 0): Token | undefined {
    return this.tokens[this.at + k];
  }
  private next(): Token {
    return this.tokens[this.at++] ?? fail();
  }
  private is(value: string, k = 0): boolean {
    const t = this.peek(k);
    return t !== undefined && (t.kind === 'punct' || t.kind === 'ident') && t.value === value;
  }
  private expect(value: string): void {
    if (!this.is(value)) fail();
    this.at++;
  }
  private skip(value: string): void {
    if (this.is(value)) this.at++;
  }

  /** The statements of a data module, or one bare value (a JSON file, a slice "{ … },"). */
  document(): DataValue[] {
    const values: DataValue[] = [];
    while (this.peek()) {
      if (this.is('import')) this.importStatement();
      else if (this.peek()?.kind === 'str' && (this.is(';', 1) || this.peek(1) === undefined)) this.at++; // "use strict"
      else values.push(...this.statement());
      this.skip(';');
      this.skip(',');
    }
    return values.some((v) => v.kind === 'object' || v.kind === 'array') ? values : fail();
  }

  private importStatement(): void {
    // `import type { Email } from '@/types'`, `import x from "y"`: up to the module's name.
    for (let n = 0; n < 64; n++) if (this.next().kind === 'str') return;
    fail();
  }

  private statement(): DataValue[] {
    if (this.is('module') && this.is('.', 1) && this.is('exports', 2) && this.is('=', 3)) {
      this.at += 4;
      return [this.value(0)];
    }
    this.skip('export');
    this.skip('default');
    if (this.is('const') || this.is('let') || this.is('var')) {
      this.at++;
      if (this.next().kind !== 'ident') fail();
      // A type annotation (`: Email`, `: Record<string, Letter>`) up to the "=".
      if (this.is(':')) for (let n = 0; !this.is('='); n++) if (n > 64 || this.next().kind === 'expr') fail();
      this.expect('=');
    } else if (this.peek()?.kind === 'ident' && !this.is('true') && !this.is('false') && !this.is('null')) {
      this.at++; // `export default exampleland`: a name already read
      return [];
    }
    return [this.value(0)];
  }

  private value(depth: number): DataValue {
    if (depth > MAX_DEPTH) fail();
    let v = this.primary(depth);
    // 'first part ' + 'second part': one string, as it is written out.
    while (this.is('+') && v.kind === 'string') {
      this.at++;
      const more = this.primary(depth);
      if (more.kind !== 'string') fail();
      v = { kind: 'string', value: v.kind === 'string' ? v.value + (more.kind === 'string' ? more.value : '') : '', line: v.line, multiline: false };
    }
    // [ 'paragraph', 'paragraph' ].join('\n\n'): the joined text.
    if (v.kind === 'array' && this.is('.') && this.is('join', 1) && this.is('(', 2)) {
      this.at += 3;
      const sep = this.peek()?.kind === 'str' ? this.next().value : ',';
      this.expect(')');
      if (!v.items.every((x) => x.kind === 'string')) fail();
      v = { kind: 'string', value: v.items.map((x) => (x.kind === 'string' ? x.value : '')).join(sep), line: v.line, multiline: false };
    }
    // TypeScript's `as const`, `satisfies Letter`: no part of the value.
    while (this.is('as') || this.is('satisfies')) {
      this.at++;
      while (this.peek()?.kind === 'ident' || this.is('.') || this.is('<') || this.is('>') || this.is('[') || this.is(']')) this.at++;
    }
    return v;
  }

  private primary(depth: number): DataValue {
    const t = this.next();
    if (t.kind === 'str' || t.kind === 'tmpl') return { kind: 'string', value: t.value, line: t.line, multiline: t.kind === 'tmpl' };
    if (t.kind === 'num' || t.kind === 'expr') return { kind: 'other', line: t.line };
    if (t.kind === 'ident') {
      // A name or a call: a value the file computes, not one it holds.
      if (this.is('(') || this.is('.')) fail();
      return { kind: 'other', line: t.line };
    }
    if (t.value === '[') return this.array(t.line, depth);
    if (t.value === '{') return this.object(t.line, depth);
    return fail();
  }

  private array(line: number, depth: number): DataValue {
    const items: DataValue[] = [];
    while (!this.is(']')) {
      items.push(this.value(depth + 1));
      if (!this.is(']')) this.expect(',');
    }
    this.at++;
    return { kind: 'array', items, line };
  }

  private object(line: number, depth: number): DataValue {
    const entries: Array<{ key: string; value: DataValue; line: number }> = [];
    while (!this.is('}')) {
      if (this.is('...')) fail();
      const k = this.next();
      if (k.kind !== 'ident' && k.kind !== 'str' && k.kind !== 'num') fail();
      if (this.is(',') || this.is('}')) entries.push({ key: k.value, value: { kind: 'other', line: k.line }, line: k.line }); // shorthand `{ body }`
      else {
        this.expect(':');
        entries.push({ key: k.value, value: this.value(depth + 1), line: k.line });
      }
      if (!this.is('}')) this.expect(',');
    }
    this.at++;
    return { kind: 'object', entries, line };
  }
}
