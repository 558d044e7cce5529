// Runs a one-file build (`generate` or `import`, a CommonJS file) with V8's code cache. On Node 20 every
// start compiles the whole build and then, while it runs, each function it calls; the cache,
// written at build time by a training run (scripts/code-cache.mjs), holds that work already done,
// so a run mostly skips it (figures in README, "Speed"). Node 22 has module.enableCompileCache();
// Node 20 offers this only for scripts, hence the CommonJS build. The cache sits beside the build
// it was made from, written by the same build step: it is trusted as the build itself is. V8 refuses
// a cache made by another V8 version or with other flags, and the file then compiles as usual.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname } from 'node:path';
import vm from 'node:vm';

/** The cache file of a build. */
export const codeCacheOf = (file) => `${file}.cache`;

/**
 * Loads a CommonJS file as require() would, compiled with its cache when there is a usable one.
 * The file gets one more parameter, __uaImport: a script run from a code cache cannot call import()
 * itself (scripts/bundle.mjs routes the build's import() calls to it). Returns the file's exports,
 * the compiled script (scripts/code-cache.mjs makes the cache from it) and whether V8 refused the cache.
 */
export function loadWithCodeCache(file) {
  let cachedData;
  try {
    cachedData = readFileSync(codeCacheOf(file));
  } catch {
    // No cache (a build without the training run): compile as usual.
  }
  const source = `(function (exports, require, module, __filename, __dirname, __uaImport) {${readFileSync(file, 'utf8')}\n})`;
  // The name stack traces give the file: a cache keeps the name it was made under (the build's
  // folder on the machine that built it), so the name is one that holds wherever the build is.
  const script = new vm.Script(source, { filename: `ua-letter/dist/cli-bundle/${basename(file)}`, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), (specifier) => import(specifier));
  return { exports: module.exports, script, cacheRejected: cachedData === undefined ? undefined : script.cachedDataRejected };
}
