// Handlebars reports problems in three shapes (parser messages with "on line N", exceptions with
// `lineNumber`, and runtime errors with neither). This turns each into one TemplateError that
// names the template file and line, in words a template author can act on.
import { TemplateError, UaLetterError } from '../errors.js';
import { HelperError } from './helper-error.js';
import { unclosedBlock } from './unclosed-block.js';
import { escapeRegExp } from '../regexp-escape.js';

const README_HINT = 'The names templates can use are listed in templates/README.md.';

/** A TemplateError for a Handlebars or helper problem; only a non-Error value is returned unchanged. */
export function toTemplateError(error: unknown, label: string, source: string): unknown {
  if (error instanceof UaLetterError) return error;
  if (error instanceof HelperError) return new TemplateError(label, error.line, error.message);
  if (!(error instanceof Error)) return error;
  const parse = /^(?:Parse|Lexical) error on line (\d+)/.exec(error.message);
  if (parse) return syntaxError(error.message, Number(parse[1]), label, source);
  const withLine = error as Error & { lineNumber?: number; column?: number };
  const missing = /^"([^"]+)" not defined in /.exec(error.message);
  if (missing && withLine.lineNumber !== undefined) {
    const name = expressionAt(source, withLine.lineNumber, withLine.column) ?? missing[1];
    return new TemplateError(label, withLine.lineNumber, `"${name}" is not defined (a misspelt name, or a helper that does not exist?)`, README_HINT);
  }
  const partial = /^The partial (.+) could not be found/.exec(error.message);
  if (partial) {
    const name = partial[1] ?? '';
    return new TemplateError(label, lineOfPartial(source, name), `partial "${name}" not found: partials live in _partials/${name}.hbs, in the language folder or at the top of the templates folder`);
  }
  if (withLine.lineNumber !== undefined && /\s-\s\d+:\d+$/.test(error.message)) {
    return new TemplateError(label, withLine.lineNumber, error.message.replace(/\s-\s\d+:\d+$/, ''));
  }
  return cannotRender(error, label, withLine.lineNumber);
}

/**
 * Anything else thrown while a template compiles or runs comes from the template's own content
 * (a partial that includes itself, `{{helperMissing}}`, a call through a method the prototype
 * protection hid): its author can fix it, so it is reported as a template problem naming the
 * file, not as a crash with a stack trace and a request for a bug report (issue 6).
 */
function cannotRender(error: Error, label: string, line: number | undefined): TemplateError {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return new TemplateError(label, line, 'the template never ends: a partial includes itself, directly or through another partial');
  }
  return new TemplateError(label, line, `cannot be rendered: ${error.message}`);
}

function syntaxError(message: string, line: number, label: string, source: string): TemplateError {
  const lines = message.split('\n');
  const expected = lines[lines.length - 1] ?? '';
  if (/got 'EOF'/.test(expected)) {
    const open = unclosedBlock(source);
    if (open) return new TemplateError(label, open.line, `{{#${open.name}}} is never closed: add {{/${open.name}}}`);
    return new TemplateError(label, line, 'the template ends in the middle of a tag');
  }
  const excerpt = (lines[1] ?? '').trim();
  return new TemplateError(label, line, `syntax error near "${excerpt}"`, expected);
}

/** The full dotted name at the position of a strict-mode failure (Handlebars names only its last part). */
function expressionAt(source: string, line: number, column: number | undefined): string | undefined {
  if (column === undefined) return undefined;
  const text = source.split('\n')[line - 1];
  const match = text === undefined ? null : /^[^\s}~()=]+/.exec(text.slice(column));
  return match?.[0];
}

function lineOfPartial(source: string, name: string): number | undefined {
  const escaped = escapeRegExp(name);
  // The name may be quoted: `{{> "footer"}}` (then the line was missing from the message).
  const index = source.search(new RegExp(`\\{\\{~?#?>\\s*(?:${escaped}(?=[\\s}~])|(["'])${escaped}\\1)`));
  return index < 0 ? undefined : source.slice(0, index).split('\n').length;
}

/**
 * Handlebars prints an object as "[object Object]" without complaint, even in strict mode: a
 * template that says `{{target}}` instead of `{{target.name}}` would put that in a letter to a
 * government (issue 6). Called when a rendered text holds it: names the first `{{path}}` in the
 * template whose value in `context` is such an object, and its line.
 */
export function objectPrinted(label: string, source: string, context: object): TemplateError {
  const mustache = /\{\{~?\s*([A-Za-z_][\w.]*)\s*~?\}\}/g;
  for (let m = mustache.exec(source); m; m = mustache.exec(source)) {
    const path = m[1] ?? '';
    const value = path.split('.').reduce<unknown>((v, key) => (typeof v === 'object' && v !== null && Object.hasOwn(v, key) ? (v as Record<string, unknown>)[key] : undefined), context);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const field = Object.hasOwn(value, 'name') ? 'name' : Object.keys(value)[0];
      const example = field === undefined ? '' : `, e.g. {{${path}.${field}}}`;
      return new TemplateError(label, source.slice(0, m.index).split('\n').length, `{{${path}}} prints "[object Object]": it holds several fields; print one of them${example}`, README_HINT);
    }
  }
  return new TemplateError(label, undefined, 'prints "[object Object]": a variable that holds several fields is printed whole; print one of its fields', README_HINT);
}
