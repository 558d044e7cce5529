// Where the sender profile lives, and reading/writing it. The YAML itself is src/signer/profile.ts.
import envPaths from 'env-paths';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { RuntimeError } from '../errors.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { parseProfile, serializeProfile } from '../signer/profile.js';
import type { Signer } from '../signer/types.js';

const FILE_NAME = 'profile.yaml';

/**
 * `$UA_LETTER_CONFIG_DIR/profile.yaml` when set (tests, portable installs); otherwise the
 * platform's config folder: `$XDG_CONFIG_HOME/ua-letter` or `~/.config/ua-letter` on Linux,
 * `~/Library/Preferences/ua-letter` on macOS, `%APPDATA%\ua-letter\Config` on Windows.
 */
export function defaultProfilePath(env: NodeJS.ProcessEnv): string {
  if (env.UA_LETTER_CONFIG_DIR) return join(env.UA_LETTER_CONFIG_DIR, FILE_NAME);
  // env-paths reads process.env itself; honour the env we were given where XDG applies.
  const xdg = env.XDG_CONFIG_HOME;
  if (process.platform !== 'darwin' && process.platform !== 'win32' && xdg && isAbsolute(xdg)) {
    return join(xdg, 'ua-letter', FILE_NAME);
  }
  return join(envPaths('ua-letter', { suffix: '' }).config, FILE_NAME);
}

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
