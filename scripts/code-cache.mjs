// Makes the V8 code cache of a one-file build, `generate` or `import` (bin/code-cache.js says why):
// runs the build once as a user would — `generate` on the shipped example case, `import` on a short
// Urgent Action page of its own (below) — then saves what V8 compiled.
// Usage: node scripts/code-cache.mjs dist/cli-bundle.new/generate.cjs   (or …/import.cjs)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import v8 from 'node:v8';
import { codeCacheOf, loadWithCodeCache } from '../bin/code-cache.js';

/**
 * The page an `import` is trained on: an Urgent Action in the usual template (invented case,
 * people and addresses), so that the readers every such page runs are compiled in the cache; a
 * page of another layout compiles the readers it needs besides, as it would without the cache.
 */
const TRAINING_PAGE = `URGENT ACTION
URGENT ACTION TITLE: Exampleland: Teacher held for a peaceful protest
PUBLICATION DATE: 3 March 2021
URGENT ACTION TYPE AND NUMBER: UA 12/21
INDEX NUMBER: XYZ 00/0000/2021
URGENT ACTION SUMMARY:
On 1 March the police of Exampleland arrested Maria Sample, a teacher, after she spoke at a
peaceful protest about school closures. She is held without charge and has not seen a lawyer.
URGENT ACTION LETTER:
Dear Minister,
I am writing to express my concern about the arrest of Maria Sample, a teacher held since 1 March
for taking part in a peaceful protest in Sampletown.
I urge you to release her immediately and unconditionally, and to ensure that, pending her
release, she has access to a lawyer of her choice, her family and any medical care she needs.
Yours sincerely,
TARGET’S CONTACT DETAILS & “COPIES TO”
Minister of Justice
Mr John Example
Ministry of Justice, 12 Example Avenue
Sampletown, Exampleland
Email: minister@justice.example.org
Twitter: @JusticeExample
Salutation: Dear Minister
PREFERRED LANGUAGE TO ADDRESS TARGET: English, French
APPEAL DEADLINE NOTICE: 14 April 2021
ALSO SEND COPIES TO DIPLOMATIC REPRESENTATIVES ACCREDITED TO YOUR COUNTRY
BACKGROUND INFORMATION:
Maria Sample teaches at a primary school in Sampletown. Teachers’ unions have protested since
January against the closure of rural schools (see https://www.example.org/documents/xyz00/0000/2021/en/).
`;

const file = resolve(process.argv[2]);
const command = basename(file, '.cjs');
const scratch = mkdtempSync(join(tmpdir(), 'ua-letter-code-cache-'));
try {
  Object.assign(process.env, { UA_LETTER_CONFIG_DIR: scratch, UA_LETTER_DATA_DIR: scratch, NO_COLOR: '1' });
  if (command === 'import') {
    const page = join(scratch, 'ua.txt');
    writeFileSync(page, TRAINING_PAGE);
    // As bin/ua-letter.js runs an import: V8 refuses a cache made with other flags.
    v8.setFlagsFromString('--no-regexp-tier-up');
    process.argv = [process.argv[0], file, 'import', page, '--out', join(scratch, 'case.md'), '--quiet'];
  } else {
    process.argv = [process.argv[0], file, 'generate', 'cases/venezuela-protest-detentions.md', '--date', '2024-09-01',
      '--name', 'Ada Example', '--city', 'Leeds', '--country', 'United Kingdom', '--out', scratch, '--quiet', '--no-log'];
  }
  const { exports, script } = loadWithCodeCache(file);
  await exports.runFromProcess();
  if (process.exitCode) throw new Error(`the training run of ${file} exited ${process.exitCode}`);
  writeFileSync(codeCacheOf(file), script.createCachedData());
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
