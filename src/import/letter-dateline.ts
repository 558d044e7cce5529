// The lines a letter prints between its sender and its addressee, or between the addressee and the
// greeting, that say where and when it was written: "Exampletown, le 30/07/2015" (a place, then the
// date in figures with slashes), a dateline left for the writer to fill in ("City ….........., June
// … 2021"), or the sender's placeholders with the date ("[Your Name] [Your Address] 6th June 2009").
// None of them is an address line or a name, wherever it stands in a block.
import { isDateline, isDateOnly } from './written-date.js';

/** A run of dots or ellipses, the space left for the writer to fill in. */
const TO_FILL = /\s*(?:\.{2,}|…)[.…]*\s*/gu;
/** "[Your Name]", "(votre adresse)", "[Ihre Anschrift]": a blank for the writer's own details. */
const PLACEHOLDER = /[[(]\s*(?:your|votre|vos|ton|ta|tu|su|sus|ihr|ihre|dein|deine|din|ditt|seu|sua|il tuo|la tua)\s[^\])]{1,30}[\])]/iu;

/** "Town, 12 2021", "Ville, le 2021": what is left of a dateline once its blanks are taken out (the day or month was to be filled in). */
const PLACE_AND_YEAR = /^\p{Lu}[\p{L}' -]{1,30},(?:\s+\p{Ll}{1,3})?(?:\s+\d{1,2})?(?:\s+\p{L}{3,12})?\s+\d{4}\.?$/u;

export type DatelineKind = 'a date' | 'a dateline for the writer to fill in' | "a blank for the writer's own details";

/** Why the line is a letter's dateline or the writer's placeholders, for the report; undefined when it is neither. */
export function datelineKind(line: string): DatelineKind | undefined {
  // Every kind read here has a year, a run of dots or a bracket: most lines have none of them.
  if (line.length > 100 || !/\d{4}|\.\.|…|[[(]/u.test(line)) return undefined;
  const text = line.trim();
  if (/\d{4}/.test(text) && isDateline(text, () => false)) return 'a date';
  if (/\.\.|…/u.test(text)) {
    const filled = text.replace(TO_FILL, ' ').replace(/\s+,/g, ',').replace(/\s{2,}/g, ' ').trim();
    if (filled !== text && /\d{4}/.test(filled) && (isDateOnly(filled) || isDateline(filled, () => false) || PLACE_AND_YEAR.test(filled))) return 'a dateline for the writer to fill in';
  }
  if (/[[(]/.test(text) && PLACEHOLDER.test(text)) return "a blank for the writer's own details";
  return undefined;
}
