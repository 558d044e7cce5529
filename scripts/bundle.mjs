// Bundles the CLI for start-up speed. Organisers call ua-letter in loops, and on Node 20 (no
// module compile cache) resolving and loading ~400 small ESM/CJS files of our dependencies
// costs more than the work itself: measured 158 ms unbundled vs 80 ms bundled for the same
// imports (bare `node -e ''`: 45 ms). `tsc` still builds dist/ for type-checking and library
// users; this adds dist/cli-bundle/, which bin/ua-letter.js runs. Code splitting keeps every
// command in its own chunk, so `--version` loads only commander and chalk.
import { build } from 'esbuild';
import { renameSync, rmSync } from 'node:fs';

// Build beside the old bundle and swap on success, so a failed build never leaves no CLI.
const finalDir = 'dist/cli-bundle';
const outdir = `${finalDir}.new`;
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Loaded lazily by the commands that need them, and they read their own data files at run
  // time (fonts, AFM metrics, workers): leave them in node_modules.
  external: ['pdfkit', 'pdfjs-dist', 'twitter-text', 'dejavu-fonts-ttf', '@inquirer/prompts', 'cli-progress', 'fsevents'],
  // CommonJS dependencies call require() for Node built-ins; ESM output needs a real one.
  banner: { js: "import { createRequire as __uaCreateRequire } from 'node:module'; const require = __uaCreateRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});

rmSync(finalDir, { recursive: true, force: true });
renameSync(outdir, finalDir);
