// Where the sender profile lives, and reading/writing it. The YAML itself is src/signer/profile.ts.
import { readFile } from 'node:fs/promises';
import { CaseError, InputErrors, RuntimeError } from '../errors.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { parseProfile, serializeProfile } from '../signer/profile.js';
import { decodeUtf8 } from './read-input.js';
import type { Signer } from '../signer/types.js';

export { defaultProfilePath } from './config-path.js';

/** The saved profile, or `undefined` when there is none yet. Bad content → InputErrors (exit 2). */
export async function readProfile(path: string): Promise<Signer | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    // `--profile some-folder` is a slip of the user's, not a failure of the machine: exit 2.
    if (code === 'EISDIR') throw new InputErrors([new CaseError({ file: path }, 'is a folder, not a file', { code: 'input.directory' })]);
    throw new RuntimeError(`cannot read the profile ${path}: ${(error as Error).message}`, 'profile.read', error);
  }
  // Strict UTF-8 like every other input: a Latin-1 profile would otherwise sign every letter
  // "Mar\uFFFDa" instead of stopping with the file, line and column of the bad byte (issue 6).
  let text: string;
  try {
    text = decodeUtf8(bytes, path);
  } catch (error) {
    throw error instanceof CaseError ? new InputErrors([error]) : error;
  }
  return parseProfile(text, path);
}

/** Saves the profile in one step (temporary file + rename): an interrupted write leaves the old one. */
export async function writeProfile(path: string, signer: Signer): Promise<void> {
  // writeFileAtomic creates the folder and turns fs failures into RuntimeErrors naming the path.
  await writeFileAtomic(path, serializeProfile(signer), { force: true });
}
