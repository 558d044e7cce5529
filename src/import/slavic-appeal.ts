// A Slovak, Czech or Polish petition names the official in the sentence that asks the reader to
// act, office and name in the case the verb wants (accusative or dative):
//   Podpíšte petíciu a vyzvite prezidenta Jána Príkladného, aby …
//   Napište premiérovi Karlu Příkladovi a žádejte …
// The name is kept as printed (its case ending is the page's, and a wrong nominative would be an
// invention); the office is given in the nominative, its ending cut by the short table below. Only
// a sentence whose verb asks the reader to write, sign or call counts: a report names no one to
// write to.
import { countryCode } from '../channels/countries.js';
import { STATE_WORD } from './country-inflected.js';
import { findLandmarks } from './landmarks.js';
import type { ImportedOfficial } from './official-block.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** The imperatives that ask the reader to act (folded): Slovak vyzvite, napíšte, pošlite; Czech vyzvěte, napište, pošlete; Polish napisz, wezwij, wyślij. */
const ASKS = /(?:^|[\s,;:(])(?:vyzvite|vyzvi|napiste|napis|poslite|posli|vyzvete|poslete|napisz|napiszcie|wezwij|wezwijcie|wyslij|wyslijcie)\s/u;

/**
 * Offices by their folded stem, with the case endings they take after such a verb and the
 * nominative they are given in. "ministr-a" is Czech "ministr", Slovak and Polish "minister".
 */
const OFFICES: ReadonlyArray<{ stem: string; endings: readonly string[]; nominative: (lang: string) => string }> = [
  { stem: 'prezidentk', endings: ['a', 'u', 'e', 'y', 'i'], nominative: () => 'prezidentka' },
  { stem: 'prezident', endings: ['', 'a', 'ovi', 'om', 'e', 'em', 'u'], nominative: () => 'prezident' },
  { stem: 'prezydent', endings: ['', 'a', 'owi', 'em'], nominative: () => 'prezydent' },
  { stem: 'premier', endings: ['', 'a', 'ovi', 'owi', 'om', 'em'], nominative: (lang) => (lang === 'pl' ? 'premier' : 'premiér') },
  { stem: 'ministr', endings: ['a', 'ovi', 'owi', 'om', 'em'], nominative: (lang) => (lang === 'cs' ? 'ministr' : 'minister') },
  { stem: 'minister', endings: [''], nominative: () => 'minister' },
  { stem: 'prokurator', endings: ['', 'a', 'ovi', 'owi', 'om', 'em'], nominative: (lang) => (lang === 'pl' ? 'prokurator' : 'prokurátor') },
];
/** Two or three capitalised words: a first name and a surname, as the case inflects them. */
const NAME = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?=\s*(?:[,.;:!?]|$|\s(?:aby|ať|a|i|oraz|żeby|by|so|s|z)\s))/u;
/** How far down the page such a sentence stands. */
const LINES = 80;

export function slavicAppealOfficials(doc: ImportText): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  for (let n = 1; n <= Math.min(doc.lines.length, LINES); n++) {
    const text = lineAt(doc, n);
    // Cheap first: a sentence long enough for a verb, an office and a name.
    if (text.length < 20 || text.length > 600) continue;
    const folded = fold(text);
    const ask = ASKS.exec(folded);
    if (!ask) continue;
    const named = officeAndName(text, folded, ask.index + ask[0].length, () => findLandmarks(doc).language);
    if (!named || out.some((o) => o.name?.value === named.name)) continue;
    const line = n;
    out.push({ line, confidence: 'low', nameFromOffice: false, name: { value: named.name, line }, title: { value: named.title, line }, address: [], emails: [], copy: false, unsure: [] });
  }
  return out;
}

/** The first office word after the verb, in its clause, with the name right after it. */
function officeAndName(text: string, folded: string, from: number, lang: () => string): { title: string; name: string } | undefined {
  // fold keeps one character for each of the text's (accents dropped), so offsets agree.
  if (folded.length !== text.length) return undefined;
  const clause = folded.slice(from).split(/[.;:!?]/u)[0] ?? '';
  for (const word of clause.matchAll(/\p{L}+/gu)) {
    const office = OFFICES.find((o) => word[0].startsWith(o.stem) && o.endings.includes(word[0].slice(o.stem.length)));
    if (!office) continue;
    const after = from + (word.index ?? 0) + word[0].length;
    const name = NAME.exec(text.slice(after).trimStart())?.[1];
    // "prezidenta Slovenskej Republiky": the state the office serves, not his name.
    if (!name || name.split(/\s+/u).some((w) => STATE_WORD.test(fold(w))) || countryCode(name) !== undefined) return undefined;
    return { title: office.nominative(lang()), name };
  }
  return undefined;
}
