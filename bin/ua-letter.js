#!/usr/bin/env node
// A one-letter `generate` and an `import` run from one-file builds of their own, with V8's code
// cache (bin/code-cache.js), everything else from the build split by command (scripts/bundle.mjs
// says why). Organisers call `generate` in loops, where the one file with its cache starts much
// sooner; a batch (--signers) gains little from that and runs with ~10 MB less memory from the split
// build (measured at 10,000 signers: 130 MB instead of 141 MB). An import compiles ~1.3 MB of
// readers, which the cache mostly spares it. The command is the first argument that is not an
// option (the global options take no values). Either build runs `generate`, with or without
// --signers, and `import`; generate.cjs and import.cjs run nothing else.
import { fileURLToPath } from 'node:url';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  // Said plainly here rather than as some missing function deep in a run (see "engines").
  process.stderr.write(`error: ua-letter needs Node.js 20.19 or newer; this is Node.js ${process.versions.node}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
const command = args.find((arg) => !arg.startsWith('-'));
const oneLetter = command === 'generate' && !args.some((arg) => arg === '--signers' || arg.startsWith('--signers='));
// An import runs each of some hundreds of regular expressions over a page's lines. V8 runs a new
// one through its interpreter first and compiles it to machine code when it is run again, so most
// of them would be compiled twice; for an import they are compiled once, to machine code, at their
// first run. Matches are the same either way (bench/import.mjs shows the time saved). Set before
// import.cjs is loaded: its code cache was made with this flag (scripts/code-cache.mjs).
if (command === 'import') (await import('node:v8')).setFlagsFromString('--no-regexp-tier-up');
const oneFile = oneLetter ? 'generate.cjs' : command === 'import' ? 'import.cjs' : undefined;
const { runFromProcess } = oneFile
  ? (await import('./code-cache.js')).loadWithCodeCache(fileURLToPath(new URL(`../dist/cli-bundle/${oneFile}`, import.meta.url))).exports
  : await import('../dist/cli-bundle/main.js');

await runFromProcess();
