// The columns of a signer list and how one row becomes a Signer. Shared by the CSV and the
// YAML/JSON readers so that both accept the same names and report the same problems.
import { CaseError } from '../errors.js';
import { isReservedKey, RESERVED_KEY_PROBLEM } from '../case/reserved-keys.js';
import { isEmail } from '../case/formats.js';
import { LIMITS, lengthProblem, linesProblem } from '../case/limits.js';
import type { CaseWarning } from '../case/types.js';
import type { Signer } from './types.js';

export const SIGNER_COLUMNS = ['name', 'address', 'city', 'country', 'email', 'personal', 'lang', 'paper'] as const;
export type SignerColumn = (typeof SIGNER_COLUMNS)[number];

/** Other spellings people use in spreadsheet headers. */
const ALIASES: Readonly<Record<string, SignerColumn>> = {
  'full name': 'name',
  'e-mail': 'email',
  'email address': 'email',
  mail: 'email',
  language: 'lang',
  town: 'city',
  street: 'address',
  'postal address': 'address',
  'personal line': 'personal',
  'paper size': 'paper',
};

/** One value of a row, with the line it is on (for YAML; a CSV cell has its row's line). */
export interface RawCell {
  value: unknown;
  line: number;
}

export interface RawSignerRow {
  /** 1-based line where the row (CSV record, YAML list item) starts. */
  line: number;
  cells: Map<SignerColumn, RawCell>;
}

/** Parts of an address people keep in columns of their own; dropping them would lose mail. */
const ADDRESS_PARTS = new Set(['postcode', 'post code', 'postal code', 'zip', 'zip code', 'zipcode', 'state', 'province', 'region', 'county']);

export type ColumnMatch = { column: SignerColumn } | { error: string } | { warning: string };

