// The country of a letter written in a script the country tables print no English for: a Thai
// letter's addressee is Thailand's (the Thai section writes to its own government), a Vietnamese
// title names its state at its end ("Chủ tịch Nước CHXHCN Việt Nam", no "of" before it), and an
// Arabic page may name the head of a state no name table holds ("رئيس السلطة الوطنية الفلسطينية",
// the Palestinian Authority), a Chinese address opens with the country ("美国华盛顿特区"). The country is always given by its English name: a draft's country
// is never Arabic or Thai text, which no template or list could match.
import { countryCode, englishCountryNames } from '../channels/countries.js';
import type { ImportedOfficial } from './official-block.js';
import { cjkCountryIn } from './cjk-words.js';
import { lineAt } from './text.js';
import { found, type Finding, type ImportText } from './types.js';

const THAI = /\p{Script=Thai}/u;
const ARABIC = /\p{Script=Arabic}/u;
/** The names of Palestine that ICU's tables lack (the Palestinian Authority, the State of Palestine). */
const PALESTINE = /(?:السلطة\s+(?:الوطنية\s+)?الفلسطينية|دولة\s+فلسطين)/u;
/** "رئيس السلطة …", "الرئيس …": the head of the state named after the word. */
const HEAD_OF = /(?:^|\s)(?:ال)?رئيس\s+/u;
/** English names where ICU's differ from the name a case file uses. */
const ENGLISH: Readonly<Record<string, string>> = { PS: 'Palestine' };

export function scriptPageCountry(doc: ImportText, officials: readonly ImportedOfficial[]): Finding<string> | undefined {
  const home = officials.filter((o) => !o.copy);
  for (const o of home) {
    const title = o.title ?? (o.nameFromOffice ? o.name : undefined);
    // "Chủ tịch Nước CHXHCN Việt Nam": the state's name closes the Vietnamese title.
    const named = title && /\bViệt Nam\.?$/u.test(title.value) ? countryCode('Việt Nam') : undefined;
    if (named && title) return found(englishName(named), 'medium', title.line, `the state the official's title names ("${title.value}")`);
  }
  const arabic = home.find((o) => o.name && ARABIC.test(o.name.value) && o.title !== undefined && HEAD_OF.test(` ${o.title.value} `));
  if (arabic) {
    // The office the page names the president of, above his name (its headline): the Palestinian Authority's.
    for (let n = 1; n < arabic.line; n++) {
      const line = lineAt(doc, n);
      if (!ARABIC.test(line)) continue;
      const head = HEAD_OF.exec(line);
      if (head && PALESTINE.test(line.slice(head.index))) return found('Palestine', 'medium', n, 'the head of the Palestinian Authority, whom the headline names');
    }
  }
  // "美国华盛顿特区20500" under a Chinese letter's addressee: the country his address opens with.
  for (const o of home) {
    const first = o.address[0];
    const at = first === undefined ? undefined : cjkCountryIn(first.value);
    if (at?.index === 0 && first) return found(at.country, 'medium', first.line, `the country the official's address opens with ("${first.value}")`);
  }
  const thai = home.find((o) => (o.name && THAI.test(o.name.value)) || (o.title && THAI.test(o.title.value)));
  if (thai) return found('Thailand', 'medium', thai.line, "the official is named in Thai, the letter to Thailand's own government");
  return undefined;
}

/** A country printed in Arabic or Thai ("العراق") as the case file names it ("Iraq"); other names as printed. */
export function inEnglish(country: Finding<string>): Finding<string> {
  if (!country.found || !(ARABIC.test(country.value) || THAI.test(country.value))) return country;
  const code = PALESTINE.test(country.value) ? 'PS' : countryCode(country.value);
  return code === undefined ? country : { ...country, value: englishName(code) };
}

/** The English name a case file uses for the country of ISO code `code` (from the project's copy of ICU's names). */
export function englishName(code: string): string {
  const own = ENGLISH[code];
  if (own) return own;
  for (const [name, c] of englishCountryNames()) if (c === code) return name.replace(/(^|\s)(\p{Ll})/gu, (_, s: string, l: string) => `${s}${l.toUpperCase()}`);
  return code;
}
