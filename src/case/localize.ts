import type { Localized } from './types.js';

/**
 * The text of a field in `lang`. A plain string is the same in every language; from a language
 * map take `lang`, then each fallback in order, then the first entry (better a title in Spanish
 * than no title at all).
 */
export function localize(value: Localized | undefined, lang: string, fallbacks: readonly string[]): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  for (const code of [lang, ...fallbacks]) {
    const text = value[code];
    if (text !== undefined) return text;
  }
  return Object.values(value)[0];
}
