// The courtesy titles a reader left at the front of an official's name. Block readers take the
// courtesy they know off the name's line, but a stack of them ("Excelencia Ayatollah Sayed 'Ali
// Khamenei", "Exzellenz Herr Hans Muster", "Excellency Mr. Jane Doe") keeps its first word when that
// word is the rank alone, with no "His"/"Su"/"Seine" before it: the list of honorifics takes "Su
// Excelencia" but never "Excelencia" alone, which also opens a letter's greeting. On the name, at
// the last step, every courtesy in front of a person's name is parted from it, whatever the
// language (official-words.ts's honorifics, and the rank alone here): what follows is the name.
import { isPersonName, splitHonorific } from './official-words.js';
import { isRegionName } from './state-country.js';
import { fold } from './text.js';

/** "Excelencia", "Exzellenz", "Excellency": the rank alone, with its comma if the page printed one. */
const RANK_ALONE = /^(?:Excellency|Excelencia|Excelência|Exzellenz|Excellence|Excellentie|Eccellenza|Ekscelencja|Excelenţa|Excelența)\b,?\s+/iu;

/** How many courtesies may stand in a row before a name ("Excelencia Ayatollah", "S.E. Herrn Prof. Dr."). */
const MAX_COURTESIES = 4;

/**
 * "Excelencia Ayatollah Sayed 'Ali Khamenei" → courtesy "Excelencia Ayatollah", name "Sayed 'Ali
 * Khamenei". Undefined when no courtesy opens the name, or when what is left is no person's name of
 * two words at least ("Excellency Doe" keeps its word: a surname alone may be the rank's object or
 * the name itself).
 */
export function courtesyBeforeName(name: string): { courtesy: string; name: string } | undefined {
  let rest = name.trim();
  for (let i = 0; i < MAX_COURTESIES; i++) {
    const rank = RANK_ALONE.exec(rest);
    if (rank) {
      rest = rest.slice(rank[0].length);
      continue;
    }
    const parted = splitHonorific(rest);
    if (parted.honorific === undefined) break;
    rest = parted.rest;
  }
  rest = rest.trim();
  if (rest === name.trim() || rest.split(/\s+/u).length < 2 || !isPersonName(rest)) return undefined;
  const courtesy = name.trim().slice(0, name.trim().length - rest.length).trim().replace(/,$/u, '');
  return { courtesy, name: rest };
}

/**
 * Words of the office a reader left at the front of the name, after the office it read on the same
 * line: the adjective a Romance language prints after the office's noun ("Líder Supremo Ali Example"
 * read as the office "Líder" and the name "Supremo Ali Example"; "Guide suprême …", "Fiscal Adjunto
 * …") and the region the office is of ("Chief Minister, Punjab Jane Doe", "Governor, Lagos John
 * Roe"). Neither is ever a first name: they are parted when what is left is a person's name of two
 * words at least. Undefined when the name opens with no such word.
 */
export function officeWordsBeforeName(name: string): { words: string; region: boolean; name: string } | undefined {
  const all = name.trim().split(/\s+/u);
  for (let n = Math.min(3, all.length - 2); n >= 1; n--) {
    const words = all.slice(0, n).join(' ').replace(/,$/u, '');
    const rest = all.slice(n).join(' ');
    const adjective = n === 1 && OFFICE_ADJECTIVE.test(fold(words));
    const region = !adjective && isRegionName(words);
    if ((adjective || region) && rest.split(/\s+/u).length >= 2 && isPersonName(rest)) return { words, region, name: rest };
  }
  return undefined;
}

/** The adjectives printed after an office's noun (folded): "Líder Supremo", "Guide suprême", "Fiscal Adjunto", "Presidente Interino". */
const OFFICE_ADJECTIVE = /^(?:supremo|suprema|supreme|adjunto|adjunta|interino|interina|constitucional|federale?|nacional)$/u;
