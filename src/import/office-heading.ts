// "The King" / "His Majesty King Salman …" / his office and address; "The Prime Minister" / "The Hon.
// Jane Doe MP" / …: a page heads each official's block with the office and its article, as it heads
// the next one "The Embassy". The heading names whom the block is for; the block's own line under it
// prints the person with his courtesy title or office. Read as part of the block, the heading became
// the official's title ("The King"), or, as the words of an office, his name. It is a heading: the
// official's fields are the lines under it, which lose nothing (the person's line has his office or
// courtesy). Any language a section writes an article in: "Le Président", "El Presidente", "Der
// Bundeskanzler", "Il Presidente", "O Presidente".
import { fold } from './fold.js';
import { isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole } from './official-words.js';
import { salvageName } from './official-name.js';
import { lineAt, nextNonBlank } from './text.js';
import type { ImportText } from './types.js';

/** The definite article before an office, in the languages the sections write. */
const ARTICLE = /^(?:the|le|la|el|der|die|il|lo|o|a|het|de)\s+(?=\p{Lu})/iu;
/** Words that qualify an office ("of the Republic", "de la Nación"): such a line is the office in full, a title. */
const QUALIFIER = /^(?:of|for|to|at|in|de|del|della|di|du|des|da|do|dos|von|der|des|fur|für|van|för|i|y|and|et|und|e)$/iu;
/** How far under the heading the person's line may stand (blank lines between, as a spaced page prints). */
const GAP = 3;

/** "The King", "Le Président": an article and an office of a word or three, with nothing to qualify it. */
function isBareOfficeWithArticle(line: string): boolean {
  const text = line.trim().replace(/:$/u, '');
  if (text.length > 40) return false;
  const article = ARTICLE.exec(text);
  if (!article) return false;
  const office = text.slice(article[0].length);
  const words = office.split(/\s+/u);
  if (words.length > 3 || words.some((w) => QUALIFIER.test(fold(w)))) return false;
  return isRoleLike(office) && !isOrganisation(office) && splitLeadingRole(office) === undefined && !isPersonName(office);
}

/**
 * Line `n` is an office with its article heading the block under it: the next printed line names a
 * person with his courtesy title or office on the same line ("His Majesty King Salman …").
 */
export function headsOfficialBelow(doc: ImportText, n: number, until: number): boolean {
  if (!isBareOfficeWithArticle(lineAt(doc, n))) return false;
  const next = nextNonBlank(doc, n + 1, Math.min(until, n + GAP));
  if (next === undefined) return false;
  const text = lineAt(doc, next).trim();
  const { honorific, rest } = splitHonorific(text);
  if (honorific !== undefined && isPersonName(rest)) return true;
  const person = salvageName(text);
  return person !== undefined && (person.courtesy !== undefined || person.office !== undefined) && person.place === undefined;
}
