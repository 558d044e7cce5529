// A letter download or an old repost may name the institution to copy and its town on one line,
// with no street: "Ambassade du Royaume de Bahreïn, Paris, France.", "Embassy of Valdor, Ottawa,
// Canada", "Botschaft von Valdor, Berlin, Deutschland". The institution is the official; the town
// and the country are its address. Only a short line that opens with an institution and ends in a
// country's name is cut; a sentence or a line with a number is left to the other rules.
import { countryCode } from '../channels/countries.js';
import { startsWithOrganisation } from './official-words.js';

/** A place: a few capitalised words ("Paris", "Den Haag", "Rio de Janeiro"). */
const PLACE = /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3}$/u;

/** [institution, "Town, Country"], or undefined. */
export function splitInstitutionPlace(line: string): [string, string] | undefined {
  if (line.length > 120 || !line.includes(', ') || /[\d:@;!?]/.test(line)) return undefined;
  const parts = line.trim().replace(/\.$/, '').split(/\s*,\s+/);
  if (parts.length !== 3) return undefined;
  const [institution = '', town = '', country = ''] = parts;
  if (!startsWithOrganisation(institution) || institution.split(/\s+/).length > 10 || !PLACE.test(town) || !PLACE.test(country)) return undefined;
  // The institution's own words may name the country ("Embassy of France, Paris, France"): only the last part is looked up.
  if (countryCode(country) === undefined) return undefined;
  return [institution, `${town}, ${country}`];
}
