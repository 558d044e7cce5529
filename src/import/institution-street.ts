// A scanned journal's page that runs a whole list of officials onto one line keeps no comma inside
// an address either: "Ministry of Justice Courthouse Square Sampletown Republic of the Sudan". Read
// whole, the run is the official's organisation, and his address is lost. Cut back at its known
// starts: the institution, a street of one name and its street word, the town, and the country
// (found in the tables of country names, or with its form of state, "Republic of …"). Any run that
// does not end so, or whose street is not one capitalised word and its street word, is left whole.
import { countryCode } from '../channels/countries.js';
import { isStateName, startsWithOrganisation } from './official-words.js';

/** The words that end a street's name in English ("Liberty Avenue", "Justice Road"). */
const STREET_WORD = /^(?:Street|Road|Avenue|Square|Boulevard|Lane|Drive|Highway|Corniche)$/u;
/** One capitalised word: a street's name, or a town's. */
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
/** An institution never ends on a joining word ("Ministry of" + "the Interior …"). */
const JOIN_END = /^(?:of|the|for|and|de|del|la|du|des)$/iu;

/** [institution, street, town, country], or undefined for a line that is no such run. */
export function splitInstitutionStreet(line: string): string[] | undefined {
  // Cheap tests first: an institution's run holds no number, comma, colon or sentence mark.
  if (line.length > 160 || /[\d,:;@!?()]/u.test(line) || !startsWithOrganisation(line)) return undefined;
  const words = line.trim().split(/\s+/u);
  if (words.length < 7 || words.length > 16) return undefined;
  const country = countryStart(words);
  if (country === undefined) return undefined;
  const [town = '', street = '', streetName = ''] = [words[country - 1], words[country - 2], words[country - 3]];
  const institution = words.slice(0, country - 3);
  if (!NAME_WORD.test(town) || !STREET_WORD.test(street) || !NAME_WORD.test(streetName) || STREET_WORD.test(town)) return undefined;
  if (institution.length < 2 || JOIN_END.test(institution.at(-1) ?? '') || !startsWithOrganisation(institution.join(' '))) return undefined;
  return [institution.join(' '), `${streetName} ${street}`, town, words.slice(country).join(' ')];
}

/** Where the country that ends the run starts: its last word, or up to five with a form of state. */
function countryStart(words: readonly string[]): number | undefined {
  for (let k = 5; k >= 1; k--) {
    const at = words.length - k;
    if (at < 4) continue;
    const name = words.slice(at).join(' ');
    if (!/^\p{Lu}/u.test(name)) continue;
    if (k === 1 ? countryCode(name) !== undefined : isStateName(name)) return at;
  }
  return undefined;
}
