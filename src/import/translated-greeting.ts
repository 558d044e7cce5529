// A page may give its letter twice, in its own language and then translated (translations.ts), and
// greet the addressee by office alone in the first ("Sehr geehrter Gouverneur,") but by office and
// name in the translation ("Dear Governor Jan Example,"). The translation's greeting then names the
// official the first letter writes to; the first greeting stays the salutation. Read only when no
// other reader named anyone, and only when the translation greets the same office: its greeting
// must be the first line after the first letter's closing, and both offices one of the kinds below.
import { greetedOfficeWords } from './greeted-office.js';
import { greetedPerson } from './greeting-addressee.js';
import { findLandmarks } from './landmarks.js';
import type { ImportedOfficial } from './official-block.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** One office in the languages of the pages (folded): a greeting by one and its translation by another are the same office. */
const SAME_OFFICE: readonly RegExp[] = [
  /^(?:governor|gouverneur(?:in)?|gobernador(?:a)?|governador(?:a)?|governatore|guvernor)$/u,
  /^(?:president|prasident(?:in)?|presidente|presidenta|presidentti|prezydent)$/u,
  /^(?:prime minister|premier ministre|primer ministro|primeiro-ministro|primo ministro|premierminister(?:in)?)$/u,
  /^(?:ambassador|ambassadeur|embajador(?:a)?|embaixador(?:a)?|ambasciatore|botschafter(?:in)?)$/u,
];
/** How far under the closing the translation's greeting may stand (blank lines between). */
const GAP = 6;

export function translatedGreetingOfficial(doc: ImportText, salutation: number | undefined): ImportedOfficial | undefined {
  if (salutation === undefined) return undefined;
  const office = greetedOfficeWords(lineAt(doc, salutation));
  const kind = office === undefined ? -1 : SAME_OFFICE.findIndex((re) => re.test(fold(office)));
  if (kind < 0) return undefined;
  const { closing } = findLandmarks(doc);
  if (closing === undefined || closing <= salutation) return undefined;
  for (let n = closing + 1; n <= Math.min(doc.lines.length, closing + GAP); n++) {
    const line = lineAt(doc, n).trim();
    if (line === '') continue;
    const person = greetedPerson(line);
    // The first line under the closing is the translation's greeting, or there is none.
    if (person?.title === undefined || person.surnameOnly === true || !SAME_OFFICE[kind]?.test(fold(person.title))) return undefined;
    const greeting = lineAt(doc, salutation).trim().replace(/\s*[,:!]$/u, '');
    return {
      line: n,
      confidence: 'low',
      nameFromOffice: false,
      name: { value: person.name, line: n },
      title: { value: office ?? person.title, line: salutation },
      salutation: { value: greeting, line: salutation, confidence: 'medium' },
      address: [],
      emails: [],
      copy: false,
      unsure: [],
    };
  }
  return undefined;
}
