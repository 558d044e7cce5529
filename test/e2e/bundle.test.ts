// The bundled CLI carries the list of built-in template files instead of walking templates/ at
// every start (src/read/built-in-template-keys.ts): that list must be the folder's, in both builds.
// The one-file builds (a one-letter `generate`, an `import`) run with V8's code cache
// (bin/code-cache.js): a cache V8 refused would cost every run its start-up gain without a word, and
// a missing or foreign one must never stop a run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const bundle = join(repoRoot, 'dist', 'cli-bundle');
const templates = join(repoRoot, 'templates');

function listedIn(file: string): string[] | undefined {
  const m = /BUILT_IN_TEMPLATE_KEYS = (\[[^\]]*\])/.exec(readFileSync(file, 'utf8'));
  return m ? (JSON.parse(m[1] ?? '[]') as string[]) : undefined;
}

describe('the bundled CLI', () => {
  const onDisk = readdirSync(templates, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.hbs'))
    .map((e) => relative(templates, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();

  it('lists every built-in template file in the one-letter build', () => {
    expect(onDisk.length).toBeGreaterThan(50);
    expect(listedIn(join(bundle, 'generate.cjs'))).toEqual(onDisk);
  });

  it('lists every built-in template file in the build split by command', () => {
    const files = [join(bundle, 'main.js'), ...readdirSync(join(bundle, 'chunks')).map((f) => join(bundle, 'chunks', f))];
    const lists = files.map(listedIn).filter((l) => l !== undefined);
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) expect(list).toEqual(onDisk);
  });
});

describe('the code cache of the one-file builds', () => {
  const loader = pathToFileURL(join(repoRoot, 'bin', 'code-cache.js')).href;
  const load = (file: string, flags: string[] = []) =>
    spawnSync(process.execPath, [...flags, '--input-type=module', '-e', `
      const { loadWithCodeCache } = await import(${JSON.stringify(loader)});
      const { exports, cacheRejected } = loadWithCodeCache(${JSON.stringify(file)});
      console.log(JSON.stringify({ cacheRejected, exports: Object.keys(exports) }));`], { encoding: 'utf8' });

  it('is made by the build and accepted by this Node', () => {
    const r = load(join(bundle, 'generate.cjs'));
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ cacheRejected: false, exports: expect.arrayContaining(['runFromProcess']) });
  });

  it("is made for the import build with the flag bin/ua-letter.js sets for an import (V8 refuses it without)", () => {
    const file = join(bundle, 'import.cjs');
    const r = load(file, ['--no-regexp-tier-up']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ cacheRejected: false, exports: expect.arrayContaining(['runFromProcess']) });
    expect(JSON.parse(load(file).stdout)).toMatchObject({ cacheRejected: true });
  });

  it('loads a file whose cache is missing or foreign, compiling it as usual', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ua-code-cache-'));
    const file = join(dir, 'small.cjs');
    writeFileSync(file, 'exports.answer = 42;');
    expect(JSON.parse(load(file).stdout)).toEqual({ exports: ['answer'] });
    writeFileSync(`${file}.cache`, readFileSync(join(bundle, 'generate.cjs.cache')).subarray(0, 4096));
    expect(JSON.parse(load(file).stdout)).toEqual({ cacheRejected: true, exports: ['answer'] });
  });
});
