// Ids for the draft: the case id is the country and the headline's first content words
// ("venezuela-mass-detention-vulnerable-groups"); a target id is the office's head words
// ("attorney-general", "permanent-mission", "minister-interior"), else the person's name.
import slugify from '@sindresorhus/slugify';
import { fold } from './text.js';

const FILLER = new Set([
  'a', 'an', 'the', 'of', 'to', 'for', 'in', 'on', 'at', 'and', 'or', 'by', 'with', 'from', 'must', 'be', 'is', 'are', 'has', 'have', 'been', 'their', 'his', 'her', 'its',
  'de', 'del', 'la', 'las', 'el', 'los', 'y', 'o', 'en', 'a', 'al', 'por', 'para', 'con', 'un', 'una', 'su', 'sus', 'que', 'debe', 'deben', 'ser',
  'le', 'les', 'du', 'des', 'et', 'ou', 'au', 'aux', 'pour', 'sur', 'avec', 'un', 'une', 'son', 'sa', 'ses', 'doit', 'doivent', 'etre',
]);
const CONNECTOR = /\s+(?:of|to|for|in|at|de|del|de la|de los|du|des|aupres|ante|para|pour)\s+/i;

// Accents are dropped before slugify, whose default transliteration is German ("ü" → "ue"):
// "Türkiye" → "turkiye", as people would type it.
const slug = (text: string) => slugify(fold(text), { decamelize: false });

function contentWords(text: string): string[] {
  return slug(text).split('-').filter((w) => w !== '' && !FILLER.has(w));
}

/** undefined when neither title nor country gave a usable slug. */
export function caseIdFrom(title: string | undefined, country: string | undefined): string | undefined {
  const headline = title?.includes(':') ? title.slice(title.indexOf(':') + 1) : title;
  const words = [...contentWords(country ?? ''), ...contentWords(headline ?? '').slice(0, 4)];
  let id = words.join('-');
  if (id.length > 60) id = id.slice(0, 61).replace(/-[^-]*$/, '');
  return id === '' ? undefined : id;
}

export function targetIdFrom(office: string | undefined, name: string | undefined): string {
  if (office) {
    const [head = '', rest = ''] = office.split(CONNECTOR);
    const headWords = contentWords(head).slice(0, 3);
    // A one-word head ("Minister") is too common: add the first word of what it is minister of.
    const words = headWords.length === 1 ? [...headWords, ...contentWords(rest).slice(0, 1)] : headWords;
    if (words.length > 0) return words.join('-');
  }
  return slug(name ?? '') || 'official';
}

/** "official", "official" → "official", "official-2". */
export function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  });
}
