// Reads a calendar date written out in English, Spanish, French, German, Swedish, Dutch, Portuguese or Italian ("September 27, 2024",
// "27 September 2024", "27 de septiembre de 2024", "1er octobre 2024"), or in figures with dots ("07.12.2015"). A month-name table rather
// than chrono-node: UAs write deadlines in a handful of fixed shapes, and chrono guesses a year
// or a time zone where the text gives none — the importer must never invent a year.
import { isPlainDate } from '../case/dates.js';
import type { PlainDate } from '../case/types.js';
import { fold } from './fold.js';

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9,
  setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9,
  octobre: 10, novembre: 11, decembre: 12,
  januar: 1, februar: 2, marz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
  januari: 1, februari: 2, maj: 5, augusti: 8,
  maart: 3, mei: 5, augustus: 8,
  janeiro: 1, fevereiro: 2, marco: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  // Danish and Norwegian (the rest as German's or Swedish's), Czech and Polish in the genitive a
  // date takes ("19. února 2024", "6 marca 2015"), Finnish in the partitive ("6. maaliskuuta 2015").
  marts: 3, desember: 12,
  ledna: 1, unora: 2, brezna: 3, dubna: 4, kvetna: 5, cervna: 6, cervence: 7, srpna: 8, zari: 9, rijna: 10, listopadu: 11, prosince: 12,
  stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8, wrzesnia: 9, pazdziernika: 10, listopada: 11, grudnia: 12,
  tammikuuta: 1, helmikuuta: 2, maaliskuuta: 3, huhtikuuta: 4, toukokuuta: 5, kesakuuta: 6, heinakuuta: 7, elokuuta: 8, syyskuuta: 9, lokakuuta: 10, marraskuuta: 11, joulukuuta: 12,
};

/** A letter's own word with a letter doubled or undoubled ("Februarry"): compared with every letter single. */
const single = (word: string): string => word.replace(/(\p{L})\1+/gu, '$1');
/** Month names of five letters or more, each letter single: a misspelt month in a dateline is still one (never a deadline's). */
const SINGLED: ReadonlyMap<string, number> = new Map(Object.entries(MONTHS).filter(([name]) => name.length >= 5).map(([name, m]) => [single(name), m]));
const isMonthWord = (word: string): boolean => MONTHS[word] !== undefined || (word.length >= 5 && SINGLED.has(single(word)));

export type WrittenDate =
  | { kind: 'date'; date: PlainDate; text: string }
  /** A day and month without a year: reported, never completed with a guessed year. */
  | { kind: 'no-year'; text: string };

