// An older UA's action line names the languages the officials read after the channels to use:
// "Please send telegrams/telexes/faxes/express/airmail letters in Spanish or your own language",
// "Envoyez des télégrammes, télex, fax ou lettres par avion, rédigés en espagnol ou dans votre
// propre langue", "Envíen telegramas, faxes o cartas urgentes en español o en su propio idioma",
// "Schicken Sie Telegramme, Faxe oder Luftpostbriefe in spanischer Sprache oder auf Deutsch".
// A plain-text UA wraps that sentence at a fixed width: the languages may stand on the line under
// the verb ("… express/airmail" / "letters in Spanish or your own language:"). The sentence is read
// on, onto the next line, only from a line that holds a sending verb and does not end the sentence.

import type { LangCode } from '../case/types.js';

/** A verb that asks the reader to send or write, folded: the cheap test before any other work. */
export const SENDS = /\b(?:send|write|envoy(?:ez|er)|adressez|redigez|envi(?:en|e|ar)|remitan|escrib(?:an|a|e)|schick(?:en|t)|senden|schreiben)\b/;

/** The verbs of the French, Spanish and German action lines, with the reader addressed. */
const OTHER_SENDS = /\b(?:envoy(?:ez|er)|adressez|redigez|envi(?:en|e|ar)|remitan|escriban|(?:schicken|senden|schreiben) sie)\b/;

/** Words read after the verb for "in"/"en"/"auf" and a language's name: a sentence's length, not a page's. */
const MAX_WORDS = 30;

/** "in spanischer Sprache", "in englischer oder deutscher Sprache": German names a language by its adjective. */
const GERMAN_ADJECTIVE = /\b(\p{L}+isch)e[rn]?\b(?= (?:oder |und |bzw\.? )?(?:\p{L}+ische[rn]? )?sprache\b)/gu;

/**
 * The languages a French, Spanish or German action line names (folded): the first "en …", "in …" or
 * "auf …" after the sending verb that a language's name follows ("envoyez des lettres en espagnol";
 * "envíen cartas en las que …" names none). `codes` reads the names (languages.ts).
 */
export function otherSendInCodes(f: string, codes: (text: string) => LangCode[]): LangCode[] {
  const verb = OTHER_SENDS.exec(f);
  if (!verb) return [];
  const sentence = (f.slice(verb.index + verb[0].length).split(/[.!:;]/)[0] ?? '').split(/\s+/).slice(0, MAX_WORDS).join(' ').replace(GERMAN_ADJECTIVE, '$1');
  for (const m of sentence.matchAll(/(?:^|\s)(?:en|in|auf)\s(?=\p{L})/gu)) {
    const tail = sentence.slice((m.index ?? 0) + m[0].length);
    if (codes(tail.split(/[\s,]/)[0] ?? '').length > 0) return codes(tail);
  }
  return [];
}

/**
 * Whether a line's sentence runs on onto the next: it holds a sending verb, does not end with the
 * sentence's stop, and the next line is text (folded lines).
 */
export function runsOn(f: string, next: string | undefined): boolean {
  return next !== undefined && next.trim() !== '' && !/[.!?:]\s*$/.test(f) && SENDS.test(f);
}
