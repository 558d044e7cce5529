// US pages (death-penalty and prison call-ins) name the state, never the country: "on death row in
// Indiana", "the New Mexico Corrections Department", "Georgia Governor …". A country's name found
// inside a state's name ("India" in "Indiana", "Mexico" in "New Mexico", "Jersey" in "New Jersey")
// is no mention of that country; "Georgia" is the state on a page that is otherwise American (it
// names another state or prints US-shaped numbers). And a page that names a US state and no
// country at all is about the United States (low: the reader checks it).
import { inPageLanguage, US_STATES } from './country.js';
import { found, type Finding, type ImportText } from './types.js';

const STATE = new RegExp(String.raw`(?<![\p{L}])(?:${[...US_STATES].sort((a, b) => b.length - a.length).join('|')})(?![\p{L}])`, 'gu');
/** States that are a country's name too, or a city where embassies and the UN sit: they say nothing of the page's own country. */
const AMBIGUOUS = new Set(['Georgia', 'Washington', 'New York', 'District of Columbia']);
/** "(555) 728-2573", "555–463–1782": a number shaped as the US dials it. */
const US_SHAPED_NUMBER = /(?:\(\d{3}\)\s?|(?<!\d)\d{3}[-–.])\d{3}[-–.]\d{4}(?!\d)/u;
/** "Georgia Governor", "Governor of Georgia", "the Georgia Department of Corrections": the state's own offices. */
const GEORGIA_OFFICE = /\bGeorgia(?:['’]s)?\s+(?:State\s+)?(?:Governor|Attorney General|Department of Corrections?|Board of Pardons|Parole Board|Diagnostic|Supreme Court|General Assembly|Legislature|Senate)\b|\b(?:Governor|Attorney General) of Georgia\b/u;
/** Words of a US state's offices: with a state named, the page is about the United States. */
const US_OFFICE = /\b(?:[Gg]overnor|Attorney General|Department of Corrections?|DOC|Board of Pardons|Parole Board|[Ww]arden|Senator|[Dd]eath [Rr]ow)\b/u;

/**
 * "im US-Bundesstaat Georgia", "in the US state of Georgia", "dans l'État américain de Géorgie",
 * "en el estado norteamericano de Georgia", "nello stato americano della Georgia": the page says
 * the name is a US state's. Before the name, up to its start.
 */
const US_STATE_BEFORE = /(?:\bUS-Bundesstaat(?:es)?|\b(?:US|U\.S\.|American)\s+state\s+of|\bÉtat\s+(?:américain|des États-Unis)\s+de|\bestado\s+(?:norteamericano|estadounidense|de EE\.\s?UU\.)\s+de|\bstato\s+(?:americano|statunitense)\s+(?:della|del|di)|\bUS-delstaten|\bamerikanska delstaten|\bestado\s+(?:norte-americano|americano)\s+da)\s+$/iu;

/** The words before `start` in `line` call the name there a US state's (US_STATE_BEFORE). */
const saysUsState = (line: string, start: number): boolean => US_STATE_BEFORE.test(line.slice(Math.max(0, start - 50), start));

/** The states a line names, with where each starts and ends. */
function statesIn(line: string): Array<{ name: string; start: number; end: number }> {
  // Cheap test first: every state's name opens with a capital.
  if (!/\p{Lu}/u.test(line)) return [];
  return [...line.matchAll(STATE)].map((m) => ({ name: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/**
 * The page names a state no country shares, or a Georgia office only the state has: "Georgia"
 * there is the state. (A US-shaped number is not enough: the embassy of Georgia in Washington has one.)
 */
function looksAmerican(doc: ImportText): boolean {
  return doc.lines.some((l) => GEORGIA_OFFICE.test(l) || statesIn(l).some((s) => !AMBIGUOUS.has(s.name) || saysUsState(l, s.start)));
}

/**
 * A mention of a country (`mentions`' own) that the words before it call a US state ("im
 * US-Bundesstaat Georgia", "dans l'État américain de Géorgie"): no mention of that country.
 */
export function calledUsState(doc: ImportText, m: { line: number; start: number }): boolean {
  const line = doc.lines[m.line - 1] ?? '';
  return /\bU\.?S\b|\bam[eé]ric|\bnorteameric|\bestadounid|\bstatunit|\bÉtats-Unis|\bEE\.\s?UU/iu.test(line) && saysUsState(line, m.start);
}

/** `mentions` without the countries read inside a US state's name. */
export function withoutUsStates<T extends { line: number; start: number; end: number }>(doc: ImportText, mentions: readonly T[]): T[] {
  let american: boolean | undefined;
  return mentions.filter((m) => {
    const state = statesIn(doc.lines[m.line - 1] ?? '').find((s) => s.start <= m.start && m.end <= s.end);
    if (!state) return true;
    if (state.name !== 'Georgia') return false;
    american ??= looksAmerican(doc);
    return !american;
  });
}

/**
 * The United States, for a page that names one of its states (none that a country or embassy city
 * shares) and a state's office or a US-shaped number: a story that only passes through a state
 * ("he studied in Ohio") says nothing of the case's country. Undefined otherwise.
 */
export function usStateNamed(doc: ImportText): Finding<string> | undefined {
  const lines = doc.lines.slice(0, 1000);
  // "im US-Bundesstaat Georgia": a state the page itself calls a US state needs no office beside it.
  const called = (l: string) => statesIn(l).some((s) => saysUsState(l, s.start));
  if (!lines.some((l) => US_OFFICE.test(l) || US_SHAPED_NUMBER.test(l) || called(l))) return undefined;
  // "Georgia" counts when the page names an office only the state has, or calls it a US state.
  const georgia = lines.some((l) => GEORGIA_OFFICE.test(l) || called(l));
  for (let n = 1; n <= lines.length; n++) {
    const state = statesIn(lines[n - 1] ?? '').find((s) => !AMBIGUOUS.has(s.name) || (georgia && s.name === 'Georgia'));
    if (state) return found(inPageLanguage(doc, 'United States'), 'low', n, `the page names ${state.name}, a US state, and no country: check it`);
  }
  return undefined;
}
