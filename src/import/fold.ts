// Text folded for matching labels and words: its own module, so that the word lists can use it
// without importing the line splitter that uses them.

/** Lower case, no accents, straight apostrophes: for matching labels in any of en/es/fr. */
export function fold(s: string): string {
  // Every recogniser folds every line it looks at: plain ASCII (most lines, and every blank one)
  // needs no Unicode normalisation, which is most of the cost on a long paste.
  if (PLAIN.test(s)) return s.replace(/`/g, "'").toLowerCase();
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

const PLAIN = /^[\x20-\x7e]*$/;
