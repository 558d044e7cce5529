// YAML and JSON signer lists: a list of objects with the CSV's column names as keys (or an object
// with a `signers` list). JSON is read by the YAML parser too, which gives both the same line
// numbers in messages.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLError } from 'yaml';
import type { CaseWarning } from '../case/types.js';
import { positionOf, yamlTooDeep } from '../case/yaml-depth.js';
import { CaseError } from '../errors.js';
import { matchColumn, type SignerColumn } from './signer-fields.js';
import type { RowsResult } from './signer-csv.js';

const SHAPE_HINT = 'a signer list is a list of entries such as: - name: Ana Silva';

export function readYamlRows(text: string, file: string): RowsResult {
  const lineCounter = new LineCounter();
  const source = text.replace(/^\uFEFF/, '');
  const deep = yamlTooDeep(source);
  if (deep) return { rows: [], errors: [new CaseError({ file, ...positionOf(source, deep.offset) }, deep.problem, { code: 'signers.syntax' })], warnings: [] };
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined): number => lineCounter.linePos(node?.range?.[0] ?? 0).line;
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((e) => {
      const pos = lineCounter.linePos(problemStart(e, source));
      return new CaseError({ file, line: pos.line, column: pos.col }, e.message.split('\n')[0] ?? e.message, { code: 'signers.syntax' });
    });
    return { rows: [], errors, warnings: [] };
  }
  let list: unknown = doc.contents;
  if (isMap(list) && list.has('signers')) list = list.get('signers', true);
  if (list === null || (isScalar(list) && (list.value === null || list.value === ''))) {
    return { rows: [], errors: [new CaseError({ file }, 'the file is empty; ' + SHAPE_HINT, { code: 'signers.empty' })], warnings: [] };
  }
  if (!isSeq(list)) {
    return { rows: [], errors: [new CaseError({ file, line: lineOf(list as Node) }, 'not a list of signers; ' + SHAPE_HINT, { code: 'signers.invalid' })], warnings: [] };
  }
  const result: RowsResult = { rows: [], errors: [], warnings: [] };
  const warned = new Set<string>();
  list.items.forEach((item, i) => readItem(item as Node, i, { file, lineOf, warned }, result));
  return result;
}

/**
 * Where a syntax problem starts. An unclosed quote runs to the end of the file, where the parser
 * reports it; the quote that opened it is the last one of its kind before that point.
 */
function problemStart(error: YAMLError, source: string): number {
  const quote = error.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(error.message)?.[1] : undefined;
  const opened = quote === undefined ? -1 : source.lastIndexOf(quote, error.pos[0] - 1);
  return opened === -1 ? error.pos[0] : opened;
}

interface ItemContext {
  file: string;
  lineOf: (n: Node | null | undefined) => number;
  /** Unknown keys already warned about: once per name, not once per signer (issue 16). */
  warned: Set<string>;
}

/** Most keys one entry may have: a signer has eight fields. */
const MAX_KEYS = 100;

function readItem(item: Node, index: number, { file, lineOf, warned }: ItemContext, out: RowsResult): void {
  const line = lineOf(item);
  if (!isMap(item)) {
    out.errors.push(new CaseError({ file, line, field: `[${index}]` }, 'is not an entry with name, address, …; ' + SHAPE_HINT, { code: 'signers.invalid' }));
    return;
  }
  if (item.items.length > MAX_KEYS) {
    out.errors.push(new CaseError({ file, line, field: `[${index}]` }, `has ${item.items.length} fields; a signer has at most ${MAX_KEYS}`, { code: 'signers.invalid' }));
    return;
  }
  const cells = new Map<SignerColumn, { value: unknown; line: number }>();
  const errorsBefore = out.errors.length;
  for (const pair of item.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const match = matchColumn(key);
    const field = `[${index}].${key}`;
    if ('error' in match) out.errors.push(new CaseError({ file, line: lineOf(keyNode), field }, match.error, { code: 'signers.invalid' }));
    else if ('warning' in match) {
      if (!warned.has(key)) out.warnings.push(warning(file, lineOf(keyNode), field, match.warning));
      warned.add(key);
    }
    else cells.set(match.column, { value: (pair.value as Node | null)?.toJSON() ?? null, line: lineOf((pair.value as Node | null) ?? keyNode) });
  }
  // An entry with a misspelt key is left out, like a CSV row with a bad cell (--skip-invalid).
  if (out.errors.length === errorsBefore) out.rows.push({ line, cells });
}

function warning(file: string, line: number, field: string, message: string): CaseWarning {
  return { file, line, field, message };
}
