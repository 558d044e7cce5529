// The deadline ("PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: September 27, 2024") and the issue
// date of older layouts ("Date: 16 August 2024"). A labelled line is high confidence; a date after
// "until/before/antes del/avant le" elsewhere is medium; a day without a year is reported, not
// completed.
import type { PlainDate } from '../case/types.js';
import { isInstruction } from './furniture.js';
import { findLabelled, LABELS } from './labels.js';
import { endAfter, findLandmarks } from './landmarks.js';
import { deadlineInMailYear } from './mail-year.js';
import { campaignEnd } from './campaign-run.js';
import { dayInReferenceYear, foldedPage } from './reference-year.js';
import { petitionUntil } from './petition-until.js';
import { actionRangeEnd } from './action-range.js';
import { dayAfter, pageDate } from './page-date.js';
import { fold, lineAt } from './text.js';
import { found, notFound, type Finding, type ImportText } from './types.js';
import { findWrittenDate, type WrittenDate } from './written-date.js';

/** An action word: "send appeals before", "actúen antes del", "agir avant le", "Contact these two officials by", "Die Eilaktion läuft bis zum", "Bitte handeln Sie bis zum". */
const ACTION_WORD = /\b(?:act|action|(?:eil)?aktion|handeln sie|contact|contactez|kontaktieren sie|appeals?|write|send|e-?mail|pide|pidan|exige|exijan|demandez|exigez|fordern sie|actuen|actua|escriban|escribe|envien|envia|enviar|llamamientos?|agir|agissez|ecrivez|envoyez|envoyer|appels|schreiben|appelle|senden|(?:ab|ver)?schicken|versenden|absenden|skriv|skicka|agera|escreva|envie|apelos?|scrivete|scrivi|inviate|invia|agite|agisci|appelli|sign|firmate|firmen|firma|assine|assinem|signez|unterschreiben sie|unterzeichnen sie)\b/;
/** A limit word after it ("until", "ended on", "antes del", "avant le", "bis zum", "vor dem", "senast den", "entro il"). */
const LIMIT_WORD = /\b(?:until|before|by|no later than|expires? on|ended on|ends on|closes on|antes del?|hasta el|no mas tarde del?|avant le|jusqu'au|spatestens(?: bis zum| am)?|bis zum|bis|vor dem|senast(?: den)?|o mais tardar(?: ate(?: ao?)?)?|ate(?: ao?)?|entro e non oltre il|entro(?: il)?|non oltre il|prima del?|fino al?)\b/g;
/**
 * What may stand between the limit word and its date: a colon, an article, a weekday ("before
 * the 3rd of May", "by Friday, 3 May"). A date further on is not the limit's: "appeals made by
 * her lawyers … imprisoned since December 24, 2022" names a day of the case, not of the action.
 */
const BEFORE_DATE = /^[\s:,(]*(?:(?:the|le|el|la|dem|den|am|de|il|o dia|dia)\s+)?(?:(?:proximo|proxima|next|prochain|nachsten|prossimo)\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)[,\s]+)?$/;

/**
 * The date written right after a limit word that follows an action word, or undefined. `ended`
 * says the limit word was "ended on": a site's archive banner over the page ("This action ended on
 * June 16, 2022"), not the action's own limit.
 */
function dateAfterLimit(line: string, folded: string): { date: WrittenDate; ended: boolean } | undefined {
  const action = ACTION_WORD.exec(folded);
  if (!action) return undefined;
  for (const limit of folded.slice(action.index + action[0].length).matchAll(LIMIT_WORD)) {
    const from = action.index + action[0].length + limit.index + limit[0].length;
    const rest = line.slice(from);
    const date = findWrittenDate(rest.slice(0, 80));
    if (date === undefined) continue;
    const at = fold(rest).indexOf(fold(date.text));
    if (at >= 0 && BEFORE_DATE.test(fold(rest.slice(0, at)))) return { date, ended: limit[0] === 'ended on' };
  }
  return undefined;
}

/** Dutch "Schrijf vóór 1 mei 2020", "uiterlijk 3 juni": the date right after the limit word. */
const DUTCH_BEFORE = /\b(?:schrijf|stuur|reageer|verstuur)\b.{0,60}?\b(?:voor|uiterlijk(?: op)?|tot en met)\s+(?=\d)/;
/**
 * Finnish puts "until" after the date ("Vetoomukseen kerätään nimiä 1.12.2006 saakka", names are
 * gathered for the petition until …; "Lähetä vetoomus 3.5.2024 mennessä", send it by …): a line
 * about the petition, signing, sending or writing, then the date right before "saakka", "asti"
 * or "mennessä" (folded). The date is the text just before the word.
 */
const FINNISH_UNTIL = /\b(?:vetoomu|allekirjoit|nimi|adressi|lahet|kirjoit|toimi|kampanj)\p{L}*\b(.{0,60}?)\s(?:saakka|asti|mennessa)\b/u;

/**
 * "nach dem 16. September 2010 keine Appelle mehr", "… bitten wir Sie, nach dem 30. Juli 2009 kein…"
 * (a page cut off there): the last day on which appeals are still sent.
 */
const NO_MORE_AFTER = /\bnach dem\b(.{4,40}?)\bkeine?\b/;
/**
 * Amnesty Sweden's "Fatta Pennan": "Datum: Kontakta Amnesty Press om du tänker skriva efter 7 januari
 * 2020." — past that day the reader asks first: it is the action's last day (folded text).
 */
const ASK_IF_AFTER = /\bom du (?:tanker |vill |planerar att )?(?:skriva|skicka (?:brev|vadjanden?)|skicka)\b.{0,20}?\befter\s+(?:den\s+)?(?=\d)/;

export function recogniseDeadline(doc: ImportText): Finding<PlainDate> {
  const labelled = findLabelled(doc, LABELS.deadline);
  if (labelled) {
    const date = findWrittenDate(labelled.value) ?? findWrittenDate(lineAt(doc, labelled.line));
    if (date?.kind === 'date') return found(date.date, 'high', labelled.valueLine);
    if (date?.kind === 'no-year') return notFound(`line ${labelled.valueLine} gives "${date.text}" without a year`);
  }
  // Elsewhere, but never inside the background, whose history is full of dates.
  // The trailer after it ("This Urgent Action expires on …") is read again.
  const { additional, trailer, salutation, closing } = findLandmarks(doc);
  // The sample letter runs to its closing, else to the background or trailer (as sample-letter.ts reads it).
  const letterEnd = salutation === undefined ? undefined : closing ?? endAfter(salutation, additional, trailer) ?? doc.lines.length + 1;
  const issuedOn = recogniseIssued(doc);
  const issued = issuedOn.found ? issuedOn.value : undefined;
  const backgroundEnd = Math.min(labelled?.line ?? Infinity, trailer !== undefined && additional !== undefined && trailer > additional ? trailer : Infinity);
  // A site's banner "This action ended on June 16, 2022" is taken only when the page itself says
  // no limit: the action's own "This Urgent Action expires on August 11, 2022" under it is the one
  // its writers set (the banner's day is when the site closed the page, earlier or later).
  let ended: Finding<PlainDate> | undefined;
  let yearless: { n: number; text: string; line: string } | undefined;
  for (let n = 1; n <= doc.lines.length; n++) {
    if (additional !== undefined && n >= additional && n < backgroundEnd) continue;
    // "Vetoomukseen kerätään nimiä 1.12.2006 saakka", even under a petition's text that no closing ends: the signing's end, never a date of the case.
    const gathered = finnishUntil(fold(lineAt(doc, n)));
    if (gathered?.kind === 'date' && (issued === undefined || gathered.date >= issued)) return found(gathered.date, 'medium', n, `read from "${lineAt(doc, n).slice(0, 60)}"`);
    // The sample letter's own dates are the case's ("…to free them all before 18 June 2019"), not the action's.
    // An instruction to the reader among its paragraphs ("Please send appeals before …") still counts.
    if (salutation !== undefined && letterEnd !== undefined && n > salutation && n < letterEnd && !isInstruction(lineAt(doc, n))) continue;
    const line = lineAt(doc, n);
    const folded = fold(line);
    // "Inició el 01/04/2017, Finaliza el 05/05/2017": a petition's run, its last day (campaign-run.ts).
    const runEnd = campaignEnd(line);
    if (runEnd !== undefined) return found(runEnd, 'medium', n, `the day the petition's run ends ("${line.slice(0, 60)}")`);
    const after = NO_MORE_AFTER.exec(folded);
    const afterDate = after ? findWrittenDate(line.slice(after.index, after.index + after[0].length)) : undefined;
    if (afterDate?.kind === 'date') return found(afterDate.date, 'medium', n, `read from "${line.slice(0, 60)}"`);
    const ask = ASK_IF_AFTER.exec(folded);
    const askDate = ask ? findWrittenDate(line.slice(ask.index + ask[0].length, ask.index + ask[0].length + 40)) : undefined;
    if (askDate?.kind === 'date') return found(askDate.date, 'medium', n, `the day after which the page asks readers to check first ("${line.slice(0, 60)}")`);
    // "skriva efter 25 mars", "nach dem 30. Juli kein…": the same limits with no year, for the page's own year below.
    for (const d of [afterDate, askDate]) if (d?.kind === 'no-year') yearless ??= { n, text: d.text, line };
    // "ACT NOW!    Sept 21 - Nov 1, 2000": the action's run, its last day (action-range.ts).
    const rangeEnd = actionRangeEnd(line, ACTION_WORD);
    if (rangeEnd !== undefined && (issued === undefined || rangeEnd >= issued)) return found(rangeEnd, 'medium', n, `the last day of the action's run ("${line.slice(0, 60)}")`);
    const dutch = DUTCH_BEFORE.exec(folded);
    const limited = dateAfterLimit(line, folded);
    const date = limited?.date ?? (dutch ? findWrittenDate(line.slice(dutch.index + dutch[0].length)) : undefined);
    // "antes del próximo 30 de diciembre" beside "UA 261/16": the first day without a year, for the reference's year below.
    if (date?.kind === 'no-year' && limited !== undefined) yearless ??= { n, text: date.text, line };
    // A day before the page was issued is no time left to act: a date of the case read in passing.
    if (date?.kind !== 'date' || (issued !== undefined && date.date < issued)) continue;
    const finding = found(date.date, 'medium', n, `read from "${line.slice(0, 60)}"`);
    if (!limited?.ended) return finding;
    ended ??= finding;
  }
  if (ended) return ended;
  // "Please call before Wed October 19th" in a mailing-list post: the year is the mail's (mail-year.ts).
  // "Jusqu'au 20.11.2019" alone under a petition's headline: the day it stops gathering signatures (petition-until.ts).
  return deadlineInMailYear(doc) ?? inReferenceYear(doc, yearless) ?? inPageYear(doc, yearless, issued) ?? petitionUntil(doc) ?? executionDate(doc) ?? notFound(labelled ? `line ${labelled.line} holds no date` : 'no line saying until when to act');
}

/** The day without a year read after a limit word, in the year of the action's reference on its line (reference-year.ts). */
function inReferenceYear(doc: ImportText, yearless: { n: number; text: string; line: string } | undefined): Finding<PlainDate> | undefined {
  const day = yearless && dayInReferenceYear(yearless.text, yearless.line, () => foldedPage(doc.lines));
  return yearless && day ? found(day, 'low', yearless.n, `"${yearless.text}" has no year: the year of the action's reference on the same line`) : undefined;
}

/**
 * The day without a year read after a limit word, on or after the page's own date near its top
 * (its "Date:" line, a dateline, a byline's date: page-date.ts), within half a year of it.
 */
function inPageYear(doc: ImportText, yearless: { n: number; text: string; line: string } | undefined, issued: PlainDate | undefined): Finding<PlainDate> | undefined {
  if (yearless === undefined) return undefined;
  const from = issued ?? pageDate(doc.lines);
  const day = from === undefined ? undefined : dayAfter(yearless.text, from);
  return day === undefined ? undefined : found(day, 'low', yearless.n, `"${yearless.text}" has no year: the first such day after the page's date (${from})`);
}

/** The date right before Finnish "saakka" / "asti" / "mennessä" in a line about the petition (folded: the date's digits and month names read alike). */
function finnishUntil(folded: string): WrittenDate | undefined {
  // Cheap first: the postposition's letters.
  if (!/saakka|asti|mennessa/u.test(folded)) return undefined;
  const m = FINNISH_UNTIL.exec(folded);
  const date = m ? findWrittenDate(m[1] ?? '') : undefined;
  // The date must close the words before the postposition: "… 1.12.2006 saakka", not a date earlier in the line.
  return date && (m?.[1] ?? '').trimEnd().endsWith(date.text) ? date : undefined;
}

const ACT_BY = /\b(?:until|before|by|no later than)\s+(?:the\s+)?(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/;
const namesActByDate = (line: string): boolean => {
  const m = ACT_BY.exec(fold(line));
  return m !== null && findWrittenDate(line.slice(m.index, m.index + 60))?.kind === 'date';
};

/**
 * "… is scheduled to be executed (TODAY) Tuesday, March 3, 2009", "his execution is set for 12 May
 * 2011", "Die Hinrichtung ist für den 3. Mai 2027 angesetzt", "son exécution est prévue le 3 mai
 * 2027", "su ejecución está programada para el 3 de mayo de 2027": words that tie a date to come
 * to the execution itself (folded).
 */
const EXECUTION_SET = /\b(?:(?:scheduled|set|due) to be executed|(?:scheduled|set) for execution|execution (?:is |has been )?(?:scheduled|set) for|faces execution|hinrichtung (?:ist|wurde) (?:fur|auf)|execution (?:est |a ete )?(?:prevue|fixee|programmee) (?:pour )?le|ejecucion (?:esta |ha sido )?(?:programada|prevista|fijada) para el)\b/;
/** "by the State of Texas", "in Huntsville": a place or an executioner, in capitalised words. */
const EXECUTED_BY_OR_IN = /^ (?:by|in)(?: (?:the|of|de|[\p{Lu}][\p{L}.'’-]*)){1,6}/u;
/**
 * What may stand between those words and the date besides: "on", a weekday, "(TODAY)". Anything
 * else is another clause or the next sentence ("faces execution. On 23 July 2024, she was
 * sentenced to death"): a day the case went through, never one to act by.
 */
const BEFORE_EXECUTION_DATE = /^(?:,? on)?[\s,]*(?:\((?:today|tomorrow)\)[\s,]*)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miercoles|jueves|viernes|sabado|domingo)[\s,]+)?(?:the |den |dem )?$/;

/**
 * A clemency alert gives no date to act by but the execution's own: after it there is no one to
 * write for. Read only when nothing else on the page says until when, at low confidence.
 */
function executionDate(doc: ImportText): Finding<PlainDate> | undefined {
  // "Calls are needed until 13 May", "… before 8 June": a date to act by is printed, in words the
  // readers above do not take; the execution's, a day later, would be wrong. A TODO is better.
  if (doc.lines.some(namesActByDate)) return undefined;
  for (let n = 1; n <= doc.lines.length; n++) {
    const line = lineAt(doc, n);
    if (!/execut|x[ée]cution|ejecuci|hinricht/i.test(line)) continue;
    const folded = fold(line);
    const m = EXECUTION_SET.exec(folded);
    if (!m) continue;
    const from = m.index + m[0].length;
    const date = findWrittenDate(line.slice(from, from + 60));
    if (date?.kind !== 'date') continue;
    const at = folded.indexOf(fold(date.text), from);
    const place = EXECUTED_BY_OR_IN.exec(line.slice(from, at))?.[0].length ?? 0;
    if (at >= 0 && BEFORE_EXECUTION_DATE.test(folded.slice(from + place, at))) return found(date.date, 'low', n, `the execution's date ("${line.slice(0, 60)}"): no later date to act by is printed`);
  }
  return undefined;
}

export function recogniseIssued(doc: ImportText): Finding<PlainDate> {
  const labelled = findLabelled(doc, LABELS.issued, 1, 20);
  const fromLabel = labelled ? findWrittenDate(labelled.value) : undefined;
  if (labelled && fromLabel?.kind === 'date') return found(fromLabel.date, 'high', labelled.valueLine);
  // Older headers put it mid-line: "UA: 72/24 Index: AMR 53/8390/2024 Venezuela Date: 16 August 2024".
  for (let n = 1; n <= Math.min(doc.lines.length, 12); n++) {
    const m = /\b(?:date|fecha)\s*:\s*(.+)$/i.exec(lineAt(doc, n));
    const date = m ? findWrittenDate(m[1] ?? '') : undefined;
    if (date?.kind === 'date') return found(date.date, 'medium', n);
  }
  return notFound('no "Date:" line near the top');
}
