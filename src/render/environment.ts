// The one Handlebars environment of a run. `Handlebars.create()` keeps our helpers out of the
// global instance (a library user's own Handlebars stays untouched). Prototype-access protection
// stays at Handlebars' safe defaults: user templates must not reach `constructor` and friends.
import Handlebars from 'handlebars';
import { HELPERS } from './helpers.js';

export type HandlebarsEnvironment = ReturnType<typeof Handlebars.create>;

/** What a compiled template gets at run time besides its context. */
export interface RuntimeInput {
  /** Data variables (`@varySeed`); see vary.ts. */
  data?: Record<string, unknown>;
  partials?: Record<string, (context: unknown, options?: object) => string>;
}

export type CompiledTemplate = (context: object, input?: RuntimeInput) => string;

export function createEnvironment(): HandlebarsEnvironment {
  const env = Handlebars.create();
  for (const [name, fn] of Object.entries(HELPERS)) env.registerHelper(name, fn);
  return env;
}

/**
 * Parses now (so a syntax error surfaces here) and compiles on first call. `strict` makes a
 * misspelt `{{signer.nmae}}` throw instead of printing nothing; plain-text documents are not HTML,
 * so they are not HTML-escaped (an apostrophe must stay an apostrophe).
 */
export function compileSource(env: HandlebarsEnvironment, source: string, options: { escape: boolean }): CompiledTemplate {
  const ast = env.parse(source);
  return env.compile(ast, { strict: true, noEscape: !options.escape }) as CompiledTemplate;
}
