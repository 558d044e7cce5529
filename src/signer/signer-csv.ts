// CSV signer lists as spreadsheets export them: a header row naming the columns, UTF-8 with or
// without BOM, CRLF or LF, commas, semicolons or tabs between cells (found from the header line),
// quoted cells with separators and line breaks. Every bad row is reported with its line.
import { parse } from 'csv-parse/sync';
import type { CaseWarning } from '../case/types.js';
import { CaseError } from '../errors.js';
import { matchColumn, SIGNER_COLUMNS, type RawSignerRow, type SignerColumn } from './signer-fields.js';

export interface RowsResult {
  rows: RawSignerRow[];
  errors: CaseError[];
  warnings: CaseWarning[];
}

type CsvError = Error & { code?: string; lines?: number };

/**
 * Line numbers are counted here rather than taken from csv-parse's `info`: its counts drift on
 * CRLF files (a quoted CRLF counts as two lines), and building an info object per record doubles
 * the parse time. With LF line ends and empty lines kept as records, every line is accounted for:
 * a record spans one line plus the line breaks inside its cells.
 */
export function readCsvRows(text: string, file: string): RowsResult {
  const input = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(input);
  const syntaxErrors: CsvError[] = [];
  const records = parse(input, {
    delimiter,
    relax_quotes: true, // `Bob "the" Builder` unquoted is read as written
    relax_column_count: true, // checked below, with a clearer message
    skip_empty_lines: false, // kept (and skipped below) so that the line count stays exact
    skip_records_with_error: true, // with the options above only an unclosed quote is left, at the end
    on_skip: (error: CsvError | undefined) => {
      if (error) syntaxErrors.push(error);
      return undefined;
    },
  }) as string[][];
  const result: RowsResult = { rows: [], errors: [], warnings: [] };
  let line = 1;
  let header: { cells: string[]; columns: Array<[number, SignerColumn]> } | undefined;
  for (const record of records) {
    const start = line;
    line += 1 + lineBreaks(record);
    if (isBlank(record)) continue; // empty lines, and ",,,," rows that spreadsheets export
    if (header === undefined) header = { cells: record, columns: readHeader(record, start, file, result) };
    else readRow(record, start, header, delimiter, file, result);
  }
  // An unclosed quote swallows the rest of the file: it opened on the first line not read.
  result.errors.push(...syntaxErrors.map((e) => csvSyntaxError(e, line, file)));
  if (header === undefined && result.errors.length === 0) {
    result.errors.push(new CaseError({ file }, 'the file is empty; the first row must name the columns, e.g. name,address,city,country,email', { code: 'signers.empty' }));
  }
  return result;
}

/** The separators spreadsheets write: commas, semicolons (Excel where the comma is the decimal mark), tabs. */
export type CsvDelimiter = ',' | ';' | '\t';

const DELIMITER_NAMES: Record<CsvDelimiter, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' };

/**
 * The separator, from the header line: the one it holds most of, outside quotes. European Excel
 * saves "CSV" with semicolons, and a copy from a spreadsheet pastes with tabs; a header names the
 * columns, so it holds the separator once between each two and (unlike a row's address) no prose.
 * A header with none of them (one column) is read with commas.
 */
export function detectDelimiter(input: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let started = false;
  for (const c of input) {
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) {
      if (started) break; // blank lines before the header are skipped, as the rows are
    } else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
    if (c.trim() !== '' && c !== ',' && c !== ';') started = true;
  }
  const best = (Object.keys(counts) as CsvDelimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] > 0 ? best : ',';
}

function readRow(record: string[], line: number, header: { cells: string[]; columns: Array<[number, SignerColumn]> }, delimiter: CsvDelimiter, file: string, out: RowsResult): void {
  // Without a name column the rows cannot be read: the header error says it once.
  if (!header.columns.some(([, column]) => column === 'name')) return;
  if (record.length !== header.cells.length) {
    const fields = `${record.length} ${record.length === 1 ? 'field' : 'fields'}`;
    out.errors.push(new CaseError({ file, line }, `row has ${fields}, the header has ${header.cells.length}`, { code: 'signers.invalid', hint: `put quotes around cells that contain ${DELIMITER_NAMES[delimiter]}` }));
    return;
  }
  const cells: RawSignerRow['cells'] = new Map();
  for (const [i, column] of header.columns) cells.set(column, { value: record[i], line });
  out.rows.push({ line, cells });
}

function lineBreaks(record: readonly string[]): number {
  let breaks = 0;
  for (const cell of record) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) breaks++;
  return breaks;
}

function isBlank(record: readonly string[]): boolean {
  for (const cell of record) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}

/**
 * The header's cells → the columns they name, by index; problems go to `out`. Header problems have
 * their own code: --skip-invalid skips bad rows, but must not go on without a column.
 */
function readHeader(cells: readonly string[], line: number, file: string, out: RowsResult): Array<[number, SignerColumn]> {
  const columns: Array<[number, SignerColumn]> = [];
  // A header far wider than any signer list is not one (a data dump, a file of another kind):
  // one message rather than a warning or an error per cell (10,000 of them; issue 16).
  if (cells.length > MAX_COLUMNS) {
    out.errors.push(new CaseError({ file, line }, `the header row has ${cells.length} columns; a signer list has at most ${MAX_COLUMNS} (${SIGNER_COLUMNS.join(', ')} and your own)`, { code: 'signers.header' }));
    return columns;
  }
  const seen = new Map<SignerColumn, number>();
  const unknown: Array<{ field: string; message: string }> = [];
  cells.forEach((cell, i) => {
    const field = cell.trim() || `column ${i + 1}`;
    const match = matchColumn(cell);
    const first = 'column' in match ? seen.get(match.column) : undefined;
    if ('error' in match) out.errors.push(new CaseError({ file, line, field }, match.error, { code: 'signers.header' }));
    else if ('warning' in match) unknown.push({ field, message: match.warning });
    else if (first !== undefined) out.errors.push(new CaseError({ file, line, field }, `names the same column as column ${first + 1}`, { code: 'signers.header' }));
    else {
      seen.set(match.column, i);
      columns.push([i, match.column]);
    }
  });
  reportUnknownColumns(unknown, line, file, out);
  if (!seen.has('name')) {
    out.errors.push(new CaseError({ file, line }, 'no "name" column; the first row must name the columns, e.g. name,address,city,country,email', { code: 'signers.header' }));
  }
  return columns;
}

/** Most columns a header may have. */
const MAX_COLUMNS = 100;
/** Unknown columns named one by one; more are named in one warning. */
const SHOWN_ONE_BY_ONE = 3;

/** A few unknown columns get a warning each; more get one warning that names them all. */
function reportUnknownColumns(unknown: ReadonlyArray<{ field: string; message: string }>, line: number, file: string, out: RowsResult): void {
  if (unknown.length <= SHOWN_ONE_BY_ONE) {
    for (const { field, message } of unknown) out.warnings.push({ file, line, field, message });
    return;
  }
  const names = unknown.map((u) => JSON.stringify(u.field)).join(', ');
  out.warnings.push({ file, line, message: `${unknown.length} unknown columns ignored: ${names} (the columns are ${SIGNER_COLUMNS.join(', ')})` });
}

function csvSyntaxError(error: CsvError, nextLine: number, file: string): CaseError {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new CaseError({ file, line: nextLine }, 'a quote opened in this row is never closed, so the rest of the file could not be read', { code: 'signers.syntax', hint: 'close the quote, or double a quote inside a quoted cell ("")' });
  }
  return new CaseError({ file, line: error.lines }, error.message.replace(/ at line \d+/, ''), { code: 'signers.syntax' });
}
