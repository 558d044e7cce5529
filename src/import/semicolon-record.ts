// Older section pages (a 1980s German UA typed as running lines) give each official as one
// sentence: the office and name, the address's parts after commas, then further fields after
// semicolons, each with its label: "Appelle an: Ministerpräsident Max Muster, Büro des
// Ministerpräsidenten, Ankara, Türkei; Telegramme: Ministerpräsident Ankara, Türkei; Telex: 0607
// 42293;", "Kopien an: Kanzlei der Botschaft …, Utestraße 47, 5300 Bonn 2, Telex: …, Telefax: …."
// Such a line is cut back into the lines a block of one field a line would print: the heading, the
// head's comma-parted parts, and each labelled field. The sentence's full stop ends the record, not
// its last value ("Telefax: 0228-348373." is the number 0228-348373).
import { countryCode } from '../channels/countries.js';
import { isContactHeading } from './furniture.js';
import { NOT_A_SENTENCE_END, isPersonName, isRoleLike, splitHonorific, splitLeadingRole, startsWithOrganisation } from './official-words.js';

/** A heading that announces the officials or the copies, opening the line ("Appelle an:", "Kopien an:"). */
const HEADING = /^([^:;,]{2,40}:)\s+(?=\p{Lu})/u;
/** A field: a label of a word or two in mixed case, its colon, and a value ("Telex: 0607 42293"). */
const FIELD = /^\p{Lu}[\p{L}-]{1,20}(?:\s\p{L}[\p{L}-]{1,20})?\s?:\s*\S/u;
/** A field's label after a comma ("…, 5300 Bonn 2, Telex: 885521"). */
const FIELD_AFTER_COMMA = /,\s+(?=\p{Lu}[\p{L}-]{1,20}(?:\s\p{L}[\p{L}-]{1,20})?\s?:\s)/u;

/** The lines of such a record, or undefined for a line that is none. */
export function cutSemicolonRecord(line: string): string[] | undefined {
  // Cheap tests first: a record has a colon, and ends its sentence or parts its fields with ";".
  if (line.length > 600 || !line.includes(':')) return undefined;
  let rest = line.trim();
  if (!rest.includes(';') && !rest.endsWith('.')) return undefined;
  const head = HEADING.exec(rest);
  const heading = head && isContactHeading(head[1] ?? '') ? head[1] ?? '' : undefined;
  if (heading !== undefined) rest = rest.slice(head?.[0].length ?? 0);
  const segments = rest
    .replace(/[\s;.]+$/u, '')
    .split(/\s*;\s*/u)
    .flatMap((s) => s.split(FIELD_AFTER_COMMA))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const [first = '', ...fields] = segments;
  if (fields.length === 0 || FIELD.test(first) || !fields.every((f) => FIELD.test(f))) return undefined;
  // The head is an official's: no sentence, parts after commas, the first naming an office, an
  // institution or a person with a courtesy title.
  if (/[.!?]\s/u.test(first.replace(NOT_A_SENTENCE_END, ''))) return undefined;
  const parts = first.split(/\s*,\s+/u);
  if (parts.length < 2 || parts.some((p) => p.split(/\s+/u).length > 8) || !opensOfficial(parts[0] ?? '')) return undefined;
  return [...(heading === undefined ? [] : [heading]), ...withCountry(parts), ...fields];
}

/**
 * "…, Ankara, Türkei": the town and the country after it are one line, as a block of one field a
 * line prints them; read apart, a lone town under an institution's name reads as a person's name.
 */
function withCountry(parts: readonly string[]): string[] {
  const country = parts.at(-1) ?? '';
  if (parts.length < 3 || countryCode(country) === undefined || !/^\p{Lu}\p{Ll}/u.test(parts.at(-2) ?? '')) return [...parts];
  return [...parts.slice(0, -2), `${parts.at(-2) ?? ''}, ${country}`];
}

function opensOfficial(part: string): boolean {
  const { honorific, rest } = splitHonorific(part);
  return (honorific !== undefined && isPersonName(rest)) || splitLeadingRole(part) !== undefined || startsWithOrganisation(part) || isRoleLike(part);
}
