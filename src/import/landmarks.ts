// The furniture of a UA that the part recognisers find their way by: the "URGENT ACTION" line, the
// title, the TAKE ACTION bullets, the salutation that opens the sample letter, its closing, the
// ADDITIONAL INFORMATION heading and the labelled lines after it. Computed once per document.
import { greetsGroupInSentence, READERS_GREETING } from './group-greeting.js';
import { countryCode } from '../channels/countries.js';
import type { LangCode } from '../case/types.js';
import { foldedLabels, labelsOf } from './field-labels.js';
import { detectLanguage } from './detect-language.js';
import { CLOSING, isClosing } from './closing.js';
import { isHeading, isInstruction, isLetterHeading } from './furniture.js';
import { isTrailerLabel, splitLabel } from './labels.js';
import { isAddressLike, splitHonorific } from './official-words.js';
import { officeWordIndex } from './office-words.js';
import { parseContactLine } from './contact-line.js';
import { isAddressLabelAlone } from './official-block.js';
import { fold, isAllCaps, isBlank, isBullet, lineAt, nextNonBlank } from './text.js';
import { isProse, looksLikeHeader } from './line-kinds.js';
import { addresseeUnderGreeting } from './addressee-under-greeting.js';
import { ADDRESS_OPENER_LENGTH, opensAddressBlock } from './address-words.js';
import { introducesScript } from './script-intro.js';
import { isAttentionLine } from './letter-heading.js';
import { courtesyUnderAddress, greetingUnderDate } from './greeting-under-date.js';
import { isDateOnly } from './written-date.js';
import { addresseesUnderCoverNote } from './forwarded-letter.js';
import { letterUnderNote } from './passed-on-letter.js';
import { officeGreetingLine } from './office-greeting.js';
import { CJK_GREETING, SALUTE_LINE, isCjkProse, OTHER_GREETING } from './greeting-words.js';
import type { ImportText } from './types.js';
import { officeAfterToWord } from './to-word.js';
import { greetingRunsOntoName } from './greeting-over-name.js';

export interface Landmarks {
  language: LangCode;
  /** "URGENT ACTION" / "ACCIÓN URGENTE" / "ACTION URGENTE" (also with UPDATE, a number, …). */
  kind?: number | undefined;
  title?: number | undefined;
  /** The headline without a label ("URGENT ACTION TITLE: Peru: …" → "Peru: …"). */
  titleText?: string | undefined;
  /** A line that names only the country ("IRAN" above a German headline). */
  countryLine?: number | undefined;
  /** Last line of the headline: a PDF may wrap it ("…FACE PRISON FOR A" / "MARCH"). */
  titleEnd?: number | undefined;
  takeAction?: number | undefined;
  /** Last line of the bullet list that follows TAKE ACTION, wrapped continuations included. */
  bulletsEnd?: number | undefined;
  /** "Write to:", "Escriban a:", "PLEASE SEND APPEALS BEFORE … TO:". */
  writeTo?: number | undefined;
  salutation?: number | undefined;
  /** The salutation is the page's last line of the letter: no text follows it (greeting-under-date.ts). */
  letterless?: boolean | undefined;
  closing?: number | undefined;
  additional?: number | undefined;
  /** First labelled line of the trailer (PREFERRED LANGUAGE…, NAME AND PREFERRED PRONOUN…). */
  trailer?: number | undefined;
}

