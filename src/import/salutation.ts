// The salutation that opens the sample letter. The seed offers one per official in a single line
// ("Dear Attorney General of the Republic, or Dear Permanent Representative of Venezuela,"), so
// the line is split into alternatives, and each alternative goes to the official whose title,
// organisation and name share the most words with it (one alternative per official, best pairs
// first). A single salutation goes to every official it matches, or to all when it names no
// office ("Dear Sir or Madam"). Unmatched officials keep none: the templates build one.
import type { LangCode, Localized } from '../case/types.js';
import type { ImportedOfficial } from './official-block.js';
import { findLandmarks } from './landmarks.js';
import { OTHER_GREETING_LANGUAGE, SALUTE_LINE } from './greeting-words.js';
import { hanCalledName } from './cjk-words.js';
import { fold, lineAt } from './text.js';
import { greetedFirstName } from './first-name-greeting.js';
import { found, notFound, type Confidence, type Finding, type ImportText } from './types.js';

const ALTERNATIVE = /,?\s+(?:or|o|ou|oder)\s+(?=(?:dear|estimad[oa]s?|senor(?:a)?|sra?\.|excelentisim[oa]|monsieur|madame|sehr geehrte[rs]?)\b)/;
const STOP = new Set(['dear', 'of', 'the', 'to', 'and', 'for', 'de', 'del', 'la', 'el', 'los', 'las', 'y', 'le', 'les', 'du', 'des', 'et', 'estimado', 'estimada', 'senor', 'senora', 'sr', 'sra', 'monsieur', 'madame', 'mr', 'mrs', 'ms', 'your', 'excellency']);

/** The salutation line's alternatives, without the trailing comma or colon. */
export function recogniseSalutation(doc: ImportText): Finding<string[]> {
  const { salutation, letterless } = findLandmarks(doc);
  if (salutation === undefined) return notFound('no "Dear …" / "Señor …" line followed by the letter');
  if (letterless === true) return found(splitAlternatives(lineAt(doc, salutation)), 'medium', salutation, 'a greeting under the letter\'s date, with no letter text after it');
  return found(splitAlternatives(lineAt(doc, salutation)), 'high', salutation);
}

/**
 * "Dear A, or Dear B," → ["Dear A", "Dear B"]; "Dear Sir or Madam" stays whole. One line greeting
 * two officials one after the other, "Your Majesty, Your Excellency," gives each greeting; a note
 * to the reader in brackets, "(aanspreektitel ambassadeur)", "(Anrede für den Minister)", is none
 * of them.
 */
export function splitAlternatives(line: string): string[] {
  // "Excellencies --": a letter typed on a machine ends its greeting with dashes, as others do with a comma.
  // Arabic ends it with its own comma ("تحية طيبة وبعد،"); an older German letter with an
  // exclamation mark ("Sehr geehrter Herr Minister!"), which is punctuation, not the greeting.
  // "Atento saludo." ends its greeting with a full stop, which is punctuation too.
  const clean = withoutNotes(line.trim()).replace(FORM_BLANK, '').replace(SALUTE_LINE.test(fold(line.trim())) ? /[.,:]$/u : /\s*(?:[,:;：，،!]|[-–—]{1,3})$/u, '');
  return eachGreeting(clean).flatMap(orAlternatives);
}

function orAlternatives(clean: string): string[] {
  const folded = fold(clean);
  const out: string[] = [];
  let from = 0;
  for (const m of folded.matchAll(new RegExp(ALTERNATIVE.source, 'g'))) {
    const piece = clean.slice(from, m.index).trim();
    // Both sides must be more than one word: "Sr. o Sra. Ministra" is one salutation; a rank alone
    // is a greeting of its own ("Exzellenz, oder Sehr geehrter Herr Botschafter").
    if (piece.split(' ').length < 2 && !RANK_ALONE.test(fold(piece))) continue;
    out.push(piece);
    from = (m.index ?? 0) + m[0].length;
  }
  const last = clean.slice(from).trim();
  if (out.length > 0 && last.split(' ').length < 2) return [clean];
  return [...out, last];
}

