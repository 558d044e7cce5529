// "Appell an" / the official's block / "Sende eine Kopie an" / "X: @handle" / the embassy's block:
// a page that sets the official's handle in a column beside his address loses that column's place
// when its text is taken, and the handle lands under the copies heading, before the copy
// recipient's own lines. A copy recipient's block opens with who he is (his institution, his
// name); his contact lines follow those, never precede them. So a block that holds nothing but a
// handle, right under the copies heading and right above a line that opens the recipient's block,
// is the appealed official's handle. Only when one official is appealed to (of two, the layout
// does not say whose it is) and he prints no handle of his own; anything else is left where it is.
import { opensOfficial } from './address-run.js';
import { parseContactLine, SECOND_HANDLE } from './contact-line.js';
import { isCopiesHeading } from './furniture.js';
import type { ImportedOfficial } from './official-block.js';
import { isBlank, lineAt, nextNonBlank } from './text.js';
import type { ImportText } from './types.js';

export interface HandleBlock {
  official: ImportedOfficial;
  first: number;
  last: number;
}

/**
 * Whether `lone` (a block that names nobody, under the copies heading) is only the handle of
 * `appealed`, the one official appealed to, whose block ends on line `appealedLast`.
 */
export function handleOfAppealed(doc: ImportText, appealed: ImportedOfficial, appealedLast: number, lone: HandleBlock, appealedCount: number): boolean {
  const o = lone.official;
  if (appealedCount !== 1 || appealed.copy || !o.copy || appealed.twitter !== undefined || o.twitter === undefined) return false;
  if (o.name || o.title || o.organisation || o.honorific || o.salutation || o.address.length > 0 || o.emails.length > 0 || o.fax || o.phone) return false;
  // A second handle on the line ("@Governor / @StateGov") is named in a TODO; anything else unsure is no handle's.
  if (o.unsure.some((u) => u.why !== SECOND_HANDLE)) return false;
  let headings = 0;
  for (let n = appealedLast + 1; n < lone.first; n++) {
    const line = lineAt(doc, n);
    if (isBlank(line)) continue;
    if (!isCopiesHeading(line)) return false;
    headings++;
  }
  if (headings !== 1) return false;
  const below = nextNonBlank(doc, lone.last + 1);
  const opening = below === undefined ? '' : lineAt(doc, below);
  return opening !== '' && parseContactLine(opening) === undefined && opensOfficial(opening);
}

/** Gives the appealed official the handle, and the lone block's second handle as his TODO. */
export function addHandle(appealed: ImportedOfficial, lone: ImportedOfficial): void {
  appealed.twitter = lone.twitter;
  appealed.unsure.push(...lone.unsure);
}
