// The one Handlebars environment of a run. `Handlebars.create()` keeps our helpers out of the
// global instance (a library user's own Handlebars stays untouched). Prototype-access protection
// stays at Handlebars' safe defaults: user templates must not reach `constructor` and friends.
//
// Rendering needs only Handlebars' runtime; its compiler (parser, code generator: four fifths of
// the package) is loaded when a template is not among those compiled at build time, which for the
// built-in templates of the bundled CLI is never (precompiled.ts). ~5 ms off every start.
import { createRequire } from 'node:module';
import type FullHandlebars from 'handlebars';
// The runtime's own typings export nothing from this path (they declare it as "handlebars/runtime",
// which Node's ESM loader cannot find): it is the full API without the compiler.
import * as runtimeModule from 'handlebars/runtime.js';
import { HELPERS } from './helpers.js';
import { PRECOMPILED } from './precompiled.js';

const Handlebars = (runtimeModule as unknown as { default: typeof FullHandlebars }).default;

export type HandlebarsEnvironment = ReturnType<typeof Handlebars.create>;

/** What a compiled template gets at run time besides its context. */
export interface RuntimeInput {
  /** Data variables (`@varySeed`); see vary.ts. */
  data?: Record<string, unknown>;
  partials?: Record<string, (context: unknown, options?: object) => string>;
  /**
   * Always false (see PROTOTYPE_ACCESS): the same protection as Handlebars' default, said
   * explicitly so that Handlebars does not print its console warning for each property denied.
   */
  allowProtoPropertiesByDefault?: false;
  allowProtoMethodsByDefault?: false;
}

/** Templates never reach `constructor`, `__proto__` or inherited methods (issue 6). */
export const PROTOTYPE_ACCESS = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

export type CompiledTemplate = (context: object, input?: RuntimeInput) => string;

export function createEnvironment(): HandlebarsEnvironment {
  return withHelpers(Handlebars.create());
}

function withHelpers(env: HandlebarsEnvironment): HandlebarsEnvironment {
  for (const [name, fn] of Object.entries(HELPERS)) env.registerHelper(name, fn);
  return env;
}

let compilingEnvironment: HandlebarsEnvironment | undefined;

/**
 * An environment with the compiler and the same helpers, loaded on first need. Templates carry no
 * state of their own in an environment (partials come with each call), so one serves every set.
 */
function compiler(): HandlebarsEnvironment {
  if (!compilingEnvironment) {
    const full = createRequire(import.meta.url)('handlebars') as typeof FullHandlebars;
    compilingEnvironment = withHelpers(full.create());
  }
  return compilingEnvironment;
}

/**
 * Parses now (so a syntax error surfaces here) and compiles on first call; a built-in template the
 * bundled CLI compiled at build time (precompiled.ts) skips both. `strict` makes a misspelt
 * `{{signer.nmae}}` throw instead of printing nothing; plain-text documents are not HTML, so they
 * are not HTML-escaped (an apostrophe must stay an apostrophe).
 */
export function compileSource(env: HandlebarsEnvironment, source: string, options: { escape: boolean }): CompiledTemplate {
  const ahead = PRECOMPILED.get(precompiledKey(source, options.escape));
  if (ahead) return env.template(ahead as Parameters<HandlebarsEnvironment['template']>[0]) as CompiledTemplate;
  const full = compiler();
  const ast = full.parse(source);
  return full.compile(ast, compileOptions(options)) as CompiledTemplate;
}

/** The options every template is compiled with; the build's precompiler uses the same. */
export function compileOptions(options: { escape: boolean }): { strict: true; noEscape: boolean } {
  return { strict: true, noEscape: !options.escape };
}

/** Where a template's compiled form is filed in PRECOMPILED: its exact text and its escaping. */
export function precompiledKey(source: string, escape: boolean): string {
  return `${escape ? 'html' : 'text'}\u0000${source}`;
}