/**
 * "Dear Governor Example, Date": a form printed the field for the writer's date on the greeting's
 * line, after its comma. The word is the form's blank, never part of whom the letter greets; the
 * form may print it as a label ("Date:") or with a line to write on ("Date: ______").
 */
const FORM_BLANK = /,\s*[[(]?(?:date|datum|fecha)[\])]?\s*:?[\s_.]*$/i;

/** A bracket's note, with no bracket inside it; the greeting outside it must remain. */
const NOTE = /\s*\([^()]{1,80}\)/g;

function withoutNotes(line: string): string {
  const bare = line.replace(NOTE, '').trim();
  return /\p{L}/u.test(bare) ? bare : line;
}

/** The words a greeting opens with, folded: a rank, "Dear", or a language's "Sir". */
const OPENS_GREETING = /^(?:(?:вельми)?шановн|(?:глубоко|много)?уважаем|dear|your (?:majesty|royal highness|highness|excellency|honou?r|eminence|holiness|beatitude)|excellen(?:cy|tie|ce)|exzellenz|excelencia|excelentisim[oa]|majesteit|majeste|majestat|estimad[oa]|senor(?:a)?\b|sra?\.|monsieur|madame|chere? (?:monsieur|madame)|sehr geehrte|geachte|hooggeachte|hoogedel)/;
/** A greeting of one word that is a rank of its own ("Excellentie"); "Madame, Monsieur" is one greeting. */
const RANK_ALONE = /^(?:excellen(?:cy|tie|ce)|exzellenz|excelencia|majesteit|majeste|majestat)$/;

/** "Your Majesty, Your Excellency" → each; a comma before anything but another greeting stays. */
function eachGreeting(clean: string): string[] {
  // Ukrainian and Russian letters end each greeting with "!", several on one line ("Шановний пане Президенте! Шановні народні депутати!").
  const pieces = clean.split(/\s*[,;!]\s+/);
  const isGreeting = (p: string) => OPENS_GREETING.test(fold(p)) && (p.includes(' ') || RANK_ALONE.test(fold(p)));
  return pieces.length > 1 && pieces.length <= 4 && pieces.every(isGreeting) ? pieces : [clean];
}

const words = (text: string | undefined) =>
  new Set(fold(text ?? '').split(/[^\p{L}]+/u).filter((w) => w.length > 1 && !STOP.has(w)));

function overlap(alternative: string, o: ImportedOfficial): number {
  if (hanGreets(alternative, o)) return 2;
  const theirs = words([o.title?.value, o.organisation?.value, o.name?.value, o.honorific?.value].join(' '));
  return [...words(alternative)].filter((w) => theirs.has(w) || inflectedIn(w, theirs)).length;
}

/**
 * A Chinese greeting names each official by surname and office, with no spaces to part the words:
 * "尊敬的张主席、李总理" greets 张例 (国家主席) and 李样 (国务院总理). His surname (or a foreign name's
 * part after the dot) right before the last two characters of his title.
 */
function hanGreets(greeting: string, o: ImportedOfficial): boolean {
  const name = o.name?.value;
  const title = o.title?.value;
  if (name === undefined || title === undefined || !/^\p{Script=Han}/u.test(name) || !/\p{Script=Han}{2}$/u.test(title)) return false;
  return greeting.includes(hanCalledName(name) + title.slice(-2));
}

/**
 * Ukrainian and Russian greet in the vocative what the title names in the dative ("пане Президенте"
 * to "Президенту України", "депутати" to "депутатам"): a Cyrillic word is the same word with
 * another case ending, a stem of five letters or more and two endings of three letters at most.
 */
