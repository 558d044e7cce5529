import { CaseError } from '../errors.js';
import type { CaseWarning } from './types.js';

export interface Located {
  line?: number | undefined;
  column?: number | undefined;
  field?: string | undefined;
}

interface Entry extends Located {
  problem: string;
  code: string;
  hint?: string | undefined;
}

/**
 * Collects every problem of one file (validation reports all of them, not the first), then
 * hands them out in file order, without repeats: one slip often trips two checks at one place.
 */
export class Diagnostics {
  readonly file: string;
  private readonly errorEntries: Entry[] = [];
  private readonly warningEntries: Entry[] = [];

  constructor(file: string) {
    this.file = file;
  }

  error(at: Located, problem: string, code = 'case.invalid', hint?: string): void {
    this.errorEntries.push({ ...at, problem, code, hint });
  }

  warn(at: Located, problem: string): void {
    this.warningEntries.push({ ...at, problem, code: 'case.warning' });
  }

  get hasErrors(): boolean {
    return this.errorEntries.length > 0;
  }

  errors(): CaseError[] {
    return ordered(this.errorEntries).map(
      (e) => new CaseError({ file: this.file, line: e.line, column: e.column, field: e.field }, e.problem, { code: e.code, ...(e.hint ? { hint: e.hint } : {}) }),
    );
  }

  warnings(): CaseWarning[] {
    return ordered(this.warningEntries).map((e) => ({ file: this.file, line: e.line, column: e.column, field: e.field, message: e.problem }));
  }
}

function ordered(entries: readonly Entry[]): Entry[] {
  const seen = new Set<string>();
  const unique = entries.filter((e) => {
    const key = `${e.line}:${e.column}:${e.field}:${e.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Stable sort: problems without a line (the whole file) first, then by line and column.
  return unique.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
