// A country named inside an office's title in a language that declines it: Lithuanian "Lietuvos
// Respublikos prezidentui" (Lietuva), Latvian "Latvijas Republikas Saeimai" (Latvija), Polish
// "Prezydent Rzeczypospolitej Polskiej" (Polska), Romanian "Președintele României" (România),
// Icelandic "forseti Íslands" (Ísland), Finnish "Suomen tasavallan presidentti" (Suomi), Estonian
// "Eesti Vabariigi president" (Eesti). ICU's names in those languages (the project's copy) lose
// their nominative ending and take one of the language's case endings; nothing else matches, and
// no word list of inflected names is kept.
import { countryNamesIn, normalizeCountry } from '../channels/countries.js';
import { englishName } from './script-country.js';

/** The case endings each language puts on a name's stem (genitive, dative, locative; folded, no accents). */
const CASE_ENDINGS: Readonly<Record<string, ReadonlySet<string>>> = {
  lt: new Set(['', 'a', 'os', 'ai', 'oje', 'o', 'ui', 'e', 'us', 'u']),
  lv: new Set(['', 'a', 'as', 'ai', 'u', 'e', 'es', 's']),
  et: new Set(['', 's', 'st', 'le', 'l', 'ga']),
  is: new Set(['', 's', 'i', 'u']),
  ro: new Set(['', 'a', 'ei', 'ii', 'ului', 'ul']),
  fi: new Set(['', 'i', 'en', 'n', 'an', 'in', 'ssa', 'lla', 'lle']),
  pl: new Set(['', 'a', 'i', 'y', 'iej', 'ej', 'e']),
  hu: new Set(['', 'i', 'nak', 'ban', 'on']),
  bg: new Set(['']),
};
/** The nominative ending a name drops before taking a case ending ("Lietuv-a" → "Lietuv-os", "Suom-i" → "Suom-en", "Latvij-a" → "Latvij-as"). */
const NOMINATIVE_END = /(?:a|e|i|o|s|я|а)$/u;
/** Shorter stems would match too much. */
const MIN_STEM = 4;
/**
 * "Respublikos", "Vabariigi", "Rzeczypospolitej", "Republicii", "tasavallan", "lýðveldisins": the
 * word for a republic, whose neighbour is its country's name in any of these languages.
 */
const REPUBLIC = /^(?:respublik\p{L}*|republi[ck]\p{L}*|vabariig\p{L}*|rzeczypospolit\p{L}*|tasavall\p{L}*|lyðveld\p{L}*|република\p{L}*|koztarsasag\p{L}*)$/u;

type Stem = { stem: string; name: string; code: string };
const stems = new Map<string, Stem[]>();
function stemsIn(lang: string): Stem[] {
  let known = stems.get(lang);
  if (!known) {
    known = [...countryNamesIn(lang)].filter(([name]) => !name.includes(' ')).map(([name, code]) => ({ stem: name.replace(NOMINATIVE_END, ''), name, code })).filter((s) => s.stem.length >= MIN_STEM);
    stems.set(lang, known);
  }
  return known;
}

/** The languages whose declined names this module reads. */
const DECLINING = Object.keys(CASE_ENDINGS);

/**
 * The English name of the country `text` names in a declined form of one of `langs` (the page's
 * languages: in them any name counts), or of any of them next to its word for a republic
 * ("Eesti Vabariigi", whatever language the detector gave the page); undefined when none.
 */
export function declinedCountryIn(text: string, langs: readonly string[]): string | undefined {
  if (text.length > 200) return undefined;
  const words = normalizeCountry(text).split(' ');
  for (const lang of DECLINING) {
    const own = langs.includes(lang);
    const endings = CASE_ENDINGS[lang] ?? new Set<string>();
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? '';
      if (word.length < MIN_STEM) continue;
      if (!own && !REPUBLIC.test(words[i - 1] ?? '') && !REPUBLIC.test(words[i + 1] ?? '')) continue;
      const hit = stemsIn(lang).find((s) => word === s.name || (word.startsWith(s.stem) && endings.has(word.slice(s.stem.length))));
      if (hit) return englishName(hit.code);
    }
  }
  return undefined;
}
