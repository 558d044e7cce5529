// A call-in page may ask in a sentence whom to call by office ("… call the governor and commissioner
// of the Department of Correction and demand …") and list the holders under it, one a line, with no
// number printed anywhere ("Governor Smithers" / "DOC Commissioner Jane Example"), then its script.
// The listed holders are the officials; the offices in the sentence are the same people, not more.
// Only a person under an office counts (a bare name under the sentence may be the prisoner's), and
// a list whose lines run on into contact details is left to the block readers.
import { readCallee, type Callee } from './call-in-name.js';
import { parseContactLine } from './contact-line.js';
import { isProse } from './line-kinds.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/**
 * A sentence asking to call someone, ended (a request, not a heading). "Contact us:" over the page's
 * own staff asks nothing of officials: only a call word, and never "call us".
 */
const ASKS_TO_CALL = /\b(?:call|phone|ring|telephone)\s+(?!us\b|me\b)[^.!?]*[.!:]["”’)]?\s*$/iu;
/** How many holders such a list names at most. */
const MOST = 8;
/** How far down the page such requests are read. */
const LINES = 300;

export interface ListedCallee {
  callee: Callee;
  line: number;
}

/** The holders listed under a request to call, with no number on their lines; [] when none. */
export function calleesUnderRequest(doc: ImportText, taken: ReadonlySet<number>): ListedCallee[] {
  const out: ListedCallee[] = [];
  for (let n = 1; n <= Math.min(doc.lines.length, LINES); n++) {
    const line = lineAt(doc, n);
    // Cheap tests first: a request is a long line holding a call word.
    if (line.length < 20 || line.length > 1000 || taken.has(n) || !ASKS_TO_CALL.test(line) || !isProse(line)) continue;
    const listed = listUnder(doc, n, taken);
    out.push(...listed);
    if (listed.length > 0) n = listed.at(-1)?.line ?? n;
  }
  return out;
}

/** The callee lines right under the request at `at`, or [] when the list is not one of holders alone. */
function listUnder(doc: ImportText, at: number, taken: ReadonlySet<number>): ListedCallee[] {
  const found: ListedCallee[] = [];
  let n = at + 1;
  let urged = 0;
  for (; n <= doc.lines.length && found.length <= MOST; n++) {
    const text = lineAt(doc, n).trim();
    if (isBlank(text)) {
      // Up to two blank lines between entries (a page saved with blank lines around each); three end the list.
      if (isBlank(lineAt(doc, n + 1)) && isBlank(lineAt(doc, n + 2))) break;
      continue;
    }
    // "The time is now, we must act!": a sentence or two urging the reader may stand between the request and its list.
    if (found.length === 0 && urged < 2 && /[.!]$/u.test(text) && isProse(text)) {
      urged += 1;
      continue;
    }
    const callee = taken.has(n) || /[\d@]/u.test(text) || text.length > 80 ? undefined : readCallee(text);
    if (!callee || callee.nameFromOffice || callee.title === undefined || callee.remark !== undefined) break;
    found.push({ callee, line: n });
  }
  if (found.length === 0 || found.length > MOST) return [];
  // "Governor Smithers" / "Phone: …": his contact lines follow, and the block readers read them.
  const next = lineAt(doc, n).trim();
  const contact = isBlank(next) ? undefined : parseContactLine(next);
  if (contact && (contact.phone || contact.fax || contact.emails.length > 0)) return [];
  return found;
}
