// A PDF letter's logo turned into text at the top of the page: a word printed one letter a line
// ("N" / "E" / "T" / "W" / …), or capitals with letters moved about, split into one-letter pieces
// ("S R CHOLARS ISK"). Neither is a name nor part of any block: the lines are read as if they were
// not there, and reported.

/** A line of one capital letter. */
const LETTER_ALONE = /^\s*\p{Lu}\s*$/u;

/** The 1-based source lines that are a run of at least three lines of one capital letter each. */
export function letterColumnLines(rawLines: readonly string[]): Set<number> {
  const out = new Set<number>();
  let start = -1;
  for (let i = 0; i <= rawLines.length; i++) {
    const line = rawLines[i];
    // Most lines are longer than three characters: told by their length first.
    if (line !== undefined && line.length <= 3 && LETTER_ALONE.test(line)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start >= 3) for (let k = start; k < i; k++) out.add(k + 1);
    start = -1;
  }
  return out;
}

/**
 * "S R CHOLARS ISK": a short line in capitals with two or more one-letter consonants standing
 * alone. No name or office is printed so; a vowel alone is a word in many languages ("A", "Y", "E",
 * "H E" for His Excellency has one consonant), a letter with a dot an initial.
 */
export function isScrambledLogo(line: string): boolean {
  if (line.length > 40 || /[\p{Ll}\d.,:@]/u.test(line)) return false;
  const words = line.trim().split(/\s+/);
  if (words.length < 3 || words.length > 6) return false;
  const alone = words.filter((w) => /^\p{Lu}$/u.test(w) && !/^[AEIOUYÀÁÉÈÓÒÚ]$/u.test(w)).length;
  return alone >= 2 && words.some((w) => w.length >= 3);
}
