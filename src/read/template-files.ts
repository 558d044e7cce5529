// Reads template folders from disk (the render core never does): the user's --templates folder
// and the package's built-in templates/. Each folder is read once per run into memory.
//
// Synchronous calls on purpose: a folder is a few dozen small files read before anything else can
// happen, and each promise-based call is a round trip through libuv's thread pool. Read that way
// the built-in folder kept a one-letter run waiting ~8 ms (a tenth of its start-up, issue 2).
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import type { TemplateDir } from '../render/template-set.js';
import { BUILT_IN_TEMPLATE_KEYS } from './built-in-template-keys.js';

/** A template is a page or two of text; anything bigger is a wrong file, not a template. */
const MAX_FILE_BYTES = 1024 * 1024;
/** Guards against `--templates ~` walking a whole home folder. */
const MAX_FILES = 500;
const MAX_DEPTH = 4;

/** Every `*.hbs` under `dir`, keyed by path relative to it with forward slashes (`en/letter.hbs`). */
export async function loadTemplateDir(dir: string, label: string = dir): Promise<TemplateDir> {
  const paths = listTemplates(dir);
  return { label, files: new Map([...paths].map(([key, real]) => [key, readTemplate(key, real, dir)])) };
}

/** Every `*.hbs` under `dir` → its real path, read later; a folder without any is an error. */
function listTemplates(dir: string): Map<string, string> {
  const root = realRoot(dir);
  const paths = new Map<string, string>();
  walk(root, root, dir, paths, 0);
  if (paths.size === 0) throw new UsageError(`--templates ${dir}: no .hbs files in this folder`, 'Templates go in <lang>/<name>.hbs, e.g. en/letter.hbs.');
  return paths;
}

function realRoot(dir: string): string {
  try {
    const info = statSync(dir);
    if (!info.isDirectory()) throw new UsageError(`--templates ${dir}: not a folder`);
    return realpathSync(dir);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--templates ${dir}: folder not found`, 'Pass the folder that holds en/letter.hbs and the other templates.');
  }
}

function walk(root: string, folder: string, shown: string, paths: Map<string, string>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    // A folder the user may not read (--templates /proc, a locked subfolder): a usage problem
    // named with its place, not a crash with a stack trace.
    const where = relative(root, folder) || '.';
    throw new UsageError(`--templates ${shown}: cannot read ${where} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 'Pass the folder that holds en/letter.hbs and the other templates.');
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    const real = entry.isSymbolicLink() ? insideRoot(root, path, shown) : path;
    if (real === undefined) continue;
    const info = entry.isSymbolicLink() ? statSync(real) : entry;
    if (info.isDirectory()) walk(root, real, shown, paths, depth + 1);
    else if (info.isFile() && entry.name.endsWith('.hbs')) addFile(root, path, real, shown, paths);
  }
}

/** A symlink may point elsewhere inside the folder, never out of it: templates are read as trusted text. */
function insideRoot(root: string, link: string, shown: string): string | undefined {
  let target: string;
  try {
    target = realpathSync(link);
  } catch {
    return undefined; // a dangling link holds no template
  }
  if (target !== root && !target.startsWith(root + sep)) {
    throw new UsageError(`--templates ${shown}: ${relative(root, link)} is a link to ${target}, outside the templates folder`, 'Copy the file into the folder instead of linking to it.');
  }
  return target;
}

function addFile(root: string, path: string, real: string, shown: string, paths: Map<string, string>): void {
  if (paths.size >= MAX_FILES) throw new UsageError(`--templates ${shown}: more than ${MAX_FILES} .hbs files; is this the right folder?`);
  paths.set(relative(root, path).split(sep).join('/'), real);
}

function readTemplate(key: string, real: string, shown: string): string {
  const info = lstatSync(real);
  if (info.size > MAX_FILE_BYTES) {
    throw new UsageError(`--templates ${shown}: ${key} is ${Math.ceil(info.size / 1024)} KB; a template may be at most 1 MB`);
  }
  return readFileSync(real, 'utf8');
}

/**
 * The built-in folder holds every language's templates (eleven and counting) and a run renders one
 * or two of them: each file is read on its first `get`, not all at start-up (bench/startup.mjs).
 */
class TemplatesReadOnUse implements ReadonlyMap<string, string> {
  private readonly read = new Map<string, string>();
  constructor(
    private readonly paths: ReadonlyMap<string, string>,
    private readonly shown: string,
  ) {}
  get size(): number {
    return this.paths.size;
  }
  has(key: string): boolean {
    return this.paths.has(key);
  }
  get(key: string): string | undefined {
    const real = this.paths.get(key);
    if (real === undefined) return undefined;
    let source = this.read.get(key);
    if (source === undefined) {
      source = readTemplate(key, real, this.shown);
      this.read.set(key, source);
    }
    return source;
  }
  keys(): MapIterator<string> {
    return this.paths.keys();
  }
  *entries(): MapIterator<[string, string]> {
    for (const key of this.paths.keys()) yield [key, this.get(key) ?? ''];
  }
  *values(): MapIterator<string> {
    for (const [, source] of this.entries()) yield source;
  }
  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }
  forEach(fn: (value: string, key: string, map: ReadonlyMap<string, string>) => void): void {
    for (const [key, source] of this.entries()) fn(source, key, this);
  }
}

let builtin: Promise<TemplateDir> | undefined;

/** The package's own templates/, read once per process. */
export function builtinTemplateDir(): Promise<TemplateDir> {
  builtin ??= Promise.resolve().then(() => {
    const folder = packageTemplatesFolder();
    const paths = BUILT_IN_TEMPLATE_KEYS ? new Map(BUILT_IN_TEMPLATE_KEYS.map((key) => [key, join(folder, ...key.split('/'))])) : listTemplates(folder);
    return { label: 'templates', files: new TemplatesReadOnUse(paths, folder) };
  });
  return builtin;
}

/**
 * The built file may live in dist/cli/, in a bundle chunk (dist/cli-bundle/chunks/) or, under the
 * test runner, in src/cli/: walk up to the folder that has templates/en/letter.hbs.
 */
function packageTemplatesFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'en', 'letter.hbs'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('ua-letter: the built-in templates folder is missing from the installation');
}
