// Address blocks of a letter. The rule for the recipient's country follows international post:
// from abroad (or when we do not know where the signer lives) the destination country stands
// alone on the last line in capitals; within the country the address is printed as the case wrote it.
import type { Signer } from '../signer/types.js';
import { countryNameInCapitals } from './country-display.js';
import { countryCode, sameCountry } from './countries.js';

export interface Destination {
  /** Address lines without the country. */
  lines: string[];
  /** The destination country: the address's own last line when it is a country, else the case's. */
  country: string;
  /** The address as the case wrote it (used for domestic post). */
  written: string[];
}

/**
 * Where a letter goes. "Caracas, Venezuela" on one line is split so the country can stand alone;
 * an address without a country line gets the country its last line implies (countryOfPostalLine),
 * else the case's country (a case's officials are in its country unless the address says
 * otherwise — a mission abroad ends with its own country).
 */
export function destinationOf(address: readonly string[], caseCountry: string): Destination {
  const lines = address.map((l) => l.trim()).filter((l) => l !== '');
  const last = lines[lines.length - 1];
  if (last !== undefined) {
    // The case's own country first: equal spellings need no name tables.
    if (sameCountry(last, caseCountry) || countryCode(last)) {
      return { lines: lines.slice(0, -1), country: last, written: lines };
    }
    const comma = last.lastIndexOf(',');
    const tail = comma < 0 ? '' : last.slice(comma + 1).trim();
    if (tail !== '' && (sameCountry(tail, caseCountry) || countryCode(tail))) {
      return { lines: [...lines.slice(0, -1), last.slice(0, comma).trim()], country: tail, written: lines };
    }
  }
  const byPostcode = last === undefined ? undefined : countryOfPostalLine(last);
  if (byPostcode !== undefined && !sameCountry(byPostcode, caseCountry)) return { lines, country: byPostcode, written: lines };
  return { lines, country: caseCountry, written: lines };
}

const US_STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
/** Last lines whose form says the country (postcode, with state or province), without naming it. */
const POSTAL_LINES: ReadonlyArray<[RegExp, string]> = [
  [new RegExp(`,\\s*(?:${US_STATES})\\.?\\s+\\d{5}(?:-\\d{4})?$`), 'United States'],
  [/,?\s*(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s+[A-Z]\d[A-Z] ?\d[A-Z]\d$/, 'Canada'],
  // A UK postcode ends the line: "London SW1A 2AA", "Leeds LS1 1AA".
  [/(?:^|\s)[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, 'United Kingdom'],
];

/**
 * The country an address's last line implies, when it has no country line: missions to the UN in
 * New York and embassies in Washington are written "New York, NY 10017" (the seed's UA does so),
 * and without this their letters would be addressed to the case's country — posted to the wrong
 * continent.
 */
export function countryOfPostalLine(line: string): string | undefined {
  return POSTAL_LINES.find(([pattern]) => pattern.test(line.trim()))?.[1];
}

/** True unless the signer's country is known and is the destination's. */
export function isAbroad(signerCountry: string | undefined, destination: Destination): boolean {
  return signerCountry === undefined || signerCountry.trim() === '' || !sameCountry(signerCountry, destination.country);
}

/**
 * Name/title lines, then the postal address with the country line as the post wants it. The
 * country line is read by the sender's post office, so it is in the sender's language and script
 * when the signer gave one (`lang`), whatever the letter's language (an Arabic letter posted in
 * Leeds still says SAUDI ARABIA); else as the case wrote it.
 */
export function recipientLines(head: readonly string[], destination: Destination, abroad: boolean, senderLang?: string): string[] {
  if (!abroad) return [...head, ...destination.written];
  return [...head, ...destination.lines, countryLine(destination.country, senderLang)];
}

function countryLine(country: string, senderLang: string | undefined): string {
  // toUpperCase without a locale for a name as written: post offices read "TÜRKIYE"; a Turkish
  // dotted İ would not help them. A Turkish sender's own post does read "İSPANYA".
  if (senderLang === undefined || senderLang === '') return country.toUpperCase();
  return countryNameInCapitals(country, senderLang);
}

/** Sender block: name, street lines, city, country. */
export function senderLines(signer: Signer): string[] {
  return [signer.name, ...signer.address, signer.city ?? '', signer.country ?? ''].map((l) => l.trim()).filter((l) => l !== '');
}
