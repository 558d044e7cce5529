// "Bundesrat Hans Beispiel", "Bundesrätin …", "Sehr geehrte Bundesrätinnen und Bundesräte": a
// member of the Swiss government is called by the council's name. Austria's second chamber is a
// "Bundesrat" too (and Germany's), so the office tells Switzerland only on a page that also names
// it ("Schweiz", "schweizerisch", "Eidgenossenschaft"): two signs agreeing.
import { fold } from './text.js';

/** The council's name as an office, folded. */
const COUNCIL = /^bundesr(?:at|atin)$/;
/** The page names Switzerland, folded. */
const SWISS = /\bschweiz|\beidgenoss/;

/** "Switzerland" when `title` is the Swiss council's office and the page names Switzerland. */
export function swissCouncilCountry(title: string, lines: readonly string[]): string | undefined {
  if (!COUNCIL.test(fold(title).trim())) return undefined;
  return lines.some((l) => SWISS.test(fold(l))) ? 'Switzerland' : undefined;
}
