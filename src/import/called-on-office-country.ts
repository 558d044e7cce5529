// "Amnesty is calling on the Governor of Texas and the Texas Board of Pardons and Parole to show
// clemency": a group's newsletter names the officials only in the sentence that asks for action.
// A US state's office named there is the officials' office, and the United States their country,
// even where the page names other countries too (the prisoner's origin, "Mexican American"; the
// group's own, "Human Rights in the UK"). Only the words after the call are read ("calling on",
// "urge", "write to", "appeal to"): a story's "she was moved to Texas" is not an office. The page
// must name the United States too ("US woman's execution …"): where it names only other countries
// (the prisoner's, as often as each other) the office alone is no answer (countries-in-words.test).
// Georgia's name is a country's too: left to the readers of US pages (us-state-names.ts).
import { countryMentions } from './country-mentions.js';
import { inPageLanguage } from './country.js';
import { findLandmarks } from './landmarks.js';
import { stateOfficeCountry } from './state-country.js';
import { fold } from './text.js';
import { found, type Finding, type ImportText } from './types.js';

/** The words that ask the reader, or the page's organisation, to press an official, folded; what follows names them. */
const CALL = /\b(?:call(?:ing|s)? (?:on|upon)|urg(?:e|es|ing)|appeal(?:ing|s)? to|writ(?:e|ing) to|ask(?:ing|s)?|email(?:ing)?|tell|contact(?:ing)?)\s+(.+)$/;
/** A cheap test before the table of states: a state's office word is in the line. */
const MAY_NAME = /governor|board of pardons|attorney general|parole/i;

/** The United States, when a call to act names a US state's office (Georgia's left out) and the page names the country; undefined otherwise. */
export function calledOnOfficeCountry(doc: ImportText): Finding<string> | undefined {
  for (let n = 1; n <= doc.lines.length; n++) {
    const line = doc.lines[n - 1] ?? '';
    if (!MAY_NAME.test(line)) continue;
    const f = fold(line);
    for (const sentence of f.split(/(?<=[.!?])\s+/)) {
      const called = CALL.exec(sentence)?.[1];
      if (called === undefined || /\bgeorgia\b/.test(called)) continue;
      if (stateOfficeCountry(called, true) === undefined) continue;
      if (!countryMentions(doc, findLandmarks(doc).language).some((m) => m.country === 'United States')) return undefined;
      return found(inPageLanguage(doc, 'United States'), 'medium', n, `the US state's office the page calls on ("${shorten(called)}"): check it`);
    }
  }
  return undefined;
}

const shorten = (s: string): string => (s.length > 60 ? `${s.slice(0, 59)}…` : s);
