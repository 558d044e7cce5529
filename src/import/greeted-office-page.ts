// A model letter greets its addressee by office ("Monsieur le Ministre,", "Geachte minister,",
// "Dear Mr. President"), and the page around it often says which office, or who holds it, in the
// one line that presents the letter:
//   Signez notre pétition au ministre de la Justice        the petition/act sentence: the office in full
//   Monsieur le Ministre,
// or
//   REPUBLIC OF EXAMPLELAND: H.E. Jan Example III President Republic of Exampleland   a heading: the holder
//   Dear Mr. President
// French, Dutch, English, Spanish, Italian, Portuguese and Turkish pages print them so ("Teken de
// petitie aan minister van Justitie", "Firma la petición al Presidente de la República", "Yargı Gücü
// Başkanı Jan Örnek" over "Sayın Başkan,"). What is read here is only what the page prints of the
// same office (the greeting's office words, in any case or inflection), never a guess: two different
// fuller forms, or two different holders, give none.
import { fold } from './fold.js';
import { hasOfficeWord } from './office-words.js';
import { isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole } from './official-words.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/**
 * A line that presents the petition, the appeal or the letter, or asks to sign, write or send it
 * (folded): "pétition", "petitie", "appello", "carta", "letter", "signez", "teken", "firma", "write to"…
 */
