// A section's or a group's page in Dutch, German, French or a Nordic language (a monthly letters
// page, a church's letter action, a newsletter, a blog passing an appeal on) names whom to write to
// only inside the sentence that asks the reader to write, or to call on him, with no address:
//   Schrijf vóór 1 juni een brief aan de koning van Voorbeeldland. Roep hem op om …
//   In de te schrijven brief roepen we de minister van Justitie in Voorbeeldland op om …
//   Schrijf een brief naar Jan Voorbeeld, de directeur van de gevangenis van Voorbeeldstad.
//   Doe mee en roep president Voorbeeld van Voorbeeldland op de gevangenen vrij te laten.
//   Skriv till Kim Exempel och protestera mot …; Schreiben Sie an Minister Erika Beispiel …
// Other sections and years print the same: the verb ("schrijf", "stuur", "schreiben Sie",
// "écrivez", "skriv", "roep … op", "uppmana … att", "fordern Sie … auf"), the word "to" ("aan",
// "naar", "an", "à", "till", "til"), then the one addressed, in one of three shapes:
// - an office in lower case with what it is of ("minister van Binnenlandse Zaken van Voorbeeldland"):
//   the office as printed, no person (a place after "in" is where, not part of the office);
// - an office, then the holder's name ("president Voorbeeld"), or the name, then his office after a
//   comma ("Jan Voorbeeld, de directeur van …"): the person, with the office as his title;
// - a person's full name alone, only when the sentence goes on to protest or demand ("Skriv till Kim
//   Exempel och protestera"): a person at risk is written to in support, never in protest.
// An office alone with nothing it is of ("schrijf aan de minister") says too little: refused. A
// card or greeting to someone ("stuur een kaart naar …", "solidariteit") is the person at risk's:
// refused, as is anything that is no office nor a person's name (an organisation, an address).
import type { ImportedOfficial } from './official-block.js';
import { hasOfficeWord } from './office-words.js';
import { isNordicOfficeWord } from './nordic-offices.js';
import { isPersonName, isRoleLike, splitHonorific } from './official-words.js';
import { countryCode } from '../channels/countries.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** Cheap gate on the folded line: one of the verbs' stems. */
const GATE = /schrij|stuur|schreib|ecriv|skriv|roep|uppmana|fordern|adresse|attention/u;
/**
 * The verb, up to a few words ("vóór 1 juni een brief"), then "to" (folded; the addressee follows).
 * Imperatives, infinitives and the plural only: "hij schrijft / schreibt / skriver aan …" tells what
 * someone did (the person at risk wrote to the king), no one asks the reader.
 * French names the one addressed after "lettre adressée à (:)" or "pétition à l'attention de".
 */
