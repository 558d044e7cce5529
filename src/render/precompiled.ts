// Templates compiled ahead of time. Compiling the built-in templates (Handlebars' parser and code
// generator, then `new Function`) costs ~10–20 ms at every start, more than the rest of a
// one-letter run's rendering. scripts/bundle.mjs replaces this module in the bundled CLI with the
// built-in templates compiled at build time (precompile-module.ts writes it); run from source it
// stays empty and every template is compiled at run time, as before.
//
// Entries are keyed by the template's full source text and its escaping (`precompiledKey`), never
// by its name: a template a user changed, or one the build never saw, misses and is compiled from
// its source, so a stale entry can make a run slower but can never make it print something else.

/** A template spec as `Handlebars.precompile` writes it, evaluated: what `env.template()` takes. */
export type TemplateSpec = object;

export const PRECOMPILED: ReadonlyMap<string, TemplateSpec> = new Map();

/**
 * Makes a language's templates precompiled before its documents are rendered. The bundled CLI
 * keeps only en, es and fr in its own file and the other languages in files of their own, loaded
 * here on first need (scripts/bundle.mjs); run from source there is nothing to load.
 */
export async function loadPrecompiled(lang: string): Promise<void> {
  void lang;
}
