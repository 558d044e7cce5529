// "Chairman Jane Example People's Government of Example Region Example City Example Region
// People's Republic of Exampleland": an envelope run onto one line with no number in it, so no
// house number or postcode shows where the address begins. The office and the person's name come
// first, then an institution (which opens the address), and the line ends with a country's name:
// cut at the institution, the rest one address line. Anything less sure stays whole.
import { countryCode } from '../channels/countries.js';
import { isPersonName, splitHonorific, splitLeadingRole, startsWithOrganisation } from './official-words.js';

/** A diplomatic mission's words, in the languages UAs come in. */
const MISSION = /\b(?:embassy|embajada|embaixada|ambassade|ambasciata|botschaft|mission|misi[oó]n|consulate|consulado|consulat|konsulat)\b/iu;

/** The unflattener's cut of an official's head into person, institution and address (passed in: it imports this file). */
export type HeaderSplit = (head: string) => string[];

/** The line's last one to three words name a country ("… People's Republic of China", "… Viet Nam"). */
function endsWithCountryName(words: readonly string[]): boolean {
  for (let k = 1; k <= 3 && k < words.length; k++) if (countryCode(words.slice(-k).join(' ')) !== undefined) return true;
  return false;
}

/** An office and a person's name of two words or more, or a courtesy title and such a name. */
function officeAndPerson(who: string): boolean {
  const role = splitLeadingRole(who);
  if (role !== undefined) return role.name.includes(' ') && isPersonName(role.name);
  const { honorific, rest } = splitHonorific(who);
  return honorific !== undefined && rest.includes(' ') && isPersonName(rest);
}

export function splitInstitutionToCountry(line: string, splitHeader: HeaderSplit): [string, string] | undefined {
  // Cheap tests first: an envelope's line is short, with no digit, label, email or sentence's mark.
  // No comma or slash either: a line cut so is read by the readers of those (and "c/o" has one).
  if (line.length < 40 || line.length > 250 || /[\d:@.!?;,/]/u.test(line) || !/^\p{Lu}/u.test(line)) return undefined;
  // "King Jane Example Embassy of Exampleland": an embassy after a name on one line is more often
  // the next column's, printed beside him, than his own; an embassy's envelope has its street's number.
  if (MISSION.test(line)) return undefined;
  if (!endsWithCountryName(line.trim().replace(/[\s,]+$/u, '').split(/\s+/u))) return undefined;
  const parts = splitHeader(line);
  const [who = '', institution = ''] = parts;
  // "People's Government of …", "Royal Embassy of …": the institution's keyword may follow its adjective.
  const opensInstitution = startsWithOrganisation(institution) || startsWithOrganisation(institution.replace(/^\S+\s+/u, ''));
  if (parts.length !== 2 || !opensInstitution || !officeAndPerson(who)) return undefined;
  return [who, institution];
}
