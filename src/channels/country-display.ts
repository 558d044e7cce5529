// A country's name in a letter's language ("United Kingdom" in a German letter reads
// "Vereinigtes Königreich"), from ICU's names through Intl.DisplayNames. A name that is not a
// known country ("Ruritania", a typo) is printed as written: better than a guess.
//
// Speed: an English letter whose country is already an English name needs no ICU at all (the
// first Intl.DisplayNames of a process costs 2–20 ms of a one-letter run); every other answer is
// remembered, because a batch asks the same question for each of its thousands of signers.
import { countryCode, englishCountryNames, normalizeCountry } from './countries.js';

const MEMO_LIMIT = 1000;
const answers = new Map<string, string>();
const displays = new Map<string, Intl.DisplayNames>();

function display(lang: string): Intl.DisplayNames {
  let d = displays.get(lang);
  if (!d) {
    d = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    displays.set(lang, d);
  }
  return d;
}

/** The country `name` stands for, named in `lang`; `name` itself when it is no country we know. */
export function countryNameIn(name: string, lang: string): string {
  const written = name.trim();
  if (written === '') return written;
  if (lang === 'en' && englishCountryNames().has(normalizeCountry(written))) return written;
  return remembered(`${lang}\u0000${written}`, () => {
    const code = countryCode(written);
    if (code === undefined) return written;
    try {
      return display(lang).of(code) ?? written;
    } catch {
      // A language ICU does not know (a user's own template folder "xx"): as written.
      return written;
    }
  });
}

/**
 * The same name in capitals for an envelope, as `lang` writes capitals ("İSPANYA" for a Turkish
 * sender): toLocaleUpperCase asks ICU each time, so the answer is remembered too.
 */
export function countryNameInCapitals(name: string, lang: string): string {
  return remembered(`${lang}\u0001${name}`, () => {
    try {
      return countryNameIn(name, lang).toLocaleUpperCase(lang);
    } catch {
      return name.toUpperCase();
    }
  });
}

function remembered(key: string, answer: () => string): string {
  const known = answers.get(key);
  if (known !== undefined) return known;
  const value = answer();
  if (answers.size >= MEMO_LIMIT) answers.clear();
  answers.set(key, value);
  return value;
}
