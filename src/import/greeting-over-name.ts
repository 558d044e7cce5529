// A letter's greeting printed over two lines: the courtesy and the office first, with no comma,
// then the greeted person's name, which ends with the comma or colon the greeting ends with:
//   Exmo. Senhor Ministro dos Negócios Estrangeiros
//   Dr. Fulano Exemplo,
//   Escrevo a V. Exa. …
// The first line is the salutation (the name is the official's, read from his block): the name
// line alone is no greeting, and its "Dr." would otherwise become the letter's opening.
import { isPersonName, splitHonorific } from './official-words.js';
import { isProse } from './line-kinds.js';
import { lineAt, nextNonBlank } from './text.js';
import type { ImportText } from './types.js';

/** Cheap gate: a short line that opens with a capital and ends in a comma or colon, no digit nor "@". */
const NAME_ENDING_GREETING = /^\p{Lu}[^\d@]{2,70}[,:]$/u;

/**
 * Whether line `n` (a courtesy line with no punctuation at its end) runs on into the greeted
 * person's name on the very next line, ending in a comma or colon, with the letter's running text
 * under it. The name must be a person's ("Dr. Fulano Exemplo", "Don Juan Ejemplo"), with or
 * without a courtesy title: an office or an address line under the courtesy line is another layout.
 */
export function greetingRunsOntoName(doc: ImportText, n: number): boolean {
  if (/[,:;.!?]$/.test(lineAt(doc, n).trim())) return false;
  const name = lineAt(doc, n + 1).trim();
  if (!NAME_ENDING_GREETING.test(name)) return false;
  const bare = name.slice(0, -1).trim();
  if (!isPersonName(splitHonorific(bare).rest) && !isPersonName(bare)) return false;
  const next = nextNonBlank(doc, n + 2, n + 6);
  return next !== undefined && isProse(lineAt(doc, next));
}
