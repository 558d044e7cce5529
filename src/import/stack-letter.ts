// An open letter whose addressees stand one a line at its head ("To the Prosecutor General …" /
// "B. N. Sampleov" / …, or "CARTA A" / "Presidente del Gobierno Mariano Ejemplo Ruiz") may greet no
// one: the letter is the running text under the stack, past a heading ("OPEN LETTER") and the
// signing group's name, to a closing or the first line that is no running text. Read only when no
// salutation opens a letter anywhere (sample-letter.ts), and only under a stack a "to" word opens
// (to-word-stack.ts, petition-letter-to.ts) or one a dateline or a courtesy heading ("Señores:")
// stands over (addressee-stack.ts): never any page's first paragraph.
import { letterBody, type HeadedLetter } from './headed-letter.js';
import { isProse } from './line-kinds.js';
import { petitionRecipients } from './petition-letter-to.js';
import { readToWordStack } from './to-word-stack.js';
import { readAddresseeStack, type AddresseeStack } from './addressee-stack.js';
import { lineAt, nextNonBlank } from './text.js';
import type { ImportText } from './types.js';

/** Short lines at most between the stack and the letter: a heading, the signers' name. */
const MAX_BETWEEN = 2;
/** A line longer than this between the stack and the letter is some other text: no letter is read. */
const SHORT = 80;

export function letterUnderStack(doc: ImportText): HeadedLetter | undefined {
  const petition = petitionRecipients(doc);
  // "Señores:" / names and offices / the letter: a stack under a dateline or a courtesy heading (addressee-stack.ts).
  const end = readToWordStack(doc)?.to ?? (petition.officials.length >= 2 ? petition.to : undefined) ?? lastLine(readAddresseeStack(doc));
  if (end === undefined) return undefined;
  let n = nextNonBlank(doc, end + 1, end + 3);
  for (let k = 0; n !== undefined; k++) {
    const text = lineAt(doc, n);
    if (isProse(text)) return letterBody(doc, text, n);
    if (k >= MAX_BETWEEN || text.length > SHORT) return undefined;
    n = nextNonBlank(doc, n + 1, n + 3);
  }
  return undefined;
}

/** The stack's last line (its names, offices and headings), if a stack was read. */
const lastLine = (stack: AddresseeStack | undefined): number | undefined => (stack === undefined || stack.lines.length === 0 ? undefined : Math.max(...stack.lines));
