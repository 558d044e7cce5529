/**
 * Checks that look at more than one field, and the tidying before zod sees the data. They run
 * on the raw front matter even when zod found problems elsewhere, so that every problem of the
 * file is reported in one run; each check therefore looks at the types it needs first.
 */
import { daysBetween, isPlainDate } from './dates.js';
import type { Diagnostics } from './diagnostics.js';
import { didYouMean } from './did-you-mean.js';
import { formatPath } from './field-path.js';
import { fieldsOf, isRecord, valueAt } from './issues.js';
import { isReservedKey } from './reserved-keys.js';
import { isScalar } from 'yaml';
import { locate, nodeAt, type Path, type YamlSource } from './yaml-source.js';

/**
 * Drops fields written without a value (`fax:`), which a template or `ua-letter new` leaves
 * behind: an empty optional field is simply absent. Their paths are kept so that an empty
 * *required* field is reported as empty rather than as missing.
 * The copies are maps without a prototype: `out["__proto__"] = …` on a plain object would set
 * its prototype, and every field the case lacks would be read from there (issue 16). Keys of
 * reserved names are left out: reserved-keys.ts reports them, and no check should see them.
 */
export function dropEmptyFields(value: unknown, empty: Set<string>, path: Path = []): unknown {
  if (Array.isArray(value)) return value.map((item, i) => dropEmptyFields(item, empty, [...path, i]));
  if (!isRecord(value)) return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, v] of Object.entries(value)) {
    if (isReservedKey(key)) continue;
    if (v === null) empty.add(formatPath([...path, key]));
    else out[key] = dropEmptyFields(v, empty, [...path, key]);
  }
  return out;
}

/** Unknown fields are kept (a later format may add some) but named, with a likely correction. */
export function reportUnknownFields(data: Record<string, unknown>, src: YamlSource, diag: Diagnostics): void {
  const mappings: Path[] = [[]];
  for (const list of ['targets', 'subjects'] as const) {
    const items = data[list];
    if (Array.isArray(items)) items.forEach((_, i) => mappings.push([list, i]));
  }
  for (const path of mappings) {
    const fields = fieldsOf(path);
    const mapping = valueAt(data, path);
    if (!fields || !isRecord(mapping)) continue;
    for (const key of Object.keys(mapping)) {
      if (fields.includes(key)) continue;
      const guess = didYouMean(key, fields);
      const problem = guess ? `unknown field; did you mean "${guess}"?` : 'unknown field; it is kept but not used';
      diag.warn({ ...locate(src, [...path, key], 'key'), field: formatPath([...path, key]) }, problem);
    }
  }
}

/**
 * YAML 1.2 numbers, as the core schema reads them. The case parser keeps every scalar as the text
 * written (a phone number keeps its leading 0), so `address: 42` arrives as the text "42"; where
 * the format expects lines of text, a bare number is a slip, not an address (issue 16).
 */
const YAML_NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** An unquoted number where address lines are expected, at its position. */
export function checkLineFields(data: Record<string, unknown>, src: YamlSource, diag: Diagnostics): void {
  const targets = data.targets;
  if (!Array.isArray(targets)) return;
  targets.forEach((_, i) => {
    const path: Path = ['targets', i, 'address'];
    const node = nodeAt(src, path);
    if (!isScalar(node) || node.type !== 'PLAIN' || typeof node.value !== 'string' || !YAML_NUMBER.test(node.value)) return;
    diag.error({ ...locate(src, path), field: formatPath(path) }, `expected a list of address lines or a block of text, got the number ${node.value}`);
  });
}

export function checkCrossFields(data: Record<string, unknown>, src: YamlSource, diag: Diagnostics): void {
  checkUnique(data, 'targets', src, diag);
  checkUnique(data, 'languages', src, diag);
  const { issued, deadline } = data;
  if (typeof issued === 'string' && typeof deadline === 'string' && isPlainDate(issued) && isPlainDate(deadline)) {
    if (daysBetween(issued, deadline) < 0) {
      diag.error({ ...locate(src, ['deadline']), field: 'deadline' }, `${deadline} is before the issue date ${issued}`);
    }
  }
}

/** Official ids must differ (they name output files); a language listed twice is a slip. */
function checkUnique(data: Record<string, unknown>, list: 'targets' | 'languages', src: YamlSource, diag: Diagnostics): void {
  const items = data[list];
  if (!Array.isArray(items)) return;
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const path: Path = list === 'targets' ? [list, i, 'id'] : [list, i];
    const value = list === 'targets' ? (isRecord(item) ? item.id : undefined) : item;
    if (typeof value !== 'string') return;
    const earlier = first.get(value);
    if (earlier === undefined) {
      first.set(value, i);
      return;
    }
    const earlierPath: Path = [list, earlier];
    const line = locate(src, earlierPath)?.line;
    const where = `${formatPath(earlierPath)}${line === undefined ? '' : ` (line ${line})`}`;
    const problem = list === 'targets' ? `"${value}" is already the id of ${where}; ids must be unique` : `"${value}" is already listed as ${where}`;
    diag.error({ ...locate(src, path), field: formatPath(path) }, problem);
  });
}