const KIND = /\b(?:urgent action|accion urgente|action urgente|acc?ao urgente|azione urgente|fatta pennan|eilaktion|pilna akcja)\b|^further information\b|^(?:ua|au)\b[\s:#n°º.o]*\d{1,3}[./]\d{2}/;
/**
 * "Diese Urgent Action ist beendet.", "This Urgent Action has ended": a sentence about the action's
 * state, printed over the story of a closed case, names the kind of page but is no kind line: the
 * headline stands above it, not under it.
 */
const STATUS_NOTICE = /^(?:diese|this|cette|esta|questa|denna|deze)\s+(?:urgent action|eilaktion|action urgente|accion urgente|acc?ao urgente|azione urgente)\s+(?:ist|wurde|has|is|was|est|a|ha|esta|fue|e|foi|ar|har)\b/;
export const isStatusNotice = (line: string): boolean => STATUS_NOTICE.test(fold(line).trim());
const TAKE_ACTION = /^[¿¡]?(?:take action|please take action now|act now|actuen|actua|pasen a la accion|que puedes hacer\??|agissez|passez a l'action|schreiben sie bitte|bitte schreiben sie|gor sa har|cosa puoi fare\??|agisci ora|o que (?:voce )?pode fazer\??|aja agora|age agora)\s*:?\s*$/;
const WRITE_TO = /(?:\bwrite to\b|^(?:please )?(?:call|phone|telephone|fax)(?:(?:,|,? or|,? and|,? and\/or) (?:write|fax|e-?mail))+\b(?! (?:to )?(?:us|our)\b)|\bappeals?\b(?! to arrive\b).*\bto\b(?! arrive\b)|\bescriban? a\b|\b(?:llamamientos|cartas)\b.*\ba\b|\becrivez a\b|\bappels?\b.*\ba\b|^addresses|^direcciones|^adresses|^escribe(?:le)? a\b|^dirigete a\b|^please write\b.*\bto\b|^skriv till\b|^(?:na)?pisz(?:cie)?(?: (?:list|listy|apel))? do\b|^napiste (?:(?:dopis|dopisy) )?(?:na adresu|adresatovi|na)\b|^schrijf (?:een |je |uw )?(?:brief )?(?:naar|aan)\b|^stuur (?:een |je |uw )?brief (?:naar|aan)\b|^adresa(?:t|ci)\b|^appelle? an\b|^schreiben sie (?:bitte )?an\b|^escreva (?:para|a)\b|^envie (?:os seus )?apelos (?:para|a)\b|^enviem (?:os seus )?apelos (?:para|a)\b|^scriv(?:ete|i) (?:a|al|alla|ai)\b|^invia(?:te)? (?:(?:i vostri|il tuo|i tuoi) )?appelli (?:a|al|alla|ai)\b|^(?:bitte )?schreiben sie\b[^:]*\san\s?:\s*$|^(?:please )?write\b[^:]*\sto\s?:\s*$|^ecrivez\b[^:]*\sa\s?:\s*$|^escrib[ae]n?\b[^:]*\sa\s?:\s*$)[^:]*:?\s*$/;
const ADDITIONAL = /^(?:additional information|background(?: information)?|informacion (?:adicional|complementaria)|informations? complementaires?|complement d'information|contexte|hintergrund(?:informationen)?|bakgrund|informazioni (?:aggiuntive|supplementari)|ulteriori informazioni|informac(?:ao|oes) (?:adicional|adicionais|complementar|complementares))(?:\s*\([^)]*\))?\s*:?$/;
// "Geschätzter Bundesrat …" greets as Swiss letters do; "Geschätzte zwei Millionen Menschen …" (an
// estimated …) opens a sentence, and "Geschätzte Kosten:" a label: only a short line ending in neither.
const SALUTATION_START = /^(?:h\.\s?e\.(?= \S+ \S+.*,$)|sra?\.(?= ?[a-z][^,:!]*[,:!]$)|(?:dear|to whom it may concern|your (?:royal )?(?:excellency|excellencies|highness|majesty|honou?r|eminence|holiness|beatitude)|excellency|excellencies|estimad[oa]s?|distinguid[oa]s?|senor(?:a|es|as)?|(?:atento|cordial|respetuoso) saludo(?=\.?$)|excelentisim[oa]|excm[oa]\.?|excel·lentissim[a]?|benvolgut|benvolguda|senyor(?:a|s|es)?|monsieur|madame|mesdames|messieurs|chere? (?:monsieur|madame)|excellence|monseigneur|sire|sehr (?:geehrte|verehrte)[rs]?|geschatzte[rs]?(?= )(?=.{0,60}$)(?!.*[.!?:]$)|exzellenz|liebe[rs]?|baste|hej|senhor(?:a|es|as)?|prezad[oa]s?|excelentissim[oa]s?|exm[oa]s?\.?|vossa excelencia|excelencia(?=\s*[,:!]?$)|geachte|egregi[oae]?|car[oa]s?|gentil(?:e|i|issim[oa])|illustr(?:e|issim[oa])|eccellenza|maesta|vossa majestade|onorevole|signor(?:a|e)?|say[iı]n)\b)/;

/** "(your name)", "[Votre nom]", "(Ihr Name)": the blank for the writer's signature ends the letter as a closing does. */
const SIGNATURE_BLANK = /^[([]\s*(?:your (?:full )?name|your name and address|name|votre nom(?: et (?:votre )?adresse)?|nom|tu nombre|su nombre|nombre|ihr name|dein name|name und anschrift|din namn|(?:o )?seu nome|nome|il tuo nome|nome e cognome)\s*[)\]]$/;

const cache = new WeakMap<ImportText, Landmarks>();

/**
 * The document's lines folded, once per document: the landmarks and each later letter looked for
 * (nextLetter, asked at every writer's blank after the first letter) read them all.
 */
function foldedLines(doc: ImportText): readonly string[] {
  let folded = foldedDocs.get(doc);
  if (!folded) {
    folded = doc.lines.map((line) => fold(line));
    foldedDocs.set(doc, folded);
  }
  return folded;
}
const foldedDocs = new WeakMap<ImportText, readonly string[]>();

export function findLandmarks(doc: ImportText): Landmarks {
  const cached = cache.get(doc);
  if (cached) return cached;
  const folded = foldedLines(doc);
  const kind = firstIndex(folded, (l) => KIND.test(l) && l.length < 80 && !STATUS_NOTICE.test(l), 1, 15);
  const headline = findTitleLine(doc, kind);
  const { title, countryLine } = headline;
  const titleEnd = title === undefined ? undefined : headline.labelled ? title : findTitleEnd(doc, title);
  const titleText = title === undefined ? undefined : headline.labelled ? splitLabel(lineAt(doc, title))?.value : doc.lines.slice(title - 1, titleEnd).join(' ');
  const trailer = firstIndex(doc.lines, isTrailerLabel, (title ?? 0) + 1);
  const additional = firstIndex(folded, (l) => ADDITIONAL.test(l), (title ?? 0) + 1);
  const takeAction = firstIndex(folded, (l) => TAKE_ACTION.test(l), (title ?? 0) + 1, additional);
  const bulletsEnd = takeAction === undefined ? undefined : findBulletsEnd(doc, takeAction);
  const start = bulletsEnd ?? takeAction ?? titleEnd ?? 0;
  // "Lingua preferita: arabo, inglese" / "Idioma preferencial: …" between the officials and the
  // letter: a section's page prints the trailer's labels above the letter, not after it.
  const found = findSalutation(doc, folded, start, endAfter(start, additional, trailer)) ?? (trailer !== undefined && trailer > start ? findSalutation(doc, folded, trailer, endAfter(trailer, additional, undefined)) : undefined);
  const underDate = found === undefined ? greetingUnderDate(doc, start, endAfter(start, additional, trailer), (n) => opensGreeting(folded[n - 1] ?? '')) ?? courtesyUnderAddress(doc, start, endAfter(start, additional, trailer), folded) : undefined;
  // A mail forwarding an open letter: the sender's cover note is greeted too; the letter is the one under its addressees.
  const forwarded = found === undefined ? undefined : addresseesUnderCoverNote(doc, folded, found);
  // A letter passed on under the sender's note greeting its reader: the letter's greeting is the one under its addressee (passed-on-letter.ts).
  const passedOn = found === undefined || forwarded !== undefined ? undefined : letterUnderNote(doc, folded, found, (after, until) => findOpening(doc, folded, after, until));
  // "Carta al Fiscal General …" / "Fiscal General:" / the letter: a greeting by the office the headline writes to (office-greeting.ts).
  const salutation = (forwarded === undefined ? undefined : findSalutation(doc, folded, forwarded, endAfter(forwarded, additional, trailer))) ?? passedOn ?? found ?? underDate?.salutation ?? (kind === undefined ? officeGreetingLine(doc) : undefined);
  const letterless = underDate?.letterless === true;
  const writeTo = firstIndex(folded, (l, n) => isWriteToLine(l) || (l.length <= ADDRESS_OPENER_LENGTH && opensAddressBlock(lineAt(doc, n), lineAt(doc, nextNonBlank(doc, n + 1) ?? 0))), (title ?? 0) + 1, salutation ?? additional);
  const closes = (l: string): boolean => (CLOSING.test(l) && l.length < 220) || SIGNATURE_BLANK.test(l);
  const closing = salutation === undefined || letterless ? undefined : firstIndex(folded, closes, salutation + 1, endAfter(salutation, additional, trailer)) ?? closingPastCaseLines(doc, folded, salutation, trailer, additional, closes);
  const result: Landmarks = { language: guessLanguage(doc.lines, kind === undefined ? undefined : folded[kind - 1]), kind, title, titleText, countryLine, titleEnd, takeAction, bulletsEnd, writeTo, salutation, letterless, closing, additional, trailer };
  cache.set(doc, result);
  return result;
}

/**
 * "Dear ___," / the headline / "Name of victim: …" / "Alleged perpetrators: …" / the letter: a
 * sample letter that opens with the case's labelled lines (a human rights commission's appeals). A
 * label of the trailer right under the greeting is the letter's own, not the trailer after the
 * background: the letter's closing is looked for past it, before any other section.
 */
function closingPastCaseLines(doc: ImportText, folded: readonly string[], salutation: number, trailer: number | undefined, additional: number | undefined, closes: (l: string) => boolean): number | undefined {
  if (trailer === undefined || trailer <= salutation) return undefined;
  let printed = 0;
  for (let n = salutation + 1; n < trailer; n++) if (!isBlank(lineAt(doc, n))) printed++;
  if (printed > CASE_LINES_UNDER_GREETING) return undefined;
  // The labelled case lines end at the first line that is no label: a trailer label after that ends the letter's search.
  let n = trailer;
  while (n + 1 <= doc.lines.length && (isTrailerLabel(lineAt(doc, n + 1)) || /^[^:]{2,40}:\s\S/u.test(lineAt(doc, n + 1)))) n++;
  const later = firstIndex(doc.lines, isTrailerLabel, n + 1);
  return firstIndex(folded, closes, n + 1, endAfter(n, additional, later));
}

/** How many printed lines (the headline of the case, a reference) may stand between the greeting and its case lines. */
const CASE_LINES_UNDER_GREETING = 2;

/**
 * Where the letter's range ends: the background, else the trailer, the first of them that comes
 * after `line`. A deadline printed above the officials ("PLEASE TAKE ACTION … UNTIL:" at the top of
 * a repost) is the trailer's label, yet ends nothing below it.
 */
export function endAfter(line: number, additional: number | undefined, trailer: number | undefined): number | undefined {
  return [additional, trailer].find((n) => n !== undefined && n > line);
}

/**
 * The next letter's salutation after `after` (a page of several letter downloads) up to `until`,
 * and that letter's closing: the same tests as the first letter's.
 */
export function nextLetter(doc: ImportText, after: number, until: number): { salutation: number; closing?: number | undefined } | undefined {
  const folded = foldedLines(doc);
  const salutation = findOpening(doc, folded, after, Math.min(until, doc.lines.length));
  if (salutation === undefined) return undefined;
  return { salutation, closing: firstIndex(folded, (l) => CLOSING.test(l) && l.length < 220, salutation + 1) };
}

/** Whether line `n` is a letter's salutation (its text follows), as the first letter's is found. */
export function opensLetterAt(doc: ImportText, n: number): boolean {
  return findOpening(doc, foldedLines(doc), n - 1, n) === n;
}

/** "Write to:", "PLEASE SEND APPEALS BEFORE … TO:" (as folded text): a line that announces the officials. */
export const isWriteToLine = (folded: string): boolean => folded.length < 140 && WRITE_TO.test(folded);

/** 1-based index of the first line in [from, until] that passes `test`. */
function firstIndex(lines: readonly string[], test: (l: string, n: number) => boolean, from = 1, until = lines.length): number | undefined {
  for (let n = Math.max(1, from); n <= Math.min(until, lines.length); n++) if (test(lines[n - 1] ?? '', n)) return n;
  return undefined;
}

/** Labels of the header lines around a headline: never the headline itself. */
const HEADER_LABEL = /^(?:ua|au|ua-nr|index|index number|ai index|ai-index|date|datum|fecha|indice|country|pais|pays|land|publication date|publicerad|urgent action(?: type and number| summary| letter)?|fecha de publicacion|date de publication)\b/;
/** The kind of action as a label before the headline, on the sections' pages. */
const KIND_LABEL = /^(?:urgent action|accion urgente|action urgente|acc?ao urgente|azione urgente)(?: update| actualizacion| mise a jour| atualizacao| aggiornamento)?$/;
/** The labelled template's own headline label ("URGENT ACTION TITLE: …"). */
const TITLE_LABEL = /^(?:urgent action title|title|titulo|titre|titel|rubrik)$/;

/** The headline "COUNTRY: WHAT HAPPENED" just after the kind line, or the first short line. */
/** An attention or addressee label and whom it names. */
const ADDRESSEE_LINE = /^(?:attn\.?|att\.?|to|para|an|cc|c\.c\.)\s?:\s*\S/iu;

function findTitleLine(doc: ImportText, kind: number | undefined): { title?: number | undefined; countryLine?: number | undefined; labelled?: boolean } {
  // "Urgent Action: Stop the prosecution of peaceful protesters" on the first line: the kind and
  // the headline share it (else a later line, "PLEASE SEND APPEALS BEFORE …", became the title).
  const own = kind === undefined ? undefined : splitLabel(lineAt(doc, kind));
  if (kind !== undefined && own && KIND_LABEL.test(own.label) && own.value.split(/\s+/).length >= 3 && !isReferenceOnly(own.value)) return { title: kind, labelled: true };
  const from = (kind ?? 0) + 1;
  let countryLine: number | undefined;
  for (let n = from; n <= Math.min(doc.lines.length, from + 5); n++) {
    const line = lineAt(doc, n);
    const label = splitLabel(line);
    if (label && TITLE_LABEL.test(label.label) && label.value !== '') return { title: n, labelled: true };
    // "Urgent Action Update: Journalist Still Held Without Trial (Morocco: UA 12.34)".
    if (label && KIND_LABEL.test(label.label) && label.value.split(/\s+/).length >= 3) return { title: n, labelled: true };
    // "Cuarta AU: 72/24 | Índice: … | Fecha: | Venezuela": a strip of header cells, not a headline.
    const cells = line.split('|').length >= 3;
    const header = cells || isReferenceOnly(line) || (KIND.test(fold(line)) && line.length < 80) || label?.label.match(HEADER_LABEL) || isHeading(line);
    if (isBlank(line) || header) continue;
    // "SEND APPEALS BEFORE 2 APRIL TO:": the officials follow; no headline comes after it.
    if (isWriteToLine(fold(line)) || isInstruction(line)) break;
    // A German page puts the country alone above the headline ("IRAN" / "Gewerkschafter in Haft…").
    // Only a short line in capitals is looked up: an unknown name costs every locale's table of names.
    if (countryLine === undefined && kind !== undefined && isAllCaps(line) && line.split(' ').length <= 4 && countryCode(line) !== undefined) {
      countryLine = n;
      continue;
    }
    // "ATTN: His Majesty King …", "To: The Minister …": the officials follow; such a line heads no page.
    if (ADDRESSEE_LINE.test(line)) break;
    const colon = /^([^:]{2,60}):\s+\S/.exec(line);
    // "TAKE ACTION: Write a letter…": a heading with its text run on is no headline.
    if (colon && isHeading(colon[1] ?? '')) continue;
    // Without an "URGENT ACTION" line above, only "COUNTRY: …" counts: a heading in capitals could be anything.
    if ((colon && (colon[1] ?? '').split(' ').length <= 6) || (kind !== undefined && (isAllCaps(line) || countryLine !== undefined) && line.length < 160)) return { title: n, countryLine };
    if (kind === undefined) return { countryLine, ...countryHeadline(doc, n) };
  }
  return { countryLine };
}

/**
 * A page without an "URGENT ACTION" line above its headline (a site's banner comes first): a line
 * "COUNTRY: what happened" a little further down, whose prefix is a country's name.
 */
function countryHeadline(doc: ImportText, from: number): { title?: number } {
  for (let n = from; n <= Math.min(doc.lines.length, from + 8); n++) {
    const prefix = /^([^:|()]{2,40}):\s+\S/.exec(lineAt(doc, n))?.[1]?.trim();
    if (prefix && prefix.split(/\s+/).length <= 4 && countryCode(prefix) !== undefined) return { title: n };
  }
  return {};
}

/** An all-caps headline continues on the next lines while they are capitals too. */
function findTitleEnd(doc: ImportText, title: number): number {
  let end = title;
  // "AU 52/24" under the headline is its reference, not a wrapped line of it.
  while (isAllCaps(lineAt(doc, title)) && isAllCaps(lineAt(doc, end + 1)) && end - title < 2 && !splitLabel(lineAt(doc, end + 1)) && !isReferenceOnly(lineAt(doc, end + 1))) end++;
  return end;
}

/** "AU 52/24", "UA 41/24": a line that gives the action's reference and nothing else. */
export const isReferenceOnly = (line: string) => /^(?:ua|au|urgent action|accion urgente|action urgente|acc?ao urgente|azione urgente)\b[\s:#n°º.o]*\d{1,3}[./]\d{2}\b.{0,40}$/i.test(fold(line));

function findBulletsEnd(doc: ImportText, takeAction: number): number | undefined {
  let end: number | undefined;
  let n = nextNonBlank(doc, takeAction + 1);
  while (n !== undefined) {
    const line = lineAt(doc, n);
    const prev = end === undefined ? '' : lineAt(doc, end);
    // A wrapped bullet runs on into the next line, unless that line starts an official's block.
    const continues = end !== undefined && n === end + 1 && !/[.!?:]["”’)]?$/.test(prev) && (/^[\p{Ll}\d]/u.test(line) || !looksLikeHeader(line));
    if (!isBullet(line) && !continues) break;
    end = n;
    n = nextNonBlank(doc, n + 1, n + 2);
  }
  return end;
}

function findSalutation(doc: ImportText, folded: readonly string[], after: number, until: number | undefined): number | undefined {
  const opening = findOpening(doc, folded, after, until);
  const headed = findHeadedOpening(doc, after, opening ?? until);
  return headed ?? opening ?? findPlainOpening(doc, after, until);
}

/**
 * "sample letter:" then "His Excellency, or Dear Ambassador,": under the letter's heading, a short
 * line ending in a comma or colon, with running text under it, opens the letter whatever its
 * courtesy words.
 */
function findHeadedOpening(doc: ImportText, after: number, until: number | undefined): number | undefined {
  const last = Math.min(until ?? doc.lines.length, doc.lines.length);
  for (let n = after + 1; n < last; n++) {
    if (!isLetterHeading(lineAt(doc, n))) continue;
    const first = nextNonBlank(doc, n + 1, n + 3);
    if (first === undefined) return undefined;
    const line = lineAt(doc, first);
    // "À l'attention de Monsieur Jean Exemple," under the heading is the addressee's line: the greeting comes later.
    if (line.length > 80 || !/^\p{Lu}[^@\d]*[,:]$/u.test(line) || isAttentionLine(line) || FIELD_LABEL_ALONE.test(fold(line)) || isHeading(line) || isInstruction(line) || asksOfThem(line) || READERS_GREETING.test(fold(line)) || introducesScript(line)) return undefined;
    const next = nextNonBlank(doc, first + 1, first + 6);
    return next !== undefined && isProse(lineAt(doc, next)) ? first : undefined;
  }
  return undefined;
}

/**
 * A salutation that opens with no courtesy word ("Fiscal General de México:"): a short line ending
 * in a colon or comma, after the officials' contact details, that is not a label, a heading or an
 * instruction, with running text right under it.
 */
/** Words of a web page's form or link: a line naming one introduces the link, the form, no letter. */
const WEB_FORM_WORDS = /\b(?:web ?site|web ?page|web ?form|e-?mail form|online form|contact form|formulario|formulaire|formular|sitio web|site web|webseite)\b/;

function findPlainOpening(doc: ImportText, after: number, until: number | undefined): number | undefined {
  // The salutation follows the officials closely: a long paste is not read to its end for one.
  const last = Math.min(until ?? doc.lines.length, after + 600);
  let contactSeen = false;
  for (let n = after + 1; n <= last; n++) {
    const line = lineAt(doc, n);
    if (line === '') continue;
    // An official's address or contact line comes before such a salutation.
    if (parseContactLine(line) || (line.length < 120 && isAddressLike(line))) {
      contactSeen = true;
      continue;
    }
    if (!contactSeen || !/^\p{Lu}[^:@\d]{2,70}[:,]$/u.test(line) || line.split(' ').length > 8) continue;
    // "URGENT ACTION SUMMARY:" is the labelled template's label, never a way to address an official.
    // "Here is a suggested message:" presents the letter and "Yours sincerely," closes it, above a
    // deadline's sentence: neither greets anyone (script-intro.ts).
    if (isHeading(line) || isInstruction(line) || asksOfThem(line) || isTrailerLabel(line) || /^urgent action\b/.test(fold(line)) || READERS_GREETING.test(fold(line)) || introducesScript(line) || isClosing(fold(line))) continue;
    // "Address:", "Email:" with the value on the next lines: a field's label, not a way to address anyone.
    if (isAddressLabelAlone(line) || FIELD_LABEL_ALONE.test(fold(line))) continue;
    // "Texas governor's website email form:": what a link on the page was, never a way to greet.
    if (WEB_FORM_WORDS.test(fold(line)) || SENT_TO.test(fold(line))) continue;
    if (!namesWhomGreeted(line)) continue;
    const next = nextNonBlank(doc, n + 1, n + 6);
    // "Governor's Office:" above "Citizen's Opinion Hotline: (800) 555-0100 [for callers in the
    // state]": a heading over an office's contact lines, however long they run, greets no one.
    if (next !== undefined && isProse(lineAt(doc, next)) && parseContactLine(lineAt(doc, next)) === undefined && !isCourtesyAddressee(lineAt(doc, next))) return n;
  }
  return undefined;
}

/**
 * "Minister of Defence:" over "His Excellency General Jan Example": a courtesy title before a name,
 * on a short line with no sentence's stop, is the addressee the office heads, not the letter's text.
 */
function isCourtesyAddressee(line: string): boolean {
  const text = line.trim();
  if (text.length > 100 || /[.!?,;:]$/u.test(text) || text.includes(', ')) return false;
  const { honorific, rest } = splitHonorific(text);
  return honorific !== undefined && /^\p{Lu}/u.test(rest) && !/\s\p{Ll}{4,}\s/u.test(` ${rest} `);
}

/** Words a greeting never ends on: prepositions and conjunctions that lead on to what follows (folded). */
const LEADS_ON = /^(?:to|for|of|on|about|that|with|de|que|por|para|pour|sur|um|fur|uber|dass|dla|przez|na|do|za|od|o|w|z|a|e|i)$/;

/**
 * A greeting with no courtesy word greets an office or a person ("Fiscal General de México:", "M.
 * le préfet,"). A sentence with its verb may end in a colon too, and greets no one: one that ends on
 * a word leading on to what follows (the Polish "Apelujemy o:", we appeal for), or one that runs on
 * after a comma in lower case to a last word in lower case ("For that, the Commission respectfully
 * requests:").
 */
function namesWhomGreeted(line: string): boolean {
  const words = line.trim().slice(0, -1).trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  if (LEADS_ON.test(fold(last))) return false;
  return !(/^\p{Ll}/u.test(last) && /,\s+\p{Ll}/u.test(line));
}

/** A line that opens with a courtesy word, in the languages above or those of greeting-words.ts. */
const greets = (folded: string): boolean => SALUTATION_START.test(folded) || OTHER_GREETING.test(folded);

/**
 * "Ask your Members of Congress to:", "Tell them to:", "Urge him to:": the reader is told what to
 * ask of the officials, and the points follow. It asks; it greets no one, wherever it stands.
 */
const ASKS_OF_THEM = /^(?:please\s+|and\s+|then\s+)?(?:ask|tell|urge|call on|call upon|demand|request|encourage|remind|press|implore|pidan?(?:le|les)?|exij(?:a|an)|demandez|exhortez|fordern sie|bitten sie)\b.*:$/;
const asksOfThem = (line: string): boolean => line.trim().endsWith(':') && ASKS_OF_THEM.test(fold(line.trim()));

/** A line that opens with a courtesy word, and greets no group of readers. */
const opensGreeting = (folded: string): boolean => greets(folded) && !READERS_GREETING.test(folded);

/** "Email:", "Anrede:" alone on a line, the value under it: a field's label, never a way to address anyone. */
const FIELD_LABEL_ALONE = new RegExp(`^(?:${foldedLabels(labelsOf('email', 'phone', 'fax', 'twitter', 'salutation', 'otherChannel'))}|website|web)\\s*:$`);

/** "Salutation: Dear Minister": the field that names the opening, not the opening itself. */
const SALUTATION_LABEL = new RegExp(`^(?:${foldedLabels(labelsOf('salutation'))})`);


/** "Letters should be sent to:", "Schreiben Sie an:": a line that ends in "to" before its colon says where to send, it greets no one. */
const SENT_TO = /\s(?:to|an|aan|till|til)\s*:\s*$/;

function findOpening(doc: ImportText, folded: readonly string[], after: number, until: number | undefined): number | undefined {
  const last = until ?? doc.lines.length;
  for (let n = after + 1; n <= last; n++) {
    const f = folded[n - 1] ?? '';
    if (!greets(f) || f.length > 200 || /@|\d{3}/.test(f) || SALUTATION_LABEL.test(splitLabel(f)?.label ?? '') || READERS_GREETING.test(f)) continue;
    const opensWithDear = /^(?:dear|to whom|estimad|distinguid|sehr geehrte|geschatzte|baste|prezad|geachte|chere? (?:monsieur|madame))/.test(f) || OTHER_GREETING.test(f) || SALUTE_LINE.test(f);
    // "Sehr geehrte zeitkritische Geister in kritischer Zeit.": the page's readers greeted in a sentence (group-greeting.ts).
    if (opensWithDear && f.endsWith('.') && greetsGroupInSentence(f, lineAt(doc, n))) continue;
    // "Monseigneur" alone on its line, no comma: a bare courtesy form of a few words opens the letter too.
    const bare = f.split(/\s+/).length <= 3 && !/[.;!?]$/.test(f) && isAllCapsOrTitle(lineAt(doc, n));
    // "Exmo. Senhor Ministro da Justiça" / "Dr. Fulano Exemplo," / the letter: the greeting runs on
    // into the name, which ends it with the comma; the courtesy line is the salutation (greeting-over-name.ts).
    if (!/[,:!]$/.test(f) && greetingRunsOntoName(doc, n)) return n;
    // "Your Excellency, President Jane Example!": a greeting may end in an exclamation mark (as
    // letters from Eastern Europe and German ones do) where others put a comma.
    if (!opensWithDear && !/[,:!]$/.test(f) && !bare) continue;
    const next = nextNonBlank(doc, n + 1, n + 6);
    // "Excelentíssima Senhora Cicrana Exemplo" / "Aos Presidentes dos Partidos …": a courtesy line
    // over the next addressee's "to" line is the name of one in a stack (to-word-stack.ts), no greeting.
    if (bare && next !== undefined && officeAfterToWord(lineAt(doc, next)) !== undefined) continue;
    // "Monsieur Bernard Example" / "Ministre de la Justice et de la Sécurité Publique": a courtesy and
    // a name with no comma, over a line that opens with an office, is an envelope's head; the office
    // is long enough to pass for running text, yet is none.
    const officeUnder = bare && !/[,:!]$/.test(f) && next !== undefined && officeWordIndex(folded[next - 1] ?? '') === 0;
    if (next !== undefined && opensProse(doc, next) && !officeUnder) return n;
    // "尊敬的张例子先生：" over a Chinese letter, whose sentences hold no spaces.
    if (next !== undefined && CJK_GREETING.test(f) && isCjkProse(lineAt(doc, next))) return n;
    // "Dear President Doe" / "Jane Roe and Others" / the letter: a short subject line may stand
    // between a "Dear …" and the letter's text.
    // "Dear Ms. Jane Example" / "Lisbon, 17th March 2008" / the letter: the letter's dateline may too,
    // where a writer dates the letter under its greeting rather than above it.
    const after = opensWithDear && next !== undefined && (isSubjectLine(lineAt(doc, next)) || isDateOnly(lineAt(doc, next))) ? nextNonBlank(doc, next + 1, next + 6) : undefined;
    if (after !== undefined && isProse(lineAt(doc, after))) return n;
    // "Monsieur le Ministre," / his office, name and address / the letter (addressee-under-greeting.ts).
    const addressee = addresseeUnderGreeting(doc, n, []);
    // "Su Excelencia" / his name and address / "Señor Ministro:" / the letter: a courtesy title with
    // no comma, above an official whose letter is greeted under him, is his honorific, no greeting.
    if (addressee !== undefined && !(bare && !/[,:]$/.test(f) && greetedBelow(doc, folded, n))) return n;
  }
  return undefined;
}

/**
 * Line `n` is running text, or the short first line of a paragraph a page wrapped short ("Assabentats
 * que els dies 5-7 de maig de" / "2010 el Consell …"): words mostly in lower case, the last one too,
 * and read with the line right under it, running text.
 */
function opensProse(doc: ImportText, n: number): boolean {
  const line = lineAt(doc, n);
  if (isProse(line)) return true;
  // Running text: five words or more, most of them in lower case (a name over its office is none).
  const words = line.trim().split(/\s+/u);
  if (line.length < 20 || words.length < 5 || words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 < words.length || !/\p{Ll}$/u.test(line.trim())) return false;
  const under = lineAt(doc, n + 1);
  return !isBlank(under) && isProse(`${line.trim()} ${under.trim()}`);
}

/** How far under a courtesy title the letter's own greeting is looked for: a list of a few officials, on a page with a blank line after every line too. */
const BLOCK_LINES = 60;

/**
 * Under line `n`, before any letter's closing, a line greets as a letter does, ending in a comma or
 * colon ("Señor Ministro:"), with running text under it. (An instruction may stand between: "Envie
 * os seus apelos até …".)
 */
function greetedBelow(doc: ImportText, folded: readonly string[], n: number): boolean {
  for (let m = n + 1; m <= Math.min(doc.lines.length, n + BLOCK_LINES); m++) {
    const f = folded[m - 1] ?? '';
    if (isClosing(f)) return false;
    if (!greets(f) || !/[,:]$/.test(f) || /@|\d{3}/.test(f)) continue;
    const next = nextNonBlank(doc, m + 1, m + 6);
    return next !== undefined && isProse(lineAt(doc, next));
  }
  return false;
}

/** "Re: Jane Roe", "Jane Roe and Others": a few words, no sentence, no address or contact. */
const isSubjectLine = (line: string): boolean => line.length <= 80 && line.split(/\s+/).length <= 10 && !/[.!?,;@]$|\d{3}/.test(line.trim()) && !isProse(line);

/** "Monseigneur", "Excellence": a word or three with a capital, not the start of a sentence. */
const isAllCapsOrTitle = (line: string): boolean => /^\p{Lu}/u.test(line.trim()) && line.trim().length <= 40;

/** The language of the document's own words: from the kind line, else detected from its text. */
export function guessLanguage(lines: readonly string[], kindLine?: string): LangCode {
  if (kindLine?.includes('accion urgente')) return 'es';
  if (kindLine?.includes('action urgente')) return 'fr';
  if (kindLine?.includes('acao urgente')) return 'pt';
  if (kindLine?.includes('azione urgente')) return 'it';
  if (kindLine?.includes('fatta pennan')) return 'sv';
  return detectedLanguage(lines) ?? 'en';
}

/** The language franc finds in the lines' running text (capitals left out), or undefined when it cannot tell. */
export function detectedLanguage(lines: readonly string[]): LangCode | undefined {
  // Running text near the top is enough (and a 10 MB paste is not read line by line for this).
  const sample: string[] = [];
  for (let i = 0, size = 0; i < lines.length && size < 4096; i++) {
    const line = lines[i] ?? '';
    if (isAllCaps(line)) continue;
    sample.push(line);
    size += line.length;
  }
  return detectLanguage(sample.join(' '));
}
