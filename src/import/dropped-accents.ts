// Some pages reach the importer with every accented letter dropped by their source ("Mxico",
// "Seor Presidente", "Pea Example"): an old mail system or a copy through a plain-ASCII form. The
// country at the end of an address is then no name a table knows. A careful reader sees the
// dropped letters and reads "Mxico" as México. Only with that evidence: the page must show other
// words with a dropped accented letter, and exactly one country must be one letter away.
import { countryCode } from '../channels/countries.js';
import type { ImportedOfficial } from './official-block.js';
import { found, type Finding, type ImportText } from './types.js';

/**
 * Frequent words of Spanish, Portuguese and French letters as printed with their accented letter
 * dropped: "Seor" (Señor), "Repblica", "Excelentsimo", "Nacin", "atencin", "Ministrio".
 */
const EVIDENCE = /\b(?:Seor(?:a|es)?|Repblica|Excelentsim[oa]s?|Nacin|[Aa]tencin|[Dd]etencin|[Ii]nformacin|[Pp]eticin|[Ss]ituacin|[Dd]ireccin|[Tt]ambin|Ministrio|Secretrio|Excelncia|Rpublique|Prsident)\b/u;
const ACCENTED = ['á', 'é', 'í', 'ó', 'ú', 'ñ', 'ã', 'õ', 'ç', 'â', 'ê', 'ô', 'è', 'ë', 'ï', 'ü', 'Á', 'É', 'Í', 'Ó', 'Ú'];
const SCAN_LINES = 400;

/** Whether the page shows words whose accented letter was dropped. */
export function dropsAccents(doc: ImportText): boolean {
  for (let n = 0; n < Math.min(doc.lines.length, SCAN_LINES); n++) if (EVIDENCE.test(doc.lines[n] ?? '')) return true;
  return false;
}

/** "Mxico" → "México": the one country name a single accented letter restores, or undefined. */
export function restoredCountry(word: string): string | undefined {
  if (!/^\p{Lu}[\p{L}]{2,20}$/u.test(word) || countryCode(word) !== undefined) return undefined;
  const hits = new Set<string>();
  let first: string | undefined;
  for (let i = 1; i <= word.length; i++) {
    for (const a of ACCENTED) {
      const candidate = word.slice(0, i) + (word === word.toUpperCase() ? a.toUpperCase() : a) + word.slice(i);
      const code = countryCode(candidate);
      if (code === undefined) continue;
      hits.add(code);
      first ??= candidate;
    }
  }
  return hits.size === 1 ? first : undefined;
}

/** The country at the end of an official's address, its dropped accent restored, on a page that drops them. */
export function droppedAccentCountry(doc: ImportText, officials: readonly ImportedOfficial[]): Finding<string> | undefined {
  let evidence: boolean | undefined;
  for (const o of officials) {
    for (const line of [...o.address].reverse()) {
      const last = line.value.split(/[,;]\s*|\s+/u).filter((w) => w !== '').pop()?.replace(/[.]+$/u, '');
      if (last === undefined || !/^\p{Lu}/u.test(last) || countryCode(last) !== undefined) continue;
      evidence ??= dropsAccents(doc);
      if (!evidence) return undefined;
      const name = restoredCountry(last);
      if (name !== undefined) return found(name, 'low', line.line, `"${last}" read as ${name}: the page drops accented letters ("Seor" and the like): check it`);
    }
  }
  return undefined;
}
