// A page that drew its address block on one or two lines, a slash where each line break was:
// "Mr Jane Example / Minister of Justice / Ministry of Justice", "06659 / Kizilay / Ankara /
// COUNTRY / Telefax: …". Read whole, the first line was one long name. It is read as the lines it
// was — only when one of its pieces shows the block for what it is (a courtesy title before a
// person's name, a postcode, a contact label), so that an office printed in two languages
// ("Justizminister / Minister of Justice") or a bilingual greeting keeps its slash.
import { labelsOf, printedLabels } from './field-labels.js';
import { isPersonName, opensAddress, splitHonorific, splitLeadingRole } from './official-words.js';

const SPACED_SLASH = /\s+\/\s+/u;
/** "Fax:", "E-Mail:", "Telefax:": what follows is one number's or address's piece, slashes and all. */
const LABEL_FIRST = new RegExp(String.raw`^(?:${printedLabels(labelsOf('phone', 'fax', 'email'), { lowerFirst: true })})\s*\.?:`, 'u');
/** A postcode alone, the town after the next slash ("06659 / Kizilay"). */
const POSTCODE = /^(?:[A-Z]{1,2}-)?\d{4,6}$/u;
/** A greeting's opening: a greeting given in two languages keeps its slash. */
const GREETING = /^(?:dear|sehr|estimad|monsieur|madame|senor|señor|excel|exzellenz|your|geachte|caro|cara|egregi)/iu;

/**
 * An old newsletter's block with its slashes unspaced, or spaced on one side ("His Highness … Al
 * Example/ Office of His Highness the Amir/The Amiri Court/Example Palace/ Bahrain."): read so only
 * when a courtesy title or an office and a person's name open it and four pieces or more follow one
 * another, no link or date among them (their slashes are no line breaks).
 */
const TIGHT_SLASH = /\s*\/\s*/u;
const NOT_A_BREAK = /:\/\/|\d\s*\/\s*\d|\/\/|\b(?:and|or|und|oder|et|ou|y|o)\/(?:or|and|oder|und|ou|et|o|y)\b/iu;

function tightParts(line: string): string[] | undefined {
  if ((line.match(/\//gu)?.length ?? 0) < 3 || NOT_A_BREAK.test(line)) return undefined;
  // The block's last line may end the sentence it was given in ("…/ Bahrain.").
  const parts = line.trim().replace(/\.$/u, '').split(TIGHT_SLASH);
  return parts.length >= 4 && namesPerson(parts[0] ?? '') ? parts : undefined;
}

/**
 * A person's name after a courtesy title ("Mr Jane Example") or, in a tight block, after an office
 * ("Ambassador Jane Example/ Exampleland Embassy/ 12 Example Dr./ Washington, D.C. 20008."): an
 * office before the name opens the block as a courtesy title does.
 */
function namesPerson(piece: string, office = true): boolean {
  const { honorific, rest } = splitHonorific(piece);
  if (honorific !== undefined) return isPersonName(rest);
  const role = office ? splitLeadingRole(piece) : undefined;
  return role !== undefined && role.name.includes(' ') && isPersonName(role.name);
}

/** The lines of a slash-parted block, or undefined for any other line. */
export function splitSlashBlock(line: string): string[] | undefined {
  if (line.length > 300 || !line.includes('/')) return undefined;
  const parts = line.includes(' / ') ? line.trim().split(SPACED_SLASH) : tightParts(line);
  if (parts === undefined) return undefined;
  if (parts.length === 2 && nameThenStreet(parts)) return parts;
  if (parts.length < 3 || LABEL_FIRST.test(parts[0] ?? '')) return undefined;
  // A contact label ends the block's lines: its value may hold slashes of its own ("… 41 / +7 …").
  const labelAt = parts.findIndex((p) => LABEL_FIRST.test(p));
  const lines = labelAt < 0 ? parts : [...parts.slice(0, labelAt), parts.slice(labelAt).join(' / ')];
  const plain = labelAt < 0 ? lines : lines.slice(0, -1);
  if (!plain.every(isBlockLine)) return undefined;
  // A spaced block's office alone ("Justizminister / Minister of Justice") keeps its slash: only the tight block takes an office.
  const person = plain.some((p) => namesPerson(p, !line.includes(' / ')));
  if (!person && !plain.some((p) => POSTCODE.test(p)) && labelAt < 0) return undefined;
  return joinPostcodes(lines);
}

/**
 * "President Jane Example / ul. Examplova 38", "Mr Jan Example / 12 Example Road": two pieces, a
 * person's name after a courtesy title or an office, then a street opened by its street word or its
 * house number. The first line of an envelope and its street, the rest printed on the next line.
 */
function nameThenStreet([who = '', street = '']: readonly string[]): boolean {
  if (street.length > 60 || !/\d/u.test(street) || !namesPerson(who)) return false;
  const first = street.split(/\s+/u)[0] ?? '';
  return opensAddress(first) || /^\d{1,5}[a-zA-Z]?,?\s+\p{Lu}\p{L}/u.test(street);
}

/** "… Dr. N.W.", "… St.": a street's abbreviation ends the line with its full stop, as no sentence's word of four letters does. */
const ABBREVIATION_END = /(?:^|[\s.])\p{L}{1,3}\.$/u;

/** A line of an address block: short, opening with a capital or a digit, no sentence in it. */
function isBlockLine(piece: string): boolean {
  return piece.length >= 2 && piece.length <= 60 && /^[\p{Lu}\d]/u.test(piece) && (!/[.!?:;]$/u.test(piece) || ABBREVIATION_END.test(piece)) && !GREETING.test(piece) && !/\s\p{Ll}+\s\p{Ll}+\s\p{Ll}+/u.test(piece);
}

/** "06659" then "Kizilay": a postcode alone is its town's, as the address prints them together. */
function joinPostcodes(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1];
    if (POSTCODE.test(line) && next !== undefined && /^\p{Lu}/u.test(next) && !LABEL_FIRST.test(next)) {
      out.push(`${line} ${next}`);
      i++;
    } else out.push(line);
  }
  return out;
}
