// A section's page may print the official between the letter's greeting and its first paragraph:
// "Señor Nicolás Ejemplo," / "Presidente de la República Nicolás Ejemplo" / "Palacio …, Caracas" /
// "Manifiesto mi preocupación …". Those few lines are the envelope's head: read as an official's
// block when nothing else on the page lists one, and only when an address line is among them.
import { isProse, looksLikeHeader } from './line-kinds.js';
import { isAddressLike } from './official-words.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** At most this many lines between greeting and letter: an envelope's head, not a list. */
const MAX_LINES = 5;

/**
 * Most of the line's words in lower case: running text, not a name, an office or an address. Short
 * words are not counted: "de la", "rue", "del" stand in names and addresses too.
 */
function mostlyLowerCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}{4}/u.test(w));
  return words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > words.length;
}

/**
 * The letter's first paragraph: running text, long or a sentence of ten words and more. (An
 * address line may be longer than landmarks' prose test allows: "Palacio …, Av. …, Caracas 1012".)
 */
const isLetterText = (line: string): boolean => isProse(line) && (line.length > 120 || (/[.!?…]$/.test(line) && line.split(' ').length >= 10)) && mostlyLowerCase(line);

/** The lines between the greeting on line `salutation` and the letter's first paragraph, when they hold an address. */
export function addresseeUnderGreeting(doc: ImportText, salutation: number, countries: readonly string[]): { from: number; to: number } | undefined {
  let to = salutation;
  for (let n = salutation + 1; n <= Math.min(doc.lines.length, salutation + MAX_LINES + 1); n++) {
    const line = lineAt(doc, n);
    if (isBlank(line)) continue;
    if (isLetterText(line)) break;
    to = n;
  }
  if (to === salutation || to - salutation > MAX_LINES + 1) return undefined;
  const range = { from: salutation + 1, to };
  const lines = doc.lines.slice(range.from - 1, range.to).filter((l) => !isBlank(l));
  // The first line names the official; every line is his name, office or address, none a wrapped
  // line of the letter (mostly words in lower case).
  if (!looksLikeHeader(lines[0] ?? '') || !lines.some((l) => isAddressLike(l, countries))) return undefined;
  return lines.every((l) => l.length <= 100 && (looksLikeHeader(l) || isAddressLike(l, countries)) && !mostlyLowerCase(l)) ? range : undefined;
}
