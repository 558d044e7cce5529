// Text folded for matching labels and words: its own module, so that the word lists can use it
// without importing the line splitter that uses them.

/** Lower case, no accents, straight apostrophes: for matching labels in any of en/es/fr. */
export function fold(s: string): string {
  // The recognisers fold the same lines again and again (each looks for its own labels): the
  // answers are remembered, a bounded number of short lines at a time. Two generations, so that a
  // full memo drops the lines least recently asked for, not all of them at once (on a long paste
  // each reader's pass over the page would otherwise find the memo just emptied).
  const known = recent.get(s) ?? older.get(s);
  if (known !== undefined) return known;
  const folded = foldNow(s);
  if (s.length <= 400) remember(s, folded);
  return folded;
}

function remember(s: string, folded: string): void {
  if (recent.size >= MEMO_LIMIT) {
    older = recent;
    recent = new Map();
  }
  recent.set(s, folded);
}

function foldNow(s: string): string {
  // Plain ASCII (most lines, and every blank one) needs no Unicode normalisation, which is most
  // of the cost on a long paste.
  if (PLAIN.test(s)) return s.replace(/`/g, "'").toLowerCase();
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

const PLAIN = /^[\x20-\x7e]*$/;
const MEMO_LIMIT = 4096;
let recent = new Map<string, string>();
let older = new Map<string, string>();

/** A name's last word, folded: its surname, to tell whether two printings name the same person. */
export const foldedSurname = (name: string): string => fold(name).trim().split(/\s+/u).at(-1) ?? '';
