// A blog post saved from HTML whose line breaks were lost glues a letter's head into one run:
// "September 13, 2007Charles ExampleDeputy Chief of MissionEmbassy of the Republic of
// UgandaWashington, DCDear Mr. Example,As a gay human rights advocate I …". The date, each line of
// the addressee's block and the greeting are cut back apart where a lower-case letter or a digit
// runs straight into a capital — only when the pieces read as a dateline, then a block that opens
// with a person's name and holds an office or an institution, then "Dear …,". A name written with
// a capital inside ("McDonald") is never cut on its own: the whole head must read so, else the line
// is left as it is.
import { isOrganisation, isPersonName, isRoleLike } from './official-words.js';
import { isDateOnly } from './written-date.js';

/** "September 13, 2007", "13 September 2007": a written date glued to a capital. */
const DATE_GLUED = /^((?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4})|(?:\d{1,2}\.? \p{Lu}\p{Ll}{2,8} \d{4}))(?=\p{Lu})/u;
/**
 * DATE_GLUED's shape without its letter classes (a month's letters are neither spaces nor digits):
 * every line of a page is tried, and a pattern of Unicode classes costs ~1–3 ms to compile at its
 * first run, which this one, free of them, spares the pages that open no line with a date.
 */
const DATE_FIRST = /^(?:[^\s\d]{3,}\.? \d{1,2}, \d{4}|\d{1,2}\.? [^\s\d]{3,} \d{4})/;
/** "…Washington, DCDear Mr. Example,As a …": the greeting glued to the block, its comma to the letter. */
const GREETING = /(?<=[\p{L}\d.])(Dear [^,:]{2,60}[,:])(?=\s?\p{Lu})/u;
/** Where a lost line break left a lower-case letter or a digit against the next line's capital. */
const BREAK = /(?<=[\p{Ll}\d])(?=\p{Lu})/u;
/** An addressee's block runs a few lines. */
const MIN_BLOCK = 2;
const MAX_BLOCK = 7;

/** [the date, the block's lines…, the greeting, the letter's text], or undefined. */
export function splitGluedLetterHead(line: string): string[] | undefined {
  // Cheap first: a date glued to a capital opens the line.
  const date = DATE_FIRST.test(line) ? DATE_GLUED.exec(line) : null;
  if (!date?.[1] || !isDateOnly(date[1])) return undefined;
  const rest = line.slice(date[0].length);
  const greeting = GREETING.exec(rest.slice(0, 400));
  if (!greeting?.[1]) return undefined;
  const block = rest.slice(0, greeting.index).split(BREAK).map((p) => p.trim());
  if (block.length < MIN_BLOCK || block.length > MAX_BLOCK || block.some((p) => p.length < 2)) return undefined;
  // The block opens with the addressee's name and holds his office or institution.
  if (!isPersonName(block[0] ?? '') || !block.slice(1).some((p) => isRoleLike(p) || isOrganisation(p))) return undefined;
  const letter = rest.slice(greeting.index + greeting[1].length).trim();
  return [date[1], ...block, greeting[1], ...(letter === '' ? [] : [letter])];
}
