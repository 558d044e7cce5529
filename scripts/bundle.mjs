// Bundles the CLI for start-up speed. Organisers call ua-letter in loops, and on Node 20 (no
// module compile cache) resolving and loading ~400 small ESM/CJS files of our dependencies
// costs more than the work itself: measured 158 ms unbundled vs 80 ms bundled for the same
// imports (bare `node -e ''`: 45 ms). `tsc` still builds dist/ for type-checking and library
// users; this adds dist/cli-bundle/, which bin/ua-letter.js runs. Code splitting keeps every
// command in its own chunk, so `--version` loads only commander and chalk; a one-letter
// `generate` and an `import` each have a one-file build of their own (see below).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

// Build beside the old bundle and swap on success, so a failed build never leaves no CLI.
const finalDir = 'dist/cli-bundle';
const outdir = `${finalDir}.new`;
rmSync(outdir, { recursive: true, force: true });

/**
 * Modules of our dependencies that a run never uses, yet would be compiled and run at every
 * start (measured together: ~15 ms of a one-letter `generate`):
 * - gray-matter loads js-yaml (and through it esprima) for its default YAML engine, which
 *   src/case/front-matter.ts always replaces: a stub that loads the real one if ever called.
 * - Handlebars' code generator loads source-map for source maps we never ask for; without it,
 *   it uses its own string builder (as its browser build does): an empty module.
 * - nodemailer's MIME functions load a 90 KB table of file types for attachments, which a
 *   plain-text draft never has: a stub that loads the real table if ever called.
 */
const unusedDependencies = {
  name: 'unused-dependencies',
  setup(b) {
    const stub = (filter, importer, namespace, contents) => {
      b.onResolve({ filter }, (args) => (importer.test(args.importer) ? { path: args.path, namespace } : undefined));
      b.onLoad({ filter: /.*/, namespace }, () => ({ contents, loader: 'js', resolveDir: process.cwd() }));
    };
    stub(/^js-yaml$/, /gray-matter/, 'lazy-js-yaml', `
      const { createRequire } = require('node:module');
      let real;
      // (require.resolve through a variable: esbuild would try to bundle a direct call.)
      const resolveFrom = require.resolve;
      const load = () => (real ??= createRequire(resolveFrom('gray-matter'))('js-yaml'));
      module.exports = { safeLoad: (...a) => load().safeLoad(...a), safeDump: (...a) => load().safeDump(...a) };`);
    stub(/^source-map$/, /handlebars/, 'no-source-map', 'module.exports = {};');
    stub(/mime-types\.js$/, /nodemailer[\\/]dist[\\/]esm[\\/]mime-funcs/, 'lazy-mime-types', `
      import { createRequire } from 'node:module';
      let real;
      const load = () => (real ??= createRequire(import.meta.url)('nodemailer/dist/cjs/mime-funcs/mime-types.js'));
      export const detectMimeType = (...a) => load().detectMimeType(...a);
      export const detectExtension = (...a) => load().detectExtension(...a);`);
  },
};

/**
 * A dependency's source with each [from, to] edit made; `from` must be there exactly once, or the
 * build fails: a new version of the package is then looked at again before it is edited.
 */
function edited(path, edits) {
  let contents = readFileSync(path, 'utf8');
  for (const [from, to] of edits) {
    if (contents.split(from).length !== 2) throw new Error(`${path}: "${from}" is not there exactly once (scripts/bundle.mjs edits it)`);
    contents = contents.replace(from, () => to);
  }
  return contents;
}

/**
 * transliterate (slugify's) builds, as it loads, a copy of its table of replacements and a pattern
 * of all their keys for each of its locales, though a run passes no locale (case ids,
 * signers' folders): each locale's are built the first time a run asks for that locale. What it
 * returns is the same.
 */
const lazyTransliterateLocales = {
  name: 'lazy-transliterate-locales',
  setup(b) {
    b.onLoad({ filter: /[\\/]@sindresorhus[\\/]transliterate[\\/]index\.js$/ }, (args) => {
      const edits = [
        // The loop over every locale becomes the function that builds one locale's entry.
        ['for (const [locale, localeMap] of Object.entries(localeReplacements)) {', 'const cacheLocale = (locale, localeMap) => {'],
        ['localeCache.get(normalizedLocale)', '(localeCache.get(normalizedLocale) ?? (cacheLocale(normalizedLocale, localeReplacements[normalizedLocale]), localeCache.get(normalizedLocale)))'],
      ];
      return { contents: edited(args.path, edits), loader: 'js' };
    });
  },
};

/**
 * franc makes, as it loads, a dictionary of each of its 187 languages' trigrams: plain objects,
 * whose many string keys cost much more to make than a Map's (an import pays it at every start, to
 * detect the page's language), though the importer asks it to choose among 70 of them. The same
 * dictionaries as Maps, each made the first time its language is compared (franc reads a language's
 * dictionary only when `only` lets it), read the same way.
 */
