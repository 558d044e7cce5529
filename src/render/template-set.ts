// The templates of a run: the user's folder first, the built-ins last; the first folder that has
// a file wins, so a user can override one file and keep the rest. Everything a template can
// include comes from these in-memory maps: `{{> name}}` never reads the file system (issue 6).
import { UsageError } from '../errors.js';
import { compileSource, createEnvironment, PROTOTYPE_ACCESS, type CompiledTemplate } from './environment.js';
import { objectPrinted, toTemplateError } from './template-error.js';

export interface TemplateDir {
  /** The folder as shown to the user (`templates`, `./my-templates`). */
  label: string;
  /**
   * Relative paths with forward slashes (`en/letter.hbs`, `_partials/footer.hbs`) → source. A map
   * may read each source on its first `get` (the built-in folder does): only the templates a run
   * renders are then ever read.
   */
  files: ReadonlyMap<string, string>;
}

/** Run-time extras a template sees as data variables; see vary.ts. */
export interface RenderData {
  /** Seed for `{{#vary}}`; undefined = always the first alternative. */
  varySeed?: string | undefined;
  /**
   * When given, each {{#vary}} block appends the alternative it chose (0-based), in rendering order:
   * the channels tell identical letters apart by it without comparing texts (channels/identical.ts).
   */
  varyTrace?: number[] | undefined;
}

export interface TemplateSet {
  /** True when `<lang>/<name>.hbs` exists in any folder (`has('en', 'letter')`). */
  has(lang: string, name: string): boolean;
  /** Languages that have a letter template, sorted. */
  languages(): string[];
  /** The file as the user should see it in messages (`templates/en/tweet.hbs`), if it exists. */
  path(lang: string, name: string): string | undefined;
  /** Renders `<lang>/<name>.hbs`; compiles it on first use. Throws TemplateError with file and line. */
  render(lang: string, name: string, context: object, data?: RenderData): string;
}

interface Entry {
  readonly source: string;
  /** `label/key`, for messages. */
  display: string;
  /** Only `*.html.hbs` files are HTML-escaped; everything else renders plain text. */
  escape: boolean;
}

type PartialFn = (context: unknown, options?: object) => string;

/** `en/letter.hbs`, `pt-BR/letter.hbs`: a language folder, not `_partials/`. */
const LETTER_KEY = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\/letter\.hbs$/;
const PARTIAL_DIR = /^(?:([^/]+)\/)?_?partials\/(.+)\.hbs$/;

export function createTemplateSet(dirs: readonly TemplateDir[]): TemplateSet {
  const entries = collectEntries(dirs);
  const env = createEnvironment();
  const compiled = new Map<string, CompiledTemplate>();
  const partialsByLang = new Map<string, Record<string, PartialFn>>();

  const compile = (key: string, entry: Entry): CompiledTemplate => {
    let fn = compiled.get(key);
    if (!fn) {
      try {
        fn = compileSource(env, entry.source, { escape: entry.escape });
      } catch (error) {
        throw toTemplateError(error, entry.display, entry.source);
      }
      compiled.set(key, fn);
    }
    return fn;
  };

  const partialsFor = (lang: string): Record<string, PartialFn> => {
    let partials = partialsByLang.get(lang);
    if (!partials) {
      partials = buildPartials(entries, lang, compile);
      partialsByLang.set(lang, partials);
    }
    return partials;
  };

  const labels = dirs.map((d) => d.label).join(' or ');
  return {
    has: (lang, name) => entries.has(keyOf(lang, name)),
    languages: () => [...entries.keys()].flatMap((k) => LETTER_KEY.exec(k)?.[1] ?? []).sort(),
    path: (lang, name) => entries.get(keyOf(lang, name))?.display,
    render(lang, name, context, data) {
      const key = keyOf(lang, name);
      const entry = entries.get(key);
      if (!entry) {
        throw new UsageError(`No template ${key} in ${labels || 'the template folders'}`, `Add ${key} to your templates folder (copy one from another language to start).`);
      }
      const fn = compile(key, entry);
      let text: string;
      try {
        // Object.assign, not spreads: on Node 20 spread objects pile up in the old heap (channels/context.ts).
        text = fn(context, Object.assign({ data: Object.assign({}, data) as Record<string, unknown>, partials: partialsFor(lang) }, PROTOTYPE_ACCESS));
      } catch (error) {
        throw toTemplateError(error, entry.display, entry.source);
      }
      if (text.includes('[object Object]')) throw objectPrinted(entry.display, entry.source, context);
      return text;
    },
  };
}

const keyOf = (lang: string, name: string) => `${lang}/${name}.hbs`;

function collectEntries(dirs: readonly TemplateDir[]): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const dir of dirs) {
    const label = dir.label.replace(/[\\/]+$/, '');
    for (const rawKey of dir.files.keys()) {
      const key = rawKey.replace(/\\/g, '/').replace(/^\.\//, '');
      if (entries.has(key) || !key.endsWith('.hbs')) continue;
      const files = dir.files;
      entries.set(key, {
        // Asked for only when the template is compiled or named in an error.
        get source() {
          return files.get(rawKey) ?? '';
        },
        display: label ? `${label}/${key}` : key,
        escape: key.endsWith('.html.hbs'),
      });
    }
  }
  return entries;
}

/**
 * Partials for one language: `<lang>/_partials/x.hbs` before `_partials/x.hbs` (also `partials/`).
 * Each is compiled on first use and reports its own file in errors, not the including template's.
 */
function buildPartials(entries: ReadonlyMap<string, Entry>, lang: string, compile: (key: string, entry: Entry) => CompiledTemplate): Record<string, PartialFn> {
  const partials: Record<string, PartialFn> = Object.create(null) as Record<string, PartialFn>;
  const add = (wantLang: string | undefined) => {
    for (const [key, entry] of entries) {
      const m = PARTIAL_DIR.exec(key);
      if (!m || m[1] !== wantLang || !m[2] || m[2] in partials) continue;
      partials[m[2]] = (context, options) => {
        try {
          return compile(key, entry)(context as object, options);
        } catch (error) {
          throw toTemplateError(error, entry.display, entry.source);
        }
      };
    }
  };
  add(lang);
  add(undefined);
  return partials;
}
