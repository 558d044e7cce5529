// A mail forwarded to a group's list often gives the officials as a fax list, one official a line,
// his office and name, a colon, and the number: "Justizminister Max Muster: Fax: 0090 312 418 56
// 67,", "Staatspräsident Muster, Beispielland: Fax: …". Read whole, the line is one contact line
// whose label is lost after the name, or a heading: the official goes with the next line's number,
// or with nothing. Such a line is cut back into the lines a block of one field a line prints: the
// official's header (and the country after his comma), then the labelled field.
import { countryCode } from '../channels/countries.js';
import { labelsOf, printedLabels } from './field-labels.js';
import { isPersonName, isRoleLike, splitHonorific, splitLeadingRole, startsWithOrganisation } from './official-words.js';

/** A channel's label (in either case: lists write "email:" in lower case), its colon, and a value. */
const FIELD = new RegExp(String.raw`^(?:${printedLabels(labelsOf('phone', 'fax', 'email'), { lowerFirst: true })})\s?\.?:\s*\S`, 'u');
/** The official's header, its colon, and the rest of the line (the field). */
const HEAD_THEN_REST = /^(\p{Lu}[^:@]{2,100}?)\s?:\s+(.+)$/u;

/** The lines of such a line, or undefined for a line that is none. */
export function cutFaxListLine(line: string): string[] | undefined {
  // Cheap tests first: a short line with two colons at least.
  if (line.length > 200 || line.indexOf(':') === line.lastIndexOf(':')) return undefined;
  const m = HEAD_THEN_REST.exec(line.trim());
  const [head = '', field = ''] = m ? [m[1], m[2]] : [];
  if (!m || !FIELD.test(field) || head.split(/\s+/u).length > 8 || /[.!?]\s/u.test(head)) return undefined;
  const [who = '', ...after] = head.split(/\s*,\s+/u);
  // "…, Beispielland": the country after the official is his address's one line; any other part
  // after a comma may be a sentence's ("Please fax the minister, who …"): the line stays whole.
  if (after.length > 1 || (after.length === 1 && countryCode(after[0] ?? '') === undefined)) return undefined;
  if (!opensOfficial(who)) return undefined;
  return [who, ...after, field.trim()];
}

function opensOfficial(text: string): boolean {
  const { honorific, rest } = splitHonorific(text);
  return (honorific !== undefined && isPersonName(rest)) || splitLeadingRole(text) !== undefined || startsWithOrganisation(text) || isRoleLike(text) || isPersonName(text);
}
