// Where the sender profile lives, and reading/writing it. The YAML itself is src/signer/profile.ts.
import { readFile } from 'node:fs/promises';
import { RuntimeError } from '../errors.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { parseProfile, serializeProfile } from '../signer/profile.js';
import type { Signer } from '../signer/types.js';

export { defaultProfilePath } from './config-path.js';

/** The saved profile, or `undefined` when there is none yet. Bad content → InputErrors (exit 2). */
export async function readProfile(path: string): Promise<Signer | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new RuntimeError(`cannot read the profile ${path}: ${(error as Error).message}`, 'profile.read', error);
  }
  return parseProfile(text, path);
}

/** Saves the profile in one step (temporary file + rename): an interrupted write leaves the old one. */
export async function writeProfile(path: string, signer: Signer): Promise<void> {
  // writeFileAtomic creates the folder and turns fs failures into RuntimeErrors naming the path.
  await writeFileAtomic(path, serializeProfile(signer), { force: true });
}