const FRANC_DICTIONARY = `        const model = languages[name].split('|')
        /** @type {Record<string, number>} */
        const trigrams = {}
        let weight = model.length

        while (weight--) {
          trigrams[model[weight]] = weight
        }

        numericData[script][name] = trigrams`;
const FRANC_LAZY_DICTIONARY = `        const raw = languages[name]
        let built
        Object.defineProperty(numericData[script], name, {
          enumerable: true,
          get() {
            if (built === undefined) {
              const model = raw.split('|')
              built = new Map()
              let weight = model.length
              while (weight--) built.set(model[weight], weight)
            }
            return built
          }
        })`;
const francDictionariesAsMaps = {
  name: 'franc-dictionaries-as-maps',
  setup(b) {
    b.onLoad({ filter: /[\\/]franc[\\/]index\.js$/ }, (args) => ({
      contents: edited(args.path, [
        [FRANC_DICTIONARY, FRANC_LAZY_DICTIONARY],
        // A trigram is three characters: no object's inherited key ever was one, so `in` asked what has() asks.
        ['if (trigram[0] in model) {\n      difference = trigram[1] - model[trigram[0]] - 1', 'if (model.has(trigram[0])) {\n      difference = trigram[1] - model.get(trigram[0]) - 1'],
      ]),
      loader: 'js',
    }));
  },
};

/**
 * Languages whose compiled templates are in the bundles themselves; every other language's are in
 * precompiled/<lang>.js beside them, loaded when a run writes in it (loadPrecompiled): eight more
 * languages would otherwise add ~215 KB to what every one-letter run loads.
 */
const EAGER_LANGUAGES = new Set(['en', 'es', 'fr']);

/** The built-in templates, compiled now: src/render/precompiled.ts explains why and how. */
async function precompiledTemplates() {
  const tool = `${outdir}-precompile.mjs`;
  await build({ entryPoints: ['src/render/precompile-module.ts'], outfile: tool, bundle: true, packages: 'external', format: 'esm', platform: 'node', logLevel: 'warning' });
  try {
    const { precompiledModuleSource } = await import(pathToFileURL(tool).href);
    const files = readdirSync('templates', { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.hbs'));
    const byLang = new Map();
    for (const path of files.map((e) => join(e.parentPath ?? e.path, e.name)).sort()) {
      const lang = relative('templates', path).split(sep)[0];
      // The action page's templates in a file of their own (PAGE_TEMPLATES in src/write/open-sink.ts).
      const key = path.endsWith('.html.hbs') ? 'pages' : EAGER_LANGUAGES.has(lang) || !/^[a-z]{2,3}$/.test(lang) ? '' : lang;
      if (!byLang.has(key)) byLang.set(key, []);
      byLang.get(key).push({ source: readFileSync(path, 'utf8'), escape: path.endsWith('.html.hbs') });
    }
    const lazy = [...byLang.keys()].filter((k) => k !== '');
    const eager = precompiledModuleSource(byLang.get('') ?? []) + lazyLoader(lazy);
    const keys = files.map((e) => relative('templates', join(e.parentPath ?? e.path, e.name)).split(sep).join('/')).sort();
    return { eager, lazy: new Map(lazy.map((lang) => [lang, precompiledModuleSource(byLang.get(lang))])), keys };
  } finally {
    rmSync(tool, { force: true });
  }
}

/**
 * loadPrecompiled(lang) for the bundled precompiled.js: imports precompiled/<lang>.js once and adds
 * its entries. The module sits in generate.cjs or in a chunk of chunks/, so the file is looked for
 * relative to either.
 */
function lazyLoader(langs) {
  return `
const LAZY = new Set(${JSON.stringify(langs)});
export async function loadPrecompiled(lang) {
  if (!LAZY.has(lang)) return;
  LAZY.delete(lang);
  const base = /[\\/]chunks[\\/][^\\/]*$/.test(new URL(import.meta.url).pathname) ? '../' : './';
  const { PRECOMPILED: more } = await IMPORT_CALL(new URL(\`\${base}precompiled/\${lang}.js\`, import.meta.url).href);
  for (const [key, spec] of more) PRECOMPILED.set(key, spec);
}
`;
}

const { eager: precompiledSource, lazy: lazyPrecompiled, keys: builtInKeys } = await precompiledTemplates();
const precompiledPlugin = (importCall) => ({
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]render[\\/]precompiled\.ts$/ }, () => ({ contents: precompiledSource.replace('IMPORT_CALL', importCall), loader: 'js' }));
    // The list of built-in template files, so that a run never walks templates/ (built-in-template-keys.ts).
    b.onLoad({ filter: /[\\/]src[\\/]read[\\/]built-in-template-keys\.ts$/ }, () => ({ contents: `export const BUILT_IN_TEMPLATE_KEYS = ${JSON.stringify(builtInKeys)};`, loader: 'js' }));
  },
});

