// An official's postal address runs on, line under line, to its country: a district, a square, a
// town ("Centro Ejemplo", "Colonia Centro", "Distrito Capital", "Casco Antiguo", "La Ciudad,") is
// one of its lines even when its words look like an institution's ("Centro") or a person's name
// (two capitalised words). Inside such a run only person or office evidence opens the next
// official: a courtesy title, an office or an institution opening the line, or a name with an office
// or a courtesy title right under it. A blank line, a contact line or the country ends the run.
import { countryCode } from '../channels/countries.js';
import { fold } from './fold.js';
import { officeLengthAt } from './office-words.js';
import { honorificAlone, isPersonName, isRoleLike, splitHonorific, splitLeadingRole, startsWithOrganisation } from './official-words.js';
import { isAllCaps } from './text.js';

/** Institution words that name a town's quarter as well ("Centro Histórico", "Centro Ejemplo"). */
const PLACE_INSTITUTION = /^(?:(?:the|la|el|le)\s+)?(?:centro|center|centre)\b/;

/** The line opens with a courtesy title, an office ("Ministro …", "Innenminister …") or an institution ("Embajada de …"). */
export function opensOfficial(line: string): boolean {
  const text = line.trim();
  if (splitHonorific(text).honorific !== undefined || honorificAlone(text) !== undefined) return true;
  const words = text.split(/\s+/);
  const first = words[0] ?? '';
  if (officeLengthAt(words, 0) > 0 || splitLeadingRole(text) !== undefined) return true;
  // An office printed as one compound word ("Generalstaatsanwalt"), not an institution's keyword alone.
  if (isRoleLike(first) && !startsWithOrganisation(first)) return true;
  return startsWithOrganisation(text) && !PLACE_INSTITUTION.test(fold(text));
}

/**
 * A line inside an address run that would have opened a new official by its looks: it goes on with
 * the address unless it opens with person or office evidence, or is a name (no comma after it, as
 * "La Ciudad," has) with such evidence on the line under it, or with nothing under it: "Example City
 * 40400" / "Nadia Musterfrau" / the letter, on a page that lost its blank lines, is the subject's
 * name above the letter, no town (left out and reported, as before).
 */
export function runsOnAddress(line: string, under: string | undefined): boolean {
  if (opensOfficial(line)) return false;
  if (!isPersonName(line.trim())) return true;
  // "Viet Nam", "Sri Lanka", "Costa Rica": a country's name in two capitalised words has a person's
  // name's shape, yet under an address line it is the address's last line, whoever comes next.
  if (countryCode(line.trim().replace(/[\s,;.]+$/u, '')) !== undefined) return true;
  return under !== undefined && under.trim() !== '' && !opensOfficial(under);
}

/** The line ends with its country ("GUATEMALA", "Ciudad de Guatemala, GUATEMALA", or a country the page names): the address is complete. */
export function endsWithCountry(line: string, countries: readonly string[]): boolean {
  const last = (line.split(',').pop() ?? '').trim().replace(/[\s.;]+$/, '');
  if (last === '') return false;
  if (countries.some((c) => fold(c) === fold(last))) return true;
  // Only a short name in capitals is looked up: an unknown name costs every locale's table of names.
  return isAllCaps(last) && last.length >= 4 && last.split(/\s+/).length <= 3 && countryCode(last) !== undefined;
}

/**
 * "Vedado" / (blank) / "La Ciudad" / (blank) / "Exampleland": a town alone after one blank line
 * under an address not yet ended by its country, with that country alone as the next printed line,
 * goes on with the address. A line with a person's name's shape never does (it may open the next
 * official, whose country is printed under him), nor one with a digit, a label or a courtesy title.
 */
export function townOverCountry(line: string, nextPrinted: string | undefined): boolean {
  const text = line.trim();
  if (nextPrinted === undefined || text === '' || text.length > 40 || /[\d:@]/u.test(text) || !/^\p{Lu}/u.test(text)) return false;
  if (countryCode(nextPrinted.trim().replace(/[\s,;.]+$/u, '')) === undefined) return false;
  return !isPersonName(text) && !opensOfficial(text);
}
