// ASCII folder names for signers in a batch (pure: the output layout itself is src/write/layout.ts).
import slugify from '@sindresorhus/slugify';
import type { Signer } from './types.js';


// Serbian and Macedonian letters the transliteration table leaves out (Ђорђе → djordje).
export const CYRILLIC_EXTRA: ReadonlyArray<[string, string]> = [
  ['ђ', 'dj'], ['Ђ', 'Dj'], ['ћ', 'c'], ['Ћ', 'C'], ['џ', 'dz'], ['Џ', 'Dz'], ['ј', 'j'], ['Ј', 'J'],
  ['ѓ', 'gj'], ['Ѓ', 'Gj'], ['ќ', 'kj'], ['Ќ', 'Kj'], ['ѕ', 'dz'], ['Ѕ', 'Dz'],
];
// Turkish writes ü/ö without the German "ue"/"oe". Not slugify's `{locale: 'tr'}`: that lowercases
// the transliterated "I" of "İstanbul" to a dotless ı and then drops it ("stanbul").
export const TURKISH: ReadonlyArray<[string, string]> = [['ü', 'u'], ['Ü', 'U'], ['ö', 'o'], ['Ö', 'O']];

const MAX_SLUG = 60;

/** Any of the characters the tables above replace (most names have none). */
const CYRILLIC_KEYS = new RegExp(`[${CYRILLIC_EXTRA.map(([key]) => key).join('')}]`);
const TURKISH_KEYS = new RegExp(`[${TURKISH.map(([key]) => key).join('')}]`);

/**
 * The replacements a name needs: none when it holds none of their characters. slugify applies
 * each replacement with a pass over the name; with 10,000 signers those passes were a third of
 * reading the list, and a replacement whose character is absent changes nothing.
 */
export function replacementsFor(signer: Pick<Signer, 'name' | 'lang'>): Array<[string, string]> {
  const cyrillic = CYRILLIC_KEYS.test(signer.name);
  const turkish = signer.lang === 'tr' && TURKISH_KEYS.test(signer.name);
  if (!cyrillic && !turkish) return [];
  return signer.lang === 'tr' ? [...CYRILLIC_EXTRA, ...TURKISH] : [...CYRILLIC_EXTRA];
}

const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** Slugs of single words, remembered: first names and surnames repeat down a signer list. */
const wordSlugs = new Map<string, string>();
const WORD_CACHE_LIMIT = 20_000;

/**
 * slugify's result, a word at a time. Every step of slugify works within a word (its tables have no
 * key and no value with white space in it; white space itself becomes the separator), so the slug
 * of a name is the non-empty slugs of its words joined by '-' (a test holds the two to agreement).
 * A list of 10,000 signers brings only a few hundred distinct words: slugify runs for those.
 */
export function nameSlug(name: string, lang: string | undefined): string {
  const slugs: string[] = [];
  for (const word of name.split(/\s+/)) {
    if (word === '') continue;
    // Plain ASCII letters and digits: slugify only lowercases them (numbers make many words unique).
    if (ASCII_WORD.test(word)) {
      slugs.push(word.toLowerCase());
      continue;
    }
    const key = lang === 'tr' ? `tr\u0000${word}` : word;
    let slug = wordSlugs.get(key);
    if (slug === undefined) {
      slug = slugify(word, { customReplacements: replacementsFor({ name: word, lang }), decamelize: false });
      if (wordSlugs.size >= WORD_CACHE_LIMIT) wordSlugs.clear();
      wordSlugs.set(key, slug);
    }
    if (slug !== '') slugs.push(slug);
  }
  return slugs.join('-');
}

/** An ASCII folder name for a signer: "Łódź Kowalska" → "lodz-kowalska"; "signer" when nothing is left (CJK). */
export function signerSlug(signer: Pick<Signer, 'name' | 'lang'>): string {
  let slug = nameSlug(signer.name, signer.lang);
  if (slug.length > MAX_SLUG) {
    // Cut at the last whole word that fits; one very long word is cut where it must be.
    const cut = slug.slice(0, MAX_SLUG + 1);
    slug = cut.includes('-') ? cut.replace(/-[^-]*$/, '') : cut.slice(0, MAX_SLUG);
  }
  return slug || 'signer';
}

/** One folder per signer, in list order; a second "Ana Silva" gets "ana-silva-2". */
export function uniqueSignerDirs(signers: ReadonlyArray<Pick<Signer, 'name' | 'lang'>>): string[] {
  const taken = new Set<string>();
  // Where each name's numbering got to: a list of names that all slug to "signer" (CJK) would
  // otherwise try -2, -3, … from the start for every one of them (10,000 names: 2 s).
  const nextNumber = new Map<string, number>();
  return signers.map((signer) => {
    const base = signerSlug(signer);
    let dir = base;
    if (taken.has(dir)) {
      let n = nextNumber.get(base) ?? 2;
      do dir = `${base}-${n++}`;
      while (taken.has(dir));
      nextNumber.set(base, n);
    }
    taken.add(dir);
    return dir;
  });
}
