// CSV signer lists as spreadsheets export them: a header row naming the columns, UTF-8 with or
// without BOM, CRLF or LF, quoted cells with commas and line breaks. Every bad row is reported
// with its line, not only the first.
import { parse } from 'csv-parse/sync';
import type { CaseWarning } from '../case/types.js';
import { CaseError } from '../errors.js';
import { matchColumn, type RawSignerRow, type SignerColumn } from './signer-fields.js';

export interface RowsResult {
  rows: RawSignerRow[];
  errors: CaseError[];
  warnings: CaseWarning[];
}

interface ParsedRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** The line a record starts on: csv-parse reports where it ends; count the line breaks inside. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^\n+/, '').replace(/\n$/, ''); // skipped empty lines, then the row's own end
  let breaks = 0;
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) breaks++;
  return endLine - breaks;
}

export function readCsvRows(text: string, file: string): RowsResult {
  // csv-parse counts a quoted CRLF as two lines (line numbers drift on Windows files); with LF
  // only, its counts are exact. Cells lose nothing: line breaks inside them are split on anyway.
  const input = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const errors: CaseError[] = [];
  const records = parse(input, {
    info: true,
    raw: true,
    relax_quotes: true, // `Bob "the" Builder` unquoted is read as written
    relax_column_count: true, // checked here, with a clearer message
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: (Error & { code?: string; lines?: number }) | undefined, raw: string | undefined) => {
      if (error) errors.push(csvSyntaxError(error, raw ?? '', file));
      return undefined;
    },
  }) as unknown as ParsedRecord[];
  const [header, ...body] = records;
  if (header === undefined) {
    if (errors.length === 0) errors.push(new CaseError({ file }, 'the file is empty; the first row must name the columns, e.g. name,address,city,country,email', { code: 'signers.empty' }));
    return { rows: [], errors, warnings: [] };
  }
  const columns = readHeader(header.record, startLine(header.info.lines, header.raw), file);
  errors.push(...columns.errors);
  // Without a name column the rows cannot be read: one message, not one per row.
  if (![...columns.byIndex.values()].includes('name')) return { rows: [], errors, warnings: columns.warnings };
  const rows: RawSignerRow[] = [];
  for (const { record, raw, info } of body) {
    const line = startLine(info.lines, raw);
    if (record.every((cell) => cell.trim() === '')) continue; // ",,,," rows that spreadsheets export
    if (record.length !== header.record.length) {
      errors.push(new CaseError({ file, line }, `row has ${record.length} ${record.length === 1 ? 'field' : 'fields'}, the header has ${header.record.length}`, { code: 'signers.invalid', hint: 'put quotes around cells that contain commas' }));
      continue;
    }
    rows.push({ line, cells: new Map([...columns.byIndex].map(([i, column]) => [column, { value: record[i], line }])) });
  }
  return { rows, errors, warnings: columns.warnings };
}

interface HeaderResult {
  byIndex: Map<number, SignerColumn>;
  errors: CaseError[];
  warnings: CaseWarning[];
}

function readHeader(cells: readonly string[], line: number, file: string): HeaderResult {
  const result: HeaderResult = { byIndex: new Map(), errors: [], warnings: [] };
  const seen = new Map<SignerColumn, number>();
  cells.forEach((cell, i) => {
    const field = cell.trim() || `column ${i + 1}`;
    const match = matchColumn(cell);
    if ('error' in match) result.errors.push(new CaseError({ file, line, field }, match.error, { code: 'signers.invalid' }));
    else if ('warning' in match) result.warnings.push({ file, line, field, message: match.warning });
    else if (seen.has(match.column)) {
      result.errors.push(new CaseError({ file, line, field }, `names the same column as column ${(seen.get(match.column) ?? 0) + 1}`, { code: 'signers.invalid' }));
    } else {
      seen.set(match.column, i);
      result.byIndex.set(i, match.column);
    }
  });
  if (!seen.has('name')) {
    result.errors.push(new CaseError({ file, line }, 'no "name" column; the first row must name the columns, e.g. name,address,city,country,email', { code: 'signers.invalid' }));
  }
  return result;
}

function csvSyntaxError(error: Error & { code?: string; lines?: number }, raw: string, file: string): CaseError {
  const end = error.lines;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    const line = end === undefined ? undefined : startLine(end, raw);
    return new CaseError({ file, line }, 'a quote opened in this row is never closed, so the rest of the file could not be read', { code: 'signers.syntax', hint: 'close the quote, or double a quote inside a quoted cell ("")' });
  }
  return new CaseError({ file, line: end }, error.message.replace(/ at line \d+/, ''), { code: 'signers.syntax' });
}
