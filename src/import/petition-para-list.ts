// A petition site prints whom the petition goes to under "Para:" alone on its line, one recipient a
// line, each with his courtesy title, his rank perhaps, his name, a comma and his office; the
// petition's own words follow right under them, with no greeting and no contact details:
//   Para:
//   Excelentíssimo Senhor Presidente João Exemplo, Presidente da República de Exemplia
//   Vossa Excelência Embaixador Ivan Exemplov, Embaixador da Exemplândia no Brasil
//   Manifestamos o nosso apoio …
// Each line is an official; the list is read whole, in place of what other readers made of its
// lines (prose-lists.ts). A line that is no such recipient ends the list; it must be the
// petition's running text (or a blank line), else nothing is read: a "To:" over other lines is a
// mail's header or a block of contact details.
import { isRunningText } from './official-name.js';
import type { ImportedOfficial } from './official-block.js';
import { isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole } from './official-words.js';
import { LABEL_ALONE } from './petition-to-office.js';
import { isBlank, lineAt } from './text.js';
import { sourceLine, type ImportText } from './types.js';

/** How far down the page the label is looked for, and how many recipients it lists at most. */
const LINES = 80;
const MAX_LISTED = 10;

export interface ParaList {
  officials: ImportedOfficial[];
  skipped: Array<{ line: number; text: string; why: string }>;
  /** The label's line and the list's last line (document lines). */
  from: number;
  to: number;
}

export function petitionParaList(doc: ImportText): ParaList | undefined {
  for (let n = 1; n < Math.min(doc.lines.length, LINES); n++) {
    const text = lineAt(doc, n).trim();
    // Cheap first: a label is a short line ending in a colon.
    if (text.length > 8 || !LABEL_ALONE.test(text)) continue;
    const officials: ImportedOfficial[] = [];
    let m = n + 1;
    for (; m <= doc.lines.length && officials.length < MAX_LISTED; m++) {
      const official = recipient(lineAt(doc, m).trim(), m);
      if (!official) break;
      officials.push(official);
    }
    const after = lineAt(doc, m);
    if (officials.length > 0 && (isBlank(after) || isRunningText(after))) {
      return { officials, skipped: [{ line: sourceLine(doc, n), text, why: "the petition's label over whom it goes to" }], from: n, to: m - 1 };
    }
  }
  return undefined;
}

/** "Excelentíssima Presidenta Jane Exemplo, Presidenta da República": courtesy, rank, name, a comma, the office. */
function recipient(text: string, line: number): ImportedOfficial | undefined {
  if (text.length > 200 || /[@\d:;()]/u.test(text)) return undefined;
  const parts = text.replace(/[.;,]$/u, '').split(/\s*,\s*/u);
  const [head = '', office = ''] = parts;
  if (parts.length !== 2 || !isRoleLike(office) || isOrganisation(office)) return undefined;
  const { honorific, rest } = splitHonorific(head);
  if (honorific === undefined) return undefined;
  const ranked = splitLeadingRole(rest);
  const name = ranked?.name ?? rest;
  if (name.split(/\s+/u).length < 2 || !isPersonName(name) || isRoleLike(name)) return undefined;
  const at = (value: string) => ({ value, line });
  return { line, confidence: 'low', nameFromOffice: false, name: at(name), honorific: at(honorific), title: at(office), address: [], emails: [], copy: false, unsure: [] };
}