function inflectedIn(word: string, theirs: ReadonlySet<string>): boolean {
  if (word.length < 5 || !/^[\u0400-\u04ff]/u.test(word)) return false;
  for (const t of theirs) {
    let common = 0;
    while (common < word.length && common < t.length && word[common] === t[common]) common++;
    if (common >= 5 && word.length - common <= 3 && t.length - common <= 3) return true;
  }
  return false;
}

/** The greeting's words that are an office word of the official's with a plural ending ("ministers", "ministros", "fiscales"). */
function pluralOverlap(greeting: string, o: ImportedOfficial): number {
  const theirs = words([o.title?.value, o.organisation?.value, o.nameFromOffice ? o.name?.value : undefined].join(' '));
  return [...words(greeting)].filter((w) => [...theirs].some((t) => t.length >= 4 && (w === `${t}s` || w === `${t}es`))).length;
}

export interface SalutationAssignment {
  /** Index into the officials list. */
  official: number;
  value: string;
  confidence: Confidence;
}

export function assignSalutations(alternatives: readonly string[], officials: readonly ImportedOfficial[]): SalutationAssignment[] {
  if (alternatives.length === 1) return assignOne(alternatives[0] ?? '', officials);
  const pairs = alternatives.flatMap((a, ai) => officials.map((o, oi) => ({ ai, oi, score: overlap(a, o) })));
  pairs.sort((x, y) => y.score - x.score || x.ai - y.ai);
  const usedA = new Set<number>();
  const out: SalutationAssignment[] = [];
  for (const { ai, oi, score } of pairs) {
    if (score === 0 || usedA.has(ai) || out.some((s) => s.official === oi)) continue;
    usedA.add(ai);
    out.push({ official: oi, value: alternatives[ai] ?? '', confidence: score >= 2 ? 'high' : 'medium' });
  }
  return [...out, ...inPageOrder(alternatives, officials, usedA, out)].sort((a, b) => a.official - b.official);
}

/**
 * "Your Majesty, Your Excellency": greetings that name a rank and no office are matched to the
 * officials no other greeting went to, in the order the page prints both — only when there are as
 * many of each, else which is whose is a guess. "Dear Governor" left over goes to no police chief.
 */
function inPageOrder(alternatives: readonly string[], officials: readonly ImportedOfficial[], usedA: ReadonlySet<number>, given: readonly SalutationAssignment[]): SalutationAssignment[] {
  const greetings = alternatives.filter((a, ai) => !usedA.has(ai));
  const free = officials.flatMap((o, oi) => (given.some((s) => s.official === oi) ? [] : [{ o, oi }]));
  if (free.length !== greetings.length || !greetings.every(namesRankOnly)) return [];
  return free.map(({ oi }, i) => ({ official: oi, value: greetings[i] ?? '', confidence: 'medium' as const }));
}

/** Words of a greeting and of the ranks it gives: none of them names an office or a person. */
const RANK_WORDS = new Set(['majesty', 'highness', 'eminence', 'holiness', 'beatitude', 'royal', 'honour', 'honor', 'excellentie', 'excellence', 'exzellenz', 'excelencia', 'excelentisimo', 'excelentisima', 'majesteit', 'majeste', 'majestat', 'uwe', 'votre', 'eure', 'ihre', 'sehr', 'geehrter', 'geehrte', 'geachte', 'hooggeachte', 'heer', 'mevrouw', 'herr', 'frau', 'sir', 'madam']);

const namesRankOnly = (greeting: string): boolean => [...words(greeting)].every((w) => RANK_WORDS.has(w));

/** Greetings that name no rank nor person, in the languages the importer reads. */
const NEUTRAL = /^(?:dear (?:sir|madam)(?:(?: or |\/)(?:sir|madam))?|dear sirs?(?: and madams?)?|to whom it may concern|dear friends?|(?:muy )?senor(?:es|as)?(?: y senor(?:as|es))?|estimad[oa]s? senor(?:es|as)?(?: y senor(?:as|es))?|a quien corresponda|madame,? monsieur|monsieur,? madame|mesdames,? messieurs|sehr geehrte damen und herren|damen und herren|baste mottagare)$/;

