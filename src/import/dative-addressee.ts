// A petition or open letter may name its addressee on one line right above the greeting, in the
// dative, his office first and his name after a comma, ending as a sentence does:
//   Al Ministro della Giustizia, Mario Esempio.
//   Signor Ministro,
// No contact line and the full stop make the block readers take it for running text. The line is
// the official only when the greeting under it addresses the same office (addressee-above-letter.ts).
import { addresseeAboveLetter } from './addressee-above-letter.js';
import { findLandmarks } from './landmarks.js';
import type { ImportedOfficial } from './official-block.js';
import { isOrganisation, isPersonName, isRoleLike } from './official-words.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "Al", "Alla", "Allo", "All'", "Ao", "À", "Au", "Al", "A la", "To the": the dative that addresses the letter. */
const DATIVE = /^(?:al|alla|allo|all['’]|ao|à|au|a la|to the)\s*(?=\p{Lu})/iu;

export function dativeAddressee(doc: ImportText): ImportedOfficial[] {
  const greeting = findLandmarks(doc).salutation;
  if (greeting === undefined) return [];
  let n = greeting - 1;
  while (n >= 1 && isBlank(lineAt(doc, n))) n--;
  const text = lineAt(doc, n).trim();
  // Cheap first: a short line opened by the dative.
  if (n < 1 || text.length > 200 || !DATIVE.test(text)) return [];
  const value = text.replace(DATIVE, '').replace(/[.:,;]$/u, '');
  const comma = value.lastIndexOf(',');
  if (comma < 0 || /[@\d;()]/u.test(value)) return [];
  const [office, name] = [value.slice(0, comma).trim(), value.slice(comma + 1).trim()];
  if (!isRoleLike(office) || isOrganisation(office) || name.split(/\s+/u).length < 2 || !isPersonName(name) || isRoleLike(name)) return [];
  if (addresseeAboveLetter([`${office}, ${name}`], lineAt(doc, greeting).trim()) === undefined) return [];
  const at = (v: string) => ({ value: v, line: n });
  return [{ line: n, confidence: 'low', nameFromOffice: false, name: at(name), title: at(office), address: [], emails: [], copy: false, unsure: [] }];
}
