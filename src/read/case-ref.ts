// `<case>` of `sent` and `report`: a case file or a case id.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isCaseId } from '../actions/parse-log.js';
import type { Case } from '../case/types.js';
import { UsageError } from '../errors.js';
import type { ReadContext } from './context.js';

export interface CaseRef {
  id: string;
  /** Present when the reference was a case file. */
  case?: Case | undefined;
}

/**
 * `<case>` of `sent` and `report`: a case file (ends in .md or exists as a file) or a case id.
 * The case parser is loaded only for files, so recording by id stays fast. A file must be a valid
 * case (same errors as `validate`): its id is only trustworthy then.
 */
export async function resolveCaseRef(ref: string, ctx: ReadContext): Promise<CaseRef> {
  if (ref.endsWith('.md') || (await isFile(resolve(ctx.cwd, ref)))) {
    const { loadCase } = await import('./case-files.js');
    const loaded = await loadCase(ref, ctx);
    return { id: loaded.id, case: loaded };
  }
  if (!isCaseId(ref)) {
    throw new UsageError(`"${ref}" is neither a case id nor a case file`, 'A case id is the "id:" at the top of a case file, e.g. venezuela-protest-detentions');
  }
  return { id: ref };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
