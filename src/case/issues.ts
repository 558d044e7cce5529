/**
 * zod's findings about the front matter, turned into located, one-line messages. zod knows
 * *what* is wrong and at which path; the YAML document knows *where* that path is in the file.
 */
import type { Diagnostics } from './diagnostics.js';
import { didYouMean } from './did-you-mean.js';
import { formatPath } from './field-path.js';
import { quote } from './formats.js';
import { CASE_FIELDS, SUBJECT_FIELDS, TARGET_FIELDS, type caseSchema } from './schema.js';
import { locate, keyNodeAt, positionAt, type Path, type YamlSource } from './yaml-source.js';

type Issue = NonNullable<ReturnType<(typeof caseSchema)['safeParse']>['error']>['issues'][number];

export interface IssueContext {
  src: YamlSource;
  /** The front matter as plain data, empty values removed. */
  data: unknown;
  /** Paths (formatted) of fields written with an empty value: `fax:`. */
  empty: ReadonlySet<string>;
}

export function reportIssues(issues: readonly Issue[], ctx: IssueContext, diag: Diagnostics, prefix: Path = []): void {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
    const field = formatPath(path) || undefined;
    const branch = issue.code === 'invalid_union' ? matchingBranch(issue.errors) : undefined;
    if (branch) {
      reportIssues(branch, ctx, diag, path);
    } else if (issue.code === 'invalid_type') {
      reportTypeIssue(issue.expected, path, ctx, diag);
    } else if (issue.code === 'invalid_key') {
      diag.error({ ...locate(ctx.src, path, 'key'), field }, issue.issues[0]?.message ?? issue.message);
    } else {
      diag.error({ ...locate(ctx.src, path), field }, issue.message);
    }
  }
}

/**
 * For "text or a language map", "one address or a list": the branch whose shape the value has
 * (a mapping → the language map), so that the message is about the bad part inside it rather
 * than "expected text or …". Undefined when the value has neither shape.
 */
function matchingBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  const shaped = branches.filter((issues) => !issues.some((i) => i.code === 'invalid_type' && i.path.length === 0));
  return shaped.length === 1 ? shaped[0] : undefined;
}

function reportTypeIssue(expected: string, path: Path, ctx: IssueContext, diag: Diagnostics): void {
  const field = formatPath(path) || undefined;
  const input = valueAt(ctx.data, path);
  if (input !== undefined) {
    diag.error({ ...locate(ctx.src, path), field }, `expected ${label(expected)}, got ${describe(expected, input)}`);
  } else if (field !== undefined && ctx.empty.has(field)) {
    diag.error({ ...locate(ctx.src, path, 'key'), field }, 'has no value; this field is required');
  } else {
    const typo = misspelling(ctx, path);
    const hint = typo ? ` ("${typo.key}" on line ${typo.line} looks like a misspelling of it)` : '';
    diag.error({ ...locate(ctx.src, path), field }, `required field is missing${hint}`);
  }
}

function label(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'array':
      return 'a list';
    case 'boolean':
      return 'true or false';
    case 'object':
    case 'record':
      return 'fields (name: value)';
    default:
      return expected;
  }
}

function describe(expected: string, input: unknown): string {
  if (expected === 'string' && typeof input === 'boolean') return `${String(input)}; put it in quotes to mean the word`;
  if (expected === 'array' && typeof input === 'string') {
    if (/^-\S/.test(input)) return `${quote(input)}: a list item needs a space after "-"`;
    // The example repeats the value unquoted: only when that keeps the message one clean line
    // (a value with a line break split the message in two; found by fuzzing, issue 6).
    // eslint-disable-next-line no-control-regex -- control characters are what is tested
    const plain = input.length <= 60 && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(input);
    return `${quote(input)}; write a list like [${plain ? input : 'a, b'}]`;
  }
  return quote(input);
}

/** A sibling key that is probably the missing one misspelt (`targest` for `targets`). */
function misspelling(ctx: IssueContext, path: Path): { key: string; line: number } | undefined {
  const parentPath = path.slice(0, -1);
  const missing = String(path[path.length - 1]);
  const parent = valueAt(ctx.data, parentPath);
  const fields = fieldsOf(parentPath);
  if (!isRecord(parent) || !fields) return undefined;
  for (const key of Object.keys(parent)) {
    if (!fields.includes(key) && didYouMean(key, fields) === missing) {
      const node = keyNodeAt(ctx.src, [...parentPath, key]);
      if (node?.range) return { key, line: positionAt(ctx.src, node.range[0]).line };
    }
  }
  return undefined;
}

/** The known field names of the mapping at `path`, or undefined for free-form mappings. */
export function fieldsOf(path: Path): readonly string[] | undefined {
  if (path.length === 0) return CASE_FIELDS;
  if (path.length === 2 && path[0] === 'targets' && typeof path[1] === 'number') return TARGET_FIELDS;
  if (path.length === 2 && path[0] === 'subjects' && typeof path[1] === 'number') return SUBJECT_FIELDS;
  return undefined;
}

export function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isRecord(value)) value = Object.hasOwn(value, segment) ? value[segment] : undefined;
    else return undefined;
  }
  return value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
