// UA headlines are set in capitals ("VENEZUELA: MASS DETENTION OF VULNERABLE GROUPS"); a case title
// reads better in sentence case. Lower-casing everything would also flatten names, so each word
// takes the form the document itself uses mid-sentence ("Venezuela", "UN", "Rocío"), and only
// words the document never writes capitalised are lowered.
import { isAllCaps } from './text.js';

/** lower-case word → the capitalised form seen mid-sentence in the document's running text. */
export interface CasingMap {
  get(word: string): string | undefined;
}

const remembered = new WeakMap<readonly string[], CasingMap>();

/**
 * The casing map of a document, made once per document (the country and title both ask), and only
 * when a word is looked up in it: a title or a country not in capitals is kept as written, and the
 * whole document is not read for it.
 */
export function casingFrom(lines: readonly string[]): CasingMap {
  const known = remembered.get(lines);
  if (known) return known;
  let map: ReadonlyMap<string, string> | undefined;
  const lazy: CasingMap = { get: (word) => (map ??= buildCasing(lines)).get(word) };
  remembered.set(lines, lazy);
  return lazy;
}

function buildCasing(lines: readonly string[]): ReadonlyMap<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const line of lines) {
    if (isAllCaps(line)) continue;
    // Skip each sentence's first word: its capital says nothing about the word.
    for (const m of line.matchAll(/(?<![.!?:•]\s|^)(?<=\s|\(|")(\p{L}[\p{L}\p{M}'’-]*)/gu)) {
      const word = m[1] ?? '';
      const key = lower(word);
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

/** Lower case without the stray combining dot JavaScript leaves on Turkish "İ" ("İ" → "i̇"). */
export const lower = (w: string): string => w.toLowerCase().replace(/i\u0307/g, 'i');
const capitalise = (w: string) => w.charAt(0).toUpperCase() + lower(w.slice(1));

/** "MASS DETENTION OF VULNERABLE GROUPS" → "mass detention of vulnerable groups" (per the map). */
export function recaseWords(text: string, casing: CasingMap, capitaliseFirst: boolean): string {
  let first = capitaliseFirst;
  return text.replace(/\p{L}[\p{L}\p{M}'’]*/gu, (word) => {
    const known = casing.get(lower(word));
    const out = known ?? (first ? capitalise(word) : lower(word));
    first = false;
    return out;
  });
}

/**
 * Sentence case for an all-caps headline ("Venezuela: mass detention of vulnerable groups", the
 * house style of UA headlines: lower case after the colon); a mixed-case headline is kept.
 */
export function sentenceCase(title: string, casing: CasingMap): string {
  if (!isAllCaps(title)) return title;
  // The separator is kept as written: French puts a space before the colon ("TCHAD : …").
  const m = /^(.*?)(\s*:\s*)(.*)$/.exec(title);
  if (!m) return recaseWords(title, casing, true);
  return `${titleCase(m[1] ?? '', casing)}${m[2] ?? ''}${recaseWords(m[3] ?? '', casing, false)}`;
}

const SMALL = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'las', 'los', 'y', 'et', 'du', 'des', 'le', 'les', 'da', 'do', 'dos']);

/** "DEMOCRATIC REPUBLIC OF THE CONGO" → "Democratic Republic of the Congo"; "USA" stays. */
export function titleCase(text: string, casing: CasingMap): string {
  if (!isAllCaps(text)) return text.trim();
  return text.trim().replace(/\p{L}[\p{L}\p{M}'’]*/gu, (word, offset: number) => {
    const known = casing.get(lower(word));
    if (known) return known;
    if (word.length <= 3 && !SMALL.has(lower(word))) return word;
    return offset > 0 && SMALL.has(lower(word)) ? lower(word) : capitalise(word);
  });
}

/** Joining words an office's name writes in lower case, in the languages UAs come in. */
const OFFICE_SMALL = new Set([...SMALL, 'for', 'on', 'to', 'in', 'der', 'die', 'das', 'des', 'dem', 'den', 'und', 'für', 'von', 'vom', 'zur', 'zum', 'pour', 'en', 'e', 'para', 'por', 'al', 'och', 'för', 'av']);

/**
 * "OBERSTE JUSTIZAUTORITÄT", "MINISTER OF THE INTERIOR": an office printed as a heading in capitals
 * is written as a letter would address it ("Oberste Justizautorität", "Minister of the Interior"),
 * as names printed in capitals are: joining words lowered, acronyms of two or three letters
 * ("UN", "NSA") kept. An office in mixed case is the document's, and stays as written.
 */
export function officeCase(text: string): string {
  if (!isAllCaps(text)) return text;
  return text.replace(/\p{L}[\p{L}\p{M}'’]*/gu, (word, offset: number) => {
    const small = lower(word);
    if (OFFICE_SMALL.has(small)) return offset > 0 ? small : capitalise(word);
    return word.length <= 3 ? word : capitalise(word);
  });
}

/**
 * "HIS EXCELLENCY DR ALEXANDER V YAKOVENKO": a name printed all in capitals is written as a letter
 * addresses it ("His Excellency Dr", "Alexander V Yakovenko"); each part of a hyphened name keeps
 * its capital ("Al-Mansouri"). A name in mixed case is the document's, and stays as written.
 */
export function personCase(text: string | undefined): string | undefined {
  if (text === undefined || !isAllCaps(text)) return text;
  return text.replace(/\p{L}[\p{L}\p{M}'’]*/gu, capitalise);
}

/** Courtesy titles written as capitals' abbreviations ("HE", "H.E.", "HRH"): kept as printed. */
const ABBREVIATED = /^(?:HE|HRH|HH|H\.\s?E\.?|H\.\s?H\.?)$/;

/**
 * "HIS EXCELLENCY MR" → "His Excellency Mr", as a name in capitals is; an abbreviation in capitals
 * ("HE", "H.E") stays as printed: "He" would read as a word.
 */
export function honorificCase(text: string | undefined): string | undefined {
  return text !== undefined && ABBREVIATED.test(text.trim()) ? text : personCase(text);
}
