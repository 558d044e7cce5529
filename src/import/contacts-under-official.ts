// "Präsident Jane Beispiel / c/o Botschaft … / 14195 Berlin" then, past blank lines and the letter's
// date ("im Januar 2019"), "Fax: 030-0000000" alone: a letter set out for printing puts the
// official's fax apart from the address. A block that holds only contact fields and names nobody
// belongs to the official right above it when nothing but blank lines and a date stand between, and
// only where he has none of those fields (never two faxes, never a number taken from a neighbour).
import type { ImportedOfficial } from './official-block.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';
import { isDateOnly } from './written-date.js';

/** Whether `lone` (a block naming nobody) only adds contact fields `above` lacks, with only blanks or a date between. */
export function contactsOfOfficialAbove(doc: ImportText, above: ImportedOfficial, aboveLast: number, lone: ImportedOfficial, loneFirst: number): boolean {
  if (lone.name || lone.title || lone.organisation || lone.address.length > 0 || lone.salutation || lone.unsure.length > 0) return false;
  const holds = (o: ImportedOfficial) => [o.fax, o.phone, o.twitter, o.emails[0]].map((v) => v !== undefined);
  const [lones, aboves] = [holds(lone), holds(above)];
  if (!lones.some(Boolean) || lones.some((has, i) => has && aboves[i])) return false;
  for (let n = aboveLast + 1; n < loneFirst; n++) {
    const line = lineAt(doc, n);
    if (!isBlank(line) && !isDateOnly(line)) return false;
  }
  return true;
}

/** Gives `above` the lone block's contact fields. */
export function addContacts(above: ImportedOfficial, lone: ImportedOfficial): void {
  above.fax ??= lone.fax;
  above.phone ??= lone.phone;
  above.twitter ??= lone.twitter;
  if (above.emails.length === 0) above.emails.push(...lone.emails);
}
