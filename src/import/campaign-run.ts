// A petition page prints its run at the top: "Inició el 01/04/2017, Finaliza el 05/05/2017",
// "Começou a 3/2/2020 – termina a 20/3/2020", "Beginn: 1.3.2018, endet am 30.4.2018". The day it
// ends is the action's last day. Both words must be on the line: an end word alone ("termina el
// juicio el 3 de mayo") may be a day of the case.
import { fold } from './fold.js';
import { findWrittenDate, type WrittenDate } from './written-date.js';
import { isPlainDate } from '../case/dates.js';
import type { PlainDate } from '../case/types.js';

/** Cheap gate on the folded line: a word that ends a run, in the languages the importer reads. */
const END_GATE = /finaliz|fim\b|termin|cierra|conclu|encerr|endet|\bends?\b|\bcloses\b|\bfin\b|finisce|scade|chiude/;

/**
 * A start word, then within the line an end word and the date after it (folded). The end word is
 * in the present or future ("finaliza", "terminará", "endet", "ends"), or a label ("Fin:", "End:"):
 * a petition announcing its own run. A past one ("terminó el 3 de mayo") tells a story of the case.
 */
const RUN = /\b(?:inicio|inicia|iniciada|comenzo|comienza|empezo|empieza|abierta|iniciou|comecou|comeca|aberta|a commence|commence|debut|debute|ouverte|beginn|begann|beginnt|gestartet|start|started|starts|opened|opens|iniziata|iniziato|inizia|aperta)\b[^;]{0,60}?\b(?:finaliza(?:ra)?|termina(?:ra)?|cierra|cerrara|concluye|encerra|se termine|prend fin|se cloture|endet|ends|closes|finisce|scade|chiude|(?:fin|ende|end|fim)(?=\s*:))\b[\s:]*(?:(?:el|em|a|o|le|am|on|il)\s+)?/;

/** Longer than a header's line, the line is running text, whose dates are the case's. */
const MAX_LINE = 120;

/** "05/05/2017": a slashed date, read day first only where the run's words are those of a language that writes the day first. */
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
/** End words of English, whose pages may write the month first: a slashed date there is read only when both readings agree. */
const ENGLISH_END = /\b(?:ends|closes|end)\b/;

/** The last day of a petition's run printed on the line, or undefined. */
export function campaignEnd(line: string): PlainDate | undefined {
  if (line.length > MAX_LINE) return undefined;
  const folded = fold(line);
  if (!END_GATE.test(folded)) return undefined;
  const m = RUN.exec(folded);
  if (!m) return undefined;
  const rest = line.slice(m.index + m[0].length, m.index + m[0].length + 40);
  const slashed = SLASHED.exec(rest.trim());
  if (slashed) return daySlashed(slashed, ENGLISH_END.test(m[0]));
  const date: WrittenDate | undefined = findWrittenDate(rest);
  // The date must follow the end word at once ("Finaliza el 05/05/2017"), not later in the line.
  return date?.kind === 'date' && fold(rest).trimStart().startsWith(fold(date.text)) ? date.date : undefined;
}

function daySlashed(m: RegExpExecArray, monthMayComeFirst: boolean): PlainDate | undefined {
  const [day, month, year] = [Number(m[1]), Number(m[2]), m[3] ?? ''];
  // "04/05/2017" on an English page is the 5th of April or the 4th of May: no answer is better than a guess.
  if (monthMayComeFirst && day !== month && day <= 12) return undefined;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isPlainDate(date) ? date : undefined;
}
