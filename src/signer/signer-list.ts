// A list of signers for batch runs (every signer × every official). Pure: the caller reads the
// file and picks the format from its extension. All problems are collected, each with its line.
import type { CaseWarning } from '../case/types.js';
import { CaseError } from '../errors.js';
import { readCsvRows } from './signer-csv.js';
import { duplicateWarnings, rowToSigner } from './signer-fields.js';
import { readYamlRows } from './signer-yaml.js';
import type { Signer } from './types.js';

export type SignerListFormat = 'csv' | 'yaml' | 'json';

export interface SignerListOptions {
  /** The file name as the user gave it; every message starts with it. */
  file: string;
  /** Default csv. */
  format?: SignerListFormat | undefined;
}

export interface ListedSigner {
  signer: Signer;
  /** 1-based line where the signer's row or entry starts. */
  line: number;
}

export interface SignerListResult {
  /** The valid signers, in file order (rows with errors are left out). */
  signers: ListedSigner[];
  errors: CaseError[];
  /** Unknown columns that were ignored, signers listed twice. */
  warnings: CaseWarning[];
}

/** The format a signer list file name implies: `.yaml`/`.yml`, `.json`, else CSV. */
export function signerListFormat(fileName: string): SignerListFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.json')) return 'json';
  return 'csv';
}

export function parseSignerList(text: string, options: SignerListOptions): SignerListResult {
  const { file } = options;
  const read = (options.format ?? 'csv') === 'csv' ? readCsvRows(text, file) : readYamlRows(text, file);
  const errors = [...read.errors];
  const signers: ListedSigner[] = [];
  for (const row of read.rows) {
    const result = rowToSigner(row, file);
    if (result.signer) signers.push({ signer: result.signer, line: row.line });
    errors.push(...result.errors);
  }
  if (signers.length === 0 && errors.length === 0) {
    errors.push(noSigners(file));
  }
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { signers, errors, warnings: [...read.warnings, ...duplicateWarnings(signers, file)] };
}

function noSigners(file: string): CaseError {
  return new CaseError({ file }, 'no signers in the list: add one row per signer below the header row', { code: 'signers.empty' });
}
