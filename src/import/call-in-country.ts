// The country of a call-in page (call-in.ts) whose officials are a US state's: its governor, attorney
// general, prison wardens, corrections commissioner, with US-shaped numbers to call and a US state
// named on the page ("Ohio Governor …", "the Georgia Department of Corrections"). Such posts print
// no postal address, so the address's "GA 30334" that tells a US state elsewhere is missing. A
// headline "Georgia: …" there names the state, not the country. The US is never taken from a
// number alone: a state's office and the state's name must be printed too.
import { countryCode } from '../channels/countries.js';
import { US_NUMBER } from './call-in.js';
import { inPageLanguage, US_CODES, US_STATES } from './country.js';
import type { ImportedOfficial } from './official-block.js';
import { found, type Finding, type ImportText } from './types.js';

/** Offices of a US state (or county) that call-in campaigns target. */
// A member of Congress sits for a state too: "Senator (D-AK) …", "Representative (R-Texas) …".
const STATE_OFFICE = /\b(?:(?:lieutenant |lt\.? )?governor|attorney general|warden|(?:corrections )?commissioner|sheriff|district attorney|superintendent|secretary of (?:corrections|state)|parole board|board of pardons|senator|representative|congress(?:man|woman|member))\b/i;
const WHOLE_NUMBER = new RegExp(String.raw`^${US_NUMBER}$`, 'u');
const STATE_NAMED = new RegExp(String.raw`(?<![\p{L}])(?:${US_STATES.join('|')})(?![\p{L}])`, 'u');
const CODE_BEFORE_OFFICE = new RegExp(String.raw`\b(?:${US_CODES.replace(/ /g, '|')})\s+(?:Governor|Attorney General|Department|DOC|Lt\.? Governor|Lieutenant Governor)\b|[([][DRI][-–‑](?:${US_CODES.replace(/ /g, '|')})(?:[-–‑]\d{1,2})?[)\]]`, 'u');
/** Countries that share their name with a US state: a headline naming one may mean the state. */
const STATE_COUNTRIES = new Set(US_STATES.map((s) => countryCode(s)).filter((c): c is string => c !== undefined));

/**
 * The United States, in the page's language, for a page whose officials to call hold a US state's
 * offices, every number US-shaped, and a state named on the page; undefined otherwise. A headline's
 * country is overridden only when it shares its name with a US state ("Georgia").
 */
export function callInCountry(doc: ImportText, header: Finding<string>, officials: Finding<ImportedOfficial[]>): Finding<string> | undefined {
  if (header.found && !STATE_COUNTRIES.has(countryCode(header.value) ?? '')) return undefined;
  if (!officials.found) return undefined;
  const list = officials.value.filter((o) => !o.copy);
  const phones = list.flatMap((o) => [o.phone, o.fax].filter((p) => p !== undefined));
  // "(202) 555-0104 / (907) 555-0115": each of an official's two numbers is US-shaped.
  if (phones.length === 0 || !phones.every((p) => p.value.split(' / ').every((one) => WHOLE_NUMBER.test(one.trim()))) || list.some((o) => o.address.length > 0)) return undefined;
  const office = list.find((o) => STATE_OFFICE.test([o.title?.value, o.nameFromOffice ? o.name?.value : undefined, o.organisation?.value].join(' ')));
  if (!office) return undefined;
  if (!doc.lines.some((l) => STATE_NAMED.test(l) || CODE_BEFORE_OFFICE.test(l))) return undefined;
  const note = header.found ? `"${header.value}" is a US state here: its governor or officials are the ones to call, at US numbers` : "the officials to call hold a US state's offices, at US numbers";
  return found(inPageLanguage(doc, 'United States'), 'medium', office.line, note);
}
