// A petition page whose addressee the importer cannot read as an official ("Emmanuel Macron" alone
// under "SIGNER LA PÉTITION") may name its country once, in its story ("Depuis novembre 2018, en
// France, des millions de personnes …"). When its sentences name that one country and no other,
// not even by an adjective, it is the country of the petition: the last resort, read only on a page
// that asks for signatures and reads no officials (sole-country.ts reads pages that do). The
// section's own name ("Amnesty International France") is not a mention.
import { SECTION_NAME } from './country-from-text.js';
import { countryMentions } from './country-mentions.js';
import { detectedLanguage, findLandmarks } from './landmarks.js';
import { casingFrom, titleCase } from './recase.js';
import { fold } from './text.js';
import { found, type Finding, type ImportText } from './types.js';

/** The button or call that asks for signatures, folded: "Signer la pétition", "Sign the petition", "Firma la petición". */
const SIGN = /\b(?:sign(?:er)? (?:la |the |our )?p[eé]tition|sign now|firm(?:a|ar|e) (?:la |esta )?petici[oó]n|assine (?:a )?peti[cç][aã]o|(?:petition )?unterschreiben|unterzeichnen|firma (?:la )?petizione|podpisz (?:petycje|online))\b/;
/** Words enough for running text, not a heading, a button or an address. */
const SENTENCE_WORDS = 8;

/** The one country a petition page's sentences name, when it reads no officials; undefined otherwise. */
export function petitionCountry(doc: ImportText): Finding<string> | undefined {
  if (!doc.lines.some((l) => SIGN.test(fold(l)))) return undefined;
  // A page in a language the detector cannot place is read as English, whose words may spell a country.
  if (detectedLanguage(doc.lines) === undefined) return undefined;
  const mentions = countryMentions(doc, findLandmarks(doc).language).filter((m) => {
    const text = doc.lines[m.line - 1] ?? '';
    return !SECTION_NAME.test(text.slice(0, m.start)) && text.trim().split(/\s+/).length >= SENTENCE_WORDS;
  });
  const [first] = mentions;
  if (!first || mentions.some((m) => m.country !== first.country)) return undefined;
  const named = mentions.find((m) => !m.adjective);
  if (!named) return undefined;
  return found(titleCase(named.name, casingFrom(doc.lines)), 'low', named.line, 'the one country the petition page names, with no official read: check it');
}
