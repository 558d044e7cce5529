// "llamó a la acción urgente “UA 261/16” que consiste en enviar antes del próximo 30 de diciembre":
// a repost gives the action's limit as a day without a year, beside the action's reference, whose
// two last digits are the year it was issued. The day is in that year only when that is plain: the
// reference on the same line, no follow-up on the page (a further action keeps the first one's
// number, in a later year), and a day from March on (a limit in January or February may fall in the
// year after an action issued late in the year). Otherwise it stays a TODO.
import type { PlainDate } from '../case/types.js';
import { fold } from './fold.js';
import { findWrittenDate } from './written-date.js';

/** "UA 261/16", "AU 12/09", "UA-Nr. 45/21": the action's number and the last two digits of its year. */
const REFERENCE = /\b(?:ua|au)(?:-nr\.?)?\s*[:#]?\s*\d{1,3}\/(\d{2})\b/i;
/** Words that make an action a follow-up of an earlier one (folded). */
const FOLLOW_UP_WORDS = String.raw`(?:update|further information|follow-up|seguimiento|actualizacion|informacion complementaria|mise a jour|complement d'information|aktualisierung|folgeaktion|atualizacao|aggiornamento)`;
/** An action's name (folded). */
const ACTION_NAME = String.raw`(?:ua|au|urgent action|accion urgente|action urgente|acao urgente|eilaktion)`;
/**
 * A follow-up of an action, named so beside the action ("Further information on UA 45/19", "AU
 * 45/19 – seguimiento"): its number stays the first action's, its year is a later one. The word
 * alone in the text ("dándole un seguimiento minucioso") is no follow-up.
 */
const FOLLOW_UP = new RegExp(String.raw`\b${FOLLOW_UP_WORDS}\W+(?:\w+\W+){0,3}${ACTION_NAME}\b|\b${ACTION_NAME}\b[^\n]{0,40}\b${FOLLOW_UP_WORDS}\b`);
/** Months in which a limit is surely in the action's own year. */
const FIRST_SURE_MONTH = 3;

/**
 * The day `text` (a date without its year, on `line`) in the year of the reference the line names,
 * or undefined when that year is not plain. `page` is the document's folded text, asked for a follow-up.
 */
export function dayInReferenceYear(text: string, line: string, page: () => string): PlainDate | undefined {
  const ref = REFERENCE.exec(line);
  if (!ref) return undefined;
  const date = findWrittenDate(`${text} 20${ref[1] ?? ''}`) ?? findWrittenDate(`${text} de 20${ref[1] ?? ''}`);
  if (date?.kind !== 'date' || Number(date.date.slice(5, 7)) < FIRST_SURE_MONTH) return undefined;
  return FOLLOW_UP.test(page()) ? undefined : date.date;
}

export const foldedPage = (lines: readonly string[]): string => fold(lines.join('\n'));
