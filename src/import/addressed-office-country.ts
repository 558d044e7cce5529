// The country of the officials a letter is addressed to, on a page that labels no country and
// prints no address naming one: a careful reader takes it from the words that address them — the
// office with its country ("Carta abierta al Ministro de Relaciones Exteriores de la República de
// Cuba", "una lettera al Presidente del Consiglio dei Ministri italiano", "Para: … Presidenta do
// Brasil") or a national institution known by its own name ("Till: …, migrationsverket
// generaldirektör", "regering og Folketing", "Complejo de la Moncloa"). Only the addressing words
// are read, never the story: a story names the country the officials are asked to press ("o
// governo russo", "il Presidente degli Stati Uniti"), which is not theirs. An embassy, an
// ambassador or a UN mission is an office abroad (country.ts' ABROAD), whose country is the one it
// represents, not the one it serves in: left out. Two countries read so leave the field TODO.
import { countryCode } from '../channels/countries.js';
import { adjectiveOfKey } from './country-adjectives.js';
import { ABROAD } from './country.js';
import { countryInPhrase } from './country-inflected.js';
import { findLandmarks } from './landmarks.js';
import { hasOfficeWord } from './office-words.js';
import type { ImportedOfficial } from './official-block.js';
import { fold, isBlank, lineAt } from './text.js';
import { found, type Finding, type ImportText } from './types.js';

/** How far down the page the addressing words are looked for, in lines. */
const TOP_LINES = 60;
/** A label that opens the addressees ("Para:", "Till: …", "Aan: …", "An:", Italian "Destinatari:"), its text after the colon. */
const LABEL = /^\s*(?:to|till|til|aan|an|para|destinatari(?:[oa]s?)?|destinataires?|recipients?|empf[äa]nger)\s*:\s*(.*)$/iu;
/** The longest addressee part read for an office, in characters. */
const MAX_PART = 200;
/** Lines read under a label that stands alone on its line. */
const UNDER_LABEL = 6;
/**
 * A letter, an appeal or the verb to write, then the word that addresses it: "lettera al …", "Open
 * letter to …", "Fællesudtalelse til …", "Vädja till …", "Carta abierta al …", the Nordic nouns also
 * in their definite form ("henvendelsen til Regjeringen", "brevet til …"). The addressee runs to
 * the sentence's end.
 */
const ADDRESSED = /(?<!\p{L})(?:letter|appeal|petition|statement|write|carta|lettera|lettre|brief|brev(?:et)?|(?:\p{L}*u[dt]talelse|henvendelse|skrivelse)n?|petizione|appello|peti[cç][aã]o|petici[oó]n|skriv\p{L}*|v[äa]dja|scriv\p{L}*|escrib\p{L}*|[ée]cri\p{L}*|schreib\p{L}*)(?!\p{L})[^.;:!?\n]{0,40}?(?<!\p{L})(?:to|till|til|aan|an den|an die|an|al|alla|allo|ai|agli|au|aux|à|para|ao|à)\s+([^.;:!?]+)/iu;
/**
 * Where the office's name ends and a clause about something else begins: a relative pronoun, a
 * conjunction, a preposition of subject ("… italiano, che incontrerà il Presidente degli Stati
 * Uniti", "to the President about the Iranian …").
 */
const CLAUSE = /\s(?:about|regarding|concerning|on behalf|for|against|contra|contre|gegen|mot|imod|that|who|which|per|pour|sur|sobre|por|om|ang[åa]ende|[üu]ber|wegen|f[üu]r|che|que|qui|som|att|dass|der|die|welche[rs]?|para que|so that)\s/iu;

/**
 * National institutions known by their own name, which only one country has: its parliament, its
 * government's seat, its migration board. Folded, with the definite or genitive forms pages print.
 */
