// "Sende eine Kopie an" / "Botschaft des Königreichs Exampleland" / "S. E. Herrn Jan Beispiel" and
// then nothing: a page whose text was cut off inside the last recipient's block. What it prints of
// him (his institution, his name) is still his: he is kept, the institution as the first line of
// his address (where a letter to an embassy's head goes), and the draft says that the page ends
// inside his lines. Nothing of what was cut is guessed. Only the block that ends the page, under a
// heading that lists officials or copies, and only when it names both a person and an institution
// or office: a page's last lines that name one of these alone are no recipient.
import { isContactHeading } from './furniture.js';
import { parseContactLine } from './contact-line.js';
import { startsWithOrganisation } from './official-words.js';
import type { BlockLine } from './official-block.js';
import { lineAt, nextNonBlank, previousNonBlank } from './text.js';
import { sourceLine, type ImportText } from './types.js';

/** What this reader asks of a block of officials.ts (named here, so that the two files import each other in one way only). */
interface CutBlock {
  lines: BlockLine[];
  copy: boolean;
  body: boolean;
  header: boolean;
  personNamed: boolean;
  roled: boolean;
  cutOff?: boolean;
}

export function acceptCutRecipient(doc: ImportText, block: CutBlock | undefined): void {
  const first = block?.lines[0];
  const last = block?.lines.at(-1);
  if (!block || !first || !last || block.lines.length < 2 || block.body || !block.personNamed || !block.roled) return;
  if (nextNonBlank(doc, last.n + 1) !== undefined) return;
  if (!block.copy && !headedAbove(doc, first.n)) return;
  if (block.lines.some((l) => parseContactLine(l.text) !== undefined)) return;
  // Each of his lines printed as a line of its own, as an envelope is: a list of copies run on one
  // line ("COPY: President …, Embassy of …, Ministry of …") names several, and is another reader's.
  if (new Set(block.lines.map((l) => sourceLine(doc, l.n))).size !== block.lines.length) return;
  const institution = block.lines.find((l) => startsWithOrganisation(l.text));
  if (institution === undefined) return;
  institution.address = true;
  block.body = true;
  block.header = true;
  block.cutOff = true;
}

/** The nearest printed line above line `n` is a heading that lists officials or copies ("Appell an", "Copies to:"). */
function headedAbove(doc: ImportText, n: number): boolean {
  const above = previousNonBlank(doc, n);
  return above !== undefined && isContactHeading(lineAt(doc, above));
}
