// UA headlines are set in capitals ("VENEZUELA: MASS DETENTION OF VULNERABLE GROUPS"); a case title
// reads better in sentence case. Lower-casing everything would also flatten names, so each word
// takes the form the document itself uses mid-sentence ("Venezuela", "UN", "Rocío"), and only
// words the document never writes capitalised are lowered.
import { isAllCaps } from './text.js';

/** lower-case word → the capitalised form seen mid-sentence in the document's running text. */
export type CasingMap = ReadonlyMap<string, string>;

export function casingFrom(lines: readonly string[]): CasingMap {
  const votes = new Map<string, Map<string, number>>();
  for (const line of lines) {
    if (isAllCaps(line)) continue;
    // Skip each sentence's first word: its capital says nothing about the word.
    for (const m of line.matchAll(/(?<![.!?:•]\s|^)(?<=\s|\(|")(\p{L}[\p{L}\p{M}'’-]*)/gu)) {
      const word = m[1] ?? '';
      const key = word.toLowerCase();
      const forms = votes.get(key) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      votes.set(key, forms);
    }
  }
  const map = new Map<string, string>();
  for (const [key, forms] of votes) {
    const best = [...forms.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best && best[0] !== key) map.set(key, best[0]);
  }
  return map;
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/** "MASS DETENTION OF VULNERABLE GROUPS" → "mass detention of vulnerable groups" (per the map). */
export function recaseWords(text: string, casing: CasingMap, capitaliseFirst: boolean): string {
  let first = capitaliseFirst;
  return text.replace(/\p{L}[\p{L}\p{M}'’]*/gu, (word) => {
    const known = casing.get(word.toLowerCase());
    const out = known ?? (first ? capitalise(word) : word.toLowerCase());
    first = false;
    return out;
  });
}

/** Sentence case for an all-caps headline; a headline already in mixed case is kept as written. */
export function sentenceCase(title: string, casing: CasingMap): string {
  if (!isAllCaps(title)) return title;
  const colon = title.indexOf(':');
  if (colon < 0) return recaseWords(title, casing, true);
  return `${titleCase(title.slice(0, colon), casing)}: ${recaseWords(title.slice(colon + 1).trim(), casing, true)}`;
}

const SMALL = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'las', 'los', 'y', 'et', 'du', 'des', 'le', 'les', 'da', 'do', 'dos']);

/** "DEMOCRATIC REPUBLIC OF THE CONGO" → "Democratic Republic of the Congo"; "USA" stays. */
export function titleCase(text: string, casing: CasingMap): string {
  if (!isAllCaps(text)) return text.trim();
  return text.trim().replace(/\p{L}[\p{L}\p{M}'’]*/gu, (word, offset: number) => {
    const known = casing.get(word.toLowerCase());
    if (known) return known;
    if (word.length <= 3 && !SMALL.has(word.toLowerCase())) return word;
    return offset > 0 && SMALL.has(word.toLowerCase()) ? word.toLowerCase() : capitalise(word);
  });
}
