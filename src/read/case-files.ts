import type { Case } from '../case/types.js';
import { parseCase } from '../case/parse-case.js';
import { CaseError, formatLocated, InputErrors } from '../errors.js';
import type { ReadContext } from './context.js';
import { readInputText } from './input.js';

/** Reads and validates one case file; problems → InputErrors (exit 2), warnings → stderr. */
export async function loadCase(file: string, ctx: ReadContext): Promise<Case> {
  return (await readCase(file, ctx)).case;
}

async function readCase(file: string, ctx: ReadContext): Promise<{ case: Case; text: string }> {
  const text = await readInputText(file, ctx);
  const result = parseCase(text, { file });
  for (const w of result.warnings) ctx.warn(formatLocated(w, w.message));
  if (result.errors.length > 0 || !result.case) throw new InputErrors(result.errors);
  return { case: result.case, text };
}

/** Loads every case before anything is generated, so all files' problems are reported at once. */
export async function loadCases(files: readonly string[], ctx: ReadContext): Promise<Case[]> {
  const cases: Case[] = [];
  const errors: CaseError[] = [];
  const fileOfId = new Map<string, string>();
  for (const file of files) {
    try {
      const read = await readCase(file, ctx);
      const first = fileOfId.get(read.case.id);
      if (first === undefined) {
        fileOfId.set(read.case.id, file);
        cases.push(read.case);
      } else errors.push(duplicateId(read, first));
    } catch (error) {
      if (!(error instanceof InputErrors)) throw error;
      errors.push(...error.errors);
    }
  }
  if (errors.length > 0) throw new InputErrors(errors);
  return cases;
}

/**
 * Two cases of one run with the same id would write into the same folder (letters/<id>/), the
 * second finding the first's files taken: refused, at the second file's `id:` line.
 */
function duplicateId(read: { case: Case; text: string }, first: string): CaseError {
  const { id, file } = read.case;
  const at = read.text.split('\n').findIndex((line) => /^id\s*:/.test(line));
  const where = file === first ? 'this file is given twice' : `${first} has the same id`;
  return new CaseError({ file, ...(at >= 0 && { line: at + 1, column: 1 }), field: 'id' }, `"${id}" is given to two cases (${where}): each case needs its own id`, { code: 'case.duplicate-id' });
}
