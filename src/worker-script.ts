// The script of a worker thread, found beside the module that starts it: dist/<folder>/ after
// `tsc`, or chunks/ in the CLI bundle. None when running from sources (tests under vitest), where
// the work is then done on the calling thread.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function workerScriptBeside(moduleUrl: string, name: string): URL | undefined {
  for (const candidate of [`./${name}.js`, `./chunks/${name}.js`]) {
    const url = new URL(candidate, moduleUrl);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}
