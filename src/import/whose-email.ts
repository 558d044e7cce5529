// An Italian blog gives the emails to write to in its own sentences, each after whom it reaches:
// "Qui la mail del Ministero degli Esempi: relazioni@example.it qui invece la mail
// dell'ambasciatore italiano in Ruritania, Paolo Esempio: ambasciata@example.it ." Such a line is
// cut into one block per email (the office or institution, the person after its comma, the email
// under its label), each apart, so that the block reader reads them as printed blocks. Only whom an
// office or an institution names gets an email: "la mail del giornalista …" or of a friend stays
// running text, since whose the address is would be a guess.
import { fold } from './fold.js';
import { hasOfficeWord } from './office-words.js';
import { isOrganisation, isPersonName } from './official-words.js';

/** "la mail del …:", "l'indirizzo e-mail dell'…:", then the email (folded text). */
const WHOSE = /(?:^|(?<=[\s.;,]))(?:la |l'|le )?(?:e-?mail|mail|indirizzo (?:e-?mail|di posta elettronica)|posta elettronica) (?:del |dello |della |dell'|dei |degli |delle |di )([^:@]{3,120}?)\s?:\s*([^\s@:;,]+@[^\s@:;,]+\.[^\s@:;,]*[\p{L}\d])/gu;
/** The writer's own address, or his friends': never an official's (folded). */
const NOT_AN_OFFICIAL = /\b(?:mio|mia|nostro|nostra|vostro|vostra|tuo|tua|blog|sito|redazione|giornalista|amico|amica|famiglia|avvocato|avvocata)\b/;

/** A blog post may be one paragraph of a screen or two: longer lines are no sentence of the kind. */
const MAX_LINE = 2500;

/** The lines of a block for whom the sentence names, or undefined when it names no office nor institution. */
function whoLines(who: string): string[] | undefined {
  const text = who.trim();
  if (NOT_AN_OFFICIAL.test(fold(text))) return undefined;
  // "ambasciatore italiano in Ruritania, Paolo Esempio": the office, then the person holding it.
  const comma = text.lastIndexOf(', ');
  if (comma > 0) {
    const office = text.slice(0, comma).trim();
    const name = text.slice(comma + 2).trim();
    if (!hasOfficeWord(fold(office)) || !isPersonName(name)) return undefined;
    return [name, office.charAt(0).toUpperCase() + office.slice(1)];
  }
  if (/^\p{Lu}/u.test(text) ? isOrganisation(text) || hasOfficeWord(fold(text)) : hasOfficeWord(fold(text))) return [text.charAt(0).toUpperCase() + text.slice(1)];
  return undefined;
}

/** The line cut into a block per email and what is left of the sentence, or undefined. */
export function splitWhoseEmails(line: string): string[] | undefined {
  if (line.length > MAX_LINE || !line.includes('@') || !/mail|posta/i.test(line)) return undefined;
  const f = fold(line);
  if (f.length !== line.length) return undefined;
  const blocks: string[] = [];
  const rest: string[] = [];
  let at = 0;
  // An exec loop, not matchAll, which copies the expression on every call (every line with an
  // email and "mail"). Every match holds "mail" and an address: none is empty.
  WHOSE.lastIndex = 0;
  for (let m = WHOSE.exec(f); m !== null; m = WHOSE.exec(f)) {
    const start = m.index ?? 0;
    const whoAt = start + m[0].indexOf(m[1] ?? '');
    const lines = whoLines(line.slice(whoAt, whoAt + (m[1] ?? '').length));
    if (lines === undefined) return undefined;
    rest.push(line.slice(at, start).trim());
    blocks.push('', ...lines, `Email: ${line.slice(start + m[0].length - (m[2] ?? '').length, start + m[0].length)}`);
    at = start + m[0].length;
  }
  if (blocks.length === 0) return undefined;
  const left = [...rest, line.slice(at).trim()].filter((t) => /\p{L}/u.test(t)).join(' … ');
  // What is left of the sentence ("Qui", "qui invece") is kept under the blocks, apart from them.
  return [...blocks.slice(1), '', ...(left === '' ? [] : [left, ''])];
}
