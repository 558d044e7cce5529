// "President of Azerbiijan": an official's office may name its country with a typo, which no name
// table knows. A careful reader sees the country the page names correctly elsewhere ("the
// Azerbaijani authorities", "arrests in Azerbaijan") one letter off, and takes it. Two places
// agreeing is what makes it sure: a word no country of the page is one edit from is left alone, and
// so is a word as near to two of them.
import { countryMentions } from './country-mentions.js';
import { ABROAD } from './country.js';
import { findLandmarks } from './landmarks.js';
import type { ImportedOfficial } from './official-block.js';
import { casingFrom, titleCase } from './recase.js';
import { fold } from './text.js';
import { found, type Finding, type ImportText } from './types.js';

/** "of", "de", "du", "der", "von", "di": the country's name follows in an office's title. */
const BEFORE_NAME = /(?:^|\s)(?:of(?: the)?|de(?: la)?|del|du|des|der|von|di|do|da)\s+(\p{Lu}[\p{L}\p{M}-]+)/gu;
/** Shorter words are one edit from too many others ("Iran", "Irak", "Oman"). */
const MIN_LETTERS = 6;

/** The page's country an official's title misspells by one letter, or undefined. */
export function misspeltOfficeCountry(doc: ImportText, officials: readonly ImportedOfficial[]): Finding<string> | undefined {
  const words: Array<{ word: string; line: number }> = [];
  for (const o of officials) {
    if (o.copy) continue;
    for (const part of [o.title, o.nameFromOffice ? o.name : undefined]) {
      if (!part || ABROAD.test(part.value)) continue;
      for (const m of part.value.matchAll(BEFORE_NAME)) if ((m[1] ?? '').length >= MIN_LETTERS) words.push({ word: m[1] ?? '', line: part.line });
    }
  }
  if (words.length === 0) return undefined;
  const named = countryMentions(doc, findLandmarks(doc).language).filter((m) => !m.adjective);
  for (const { word, line } of words) {
    const near = [...new Map(named.filter((m) => oneEditApart(fold(word), fold(m.name))).map((m) => [m.country, m])).values()];
    if (near.length !== 1 || !near[0]) continue;
    return found(titleCase(near[0].name, casingFrom(doc.lines)), 'medium', line, `the official's title names "${word}", one letter from ${near[0].name}, which the page names: check it`);
  }
  return undefined;
}

/** One letter changed, added, dropped or two neighbours swapped; the same word is no typo. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const [x, y] = [a.slice(i), b.slice(i)];
  if (x.length === y.length) return x.slice(1) === y.slice(1) || (x[0] === y[1] && x[1] === y[0] && x.slice(2) === y.slice(2));
  return x.length > y.length ? x.slice(1) === y : y.slice(1) === x;
}
