// The few helpers templates get. Each checks its arguments: in strict mode Handlebars does not
// check helper arguments, so a misspelt `{{join target.emials}}` would otherwise print nothing.
import type { HelperDelegate, HelperOptions } from 'handlebars';
import { HelperError } from './helper-error.js';
import { formatDate, joinList } from './intl-format.js';
import { orHelper, varyHelper } from './vary.js';

const optionsOf = (args: unknown[]) => args[args.length - 1] as HelperOptions & { loc?: { start: { line: number } } };
const lineOf = (args: unknown[]) => optionsOf(args).loc?.start.line;

/** The document's language: an explicit argument, else the context's `lang` (set by the channels). */
function langOf(args: unknown[], explicit: unknown): string {
  if (typeof explicit === 'string' && explicit !== '') return explicit;
  const root = (optionsOf(args).data as { root?: { lang?: unknown } } | undefined)?.root;
  return typeof root?.lang === 'string' ? root.lang : 'en';
}

function expect(ok: boolean, args: unknown[], message: string): void {
  if (!ok) throw new HelperError(message, lineOf(args));
}

const describe = (v: unknown) => (v === undefined ? 'nothing (a misspelt name?)' : JSON.stringify(v));

/** `{{formatDate case.deadline}}` → "27 September 2024" in the document's language. */
function formatDateHelper(...args: unknown[]): string {
  const [date, lang] = args.length > 2 ? args : [args[0], undefined];
  expect(typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date), args, `formatDate needs a date YYYY-MM-DD, got ${describe(date)}`);
  return formatDate(date as string, langOf(args, lang));
}

/** `{{join case.hashtags}}` → "A, B and C"; `{{join list type="or"}}` → "A, B or C". */
function joinHelper(...args: unknown[]): string {
  const list = args[0];
  expect(Array.isArray(list), args, `join needs a list, got ${describe(list)}`);
  const type = optionsOf(args).hash?.type === 'or' ? 'disjunction' : 'conjunction';
  const items = (list as unknown[]).filter((x) => x !== null && x !== undefined && x !== '').map(String);
  return joinList(items, langOf(args, args.length > 2 ? args[1] : undefined), type);
}

/** `{{upper target.name}}`, with the language's own rules (Turkish i → İ). */
function upperHelper(...args: unknown[]): string {
  const text = args[0];
  expect(typeof text === 'string' || text === null, args, `upper needs text, got ${describe(text)}`);
  return String(text ?? '').toLocaleUpperCase(langOf(args, args.length > 2 ? args[1] : undefined));
}

/** `{{lines signer.address}}`: one item per line, empty items left out (an address block). */
function linesHelper(...args: unknown[]): string {
  const list = args[0];
  expect(Array.isArray(list) || list === null, args, `lines needs a list, got ${describe(list)}`);
  return ((list ?? []) as unknown[]).filter((x) => x !== null && x !== undefined && x !== '').join('\n');
}

/** `{{#if (eq lang "fr")}}`: strict equality of two values. */
function eqHelper(...args: unknown[]): boolean {
  expect(args.length === 3, args, 'eq compares two values: (eq a b)');
  return args[0] === args[1];
}

/**
 * Replaces Handlebars' built-in `{{log}}`, which writes with console.log onto stdout, in the
 * middle of --stdout or --json output. A template renders a document; it never talks to the
 * terminal (issue 6).
 */
function logHelper(...args: unknown[]): never {
  throw new HelperError('{{log}} is not available: a template cannot print to the terminal; remove it', lineOf(args));
}

export const HELPERS: Readonly<Record<string, HelperDelegate>> = {
  formatDate: formatDateHelper,
  join: joinHelper,
  upper: upperHelper,
  lines: linesHelper,
  eq: eqHelper,
  vary: varyHelper as HelperDelegate,
  or: orHelper as HelperDelegate,
  log: logHelper,
};