const WRITE_TO = /\b(?:(?:schrijf|schrijven|stuur|sturen)\b[^.!?:;]{0,60}?\s(?:aan|naar)|(?:schreiben sie|bitte schreibt)\b[^.!?:;]{0,60}?\san|(?:ecrivez|ecrire)\b[^.!?:;]{0,60}?\s(?:a|au)|(?:skriv|skrive)\b[^.!?:;]{0,40}?\s(?:till|til)|(?:lettre|petition|appel|message)\s+(?:est\s+)?adressee?s?\s+(?:a|au)(?:\s*:)?)\s+|(?:lettre|petition|appel|message)\s+a\s+l'attention\s+(?:de\s+|d')/gu;
/** "roep(en we) … op", "uppmana(r vi) … att", "fordern Sie … auf": the one called on stands between (folded). */
const CALL_ON = /\b(?:roep(?:en|t)?(?:\s+(?:we|wij|u|je|jij))?\s+(.{4,90}?)\s+op\b|uppmana(?:r)?(?:\s+(?:vi|du|ni))?\s+(.{4,90}?)\s+att\b|fordern sie\s+(.{4,90}?)\s+auf\b)/gu;
/** Greetings and cards to a person at risk, never to an official (folded). */
const SUPPORT = /\b(?:solidari\p{L}*|steun\p{L}*|stod|stotte|kaart|kaartje|kort|karte|carte|groet\p{L}*|hilsen|halsning\p{L}*|gruss\p{L}*|soutien)\b/u;
/** The article before the one addressed (folded). */
const ARTICLE = /^(?:de|het|den|die|der|dem|the|le|la|les|l'|l’)\s+/u;
/** Offices these languages print that the office lists lack: a crown's, and French "responsable" (head of the judiciary, of a prison). */
const HEADS = /^(?:koning|koningin|kung|konung|konge|drottning|dronning|responsable)$/u;
/** "of" and its kin before what an office is of: "van (de/het)", "voor", "von (der)", "de (la)", "du", "des", "för", "for". */
const OF = String.raw`(?:van(?:\s+(?:de|het))?|voor|von(?:\s+(?:der|dem))?|des|der|de(?:\s+la|\s+l['’])?|du|of(?:\s+the)?|for|för)`;
/** A run of capitalised words ("Binnenlandse Zaken", "Voorbeeldland"), an "and" between two of them allowed. */
const CAPS = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:en|and|und|et|og|och)\s+)?\p{Lu}[\p{L}'’-]*)*`;
/** An office word, then what it is of, once or more ("minister van Binnenlandse Zaken van Voorbeeldland"). */
const OFFICE_OF = new RegExp(String.raw`^(\p{Ll}[\p{L}-]{2,40})((?:\s+${OF}\s*${CAPS})+)`, 'u');
/** An office word, then a name ("president Voorbeeld", "minister Jan Voorbeeld"). */
const OFFICE_NAME = new RegExp(String.raw`^(\p{L}[\p{L}-]{2,40})\s+(${CAPS})`, 'u');
/** A name, a comma, then the office, with what it is of up to the clause's end ("Jan Voorbeeld, de directeur van de gevangenis", "Jean Exemple, ministre de la Justice"). */
const NAME_COMMA_OFFICE = new RegExp(String.raw`^(${CAPS}),\s+(?:(?:de|het|den|die|der|the|le|la)\s+)?(\p{L}[\p{L}-]{2,40}(?:\s+${OF}\s[^,;.()]{2,80})?)`, 'u');
/** A full name, then "and protest / demand / urge" (folded, after the name). */
const PROTEST_AFTER = /^\s+(?:och|og|en|and|und|et)\s+(?:protester\p{L}*|krav\p{L}*|kraev\p{L}*|eis\p{L}*|fordern|fordert|exigez|demand\p{L}*|urge\p{L}*|uppmana\p{L}*|oppfordr\p{L}*|vraag|vraagt|roep)/u;
/** A post in the page's own group or section ("responsable de la section", "coördinator van de werkgroep"): the sender's, never an official's. */
const OWN_GROUP = /\b(?:amnesty|amnistie|amnistia|acat|section|sektion|groupe?|groep|werkgroep|gruppe|afdeling|lokalgrupp\p{L}*|lokallag)\b/u;
/** How far down the page the sentences are looked for. */
const LINES = 120;

export function writeToOfficeOfficials(doc: ImportText): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  for (let n = 1; n <= Math.min(doc.lines.length, LINES); n++) {
    const text = lineAt(doc, n);
    if (text.length < 20 || text.length > 3000 || text.includes('@')) continue;
    const folded = fold(text);
    // fold keeps one character for each of the text's (accents dropped), so offsets agree.
    if (!GATE.test(folded) || folded.length !== text.length) continue;
    for (const at of addresseeStarts(folded)) {
      const sentence = text.slice(at.from, sentenceEnd(text, at.from));
      if (SUPPORT.test(fold(text.slice(Math.max(0, at.from - 60), at.from)))) continue;
      const official = addressee(at.within === undefined ? sentence : text.slice(at.from, at.from + at.within), n, at.within !== undefined);
      if (official && !out.some((o) => o.name?.value === official.name?.value)) out.push(official);
    }
  }
  return out;
}

