// Makes the V8 code cache of the one-letter `generate` build (bin/code-cache.js says why): runs
// the build once on the shipped example case, as a user would, then saves what V8 compiled.
// Usage: node scripts/code-cache.mjs dist/cli-bundle.new/generate.cjs
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { codeCacheOf, loadWithCodeCache } from '../bin/code-cache.js';

const file = resolve(process.argv[2]);
const scratch = mkdtempSync(join(tmpdir(), 'ua-letter-code-cache-'));
try {
  Object.assign(process.env, { UA_LETTER_CONFIG_DIR: scratch, UA_LETTER_DATA_DIR: scratch, NO_COLOR: '1' });
  process.argv = [process.argv[0], file, 'generate', 'cases/venezuela-protest-detentions.md', '--date', '2024-09-01',
    '--name', 'Ada Example', '--city', 'Leeds', '--country', 'United Kingdom', '--out', scratch, '--quiet', '--no-log'];
  const { exports, script } = loadWithCodeCache(file);
  await exports.runFromProcess();
  if (process.exitCode) throw new Error(`the training run of ${file} exited ${process.exitCode}`);
  writeFileSync(codeCacheOf(file), script.createCachedData());
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