/** A header cell or YAML key → the column it names, or why it names none. */
export function matchColumn(raw: string): ColumnMatch {
  // Before any lookup: `ALIASES["constructor"]` is Object's constructor, not undefined (issue 16).
  if (isReservedKey(raw.trim())) return { error: RESERVED_KEY_PROBLEM.replace('field', 'column') };
  const key = raw.trim().toLowerCase().replace(/[\s_]+/g, ' ');
  const known = (SIGNER_COLUMNS as readonly string[]).includes(key) ? (key as SignerColumn) : Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
  if (known) return { column: known };
  if (ADDRESS_PARTS.has(key)) return { error: 'no such column; put it in "city" (e.g. "1000-001 Lisboa") or in "address" as a line of its own' };
  const close = SIGNER_COLUMNS.find((c) => editDistance(c, key) <= 2 && key.length > 2);
  if (close) return { error: `unknown column; did you mean "${close}"?` };
  return { warning: `unknown column, ignored (the columns are ${SIGNER_COLUMNS.join(', ')})` };
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

type Check = (value: string) => string | undefined;
/** The one email rule of case files, profiles, flags and lists: `ada@example` is refused everywhere. */
const CHECKS: Partial<Record<SignerColumn, Check>> = {
  email: (v) => (isEmail(v) ? undefined : `${JSON.stringify(v)} is not an email address`),
  lang: (v) => (/^[a-z]{2}$/.test(v) ? undefined : `${JSON.stringify(v)} is not a two-letter language code such as en or es`),
  paper: (v) => (v === 'a4' || v === 'letter' ? undefined : `${JSON.stringify(v)} is not a paper size; use a4 or letter`),
};

/** How long each one-line column may be (limits.ts); an address is checked by its lines. */
export const SIGNER_LIMITS: Readonly<Record<Exclude<SignerColumn, 'address'>, number>> = {
  name: LIMITS.name,
  city: LIMITS.short,
  country: LIMITS.short,
  email: 254,
  personal: LIMITS.personal,
  lang: LIMITS.short,
  paper: LIMITS.short,
};

/** Text of a cell: strings and numbers are text; anything else (a list, a map) is a problem. */
function cellText(cell: RawCell | undefined): string | undefined | { problem: string } {
  if (cell === undefined || cell.value === null || cell.value === undefined) return undefined;
  if (typeof cell.value === 'string') return cell.value;
  if (typeof cell.value === 'number') return String(cell.value);
  return { problem: 'must be text' };
}

/** Lines of an address: a YAML list, or text with newlines or " | " between the lines. */
function addressLines(cell: RawCell | undefined): string[] | { problem: string } {
  if (cell !== undefined && Array.isArray(cell.value)) {
    if (!cell.value.every((l) => typeof l === 'string' || typeof l === 'number')) return { problem: 'must be a list of text lines' };
    return cell.value.map((l) => String(l).trim()).filter(Boolean);
  }
  // A bare number (`address: 42` in a YAML list) is a slip, not an address; a CSV cell is always text.
  if (typeof cell?.value === 'number') return { problem: `must be text, or a list of lines; got the number ${cell.value}` };
  const text = cellText(cell);
  if (typeof text === 'object') return { problem: 'must be text, or a list of lines' };
  return (text ?? '').split(/\s*\n\s*|\s+\|\s+/).map((l) => l.trim()).filter(Boolean);
}

export interface RowResult {
  signer?: Signer;
  errors: CaseError[];
}

type Fail = (column: SignerColumn, problem: string) => void;

/** A one-line text column, whitespace collapsed; undefined when empty or invalid (then reported). */
function singleLine(row: RawSignerRow, column: SignerColumn, fail: Fail): string | undefined {
  const text = cellText(row.cells.get(column));
  if (typeof text === 'object') {
    fail(column, text.problem);
    return undefined;
  }
  const clean = text?.replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  const tooLong = column === 'address' ? undefined : lengthProblem(clean.length, SIGNER_LIMITS[column]);
  if (tooLong !== undefined) {
    fail(column, tooLong);
    return undefined;
  }
  const value = column === 'lang' || column === 'paper' ? clean.toLowerCase() : clean;
  const problem = CHECKS[column]?.(value);
  if (problem === undefined) return value;
  fail(column, problem);
  return undefined;
}

/** Validate one row; all its problems are reported, each naming its column. */
export function rowToSigner(row: RawSignerRow, file: string): RowResult {
  const errors: CaseError[] = [];
  const fail: Fail = (column, problem) =>
    errors.push(new CaseError({ file, line: row.cells.get(column)?.line ?? row.line, field: column }, problem, { code: 'signers.invalid' }));
  const rawName = cellText(row.cells.get('name'));
  // A name over several lines is nearly always an unclosed quote that swallowed the next row.
  if (typeof rawName === 'string' && rawName.trim().includes('\n')) fail('name', 'spans several lines; is a quote left open?');
  const name = singleLine(row, 'name', fail);
  if (name === undefined && errors.length === 0) fail('name', 'is empty; every signer needs a name');
  const address = addressLines(row.cells.get('address'));
  if (!Array.isArray(address)) fail('address', address.problem);
  else if (linesProblem(address) !== undefined) fail('address', linesProblem(address)!);
  const signer: Signer = { name: name ?? '', address: Array.isArray(address) ? address : [] };
  // Only the columns that have a value: no `city: undefined` keys in JSON output or comparisons.
  for (const column of OPTIONAL_COLUMNS) {
    const value = singleLine(row, column, fail);
    if (value !== undefined) (signer as unknown as Record<string, string>)[column] = value;
  }
  return errors.length > 0 ? { errors } : { signer, errors };
}

const OPTIONAL_COLUMNS = ['city', 'country', 'email', 'personal', 'lang', 'paper'] as const satisfies readonly SignerColumn[];

/** "listed twice?": same name and address (case and spacing ignored). A warning: maybe on purpose. */
export function duplicateWarnings(signers: ReadonlyArray<{ signer: Signer; line: number }>, file: string): CaseWarning[] {
  const seen = new Map<string, number>();
  const warnings: CaseWarning[] = [];
  for (const { signer, line } of signers) {
    // Names arrive with their spacing collapsed and address lines trimmed: comparing lower case is enough.
    const key = `${signer.name}\n${signer.address.join('\n')}`.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, line);
    else warnings.push({ file, line, message: `${signer.name} at the same address is already on line ${first}; listed twice?` });
  }
  return warnings;
}
