// Text folded for matching labels and words: its own module, so that the word lists can use it
// without importing the line splitter that uses them.

/** Lower case, no accents, straight apostrophes: for matching labels in any of en/es/fr. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}