const ORD = '(?:st|nd|rd|th|er|o|º)?';
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})${ORD}\\.?\\s+(?:(?:de|of)\\s+)?([a-z]+)\\.?(?:,?\\s+(?:de(?:l)?\\s+)?(\\d{4}))?\\b`, 'g');
const MONTH_FIRST = new RegExp(`\\b([a-z]+)\\.?\\s+(\\d{1,2})${ORD}(?:,?\\s+(\\d{4}))?\\b`, 'g');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
/**
 * "02.06.2021", "7.12.2015": the day first, as every language that writes dates with dots does
 * (German, Swedish, Dutch, French in Switzerland). Slashed dates are left alone: "02/06/2021" is
 * the 2nd of June or the 6th of February depending on who wrote it. A further ".5" or digit after
 * the year makes it a version or a number, not a date.
 */
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d]|\.\d)/g;

interface Candidate { index: number; length: number; year?: string | undefined; month: number; day: string }

/** The first date written in `text`, or undefined when there is none. */
export function findWrittenDate(text: string): WrittenDate | undefined {
  const f = fold(text);
  const candidates: Candidate[] = [];
  for (const m of f.matchAll(DAY_FIRST)) pushNamed(candidates, m, m[1], m[2], m[3]);
  for (const m of f.matchAll(MONTH_FIRST)) pushNamed(candidates, m, m[2], m[1], m[3]);
  for (const m of f.matchAll(ISO)) candidates.push({ index: m.index, length: m[0].length, year: m[1], month: Number(m[2]), day: m[3] ?? '' });
  for (const m of f.matchAll(DOTTED)) candidates.push({ index: m.index, length: m[0].length, year: m[3], month: Number(m[2]), day: m[1] ?? '' });
  // Earliest first; at the same place the longer reading (with its year) wins.
  candidates.sort((a, b) => a.index - b.index || b.length - a.length);
  for (const c of candidates) {
    const original = text.slice(c.index, c.index + c.length);
    if (c.year === undefined) return { kind: 'no-year', text: original };
    const date = `${c.year}-${String(c.month).padStart(2, '0')}-${c.day.padStart(2, '0')}`;
    if (isPlainDate(date)) return { kind: 'date', date, text: original };
  }
  return undefined;
}

function pushNamed(out: Candidate[], m: RegExpMatchArray, day: string | undefined, monthName: string | undefined, year: string | undefined): void {
  const month = MONTHS[monthName ?? ''];
  if (month === undefined || day === undefined || m.index === undefined) return;
  out.push({ index: m.index, length: m[0].length, year, month, day });
}

// A blog's post opens with its date in the blog's language ("sabato 3 marzo 2007", "niedziela, 23
// września 2007"): Italian, Polish, Portuguese and Dutch weekdays too, folded (Polish "ł" stays).
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|lunedi|martedi|mercoledi|giovedi|venerdi|domenica|poniedzia[lł]ek|wtorek|sroda|czwartek|piatek|sobota|niedziela|(?:segunda|terca|quarta|quinta|sexta)(?:-feira)?|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$/;
const DATE_FILLER = /^(?:im|am|en|le|el|in|on|den|de|del|of|the|d)$/;
const ORDINAL_APART = /^(?:st|nd|rd|th)$/;

/**
 * A line that is nothing but a date ("Im November 2025", "Lunes, 14 de octubre, 2019", "November
 * 1, 2023"): the dateline of a letter or a page, never an address line.
 */
export function isDateOnly(line: string): boolean {
  // Every date read here has its four-digit year: a line with none is told at once (most lines).
  if (!/\d{4}/.test(line)) return false;
  // "Apeldoorn, April 2020.": a letter's dateline names the place it was written in first.
  const placed = /^\p{Lu}[\p{L}' -]{1,30},\s*(\S.*)$/u.exec(line.trim());
  if (placed && isDateOnly(placed[1] ?? '')) return true;
  // "Exampletown, 06.10.2016" between a letter's address and its greeting: a date in figures with
  // its four-digit year is a dateline too, never an address line (no street is numbered so).
  if (FIGURES_DOTTED.test(line.trim().replace(/\.$/, ''))) return true;
  const words = fold(line).split(/[\s,.]+/).filter((w) => w !== '');
  if (words.length < 2 || words.length > 8) return false;
  let month = false;
  let year = false;
  for (const [i, w] of words.entries()) {
    if (isMonthWord(w)) month = true;
    else if (/^\d{4}$/.test(w)) year = true;
    // "17 th March 2008": an ordinal's ending typed apart from its day.
    else if (ORDINAL_APART.test(w) && /^\d{1,2}$/.test(words[i - 1] ?? '')) continue;
    else if (!/^\d{1,2}(?:st|nd|rd|th|er|o|º)?$/.test(w) && !WEEKDAY.test(w) && !DATE_FILLER.test(w)) return false;
  }
  return month && year;
}

/**
 * "President Jane Doe          19 August 2013": a letter typed with its date pushed to the right
 * margin of the address's first line (the spaces are gone once the text is read). The date is cut
 * off when what stands before it is a header (`isHeader`: a name or an office); else the line is
 * returned whole. The date in any shape a letter prints it ("12th March 2013", "Monday, 12 March
 * 2013", "12 de marzo de 2013", "le 12 mars 2013", "12.03.2013", "2013-03-12", "12/03/2013"); a
 * place before it is left on the line, since nothing tells where the name ends and the place begins.
 */
export function withoutDateline(line: string, isHeader: (text: string) => boolean): string {
  if (line.length > 200 || !/\d{4}\.?$|\d{4}-\d\d-\d\d$/.test(line)) return line;
  const words = line.trim().split(/\s+/);
  // The longest run of the line's last words that is a date alone, up to a weekday and its comma.
  for (let k = Math.min(7, words.length - 1); k >= 1; k--) {
    const date = words.slice(-k).join(' ');
    const last = words[words.length - k - 1] ?? '';
    // "… Exampletown, 3 May 2024": a place's comma before the date.
    if (last.endsWith(',') && !opensDate(last)) return line;
    const before = words.slice(0, -k).join(' ').replace(/,$/, '');
    if (opensDate(words[words.length - k] ?? '') && (isDateOnly(date) || FIGURES.test(date)) && isHeader(before)) return before;
  }
  return line;
}

/** A date in figures with dots or dashes, its year in full: "06.10.2016", "2016-10-06" (a slash reads both ways, and may be a house number's). */
const FIGURES_DOTTED = /^(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})$/;

/** A date in figures alone: "12.03.2013", "12/03/2013", "2013-03-12". */
const FIGURES = /^(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})$/;

/** The word a date opens with: a day, a weekday, a month or a small word before them ("le", "den", "am"); never a place's name. */
function opensDate(word: string): boolean {
  const w = fold(word).replace(/[,.]$/, '');
  return /^\d/.test(w) || WEEKDAY.test(w) || MONTHS[w] !== undefined || DATE_FILLER.test(w);
}

/** Small words between a dateline's place and its date ("Berlin, den …", "Paris, le …", "Madrid, a …"). */
const DATELINE_FILLER = /^(?:den|le|el|am|a|on|the|d\.)$/i;
/** A word of a place's name: capitalised, or a joining word inside it ("Frankfurt am Main", "Aix-en-Provence"). */
const PLACE_WORD = /^\p{Lu}[\p{L}'’./-]*$/u;
const PLACE_JOIN = /^(?:am|an|im|ob|bei|der|de|du|des|la|le|sur|en|upon|on)$/;

/** The words are a date alone: written out ("4 mai 2020", "12. März 2019") or in figures ("03.07.2017"). */
function isDateWords(words: readonly string[]): boolean {
  const rest = DATELINE_FILLER.test(words[0] ?? '') ? words.slice(1) : words;
  if (rest.length === 0 || !opensDate(rest[0] ?? '')) return false;
  const text = rest.join(' ').replace(/\.$/, '');
  return FIGURES.test(text) || isDateOnly(text);
}

/** The words name a place: one to four, capitalised at both ends ("Berlin", "Hamburg/Berlin", "Frankfurt am Main"). */
function isPlaceWords(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 4 || !PLACE_WORD.test(words[0] ?? '') || !PLACE_WORD.test(words.at(-1) ?? '')) return false;
  const first = fold(words[0] ?? '');
  return words.every((w) => PLACE_WORD.test(w) || PLACE_JOIN.test(w)) && MONTHS[first] === undefined && !WEEKDAY.test(first);
}

/**
 * A letter's dateline: the date with its year, after the place the letter was written in ("Berlin,
 * den 03.07.2017", "Paris, le 4 mai 2020", "12 March 2019", "Hamburg/Berlin 10.12.2010"). A place
 * without its comma is one only when `placeAlone` says so (a cell of its own, or the town repeated).
 */
export function isDateline(text: string, placeAlone: (place: string) => boolean = () => true): boolean {
  const t = text.trim();
  if (t.length > 80 || !YEAR_AT_END.test(t)) return false;
  const words = t.split(/\s+/);
  if (isDateWords(words)) return true;
  for (let k = 1; k <= Math.min(4, words.length - 1); k++) {
    const place = words.slice(0, k);
    const comma = (place.at(-1) ?? '').endsWith(',');
    if (comma) place[k - 1] = (place[k - 1] ?? '').slice(0, -1);
    if (isPlaceWords(place) && (comma || placeAlone(place.join(' '))) && isDateWords(words.slice(k))) return true;
  }
  return false;
}
const YEAR_AT_END = /\d{4}\.?$/;

/** A postcode before the town: "10557", "D-10179", "CH-3003", "2585 JX" (its letters are the next word). */
const POSTCODE_FIRST = /^(?:[A-Z]{1,2}-)?\d{4,5}$/;
/** A British postcode after the town: "SW1A 2AA", "W8 4DB". */
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const UK_INWARD = /^\d[A-Z]{2}$/;

/**
 * "10557 Berlin Berlin, den 03.07.2017", "D-10179 Berlin Hamburg/Berlin 10.12.2010", "London SW1A
 * 2AA 12 March 2019": a letter typed with its dateline on the town line of the address, one space
 * left between them. The town line is kept and the dateline given apart; undefined when the line is
 * no postcode and town followed by a date. The dateline's place is the town again, or one word
 * before its comma or with its slash; any other word stays with the town ("10557 Berlin Mitte").
 */
export function splitTownDateline(line: string): { town: string; dateline: string } | undefined {
  if (line.length > 120 || !YEAR_AT_END.test(line)) return undefined;
  const words = line.trim().split(/\s+/);
  const uk = words.findIndex((w, i) => i > 0 && UK_POSTCODE.test(w) && UK_INWARD.test(words[i + 1] ?? ''));
  if (uk > 0) {
    const dateline = words.slice(uk + 2).join(' ');
    return isPlaceWords(words.slice(0, uk).map((w) => w.replace(/,$/, ''))) && isDateline(dateline, () => false) ? { town: words.slice(0, uk + 2).join(' '), dateline } : undefined;
  }
  if (!POSTCODE_FIRST.test(words[0] ?? '')) return undefined;
  // "2585 JX Den Haag": a Dutch postcode's letters.
  const from = /^[A-Z]{2}$/.test(words[1] ?? '') ? 2 : 1;
  let date = from + 1;
  while (date < words.length && !isDateWords(words.slice(date))) date++;
  if (date >= words.length || date - from > 8) return undefined;
  const middle = words.slice(from, date);
  const comma = (middle.at(-1) ?? '').endsWith(',');
  const bare = middle.map((w) => w.replace(/,$/, ''));
  const half = bare.length / 2;
  const repeated = Number.isInteger(half) && fold(bare.slice(0, half).join(' ')) === fold(bare.slice(half).join(' '));
  const placed = !repeated && bare.length >= 2 && (comma || (bare.at(-1) ?? '').includes('/'));
  const town = repeated ? bare.slice(0, half) : placed ? bare.slice(0, -1) : bare;
  if (!isPlaceWords(town)) return undefined;
  return { town: [...words.slice(0, from), ...town].join(' '), dateline: words.slice(from + town.length).join(' ') };
}
