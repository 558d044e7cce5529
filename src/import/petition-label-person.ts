// A Scandinavian or Dutch petition site prints whom the petition goes to on a label at the page's
// top, a person and the office he holds, and no greeting anywhere:
//   Till: Anna Prøvesson Exempel,migrationsverket generaldirektör
//   Aan: Burgemeester J. Voorbeeld (waarnemer)
// The person is the one written to. The petition's own text follows, under its headline: it is the
// letter the signers send (petitionUnderLabel). Only the label's line near the page's top, and only
// a personal name with an office beside it: "Til: Jens Hansen" (a mail's header) names no office.
import { letterBody, type HeadedLetter } from './headed-letter.js';
import { isProse } from './line-kinds.js';
import { isNordicOffice, isNordicOfficeWord } from './nordic-offices.js';
import type { ImportedOfficial } from './official-block.js';
import { isPersonName, isRoleLike } from './official-words.js';
import { nextNonBlank } from './text.js';
import { headLines, lineAt } from './doc-lines.js';
import type { ImportText } from './types.js';

/** "Till:", "Til:", "Aan:" (Swedish, Danish and Norwegian, Dutch), then whom. */
const LABEL = /^(?:till|til|aan)\s?:\s*(\S.{3,120})$/iu;
/** The label stands among the page's first lines (a site's "skip to content" link may come first). */
const HEAD_LINES = 4;
/** "(waarnemer)", "(MP)": a remark in brackets after the name, the office's standing or the party. */
const REMARK = /\s*\([^()]{1,30}\)\s*$/u;

interface Labelled {
  official: ImportedOfficial;
  /** The document line of the label. */
  line: number;
}

/** The person the label names with his office, and its line. */
function labelledPerson(doc: ImportText): Labelled | undefined {
  for (const { n, line } of headLines(doc, HEAD_LINES)) {
    const text = line.trim();
    // Cheap first: the label's word and its colon.
    const value = text.length <= 130 ? LABEL.exec(text)?.[1] : undefined;
    const person = value === undefined ? undefined : personAndOffice(value.replace(REMARK, '').trim());
    if (!person) continue;
    const official: ImportedOfficial = { line: n, confidence: 'low', nameFromOffice: false, name: { value: person.name, line: n }, title: { value: person.office, line: n }, address: [], emails: [], copy: false, unsure: [] };
    return { official, line: n };
  }
  return undefined;
}

/** "Name, office" (the comma's space may be missing) or "Office Name": a personal name of two words at least and an office beside it. */
function personAndOffice(value: string): { name: string; office: string } | undefined {
  if (/[@\d:;]/u.test(value)) return undefined;
  const comma = /^([^,]{3,60}),\s*([^,]{3,60})$/u.exec(value);
  if (comma) {
    const [name = '', office = ''] = [comma[1]?.trim(), comma[2]?.trim()];
    return isPerson(name) && (isNordicOffice(office) || isRoleLike(office)) ? { name, office } : undefined;
  }
  const [first = '', ...rest] = value.split(/\s+/u);
  const name = rest.join(' ');
  return !value.includes(',') && isNordicOfficeWord(first) && isPerson(name) ? { name, office: first } : undefined;
}

/** Two to four words, a personal name with no office in it ("H. Voorbeeld" counts: an initial and a surname). */
const isPerson = (text: string): boolean => {
  const words = text.split(/\s+/u);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w)) && isPersonName(text) && !isRoleLike(text) && !words.some(isNordicOfficeWord);
};

export function petitionLabelOfficials(doc: ImportText): ImportedOfficial[] {
  const labelled = labelledPerson(doc);
  return labelled ? [labelled.official] : [];
}

/**
 * The petition's text under the label: right under it, or under the petition's headline (one short
 * line that is no running text), to the first line that is no running text ("Why is this
 * important?", the signature form). A page whose label has only headings under it has no letter.
 */
export function petitionUnderLabel(doc: ImportText): HeadedLetter | undefined {
  const labelled = labelledPerson(doc);
  if (!labelled) return undefined;
  let n = nextNonBlank(doc, labelled.line + 1, labelled.line + 3);
  if (n !== undefined && !isProse(lineAt(doc, n)) && lineAt(doc, n).trim().length <= 100) n = nextNonBlank(doc, n + 1, n + 3);
  return n !== undefined && isProse(lineAt(doc, n)) ? letterBody(doc, lineAt(doc, n), n) : undefined;
}
