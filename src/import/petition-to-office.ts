// A petition page prints whom it goes to in a label of its own, an institution or an office with no
// person's name, and the letter's greeting right under it:
//   Para: Senado Federal
//   Caro Senador/a,
// The institution is the one written to, named as printed (the draft's TODO asks how to reach it).
// Only a label that stands just above the letter's greeting is read: elsewhere "To:" heads a mail's
// header or a list of people (addressee-list-line.ts reads those).
import { findLandmarks } from './landmarks.js';
import type { ImportedOfficial } from './official-block.js';
import { isOrganisation, isPersonName, isRoleLike } from './official-words.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "Para: …", "To: …", "Pour : …", "An: …", "À : …", "Aan: …": the petition's label, then what follows. */
const LABEL = /^(?:para|to|pour|an|à|a|aan)\s?:\s*(\S.{2,100})$/iu;
/** An institution or office alone: no sentence, no list, no address or number. */
const NOT_ONE_OFFICE = /[:;,.!?@\d()]|\s[-–—]\s/u;
/** How many non-blank lines above the greeting the label may stand. */
const ABOVE = 2;

export function petitionToOffice(doc: ImportText): ImportedOfficial[] {
  const greeting = findLandmarks(doc).salutation;
  if (greeting === undefined) return [];
  let seen = 0;
  for (let n = greeting - 1; n >= 1 && seen < ABOVE; n--) {
    const text = lineAt(doc, n).trim();
    if (isBlank(text)) continue;
    seen++;
    const value = LABEL.exec(text)?.[1]?.trim();
    if (value === undefined) continue;
    if (NOT_ONE_OFFICE.test(value) || !/^\p{Lu}/u.test(value) || value.split(/\s+/).length > 8 || isPersonName(value)) return [];
    if (!isRoleLike(value) && !isOrganisation(value)) return [];
    const line = n;
    return [{ line, confidence: 'low', nameFromOffice: true, name: { value, line }, address: [], emails: [], copy: false, unsure: [] }];
  }
  return [];
}