/** Where each addressee starts in the line, and for a call ("roep X op") how long it is. */
function addresseeStarts(folded: string): Array<{ from: number; within?: number }> {
  const out: Array<{ from: number; within?: number }> = [];
  for (const m of folded.matchAll(WRITE_TO)) out.push({ from: (m.index ?? 0) + m[0].length });
  for (const m of folded.matchAll(CALL_ON)) {
    const called = m[1] ?? m[2] ?? m[3] ?? '';
    out.push({ from: (m.index ?? 0) + m[0].indexOf(called, 2), within: called.length });
  }
  return out;
}

/** The sentence's end after `from`: a full stop, question or exclamation mark before a space or the line's end. */
function sentenceEnd(text: string, from: number): number {
  const m = /[.!?;:](?=\s|$)/u.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

function addressee(raw: string, line: number, called: boolean): ImportedOfficial | undefined {
  const text = raw.replace(ARTICLE, '').trim();
  const base = { line, confidence: 'low' as const, address: [], emails: [], copy: false, unsure: [] };
  // "Jan Voorbeeld, de directeur van …": the name, then his office.
  const named = NAME_COMMA_OFFICE.exec(text);
  if (named && isFullName(named[1] ?? '') && isOffice(named[2] ?? '') && !OWN_GROUP.test(fold(named[2] ?? ''))) {
    // "Ayatollah Jan Voorbeeld, …": the courtesy is no part of his name.
    const { honorific, rest } = splitHonorific(named[1] ?? '');
    const courtesy = honorific !== undefined && isFullName(rest) ? { honorific: { value: honorific, line }, name: { value: rest, line } } : { name: { value: named[1] ?? '', line } };
    return { ...base, nameFromOffice: false, ...courtesy, title: { value: (named[2] ?? '').trim(), line } };
  }
  // "minister van Binnenlandse Zaken van Voorbeeldland": the office alone.
  const office = OFFICE_OF.exec(text);
  if (office && isOffice(office[1] ?? '')) {
    // Printed in lower case inside the sentence; as an official's name an office opens with a capital ("Koning van …").
    const value = `${office[1] ?? ''}${office[2] ?? ''}`.trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    return { ...base, nameFromOffice: true, name: { value, line } };
  }
  // "president Voorbeeld (van Voorbeeldland)": the office, then its holder.
  const holder = OFFICE_NAME.exec(text);
  if (holder && isOffice(holder[1] ?? '')) {
    const name = holder[2] ?? '';
    if (isFullName(name) || isSurname(name)) return { ...base, nameFromOffice: false, name: { value: name, line }, title: { value: holder[1] ?? '', line } };
    return undefined;
  }
  // "Kim Exempel och protestera mot …": a full name, then a protest.
  if (called) return undefined;
  const person = new RegExp(String.raw`^(${CAPS})`, 'u').exec(text)?.[1] ?? '';
  if (isFullName(person) && PROTEST_AFTER.test(fold(text.slice(person.length)))) return { ...base, nameFromOffice: false, name: { value: person, line } };
  return undefined;
}

/** The office word that opens a phrase: a Nordic or Dutch office, one the office lists know, or one of HEADS. */
function isOffice(phrase: string): boolean {
  const first = phrase.trim().split(/\s+/u)[0] ?? '';
  return isNordicOfficeWord(first) || HEADS.test(fold(first)) || hasOfficeWord(fold(first));
}

/** Two words at least, a person's name, no office nor country in it. */
const isFullName = (text: string): boolean => text.split(/\s+/u).length >= 2 && isPersonName(text) && !isRoleLike(text) && countryCode(text) === undefined;

/** One capitalised word after an office ("president Voorbeeld"): a surname, never a country or another office. */
const isSurname = (text: string): boolean => /^\p{Lu}\p{Ll}[\p{L}'’-]+$/u.test(text) && countryCode(text) === undefined && !isOffice(text);