/**
 * A rank in the plural, "Excellencies --", "Your Excellencies,", "Exzellenzen": one greeting shared
 * by every official the letter is written to (those who get a copy read it, but are not greeted).
 */
const SHARED = /^(?:(?:dear |your |vos |(?:sehr )?geehrte |uwe )?(?:excellencies|excellences|exzellenzen|excellenties|eccellenze|excelencias|excelentisimos senores|excelentissimos senhores))$/;

/**
 * The official the letter is written to: the first who gets no mere copy. When the page's only
 * officials found are its copies ("Copies to: The President, His Excellency …" under the letter),
 * the letter's "Dear Minister" is none of theirs.
 */
const firstWrittenTo = (officials: readonly ImportedOfficial[]): readonly ImportedOfficial[] => officials.filter((o) => o.copy !== true).slice(0, 1);

/** "Your Excellency", "Excellency", "Votre Excellence", "Su Excelencia", "Eure Exzellenz" (folded): one head of state's or envoy's rank. */
const EXCELLENCY = /^(?:(?:dear|your|votre|su|vuestra|eure|ihre|sua|vossa) )?(?:excellency|excellence|excelencia|exzellenz|eccellenza)$/;
/** An ambassador's title in the languages the importer reads (folded). */
const ENVOY_TITLE = /^(?:the )?(?:ambassador|ambassadeur|ambassadrice|embajador|embajadora|botschafter|botschafterin|ambasciatore|embaixador|embaixadora)\b/;

/**
 * An ambassador written to (no mere copy), titled so: an envoy is "Excellency" by his office. A
 * courtesy title alone ("His Excellency Mr.") is not read so: whom the greeting was meant for stays the first.
 */
const isStyledExcellency = (o: ImportedOfficial): boolean => o.copy !== true && ENVOY_TITLE.test(fold(o.title?.value ?? ''));

const greetedTogether = (officials: readonly ImportedOfficial[]): readonly ImportedOfficial[] => (officials.some((o) => o.copy !== true) ? officials.filter((o) => o.copy !== true) : officials);

/**
 * "Vi forsamlede borgere for et anstændigt Danmark,", "We, the undersigned,": a statement's first
 * line names its writers, in the first person plural, and its verb follows on the next line. Read
 * as the letter's opening line, it greets no official.
 */
const WRITERS = /^(?:vi|we|wir|nous|wij|noi|nosotros|nosotras)[\s,]/;

/**
 * "Dear ___________,", "Dear [name],", "Dear …,": a sample letter whose greeting leaves the name
 * blank for the writer to fill in, under a list of several officials. It greets none of them.
 */
const BLANK_ADDRESSEE = /(?:_{2,}|\.{3}|…|\[[^\]]{0,30}\]|<[^>]{0,30}>)\s*[,:;!]?\s*$/u;

