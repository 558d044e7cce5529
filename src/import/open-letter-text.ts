// An open letter published as a newspaper's or a forum's post: its title ("Åpent brev om …",
// "Öppet brev till …", "Open letter on …"), and right under it the letter's text, greeting no one
// (its signers speak as "we" from the first line). The text under the title is the letter, to the
// first line that is no running text. Read only when no greeting opens a letter (sample-letter.ts),
// and only under a title near the page's top that names an open letter: a report's headline does not.
import { letterBody, type HeadedLetter } from './headed-letter.js';
import { isProse } from './line-kinds.js';
import { fold, nextNonBlank } from './text.js';
import { headLines, lineAt } from './doc-lines.js';
import type { ImportText } from './types.js';

/** "Åpent brev om", "Öppet brev till", "Åbent brev", "Open brief aan", "Avoin kirje", "Open letter", "Offener Brief" (folded), then the title's words. */
const OPEN_LETTER_TITLE = /^(?:apent brev|oppet brev|abent brev|open brief|avoin kirje|open letter|offener brief|lettre ouverte|carta abierta|carta aberta|lettera aperta)(?:\s+\p{L}.*)?$/u;
/** The title is among the page's first lines, after the site's banner and the author's byline. */
const HEAD_LINES = 8;

export function openLetterUnderTitle(doc: ImportText): HeadedLetter | undefined {
  for (const { n, line } of headLines(doc, HEAD_LINES)) {
    const text = line.trim();
    // Cheap first: a title's length, and a word for "open" (or "letter") opening it.
    if (text.length > 120 || !/^(?:åpent|öppet|åbent|open|avoin|offener|lettre|carta|lettera)\s/iu.test(text) || /[.!?:]$/u.test(text) || !OPEN_LETTER_TITLE.test(fold(text))) continue;
    const first = nextNonBlank(doc, n + 1, n + 3);
    return first !== undefined && isProse(lineAt(doc, first)) ? letterBody(doc, lineAt(doc, first), first) : undefined;
  }
  return undefined;
}
