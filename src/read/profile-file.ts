// Reading the sender profile through the one bounded reader. The YAML itself is src/signer/profile.ts;
// saving it is src/write/profile-file.ts.
import { CaseError, InputErrors } from '../errors.js';
import { parseProfile } from '../signer/profile.js';
import type { Signer } from '../signer/types.js';
import type { ReadContext } from './context.js';
import { readInputText } from './input.js';

export { defaultProfilePath } from './config-path.js';

/**
 * The saved profile, or `undefined` when there is none yet. Bad content → InputErrors (exit 2).
 * Strict UTF-8 and the 10 MB cap like every other input: a Latin-1 profile would otherwise sign
 * every letter "Mar\uFFFDa" instead of stopping with the file, line and column of the bad byte.
 */
export async function readProfile(path: string, ctx: Pick<ReadContext, 'cwd' | 'stdin' | 'signal'>): Promise<Signer | undefined> {
  let text: string;
  try {
    text = await readInputText(path, ctx);
  } catch (error) {
    if (error instanceof CaseError && error.code === 'input.not-found') return undefined;
    throw error instanceof CaseError ? new InputErrors([error]) : error;
  }
  return parseProfile(text, path);
}
