// A form letter forwarded by mail prints each of its fields on one line ending in a bar, the
// addressee's whole envelope among them: "À Préfecture de la région Exampleland 8 bis rue Jean
// Exemple 25035 BESANCON CEDEX |". "À" is "to": the lines above are the sender's. Read whole, the
// line was an address line of the sender above it; it is cut into "À :" (which opens the addressee's
// block, as on a page that prints it alone), the institution, its street and its postcode and town.
// Only an institution's name, a house number before a street word, and a French postcode and town
// in capitals: any other line is left whole.
import { startsWithOrganisation } from './official-words.js';

const FORM_LINE = /^(?:À|A)\s+(\p{Lu}.{4,100}?)\s+(\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|quai|allée|chemin|cours|impasse|route|square)\s.{2,60}?)\s+(\d{5}\s+\p{Lu}[\p{Lu}' -]{1,40}?(?:\s+CEDEX(?:\s\d{1,2})?)?)$/u;

/** ["À :", institution, street, postcode and town], or undefined. */
export function splitAddressedFormLine(line: string): string[] | undefined {
  // Cheap tests first: "À " or "A " opens it and a digit is in it.
  if (line.length > 220 || !/^[AÀ] /u.test(line) || !/\d/.test(line)) return undefined;
  const m = FORM_LINE.exec(line.trim());
  if (!m || !startsWithOrganisation(m[1] ?? '')) return undefined;
  return ['À :', m[1] ?? '', m[2] ?? '', m[3] ?? ''];
}
