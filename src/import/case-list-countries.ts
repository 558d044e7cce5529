// A section's page of cases ("Kogo bronimy?", a Write for Rights list) prints one case after
// another, each as a name, its country on a line alone, the story, and its own instruction to write
// ("Młodzież z Grassy Narrows" / "Kanada" / … / "Napisz list do:" / "Nasu Abdulaziz" / "Nigeria").
// Such a page is about several countries: any one a reader takes from an official, a state or the
// story is one case's, picked at random. Two cases in different countries, each with its own call
// to write before the next, leave the country a TODO that names them.
import { countryCode } from '../channels/countries.js';
import { fold, lineAt } from './text.js';
import { notFound, sourceLine, type Finding, type ImportText } from './types.js';

/** A case's own call to write or sign (folded), which closes its entry. */
const CALL = /^(?:napisz (?:list|apel) do|podpisz|write (?:a letter |an appeal )?to|sign (?:the petition|online|now)|ecrivez (?:a|au|aux)|signez|schreiben sie (?:an|einen brief)|escrib(?:a|e|an) (?:una carta )?a|firm(?:a|e|ar) (?:la peticion|ahora))\b/;
const CALL_START = /^[npwsef]/i;
/** A case's name above its country: a short heading, no sentence. */
const HEADING_WORDS = 6;

/** A TODO when the page lists cases in two countries or more, each with its own call to write; undefined otherwise. */
export function caseListCountries(doc: ImportText): Finding<string> | undefined {
  const cases: Array<{ name: string; code: string; line: number }> = [];
  let called = true;
  let previous = '';
  for (let n = 1; n <= doc.lines.length; n++) {
    const text = lineAt(doc, n).trim();
    if (text === '') continue;
    // Cheap test first: every call opens with one of these letters, accents aside (fold is then asked only of those lines).
    if (CALL_START.test(text.charAt(0).normalize('NFD')) && CALL.test(fold(text))) called = true;
    // Cheap test first: a line of one or two words with a capital.
    else if (text.length <= 40 && /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= 3 && isHeading(previous)) {
      const code = countryCode(text);
      // A country's line counts only as a new entry's: the last one's call to write came before it.
      if (code !== undefined && called && cases.at(-1)?.code !== code) {
        cases.push({ name: text, code, line: n });
        called = false;
      }
    }
    previous = text;
  }
  if (new Set(cases.map((c) => c.code)).size < 2 || !called) return undefined;
  return notFound(`the page lists cases in ${cases.map((c) => `${c.name} (line ${sourceLine(doc, c.line)})`).join(', ')}, each with its own call to write: give the country of the case this file is for`);
}

const isHeading = (line: string): boolean => line !== '' && line.split(/\s+/).length <= HEADING_WORDS && !/[.!?:;,]$/.test(line);
