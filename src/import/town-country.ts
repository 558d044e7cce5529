// "…, Avenue Exemple No. 15, 1050 Bruxelles, Belgium": an address run onto one line and cut at its
// commas leaves the country alone after the postcode and town. An envelope prints them on one line
// ("1050 Bruxelles, Belgium"), as a page with a field a line does: the country goes back on it.
import { countryCode } from '../channels/countries.js';

/** A postcode and its town ("1050 Bruxelles", "D-10117 Berlin", "00-950 Warszawa"), or a town and its postcode ("Lisboa 1000-001"). */
const POSTCODE_TOWN = /^(?:(?:\p{Lu}{1,2}-)?(?:\d{2}-\d{3}|\d{3,6}(?:[ -]\d{2,4})?)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+\d{3,6}(?:[ -]\d{2,4})?)$/u;
/** A country's name: capitalised words and their particles, no digit ("Belgium", "Bosnia and Herzegovina"). */
const COUNTRY_SHAPE = /^\p{Lu}[\p{L}'’. -]{2,40}$/u;

/** The comma-parted pieces of an address, the last one put back on the postcode and town before it when it is a country. */
export function withCountryOnTown(pieces: readonly string[]): string[] {
  const last = pieces.at(-1) ?? '';
  const town = pieces.at(-2) ?? '';
  if (pieces.length < 2 || !COUNTRY_SHAPE.test(last) || !POSTCODE_TOWN.test(town) || countryCode(last) === undefined) return [...pieces];
  return [...pieces.slice(0, -2), `${town}, ${last}`];
}
