// A petition page with no greeting: the addressee block ("Do: Prezesa Rady Ministrów / Pana …",
// "Eesti Vabariigi õiguskantsler / hr …") and right under it the petition's own words, which open
// as a petition does ("Wzywamy Pana do …", "Apeluję do …", "Me, allakirjutanud, palume …"), then
// the signature form. Those words are the letter the signers send. Read only when no greeting opens
// a letter (sample-letter.ts), and only under an address block: a page's news text opens so too
// ("Apelujemy do władz …" in a report), but never right under the official's postcode or name.
import { letterBody, type HeadedLetter } from './headed-letter.js';
import { isProse, looksLikeHeader } from './line-kinds.js';
import { isAddressLike } from './official-words.js';
import { petitionParaList } from './petition-para-list.js';
import { follows, isSpacedRange } from './spacing.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/**
 * The words that open a petition's text (folded), by language: "we call on", "I appeal to", "we
 * ask", "we, the undersigned". The language they tell stands for the detector's where it knows
 * none (Estonian, Lithuanian, Latvian: greeting-words.ts).
 */
const OPENERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['pl', /^(?:wzywam(?:y)?|apeluj(?:e|emy)|zwracam(?:y)? sie|domagam(?:y)? sie|prosimy)(?![\p{L}])/u],
  ['et', /^(?:me,? allakirjutanud|palume|nouame|kutsume)(?![\p{L}])/u],
  ['lt', /^(?:raginame|prasome|mes,? (?:zemiau )?pasirase)(?![\p{L}])/u],
  ['lv', /^(?:aicinam|mes,? zemak parakstij)(?![\p{L}])/u],
  ['hu', /^(?:felszolitjuk|kerjuk|(?:mi,? )?alulirottak)(?![\p{L}])/u],
  ['bg', /^(?:призоваваме|настояваме|ние,? долуподписаните)(?![\p{L}])/u],
  ['ro', /^(?:solicitam|noi,? subsemnatii)(?![\p{L}])/u],
  ['cs', /^(?:vyzyvame|zadame|my,? nize podepsan)/u],
  ['en', /^(?:we,? the undersigned|we call on|we urge)(?![\p{L}])/u],
];

/** Any opener, for the cheap first test. */
const OPENER = new RegExp(OPENERS.map(([, re]) => `(?:${re.source})`).join('|'), 'u');

/** A page's petition sits near its top: a long paste is not searched to its end. */
const SEARCH_LINES = 400;

/** The petition's text, with the language its opening words are in. */
export interface PetitionText extends HeadedLetter {
  lang: string | undefined;
}

export function petitionUnderAddressee(doc: ImportText): PetitionText | undefined {
  const until = Math.min(doc.lines.length, SEARCH_LINES);
  // The last two lines that were not blank, and whether this page puts a blank line between all its lines (spacing.ts).
  let [before, previous] = [0, 0];
  let spaced: boolean | undefined;
  for (let n = 1; n <= until; n++) {
    const line = lineAt(doc, n).trim();
    if (line === '') continue;
    // Cheap first: running text that opens with a petition's words.
    if (isProse(line) && OPENER.test(fold(line))) {
      spaced ??= isSpacedRange(doc, { from: 1, to: until });
      if (before > 0 && follows(doc, before, previous, spaced) && closesAddressBlock(lineAt(doc, previous).trim())) {
        const lang = OPENERS.find(([, re]) => re.test(fold(line)))?.[0];
        return { ...letterBody(doc, line, n), lang };
      }
    }
    [before, previous] = [previous, n];
  }
  return undefined;
}

/**
 * The line above the petition's text is the addressee block's last: an address line, or the
 * official's name or office. The caller has seen another line of the block right above it (a
 * headline or a heading stands alone over the news text).
 */
function closesAddressBlock(line: string): boolean {
  return line !== '' && line.length <= 80 && !/[.!?:]$/.test(line) && !isProse(line) && (isAddressLike(line) || looksLikeHeader(line));
}

/**
 * The petition's text right under its "Para:" list of recipients (petition-para-list.ts): running
 * text that opens on the first line printed after the list's last recipient, whatever its first words.
 */
export function petitionUnderParaList(doc: ImportText): PetitionText | undefined {
  const list = petitionParaList(doc);
  if (!list) return undefined;
  let first = list.to + 1;
  while (first <= doc.lines.length && lineAt(doc, first).trim() === '') first++;
  const line = lineAt(doc, first).trim();
  return isProse(line) ? { ...letterBody(doc, line, first), lang: undefined } : undefined;
}
