/**
 * Reading a case file: text in, a validated `Case` (or every problem found) out. Pure: the
 * caller reads the file; nothing here touches the disk, the clock or the terminal.
 */
import type { CaseError } from '../errors.js';
import { checkCrossFields, checkLineFields, dropEmptyFields, reportUnknownFields } from './checks.js';
import { Diagnostics } from './diagnostics.js';
import { normaliseText, splitFrontMatter } from './front-matter.js';
import { isRecord, reportIssues } from './issues.js';
import { isLangCode } from './languages.js';
import { toCase } from './normalise.js';
import { rememberAddressPositions, type FieldPosition } from './positions.js';
import { caseSchema } from './schema.js';
import { checkSections } from './section-checks.js';
import { scanBody } from './sections.js';
import type { Case, CaseWarning } from './types.js';
import { reportYamlErrors } from './yaml-diagnostics.js';
import { reportReservedKeys } from './reserved-keys.js';
import { visit, type Alias } from 'yaml';
import { formatPath } from './field-path.js';
import { locate, pathAt, positionAt, type YamlSource } from './yaml-source.js';

export interface ParseCaseOptions {
  /** The file name as the user gave it, used in every message (`-` for stdin). */
  file: string;
}

export interface ParseCaseResult {
  /** Undefined when there is any error. */
  case: Case | undefined;
  errors: CaseError[];
  warnings: CaseWarning[];
}

/** Never throws, whatever the text: every problem is returned, in file order. */
export function parseCase(text: string, options: ParseCaseOptions): ParseCaseResult {
  const diag = new Diagnostics(options.file);
  let parsed: Case | undefined;
  try {
    parsed = parseInto(text, options.file, diag);
  } catch (error) {
    // A bug, or a YAML construct the parser cannot handle: still one line, never a crash.
    diag.error({ line: 1 }, `could not be read (${error instanceof Error ? error.message : String(error)})`, 'case.unreadable');
  }
  const errors = diag.errors();
  return { case: errors.length === 0 ? parsed : undefined, errors, warnings: diag.warnings() };
}

function parseInto(text: string, file: string, diag: Diagnostics): Case | undefined {
  const split = splitFrontMatter(normaliseText(text));
  if ('problem' in split) {
    diag.error({ line: split.line, column: split.column }, split.problem, split.code);
    return undefined;
  }
  const { yaml, body, bodyLine } = split;
  if (reportYamlErrors(yaml, diag)) return undefined;
  reportReservedKeys(yaml, diag);
  const data = toPlainData(yaml, diag);
  if (data === undefined) return undefined;

  const empty = new Set<string>();
  const raw = dropEmptyFields(data, empty) as Record<string, unknown>;
  const result = caseSchema.safeParse(raw);
  if (!result.success) reportIssues(result.error.issues, { src: yaml, data: raw, empty }, diag);
  reportUnknownFields(raw, yaml, diag);
  checkCrossFields(raw, yaml, diag);
  checkLineFields(raw, yaml, diag);

  const scanned = scanBody(body, bodyLine);
  checkSections({ body: scanned, bodyLine, languages: validLanguages(raw.languages), src: yaml }, diag);
  if (!result.success || diag.hasErrors) return undefined;
  const sections = scanned.sections.map(({ name, lang, markdown, line }) => ({ name, lang, markdown, line }));
  const parsed = toCase(result.data, raw, sections, file);
  const positions = new Map<string, FieldPosition>();
  parsed.targets.forEach((t, i) => {
    const at = locate(yaml, ['targets', i, 'address']);
    positions.set(t.id, { line: at?.line, column: at?.column, field: `targets[${i}].address` });
  });
  rememberAddressPositions(parsed, positions);
  return parsed;
}

/** `languages` when it is usable for the letter checks, even if other fields have problems. */
function validLanguages(value: unknown): string[] | undefined {
  const ok = Array.isArray(value) && value.length > 0 && value.every((l) => typeof l === 'string' && isLangCode(l));
  return ok ? (value as string[]) : undefined;
}

/** The document as plain data; the front matter must be a mapping of fields. */
function toPlainData(yaml: YamlSource, diag: Diagnostics): Record<string, unknown> | undefined {
  let data: unknown;
  try {
    // Aliases are expanded here; the limit keeps a "billion laughs" file from eating the memory.
    data = yaml.doc.toJS({ maxAliasCount: 100 });
  } catch {
    reportBadAlias(yaml, diag);
    return undefined;
  }
  if (data === null || data === undefined) {
    diag.error({ line: 1 }, 'the front matter is empty; it needs at least id, title, country, deadline, languages and targets', 'case.front-matter');
    return undefined;
  }
  if (!isRecord(data)) {
    const what = Array.isArray(data) ? 'a list' : 'a single value';
    diag.error({ ...locate(yaml, []) }, `the front matter is ${what}; it must be fields written "name: value"`, 'case.front-matter');
    return undefined;
  }
  return data;
}

/** toJS throws for an alias without an anchor, or for too many aliases: point at the first culprit. */
function reportBadAlias(yaml: YamlSource, diag: Diagnostics): void {
  let found: { node: Alias; unresolved: boolean } | undefined;
  visit(yaml.doc, {
    Alias(_, node) {
      const unresolved = node.resolve(yaml.doc) === undefined;
      if (!found || (unresolved && !found.unresolved)) found = { node, unresolved };
    },
  });
  const at = found?.node.range ? positionAt(yaml, found.node.range[0]) : { line: 1 };
  const name = found?.node.source ?? '';
  const field = found?.node.range ? formatPath(pathAt(yaml, found.node.range[0])) || undefined : undefined;
  const problem = found?.unresolved ? `the alias *${name} refers to no anchor &${name} above it` : 'the front matter expands too many aliases (*name)';
  diag.error({ ...at, field }, problem, 'case.yaml');
}
