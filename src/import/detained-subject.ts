// "Schreiben Sie Briefe oder Postkarten ohne religiösen Inhalt an: / Ales Beispiel / Strafkolonie
// Nr. 2 / …", "Send messages of solidarity to: / Jane Doe / Women's Prison …": a page about a
// prisoner may print his own address in prison, for cards of solidarity, above the instruction
// that names the official to appeal to ("… Briefe an den Staatspräsidenten von …"). The person at
// risk is whom the page is written for, never an official: a block with no office whose address
// is a place of detention and whose name the page is about (its headline, or the story naming him
// again and again) is left out, and the page read as if it printed no block.
import { escapeRegExp } from '../regexp-escape.js';
import type { ImportedOfficial } from './official-block.js';
import { mentionsOf } from './page-subject.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** A place of detention (folded): a prison, a penal colony, a pre-trial centre, in the sections' languages. */
const DETENTION = /\b(?:prison|penal colony|correctional colony|detention cent(?:er|re)|sizo|jail|penitentiary|strafkolonie|straflager|gefangnis|haftanstalt|justizvollzugsanstalt|untersuchungsgefangnis|carcel|prision|penitenciari[ao]|centro penitenciario|prisao|presidio|carcere|casa circondariale|colonie penitentiaire|maison d'arret|centre penitentiaire|cezaevi)\b/u;
/** The first printed lines, among which the page's headline stands. */
const HEADLINE_LINES = 5;
/** How often the page names him for him to be whom it is about, when no headline does. */
const SUBJECT_MENTIONS = 4;

export function isDetainedSubject(doc: ImportText, o: ImportedOfficial): boolean {
  const name = o.name?.value;
  if (name === undefined || o.title !== undefined || o.organisation !== undefined || o.copy || o.nameFromOffice) return false;
  const lines = [...o.address, ...o.unsure].map((l) => fold(l.value));
  if (!lines.some((l) => DETENTION.test(l))) return false;
  const surname = name.split(/\s+/u).at(-1) ?? '';
  if (surname.length < 3) return false;
  return inHeadline(doc, fold(surname)) || mentionsOf(doc, surname, o.name?.line) >= SUBJECT_MENTIONS;
}

/** The surname, in any case, as a word of one of the page's first printed lines. */
function inHeadline(doc: ImportText, surname: string): boolean {
  const word = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(surname)}(?![\p{L}])`, 'u');
  let seen = 0;
  for (let n = 1; n <= doc.lines.length && seen < HEADLINE_LINES; n++) {
    const text = lineAt(doc, n).trim();
    if (text === '') continue;
    seen++;
    if (text.length <= 100 && word.test(fold(text))) return true;
  }
  return false;
}
