// Saving the sender profile (`ua-letter init`). The YAML itself is src/signer/profile.ts.
import { serializeProfile } from '../signer/profile.js';
import type { Signer } from '../signer/types.js';
import { writeFileAtomic } from './atomic-write.js';

/** Saves the profile in one step (temporary file + rename): an interrupted write leaves the old one. */
export async function writeProfile(path: string, signer: Signer): Promise<void> {
  // writeFileAtomic creates the folder and turns fs failures into RuntimeErrors naming the path.
  await writeFileAtomic(path, serializeProfile(signer), { force: true });
}