const INSTITUTIONS: ReadonlyArray<readonly [string, RegExp]> = [
  ['SE', /\b(?:migrationsverket?s?|riksdag(?:en|ens|s)?|regeringskansliet?s?)\b/],
  ['DK', /\b(?:folketing(?:et|ets)?|udl(?:ae|æ)ndingestyrelsen?s?|flygtningen(?:ae|æ)vnet?s?)\b/],
  ['NO', /\b(?:storting(?:et|ets)?|utlendingsdirektoratet?s?|utlendingsnemnda?s?)\b/],
  ['FI', /\b(?:eduskunta|eduskunnan|eduskunnalle)\b/],
  ['ES', /\b(?:palacio de la moncloa|complejo de la moncloa|congreso de los diputados)\b/],
  // The Italian foreign ministry's name since 2014; no other state's foreign ministry is so called.
  ['IT', /\b(?:palazzo chigi|farnesina|palazzo del quirinale|montecitorio|affari esteri e (?:della )?cooperazione internazionale)\b/],
  ['DE', /\b(?:bundesministerium des innern|innenministerkonferenz|bundesamt fur migration und fluchtlinge|deutschen? bundestag(?:es|s)?)\b/],
  ['FR', /\b(?:palais de l'elysee|hotel de matignon|place beauvau)\b/],
  ['GB', /\b(?:10 downing street)\b/],
  ['AR', /\b(?:casa rosada)\b/],
  ['BR', /\b(?:palacio do planalto|itamaraty)\b/],
];
/** A cheap test before the table: one of its words' first letters, folded. */
const MAY_NAME_INSTITUTION = /migrations|riksdag|regeringskans|folketing|udl(?:ae|æ)ndinge|flygtninge|storting|utlendings|eduskun|moncloa|diputados|chigi|farnesina|cooperazione internazionale|quirinale|montecitorio|innern|innenminister|bundesamt|bundestag|elysee|matignon|beauvau|downing|rosada|planalto|itamaraty/;

/** ICU's regions that are part of a state (Ceuta and Melilla, the Canary Islands): never an office's country. */
const NOT_A_STATE = new Set(['EA', 'IC', 'EU', 'UN', 'EZ', 'QO']);

interface Read {
  readonly code: string;
  readonly line: number;
  readonly how: string;
}

/** The country of the addressed officials' office, or undefined when no addressing words name one or two name different ones. */
export function addressedOfficeCountry(doc: ImportText, officials: readonly ImportedOfficial[]): Finding<string> | undefined {
  const lang = findLandmarks(doc).language;
  const reads: Read[] = [];
  for (const { text, line, parts } of addressingPhrases(doc)) {
    if (ABROAD.test(text)) continue;
    const institution = institutionIn(text);
    if (institution) reads.push({ code: institution, line, how: 'a national institution the letter is addressed to' });
    for (const part of parts) {
      const office = officeCountry(part, lang);
      if (office) reads.push({ code: office, line, how: "the country named with the addressed official's office" });
    }
  }
  for (const o of officials) {
    if (o.copy) continue;
    for (const part of [o.title, o.organisation, o.name, ...o.address]) {
      if (!part || ABROAD.test(part.value)) continue;
      const institution = institutionIn(part.value);
      if (institution) reads.push({ code: institution, line: part.line, how: "a national institution in the official's block" });
    }
  }
  const [first] = reads;
  if (!first || reads.some((r) => r.code !== first.code)) return undefined;
  return found(nameIn(doc, first.code), 'medium', first.line, `${first.how}: check it`);
}

/** The lines that address the letter: under or after a "To:" label, and a letter's or an appeal's "to …" near the top. */
function addressingPhrases(doc: ImportText): Array<{ text: string; line: number; parts: string[] }> {
  const out: Array<{ text: string; line: number; parts: string[] }> = [];
  const until = Math.min(doc.lines.length, TOP_LINES);
  for (let n = 1; n <= until; n++) {
    const line = lineAt(doc, n);
    const label = LABEL.exec(line);
    if (label) {
      const rest = (label[1] ?? '').trim();
      if (rest !== '') out.push({ text: rest, line: n, parts: rest.split(/\s*,\s*/).map(clause) });
      else {
        for (let k = n + 1; k <= Math.min(doc.lines.length, n + UNDER_LABEL) && !isBlank(lineAt(doc, k)); k++) {
          const text = lineAt(doc, k);
          out.push({ text, line: k, parts: text.split(/\s*,\s*/).map(clause) });
        }
      }
      continue;
    }
    const addressed = ADDRESSED.exec(line)?.[1];
    // The office ends at the first comma: what follows is another clause ("…, che incontrerà …").
    if (addressed) out.push({ text: addressed, line: n, parts: [clause(addressed.split(',')[0] ?? '')] });
  }
  return out;
}

/** A phrase cut where a clause about something else begins. */
const clause = (text: string): string => text.split(CLAUSE)[0] ?? text;

/** "Ministro de Relaciones Exteriores de la República de Cuba" → CU; "Presidente del Consiglio dei Ministri italiano" → IT. */
export function officeCountry(part: string, lang: ReturnType<typeof findLandmarks>['language']): string | undefined {
  // An office's name is a few words: a part longer than a long line is running text, not read.
  if (part.length > MAX_PART) return undefined;
  const folded = fold(part);
  if (!hasOfficeWord(folded)) return undefined;
  const named = countryInPhrase(part, lang);
  const code = named === undefined ? undefined : countryCode(named);
  // "Ceuta y Melilla", "Canarias": ICU names them as regions, but they are a country's towns and islands.
  if (code !== undefined) return NOT_A_STATE.has(code) ? undefined : code;
  // An adjective names the country after or before the office ("ministro … italiano", "the Italian Prime Minister").
  for (const word of folded.split(/[^\p{L}]+/u)) {
    if (word.length < 5) continue;
    const code = adjectiveOfKey(word, lang);
    if (code !== undefined) return code;
  }
  return undefined;
}

function institutionIn(text: string): string | undefined {
  const folded = fold(text);
  if (!MAY_NAME_INSTITUTION.test(folded)) return undefined;
  return INSTITUTIONS.find(([, pattern]) => pattern.test(folded))?.[0];
}

/** The languages whose ICU name of a country a draft keeps; any other page gets the English name. */
const NAMED_IN = new Set(['en', 'es', 'fr', 'de', 'sv', 'pt', 'it', 'nl']);

/** ICU's name of a region (a country, the European Union) in the page's language, or in English. */
export function nameIn(doc: ImportText, code: string): string {
  const lang = findLandmarks(doc).language;
  return new Intl.DisplayNames([NAMED_IN.has(lang) ? lang : 'en'], { type: 'region', fallback: 'code' }).of(code) ?? code;
}
