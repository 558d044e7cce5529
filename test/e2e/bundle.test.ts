// The bundled CLI carries the list of built-in template files instead of walking templates/ at
// every start (src/read/built-in-template-keys.ts): that list must be the folder's, in both builds.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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
    expect(listedIn(join(bundle, 'generate.js'))).toEqual(onDisk);
  });

  it('lists every built-in template file in the build split by command', () => {
    const files = [join(bundle, 'main.js'), ...readdirSync(join(bundle, 'chunks')).map((f) => join(bundle, 'chunks', f))];
    const lists = files.map(listedIn).filter((l) => l !== undefined);
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) expect(list).toEqual(onDisk);
  });
});
