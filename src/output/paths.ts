// Output paths: the layout (re-exported from layout.ts) and ASCII folder names for signers.
import slugify from '@sindresorhus/slugify';
import type { Signer } from '../signer/types.js';

export * from './layout.js';

// Serbian and Macedonian letters the transliteration table leaves out (Ђорђе → djordje).
const CYRILLIC_EXTRA: ReadonlyArray<[string, string]> = [
  ['ђ', 'dj'], ['Ђ', 'Dj'], ['ћ', 'c'], ['Ћ', 'C'], ['џ', 'dz'], ['Џ', 'Dz'], ['ј', 'j'], ['Ј', 'J'],
  ['ѓ', 'gj'], ['Ѓ', 'Gj'], ['ќ', 'kj'], ['Ќ', 'Kj'], ['ѕ', 'dz'], ['Ѕ', 'Dz'],
];
// Turkish writes ü/ö without the German "ue"/"oe". Not slugify's `{locale: 'tr'}`: that lowercases
// the transliterated "I" of "İstanbul" to a dotless ı and then drops it ("stanbul").
const TURKISH: ReadonlyArray<[string, string]> = [['ü', 'u'], ['Ü', 'U'], ['ö', 'o'], ['Ö', 'O']];

const MAX_SLUG = 60;

/** An ASCII folder name for a signer: "Łódź Kowalska" → "lodz-kowalska"; "signer" when nothing is left (CJK). */
export function signerSlug(signer: Pick<Signer, 'name' | 'lang'>): string {
  const replacements = signer.lang === 'tr' ? [...CYRILLIC_EXTRA, ...TURKISH] : [...CYRILLIC_EXTRA];
  let slug = slugify(signer.name, { customReplacements: replacements, decamelize: false });
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
  return signers.map((signer) => {
    const base = signerSlug(signer);
    let dir = base;
    for (let n = 2; taken.has(dir); n++) dir = `${base}-${n}`;
    taken.add(dir);
    return dir;
  });
}
