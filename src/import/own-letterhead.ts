// The campaign's own letterhead printed with the letter it sent, a blank line after every line as a
// PDF's text copy leaves it, and below the addressee's block (the copy puts the page's head after it):
//   AMNESTY INTERNATIONAL
//   SECRETARIADO INTERNACIONAL              (the office of the organisation that writes)
//   1 Calle Ejemplo / 28000 Ejemplo, España (its address)
//   T: … / F: … / E: info@amnesty.example / W: www.amnesty.example
// The blank lines part it into blocks, so the office under the name read as an official with the
// sender's street and numbers. The stretch under the organisation's name is the sender's when it is
// made of the letterhead's kinds of line only (address, contact lines, its office in capitals) and
// prints the campaign's own email or web site: it ends at its last contact line.
import { parseContactLine } from './contact-line.js';
import { isAddressLike } from './official-words.js';
import { isOwnEmail, isOwnWebsite } from './own-emails.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';
import { isDateOnly } from './written-date.js';
import { datelineKind } from './letter-dateline.js';

/** How many printed lines a letterhead holds at most under the organisation's name. */
const MAX_LINES = 12;
/** "SECRETARIAT", "INTERNATIONAL SECRETARIAT", "SECCIÓN ESPAÑOLA": the sender's office, in capitals, with no digit. */
const OFFICE_IN_CAPITALS = /^[\p{Lu}][\p{Lu}'’ .-]{2,40}$/u;

/**
 * The last line of the letterhead that opens with the campaign's own organisation on line `n`, or
 * undefined when the lines under it are not all a letterhead's or print none of its own addresses.
 */
export function ownLetterheadEnd(doc: ImportText, n: number, until: number, countries: readonly string[]): number | undefined {
  let end: number | undefined;
  let own = false;
  let printed = 0;
  for (let k = n + 1; k <= until && printed < MAX_LINES; k++) {
    const text = lineAt(doc, k).trim();
    if (isBlank(text)) continue;
    printed++;
    const contact = parseContactLine(text);
    if (contact) {
      own ||= contact.emails.some(isOwnEmail) || (contact.ignored !== undefined && isOwnWebsite(contact.ignored));
      end = k;
      continue;
    }
    // The letter's dateline ("Londres, 21 de febrero de 2012") ends the letterhead: it is read as a date.
    const letterhead = !isDateOnly(text) && datelineKind(text) === undefined && (isAddressLike(text, countries) || (end === undefined && OFFICE_IN_CAPITALS.test(text)));
    if (!letterhead) break;
  }
  return own ? end : undefined;
}