const ACT = /\b(?:p[eé]titions?|petiti[eo]|petizione|petici[oó]n|petic[aã]o|appels?|appello|apelaci[oó]n|llamamiento|lettres?|lettera|letters?|cartas?|brief|courrier|mektub?u?|dilek[cç]e|imza\p{L}*|sign\p{L}*|firm\p{L}*|assin\p{L}*|teken\p{L}*|unterschreib\p{L}*|unterzeichn\p{L}*|[eé]cri\p{L}*|write|writing|scriv\p{L}*|escrib\p{L}*|escrev\p{L}*|schrijf|schreib\p{L}*|envoy\p{L}*|send|invia\p{L}*|envia\p{L}*|envie\p{L}*|stuur|appeal\p{L}*|urge)\b/u;
/** A preposition (or "to the", "au", "aan", "al"…) right before the office a sentence addresses (folded). */
const TO = /^(?:to|a|à|au|aux|al|ao|à|alla|allo|ai|agli|alle|aan|an|para|pour|naar|den|dem)$/u;
/** An article between the preposition and the office ("to the", "à la", "aan de"), folded. */
const ARTICLE = /^(?:the|la|le|l'|el|il|lo|o|de|het|die|der)$/u;
/** A word that joins an office to its field ("de la Justice", "van Justitie", "of Foreign Affairs"), folded. */
const JOIN = /^(?:of|for|the|de|du|des|la|le|l'|d'|del|della|dello|dei|degli|delle|dell'|di|da|do|dos|das|van|voor|der|von|fur|für|pour|para|à|a|y|et|and|e)$/u;
/** A Turkish dative ending after an apostrophe ("Başkanı'na", "Bakanı'na"): the office it is added to. */
const DATIVE = /['’](?:na|ne|ya|ye|a|e)$/u;
/** Punctuation that ends an office phrase inside a sentence. */
const ENDS = /[,.;:!?()"«»“”]$/u;
/** Longer lines are paragraphs of the story, not the line that presents a letter. */
const MAX_ACT_LINE = 400;
/** How far above the greeting the presenting line or a heading naming the holder may stand. */
const ABOVE = 12;

/** A word as compared: folded, with no punctuation around it and no Turkish dative ending. */
const bare = (word: string): string => fold(word).replace(/^[«“"'(]+|[,.;:!?)"»”]+$/gu, '').replace(DATIVE, '');

/** The same office word, whatever its case or inflection ("ministre"/"Ministre", "Präsident"/"Präsidenten"). */
function sameWord(printed: string, greeted: string): boolean {
  const a = bare(printed);
  const b = fold(greeted);
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2;
}

/** Where the greeted office's words stand in order among `words`, each start index. */
function officeAt(words: readonly string[], office: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + office.length <= words.length; i++) {
    if (office.every((w, k) => sameWord(words[i + k] ?? '', w))) out.push(i);
  }
  return out;
}

/**
 * The field the presenting sentence prints after the greeted office's words: small joining words,
 * then capitalised ones, ending on a capitalised word ("ministre" + "de la Justice"). Undefined
 * when the sentence prints the office no fuller than the greeting.
 */
function fullerAt(words: readonly string[], at: number, length: number): string | undefined {
  let end = at + length;
  if (ENDS.test(words[end - 1] ?? '') || DATIVE.test(words[end - 1] ?? '')) return undefined;
  let last = end;
  for (let i = end; i < words.length && i < end + 8; i++) {
    const word = words[i] ?? '';
    const f = bare(word);
    const capital = /^\p{Lu}/u.test(word.replace(/^(?:d|l|dell|all|nell)['’]/u, ''));
    if (capital) last = i + 1;
    else if (!JOIN.test(f) && !/^(?:d|l|dell)['’]\p{Lu}/u.test(word)) break;
    if (ENDS.test(word)) break;
  }
  end = last;
  if (end === at + length) return undefined;
  return words.slice(at + length, end).join(' ').replace(/[,.;:!?)"»”]+$/u, '');
}

/** The word before the office addresses it ("au", "to the", "aan"), or a Turkish dative ends it. */
function addressed(words: readonly string[], at: number, length: number): boolean {
  let before = at - 1;
  if (ARTICLE.test(bare(words[before] ?? '')) || /^(?:l|d)['’]$/u.test(words[before] ?? '')) before--;
  return TO.test(bare(words[before] ?? '')) || /^(?:al|all|dell|l)['’]/u.test(fold(words[at] ?? '')) || DATIVE.test(fold(words[at + length - 1] ?? ''));
}

/** The lines above the greeting that may present its letter: a dozen above it, and the page's first three. */
function linesAbove(doc: ImportText, greeting: number): number[] {
  const out = new Set<number>();
  for (let n = 1; n <= Math.min(3, greeting - 1); n++) out.add(n);
  for (let n = Math.max(1, greeting - ABOVE); n < greeting; n++) out.add(n);
  return [...out].filter((n) => !isBlank(lineAt(doc, n)));
}

/**
 * The greeted office in full as the line presenting the letter prints it ("Monsieur le Ministre," under
 * "Signez notre pétition au ministre de la Justice" → "Ministre de la Justice"), or undefined: no
 * such line, or two that print it differently.
 */
export function fullerOfficeAbove(doc: ImportText, greeting: number, office: string): { value: string; line: number } | undefined {
  const officeWords = office.split(/\s+/u);
  const head = fold(officeWords[0] ?? '').slice(0, 4);
  const forms = new Map<string, number>();
  for (const n of linesAbove(doc, greeting)) {
    const text = lineAt(doc, n);
    // Cheap first: the office's first letters and a word presenting a letter on the line.
    if (text.length > MAX_ACT_LINE || !fold(text).includes(head) || !ACT.test(fold(text))) continue;
    const words = text.trim().split(/\s+/u);
    for (const at of officeAt(words, officeWords)) {
      if (!addressed(words, at, officeWords.length)) continue;
      const field = fullerAt(words, at, officeWords.length);
      // The office's words as the greeting prints them, capitalised as a name is ("Ministre" for "ministre",
      // "Minister" for "Geachte minister,"), its field as the sentence prints it.
      const fuller = field === undefined ? undefined : `${office.charAt(0).toUpperCase()}${office.slice(1)} ${field}`;
      // "au Président de la République Jean Exemple": an office with its holder's name after it is no office alone.
      if (fuller === undefined || !isRoleLike(fuller) || isPersonName(fuller) || splitLeadingRole(fuller) !== undefined) continue;
      const key = fold(fuller);
      if (![...forms.keys()].some((k) => fold(k) === key)) forms.set(fuller, n);
    }
  }
  const [only, ...others] = [...forms];
  return only && others.length === 0 ? { value: only[0], line: only[1] } : undefined;
}

/** A word of running text: four letters or more, in lower case. */
const LOWER_WORD = /(?:^|\s)\p{Ll}{4,}(?=[\s,.;:!?]|$)/gu;
/** A heading or an envelope's line: names, offices and places, two words of running text at most. */
const isHeading = (text: string): boolean => (text.match(LOWER_WORD)?.length ?? 0) <= 2;

/** A word of a person's name as a heading prints it: capitalised, a particle, a regnal number. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|bin|ibn|al|el|de|del|van|von|[IVX]+)$/u;

/** The name just before the office ("H.E. Jan Example III President …", "Jan Exemple, Procureur …"). */
function nameBefore(words: readonly string[], at: number): string | undefined {
  const run: string[] = [];
  for (let i = at - 1; i >= 0 && run.length < 7; i--) {
    const word = words[i] ?? '';
    // "Jan Exemple, Procureur": the comma closes the name; any other mark closes what came before it.
    const w = run.length === 0 ? word.replace(/,$/u, '') : word;
    if (!NAME_WORD.test(w) || /[:;,]$/u.test(w)) break;
    run.unshift(w);
  }
  return personIn(run.join(' '));
}

/** The name just after the office ("Chairman Jan Example People's Government of …", "Başkanı Jan Örnek"). */
function nameAfter(words: readonly string[], from: number): string | undefined {
  const start = from;
  const run: string[] = [];
  for (let i = start; i < words.length && run.length < 6; i++) {
    const word = words[i] ?? '';
    const w = word.replace(/[,;:.]$/u, '');
    if (!NAME_WORD.test(w)) break;
    run.push(w);
    if (w !== word) break;
  }
  // The name ends where an institution or an office opens ("… People's Government of …"), or where the capitals end.
  for (let k = 2; k <= run.length; k++) {
    // Its first two words only: an institution's word further on ("Er People's Government") opens nothing here.
    const next = words.slice(start + k, start + k + 2).join(' ');
    if (k < run.length && !isOrganisation(next) && !isRoleLike(next)) continue;
    return personIn(run.slice(0, k).join(' '));
  }
  return undefined;
}

/** A person's name of two words or more, with no courtesy inside it and no office word. */
function personIn(text: string): string | undefined {
  const { rest } = splitHonorific(text);
  const words = rest.split(/\s+/u);
  if (words.length < 2 || !isPersonName(rest) || isRoleLike(rest) || isOrganisation(rest)) return undefined;
  if (words.some((w) => hasOfficeWord(fold(w)) || splitHonorific(`${w} Example`).honorific !== undefined)) return undefined;
  return rest;
}

/**
 * The person a heading or the presenting line above the greeting names as the holder of the greeted
 * office ("H.E. Jan Example III President …", "Chairman Jan Example People's Government …", "Pétition
 * adressée à Monsieur Jan Exemple, Procureur général …"), or undefined: none, or two different ones.
 * A line of the story is no heading: "… the Attorney General John Roe, who has not …" names a holder
 * the greeting may not mean.
 */
export function holderAbove(doc: ImportText, greeting: number, office: string): { value: string; line: number } | undefined {
  const officeWords = office.split(/\s+/u);
  const head = fold(officeWords[0] ?? '').slice(0, 4);
  const names = new Map<string, number>();
  for (const n of linesAbove(doc, greeting)) {
    const text = lineAt(doc, n);
    if (text.length > MAX_ACT_LINE || !fold(text).includes(head)) continue;
    if (!isHeading(text) && !ACT.test(fold(text))) continue;
    const words = text.trim().split(/\s+/u);
    for (const at of officeAt(words, officeWords)) {
      const after = at + officeWords.length;
      // "Le roi d'Exemple, Jan Exemple": the office, its field, a comma, the name.
      const comma = words.slice(after, after + 6).findIndex((w) => w.endsWith(','));
      const name = nameBefore(words, at) ?? nameAfter(words, after) ?? (comma >= 0 ? nameAfter(words, after + comma + 1) : undefined);
      if (name !== undefined && !names.has(name)) names.set(name, n);
    }
  }
  const [only, ...others] = [...names];
  return only && others.length === 0 ? { value: only[0], line: only[1] } : undefined;
}
