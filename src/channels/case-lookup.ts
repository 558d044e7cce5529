// Stand-ins for src/case/localize.ts and src/case/sections.ts (being written in parallel); the
// lead swaps these for the real ones. Same contracts: a plain string applies to every language;
// a section without a language code belongs to the case's first language.
import type { Case, Localized, Section } from '../case/types.js';

export function localize(value: Localized | undefined, lang: string, fallbacks: readonly string[]): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  for (const l of [lang, ...fallbacks]) {
    const v = value[l];
    if (v !== undefined) return v;
  }
  return undefined;
}

export function findSection(c: Case, name: string, lang: string): Section | undefined {
  const wanted = name.toLowerCase();
  return c.sections.find((s) => s.name.toLowerCase() === wanted && (s.lang ?? c.languages[0]) === lang);
}
