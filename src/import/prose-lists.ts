// Officials a page lists outside any block of contact details: a campaign form's list of who
// receives the message, a petition's "Letter to" list, a "Target:" label, a sentence or a list in
// prose. Tried only when no other reader found an official, each reader in turn; the first that
// names anyone gives the page's officials (at low confidence, with why).
import { announcedRecipients } from './announced-recipients.js';
import type { ImportedOfficial } from './official-block.js';
import type { ImportText } from './types.js';

const READERS: ReadonlyArray<{ read: (doc: ImportText) => ImportedOfficial[]; why: string }> = [
  { read: announcedRecipients, why: 'listed under the line that says who receives the message, with no contact details' },
];

export function proseListOfficials(doc: ImportText): { officials: ImportedOfficial[]; why: string } | undefined {
  for (const { read, why } of READERS) {
    const officials = read(doc);
    if (officials.length > 0) return { officials, why };
  }
  return undefined;
}
