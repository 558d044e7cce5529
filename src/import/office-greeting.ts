// An open letter headed with whom it is written to greets him by his office alone, and a page that
// lost the line break glues the greeting to the letter's first sentence:
//   Carta al Fiscal General de la República de Ejemplo, Darío Muestra Cura
//   Fiscal General: El día 3 de marzo la defensora …
// "Fiscal General:" is the salutation only because the headline writes the letter to that same
// office: a line "Office: text" is otherwise a label or a report, and greets no one.
import { isOrganisation, isPersonName, isRoleLike } from './official-words.js';
import { fold } from './fold.js';
import type { ImportText } from './types.js';
// doc-lines.ts, not text.ts: text.ts reads lines through unflatten.ts, which splits with this module.
import { headLines, isBlank, lineAt } from './doc-lines.js';

/** "Fiscal General: El día …", "Ministra de Justicia: Hace …": an office of a few capitalised words (and the small words joining them), a colon, a capitalised sentence. */
const OFFICE_COLON = /^(\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\p{Ll}+|de|del|la|da|do|du|des|of|the|für|der)){0,5}):\s+(?=\p{Lu}\p{Ll})/u;
/** A word of running text: four letters or more, in lower case. */
const LOWER_WORD = /(?:^|\s)\p{Ll}{4,}(?=[\s,.;:!?]|$)/gu;

/** The office's greeting and the sentence glued to it, or undefined. */
export function splitOfficeGreeting(line: string): [string, string] | undefined {
  // Cheap first: a colon early in a long line.
  const colon = line.indexOf(': ');
  if (line.length < 60 || colon < 3 || colon > 50) return undefined;
  const m = OFFICE_COLON.exec(line);
  const office = m?.[1];
  if (!m || office === undefined || !isOffice(office)) return undefined;
  const rest = line.slice(m[0].length);
  return (rest.slice(0, 400).match(LOWER_WORD)?.length ?? 0) >= 6 ? [`${office}:`, rest] : undefined;
}

const isOffice = (text: string): boolean => isRoleLike(text) && !isOrganisation(text) && !isPersonName(text);

/** "Carta al …", "Carta abierta a la …", "Open letter to the …", "Lettre ouverte au …" (folded): the headline's opening. */
const LETTER_TO = /^(?:carta(?: abierta| aberta)?|open letter|letter|lettre(?: ouverte)?) (?:a la|a l'|al|ao|au|a|to the|to)(?:\s+|(?<='))/u;
/** The headline is one of the page's first lines. */
const HEAD_LINES = 3;
/** How far under the headline the greeting may stand (a picture's caption comes between). */
const BELOW = 4;

/** The line greeting by office ("Fiscal General:") that the headline writes the letter to, or undefined. */
export function officeGreetingLine(doc: ImportText): number | undefined {
  for (const { n, line: text } of headLines(doc, HEAD_LINES)) {
    const head = LETTER_TO.exec(fold(text).trim());
    if (!head) continue;
    const whom = fold(text).trim().slice(head[0].length);
    for (let m = n + 1; m <= Math.min(doc.lines.length, n + BELOW); m++) {
      const line = lineAt(doc, m).trim();
      const office = /^(\p{Lu}[^:]{2,50}):$/u.exec(line)?.[1];
      if (office !== undefined && isOffice(office) && whom.startsWith(fold(office)) && !isBlank(lineAt(doc, m + 1))) return m;
    }
  }
  return undefined;
}
