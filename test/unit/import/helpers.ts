// Shared by the importer's unit tests: a document from a template literal, and fixture paths.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { toImportText } from '../../../src/import/text.js';
import type { Finding, ImportText } from '../../../src/import/types.js';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'import');
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The seed UA lives beside the repository (../shared/seeds), here and in CI. */
export const seedPath = join(repoRoot, '..', 'shared', 'seeds', '000_c532e7bb0940af15.txt');

export const fixture = (name: string): string => readFileSync(join(fixturesDir, name), 'utf8');

/** Lines of a test document; leading indentation of the template literal is removed. */
export function doc(text: string): ImportText {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0));
  return toImportText(lines.map((l) => l.slice(indent)).join('\n'), 'test.txt');
}

/** The found value, or undefined: keeps table rows short. */
export const valueOf = <T>(f: Finding<T>): T | undefined => (f.found ? f.value : undefined);

/** The officials of a draft's front matter. */
export const draftTargets = (caseText: string): Array<Record<string, unknown>> =>
  (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as { targets?: Array<Record<string, unknown>> } | null)?.targets ?? [];
