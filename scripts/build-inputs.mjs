// Lets `npm test` skip a build that would change nothing. CI builds before it tests (.ci/run:
// `npm ci` builds through prepare, then `npm run build`), and `npm test` built a third time, ~75 s
// on the shared 2-core machine. Skipping on file times would be wrong after a checkout or a copy,
// so the build records what it was made from: a hash of every file it reads (src, templates, the
// build scripts, bin, the example cases the code cache is trained on, the tsconfigs and the
// package files, which stand for node_modules) and the Node version (the code cache is V8's).
//
//   node scripts/build-inputs.mjs start    first step of `npm run build`: hashes the inputs into
//                                          dist/.build-inputs.pending (and forgets the last build)
//   node scripts/build-inputs.mjs done     last step: the build succeeded, so the hash is its record
//   node scripts/build-inputs.mjs ensure   `npm test`: builds unless the record equals the inputs now
//
// The hash is taken before the build reads anything, so a file changed while it runs makes the next
// `ensure` build again; a failed build records nothing, so the next `ensure` builds too.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FOLDERS = ['src', 'templates', 'scripts', 'bin', 'cases'];
const FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
/** What a build leaves that the tests use: without them a record means nothing. */
const OUTPUTS = ['dist/index.js', 'dist/cli-bundle/main.js', 'dist/cli-bundle/generate.cjs', 'dist/cli-bundle/import.cjs'];
const RECORD = 'dist/.build-inputs';
const PENDING = `${RECORD}.pending`;

function fingerprint() {
  const hash = createHash('sha256');
  hash.update(`node ${process.version} v8 ${process.versions.v8} ${process.platform} ${process.arch}\n`);
  const paths = [...FILES];
  for (const folder of FOLDERS) {
    if (!existsSync(folder)) continue;
    for (const e of readdirSync(folder, { recursive: true, withFileTypes: true })) if (e.isFile()) paths.push(join(e.parentPath ?? e.path, e.name));
  }
  for (const path of paths.sort()) {
    hash.update(`${path}\0`);
    hash.update(existsSync(path) ? readFileSync(path) : '(none)');
    hash.update('\0');
  }
  return hash.digest('hex');
}

const read = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

const command = process.argv[2];
if (command === 'start') {
  mkdirSync('dist', { recursive: true });
  rmSync(RECORD, { force: true });
  writeFileSync(PENDING, fingerprint());
} else if (command === 'done') {
  if (existsSync(PENDING)) renameSync(PENDING, RECORD);
} else if (command === 'ensure') {
  const recorded = read(RECORD);
  if (recorded !== undefined && OUTPUTS.every((p) => existsSync(p)) && recorded === fingerprint()) {
    console.log('build: dist/ was built from these very sources (dist/.build-inputs); not building again');
  } else {
    const npm = process.env.npm_execpath;
    const build = npm ? spawnSync(process.execPath, [npm, 'run', 'build'], { stdio: 'inherit' }) : spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
    process.exit(build.status ?? 1);
  }
} else {
  console.error('usage: node scripts/build-inputs.mjs start|done|ensure');
  process.exit(2);
}
