/** "targest" → "targets": suggestions for misspelt field names. */

/**
 * The candidate closest to `word`, or undefined when none is close enough to be a likely typo.
 * Case, '_' and '-' are ignored first (`Contacts-Checked` → `contacts_checked`); then the
 * optimal string alignment distance counts a swap of two neighbours as one edit, the most common
 * typing slip ("targest"), and allows about one edit per three letters.
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const folded = fold(word);
  const exact = candidates.find((c) => fold(c) === folded);
  if (exact !== undefined) return exact;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = osaDistance(folded, fold(candidate));
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const allowed = Math.max(1, Math.floor(Math.min(folded.length, 12) / 3));
  return bestDistance <= allowed ? best : undefined;
}

const fold = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');

/** Levenshtein distance plus transposition of adjacent characters. */
export function osaDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      d[i * cols + j] = v;
    }
  }
  return at(a.length, b.length);
}