function assignOne(salutation: string, officials: readonly ImportedOfficial[]): SalutationAssignment[] {
  if (WRITERS.test(fold(salutation)) || BLANK_ADDRESSEE.test(salutation)) return [];
  const plain = officials.map((o) => overlap(salutation, o));
  // "Dear Ministers", "Señores Ministros": a greeting in the plural is each of the offices it names.
  const scores = Math.max(0, ...plain) > 0 ? plain : officials.map((o) => pluralOverlap(salutation, o));
  const best = Math.max(0, ...scores);
  if (best === 0) {
    // "Caro Luca," greets by a given name none of the officials bears: a text for someone else.
    if (greetedFirstName(salutation) !== undefined) return [];
    const confidence: Confidence = officials.length === 1 ? 'high' : 'medium';
    // "Dear Sir or Madam" suits anyone; "Your Excellency" is a rank, the rank of the official the
    // letter is written to (the first). Given to the others it would be a guess: they keep none,
    // and the templates build theirs from their own honorific and title, as the case format says.
    const bare = fold(salutation).replace(/[,:;!]+$/, '').trim();
    // "Dear Sir" greets whoever the letter is written to, never those who get a copy of it.
    // "Your Excellency" is an ambassador's style, whoever else it greets: an ambassador written to
    // beside the first official is greeted by it as well (the rank is his, no guess).
    const first = firstWrittenTo(officials);
    const to = NEUTRAL.test(bare) ? greetedTogether(officials) : SHARED.test(bare) ? greetedTogether(officials) : EXCELLENCY.test(bare) ? [...first, ...officials.filter((o) => !first.includes(o) && isStyledExcellency(o))] : first;
    return to.map((o) => ({ official: officials.indexOf(o), value: salutation, confidence }));
  }
  // The letter is written to the officials; those who get copies read the same letter. When an
  // official to write to matches as well as a copy does ("Dear Minister": the minister, and the
  // minister's secretary in copy), the salutation is the official's alone.
  const bestOnes = scores.flatMap((s, official) => (s === best ? [official] : []));
  const writtenTo = bestOnes.filter((i) => officials[i]?.copy !== true);
  // "Dear Ms Example" over a letter addressed to "the minister for Home Affairs" (no name printed),
  // with "the Minister for Immigration John Example" in copy: the letter greets the one it is written
  // to, never a copy who shares her surname; where none is written to without a name, no one.
  if (writtenTo.length === 0 && officials.some((o) => o.copy !== true)) {
    const unnamed = firstWrittenTo(officials).filter((o) => o.nameFromOffice || o.name === undefined);
    return unnamed.map((o) => ({ official: officials.indexOf(o), value: salutation, confidence: 'medium' as const }));
  }
  return (writtenTo.length > 0 ? writtenTo : bestOnes).map((official) => ({ official, value: salutation, confidence: 'high' as const }));
}

/** The courtesy words a greeting opens with in each language: a greeting is too short for the detector. */
const OPENING_LANGUAGE: ReadonlyArray<readonly [LangCode, RegExp]> = [
  ['en', /^(?:dear|to whom|your (?:excellency|eminence|holiness)|excellency)\b/],
  ['es', /^(?:senor|senora|sr\.|sra\.|estimad|distinguid|excelentisim|excm)/],
  ['fr', /^(?:monsieur|madame|excellence|chere? (?:monsieur|madame))\b/],
  ['de', /^(?:sehr geehrte|sehr verehrte|geschatzte|exzellenz|liebe)/],
  ['sv', /^(?:baste|hej)\b/],
  ['it', /^(?:egregi[oae]?|gentil(?:e|i|issim[oa])|signor(?:a|e)?|illustr(?:e|issim[oa])|onorevole|eccellenza)\b/],
  ['pt', /^(?:senhor(?:a)?|prezad[oa]|excelentissim[oa]|exm[oa]s?\.|vossa excelencia)/],
  ['nl', /^(?:geachte|hooggeachte|excellentie)\b/],
];

/** The language a greeting is written in, by its courtesy words ("Egregio …" → it), or undefined. */
export const greetingLanguage = (greeting: string): LangCode | undefined => [...OPENING_LANGUAGE, ...OTHER_GREETING_LANGUAGE].find(([, re]) => re.test(fold(greeting.trim())))?.[0];

/**
 * A block's own "Salutation: Dear Attorney General / Señor Fiscal General" gives one salutation per
 * language: it becomes a language map when every part opens in a different known language.
 */
export function salutationValue(text: string): Localized {
  // "Dear Minister/Estimado Señor Secretario": the template's PDF drops the spaces around the slash.
  const parts = text.split(/\s*\/\s*/).map((p) => p.trim().replace(/[,:]$/, ''));
  if (parts.length < 2) return text;
  const langs = parts.map((p) => OPENING_LANGUAGE.find(([, re]) => re.test(fold(p)))?.[0]);
  if (langs.some((l) => l === undefined) || new Set(langs).size !== langs.length) return text;
  return Object.fromEntries(parts.map((p, i) => [langs[i], p]));
}
