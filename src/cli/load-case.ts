import type { Case } from '../case/types.js';
import { parseCase } from '../case/parse-case.js';
import { InputErrors } from '../errors.js';
import type { CliContext } from './context.js';
import { readInputText } from './read-input.js';
import { formatLocated } from '../errors.js';

/** Reads and validates one case file; problems → InputErrors (exit 2), warnings → stderr. */
export async function loadCase(file: string, ctx: CliContext): Promise<Case> {
  const text = await readInputText(file, ctx);
  const result = parseCase(text, { file });
  for (const w of result.warnings) ctx.log.warn(formatLocated(w, w.message));
  if (result.errors.length > 0 || !result.case) throw new InputErrors(result.errors);
  return result.case;
}

/** Loads every case before anything is generated, so all files' problems are reported at once. */
export async function loadCases(files: readonly string[], ctx: CliContext): Promise<Case[]> {
  const cases: Case[] = [];
  const errors: InputErrors[] = [];
  for (const file of files) {
    try {
      cases.push(await loadCase(file, ctx));
    } catch (error) {
      if (!(error instanceof InputErrors)) throw error;
      errors.push(error);
    }
  }
  if (errors.length > 0) throw new InputErrors(errors.flatMap((e) => e.errors));
  return cases;
}