/** What both builds share. */
const EXTERNAL = ['pdfkit', 'bidi-js', 'unpdf', 'twitter-text', 'dejavu-fonts-ttf', '@inquirer/prompts', 'cli-progress', 'fsevents'];

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // yaml's Node build is CommonJS, which esbuild bundles whole; its ESM build is the same code,
  // and esbuild keeps only the parts a run uses (260 → 200 KB compiled at every start).
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  // Loaded lazily by the commands that need them, and they read their own data files at run
  // time (fonts, AFM metrics, workers): leave them in node_modules.
  external: EXTERNAL,
  // CommonJS dependencies call require() for Node built-ins; ESM output needs a real one.
  banner: { js: "import { createRequire as __uaCreateRequire } from 'node:module'; const require = __uaCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
};

// The CLI, split by command: each command loads only its own code.
await build({
  ...common,
  plugins: [unusedDependencies, lazyTransliterateLocales, francDictionariesAsMaps, precompiledPlugin('import')],
  // The threads of big batches (src/write/write-pool.ts, src/read/signer-list-thread.ts) run
  // scripts of their own, beside the chunks that start them.
  entryPoints: {
    main: 'src/cli/main.ts',
    'chunks/write-worker': 'src/write/write-worker.ts',
    'chunks/signer-list-worker': 'src/read/signer-list-worker.ts',
  },
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

/**
 * A script compiled with V8's code cache cannot run import() on Node 20 (the cache keeps the
 * training run's import callback, nodejs/node#43663): in the one-letter build, each import() of a
 * package left in node_modules calls __uaImport instead, which bin/code-cache.js passes in.
 */
const externalImportsThroughLoader = {
  name: 'external-imports-through-loader',
  setup(b) {
    const names = EXTERNAL.map((n) => n.replace(/[/.]/g, '\\$&')).join('|');
    const dynamicImport = new RegExp(`\\bimport\\((['"])(${names})\\1\\)`, 'g');
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const routed = source.replace(dynamicImport, '__uaImport($1$2$1)');
      return routed === source ? undefined : { contents: routed, loader: 'ts' };
    });
  },
};

/**
 * `generate` once more, as one file: it is the command organisers call in loops, and the split
 * build spreads it over ~28 chunks whose finding and reading cost ~8 ms of a ~120 ms run (issue 2).
 * `import` likewise: its chunk is ~1.3 MB of readers, and on Node 20 every run compiled the chunk
 * and then each reader it called, ~150 ms of CPU of a ~750 ms import on a loaded machine, which the
 * code cache of a one-file build mostly spares (README, "Speed"). The same program, with the other
 * commands left out (bin/ua-letter.js loads such a file only for its command: `generate` without
 * --signers, `import`); the threads of `generate` would run the split build's worker scripts, in
 * chunks/ beside it.
 */
const onlyCommand = (command) => ({
  name: `only-${command}`,
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/[\w-]+\.js$/ }, (args) => {
      const other = args.path !== `./commands/${command}.js` && /[\\/]cli[\\/]program\.ts$/.test(args.importer);
      return other ? { path: args.path, namespace: 'other-command' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'other-command' }, (args) => ({
      contents: `export async function run() { throw new Error('${args.path.replace(/'/g, '')}: not in the ${command} build (bin/ua-letter.js picks the build by command)'); }`,
      loader: 'js',
    }));
  },
});
/** The commands with a one-file build of their own (dist/cli-bundle/<command>.cjs, with its code cache). */
const ONE_FILE_COMMANDS = ['generate', 'import'];
for (const command of ONE_FILE_COMMANDS) {
  await build({
    ...common,
    // CommonJS, so that it can run with V8's code cache (bin/code-cache.js).
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    define: { 'import.meta.url': '__uaModuleUrl' },
    banner: { js: "const __uaModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [unusedDependencies, lazyTransliterateLocales, francDictionariesAsMaps, precompiledPlugin('__uaImport'), onlyCommand(command), externalImportsThroughLoader],
    entryPoints: { [command]: 'src/cli/main.ts' },
    outdir,
  });
}

mkdirSync(join(outdir, 'precompiled'), { recursive: true });
for (const [lang, source] of lazyPrecompiled) writeFileSync(join(outdir, 'precompiled', `${lang}.js`), source);

// Each one-file build's code cache, from a training run of the finished build. An import() left in
// the build would fail there (see externalImportsThroughLoader): refuse the build instead.
for (const command of ONE_FILE_COMMANDS) {
  const file = join(outdir, `${command}.cjs`);
  const leftImport = /(?<![\w$.])import\(/.exec(readFileSync(file, 'utf8'));
  if (leftImport) throw new Error(`${command}.cjs still calls import() (at offset ${leftImport.index}): route it through __uaImport`);
  const training = spawnSync(process.execPath, ['scripts/code-cache.mjs', file], { stdio: 'inherit' });
  if (training.status !== 0) throw new Error(`the code cache of ${file} could not be made (exit ${training.status ?? training.signal})`);
}

rmSync(finalDir, { recursive: true, force: true });
renameSync(outdir, finalDir);
