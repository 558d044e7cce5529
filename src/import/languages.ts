// "PREFERRED LANGUAGE TO ADDRESS TARGET: English, Spanish, or your own language." → [en, es].
// Also the wordings of section pages ("Schreiben Sie in gutem Persisch, Englisch oder auf
// Deutsch", "Skriv gärna på engelska eller ryska"). Language names in English, Spanish, French,
// German and Swedish, and ICU's names in the sections' languages ("russo", "espanhol"), map to
// ISO 639-1 codes; "your own language" is an invitation to the reader, not an official's
// preference, and is dropped. Without either, the language the sample letter is
// written in (detected, see detect-language.ts) stands in, with a lower confidence; without a
// letter, its greeting's language. With none of these the languages are left to the reader: the
// language a page is written in is its readers', and a section writes to officials abroad in
// English or their own language far more often than in its own.
import type { LangCode } from '../case/types.js';
import { detectLanguage } from './detect-language.js';
import { greetingLanguage } from './salutation.js';
import { findLandmarks } from './landmarks.js';
import { translations } from './translations.js';
import { otherSendInCodes, runsOn, SENDS } from './action-line-languages.js';
import { findLabelled, LABELS } from './labels.js';
import { fold } from './text.js';
import { found, notFound, sourceLine, type Finding, type ImportText } from './types.js';

const NAMES: ReadonlyArray<readonly [LangCode, readonly string[]]> = [
  ['en', ['english', 'ingles', 'anglais', 'englisch', 'engelska']],
  ['es', ['spanish', 'castilian', 'espanol', 'castellano', 'espagnol', 'spanisch', 'spanska']],
  ['fr', ['french', 'frances', 'francais', 'franzosisch', 'franska']],
  ['pt', ['portuguese', 'portugues', 'portugais', 'portugiesisch', 'portugisiska']],
  ['ar', ['arabic', 'arabe', 'arabisch', 'arabiska']],
  ['ru', ['russian', 'ruso', 'russe', 'russisch', 'ryska']],
  ['zh', ['chinese', 'mandarin', 'chino', 'chinois', 'chinesisch', 'kinesiska']],
  ['tr', ['turkish', 'turco', 'turc', 'turkisch', 'turkiska']],
  ['fa', ['persian', 'farsi', 'persa', 'persan', 'persisch', 'persiska']],
  ['de', ['german', 'aleman', 'allemand', 'deutsch', 'tyska']],
  ['it', ['italian', 'italiano', 'italien', 'italienisch', 'italienska']],
  ['uk', ['ukrainian', 'ucraniano', 'ukrainien', 'ukrainisch', 'ukrainska']],
  // Older German pages call Belarusian "Weißrussisch" (White Russian), as they call the country Weißrussland.
  ['be', ['belarusian', 'bielorruso', 'bielorusse', 'belarussisch', 'weissrussisch', 'belarusiska', 'vitryska']],
  ['pl', ['polish', 'polaco', 'polonais']],
  ['hu', ['hungarian', 'hungaro', 'hongrois']],
  ['el', ['greek', 'griego', 'grec']],
  ['he', ['hebrew', 'hebreo', 'hebreu']],
  ['hi', ['hindi']],
  ['ur', ['urdu', 'ourdou']],
  ['bn', ['bengali', 'bangla']],
  ['ne', ['nepali', 'nepalais']],
  ['ta', ['tamil', 'tamoul']],
  ['si', ['sinhala', 'sinhalese', 'cingales', 'cinghalais']],
  ['id', ['indonesian', 'bahasa indonesia', 'indonesio', 'indonesien']],
  ['ms', ['malay', 'bahasa malaysia', 'malayo', 'malais']],
  ['th', ['thai', 'tailandes', 'thailandais']],
  ['vi', ['vietnamese', 'vietnamita', 'vietnamien']],
  ['km', ['khmer', 'jemer']],
  ['my', ['burmese', 'myanmar', 'birmano', 'birman']],
  ['tl', ['tagalog', 'filipino']],
  ['ja', ['japanese', 'japones', 'japonais']],
  ['ko', ['korean', 'coreano', 'coreen']],
  // German pages spell Swahili four ways ("Swaheli", "Suaheli", "Kisuaheli"); Tigrinya, Eritrea's
  // language, is "Tigrinisch" or "tigrigna" in a section's words.
  ['sw', ['swahili', 'kiswahili', 'suajili', 'swaheli', 'suaheli', 'kisuaheli']],
  ['am', ['amharic', 'amharico', 'amharique', 'amharisch']],
  ['ti', ['tigrinya', 'tigrinisch', 'tigrigna', 'tigrina', 'tigrinia']],
  ['az', ['azerbaijani', 'azeri', 'azerbaiyano']],
  ['ka', ['georgian', 'georgiano', 'georgien']],
  ['hy', ['armenian', 'armenio', 'armenien']],
  ['kk', ['kazakh', 'kazajo']],
  ['uz', ['uzbek', 'uzbeko', 'ouzbek']],
  ['ky', ['kyrgyz', 'kirguis', 'kirghize']],
  ['tg', ['tajik', 'tayiko', 'tadjik']],
  ['nl', ['dutch', 'neerlandes', 'neerlandais']],
  ['sr', ['serbian', 'serbio', 'serbe']],
];

/** Locales whose names for languages (ICU's, through Intl.DisplayNames) are read too: the sections' languages. */
const NAME_LOCALES = ['en', 'es', 'fr', 'de', 'sv', 'pt', 'it', 'nl'];
let allNames: ReadonlyArray<readonly [LangCode, readonly string[]]> | undefined;

/** The list above with ICU's name of each language in each section's language ("russo", "espanhol", "ryska"). */
function namesWithIcu(): ReadonlyArray<readonly [LangCode, readonly string[]]> {
  if (allNames) return allNames;
  const displays = NAME_LOCALES.map((l) => new Intl.DisplayNames([l], { type: 'language', fallback: 'none' }));
  allNames = NAMES.map(([code, names]) => {
    const icu = displays.map((d) => d.of(code)).filter((n): n is string => n !== undefined).map((n) => fold(n).replace(/[^\p{L} ]/gu, ''));
    return [code, [...new Set([...names, ...icu])].filter((n) => n.length >= 3)] as const;
  });
  return allNames;
}

/** Codes for the language names in `text`, in the order written. */
export function languageCodes(text: string): LangCode[] {
  // "ß" is written "ss" (folding keeps it): no word boundary splits "weißrussisch" before "russisch".
  const f = ` ${fold(text).replace(/ß/g, 'ss').replace(/\b(?:your|su|votre|vuestro|ihrer|deiner|ditt|ert|sua|vostra|tua) (?:own |propio |propre |eigenen |eget |propria )?(?:language|idioma|lengua|langue|sprache|sprak|lingua)\b/g, '')} `;
  const known = codesIn(f, NAMES);
  // ICU's tables cost more than the rest of a run: they are built only when some item of the
  // list ("português, inglês ou russo") is a name the short list lacks.
  const items = f.split(/,|;|\s(?:or|and|ou|o|y|e|et|oder|und|eller|och|of|en)\s/).filter((i) => /\p{L}{3}/u.test(i)).length;
  return known.length >= items ? known : codesIn(f, namesWithIcu());
}

function codesIn(f: string, list: ReadonlyArray<readonly [LangCode, readonly string[]]>): LangCode[] {
  const hits: Array<{ code: LangCode; at: number }> = [];
  for (const [code, names] of list) {
    const at = Math.min(...names.map((name) => f.search(new RegExp(`\\b${name}\\b`))).filter((i) => i >= 0));
    if (Number.isFinite(at)) hits.push({ code, at });
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.code);
}

/** "Write in …" sentences, where a page has no PREFERRED LANGUAGE label. */
const WRITE_IN = /\b(?:write (?:to them |immediately |urgently |at once )?in|schreiben sie (?:bitte )?(?:in|auf)|skriv (?:garna |helst )?pa|escriba(?:n)? (?:inmediatamente )?en|escribe en|ecrivez (?:immediatement )?en|escreva(?:m)? (?:imediatamente )?em|scriv(?:ete|i) (?:subito |preferibilmente )?in|(?:write|send) an? (?:\p{L}+ ){0,2}(?:letter|message|appeal)(?: \p{L}+){0,2} in|(?:ecrire|ecrivez|redigez|envoyez) une (?:\p{L}+ ){0,2}(?:lettre|message)(?: \p{L}+){0,2} en|(?:escriba(?:n)?|escribe|envie(?:n)?) una (?:\p{L}+ ){0,2}(?:carta|mensaje)(?: \p{L}+){0,2} en)\b/u;

/**
 * An older UA's action line names the channels before the languages: "Please send telegrams/telexes/
 * faxes/express/airmail letters in English, Arabic or your own language", "send appeals to arrive
 * as quickly as possible, in Spanish", "APPEALS IN ARABIC OR FRENCH IF POSSIBLE TO:". Read only
 * when a language's name follows "in" at once ("send letters in support of …" names none).
 */
const SEND_IN = /(?:\bsend (?:[\p{L}/]+ ){0,3}?(?:[\p{L}]+\/)*(?:letters|appeals|messages|faxes|telegrams|telexes|e-?mails)(?:,? [\p{L}]+){0,6}?,? in|^appeals in) (?=\p{L})/u;

/**
 * Polish asks for letters "po japońsku, angielsku lub we własnym języku" (in Japanese, English or
 * your own language): the language named by its adverb, which is ICU's Polish name for it with the
 * adjective's "-i" turned to "-u" ("japoński" → "po japońsku").
 */
const PL_WRITE_IN = /\b(?:pisanie|pisz(?:cie)?|napisz(?:cie)?|pisac|napisac|wysylanie|wyslij(?:cie)?|kierowanie) (?:\p{L}+ ){0,3}?(?:apel(?:i|e|u|ow)?|list(?:y|u|ow)?|pism(?:a|o)?|wiadomosc(?:i)?|e-?mail(?:e|i)?) (?:\p{L}+ ){0,2}?po (?=\p{L}+sku\b|\p{L}+cku\b)/u;
let polishAdverbs: ReadonlyArray<readonly [LangCode, string]> | undefined;

function polishAdverbCodes(f: string): LangCode[] {
  if (!f.includes(' po ')) return [];
  const m = PL_WRITE_IN.exec(f);
  if (!m) return [];
  if (!polishAdverbs) {
    const pl = new Intl.DisplayNames(['pl'], { type: 'language', fallback: 'none' });
    polishAdverbs = NAMES.flatMap(([code]) => {
      const name = fold(pl.of(code) ?? '');
      return /[sc]ki$/.test(name) ? [[code, name.replace(/i$/, 'u')] as const] : [];
    });
  }
  const tail = f.slice(m.index + m[0].length).split(/[.!:;]/)[0] ?? '';
  const hits = polishAdverbs.map(([code, adverb]) => ({ code, at: tail.search(new RegExp(`\\b${adverb}\\b`, 'u')) })).filter((h) => h.at >= 0);
  return hits.sort((a, b) => a.at - b.at).map((h) => h.code);
}

/** The languages an action line names: "write in …", "send … letters in …" (English, French, Spanish, German), Polish "po …sku". */
function actionLineCodes(f: string): LangCode[] {
  const m = WRITE_IN.exec(f);
  if (m) return languageCodes(f.slice(m.index + m[0].length).split(/[.!]/)[0] ?? '');
  return orIfNone(sendInCodes(f), () => orIfNone(polishAdverbCodes(f), () => (SENDS.test(f) ? otherSendInCodes(f, languageCodes) : [])));
}

const orIfNone = (codes: LangCode[], other: () => LangCode[]): LangCode[] => (codes.length > 0 ? codes : other());

function sendInCodes(f: string): LangCode[] {
  if (!f.includes(' in ')) return [];
  const m = SEND_IN.exec(f);
  if (!m) return [];
  const tail = f.slice(m.index + m[0].length).split(/[.!:]/)[0] ?? '';
  return languageCodes(tail.split(/[\s,]/)[0] ?? '').length > 0 ? languageCodes(tail) : [];
}

/** A page gives a letter and its translation or two: a few are read, each a letter's length at most. */
/** The sample letter: its text, and its language when the letter's reader has detected it already (undefined: it could not tell). */
export interface LetterForLanguages {
  text: string;
  line: number;
  detected?: LangCode | undefined;
  /** The languages of the letters after it (translations), when the letter's reader has read them. */
  later?: ReadonlyArray<LangCode | undefined>;
}

/** The letter's greeting, when the page gives no letter text under it ("Egregio Shri Singh" ends the page). */
export interface GreetingForLanguages {
  text: string;
  line: number;
}

/** A language's own name, as a site's switcher prints it (folded). */
const OWN_NAME = /^(?:english|espanol|francais|deutsch|portugues|italiano|nederlands|svenska|dansk|norsk|suomi|polski|turkce|русский|українська|العربية|فارسی|中文|日本語|한국어)$/u;

/**
 * A site's language switcher under the headline ("EN | FR | ES", "en fr ru", "Idioma: English |
 * Español | Français"): the languages the page is offered in, no official's preference. Told by its
 * shape: two-letter codes alone, or languages' own names parted by bars or dots, with no comma or "or".
 */
function isSwitcher(label: string, value: string): boolean {
  if (/[,;]/.test(value) || /^(?:preferred|bevorzugte)/.test(label)) return false;
  const items = fold(value).trim().split(/\s*[|·•]\s*|\s+/u).filter((i) => i !== '');
  if (items.length < 2) return false;
  return items.every((i) => /^[a-z]{2}$/.test(i)) || (/[|·•]/.test(value) && items.every((i) => OWN_NAME.test(i)));
}

export function recogniseLanguages(doc: ImportText, letter?: LetterForLanguages, greeting?: GreetingForLanguages): Finding<LangCode[]> {
  const read = findLabelled(doc, LABELS.languages);
  const labelled = read && isSwitcher(fold(read.label), read.value) ? undefined : read;
  if (labelled) {
    const codes = languageCodes(labelled.value);
    if (codes.length > 0) return found(codes, 'high', labelled.valueLine);
  }
  for (let n = 1; n <= doc.lines.length; n++) {
    const f = fold(doc.lines[n - 1] ?? '');
    const codes = orIfNone(actionLineCodes(f), () => {
      // "… express/airmail" / "letters in Spanish or your own language:": a wrapped action line.
      const next = doc.lines[n];
      return runsOn(f, next) ? actionLineCodes(`${f} ${fold(next ?? '').trim()}`) : [];
    });
    if (codes.length > 0) return found(codes, 'high', n);
  }
  // franc over the letter is the slowest step of an import: asked once, by the letter's reader, when it has been.
  const detected = letter ? ('detected' in letter ? letter.detected : detectLanguage(letter.text)) : undefined;
  if (detected && letter) {
    const later = letter.later ?? translations(doc, findLandmarks(doc).closing).map((l) => l.lang);
    const codes = [...new Set([detected, ...later.filter((l) => l !== undefined)])];
    return found(codes, 'medium', letter.line, codes.length > 1 ? "no preferred language given: the sample letter's language, then those of the page's other letters (translations, a cover note), in page order" : "no preferred language given: this is the sample letter's language");
  }
  // With no letter text, the greeting's courtesy words still tell the language the letter is written in.
  const greeted = !letter && greeting ? greetingLanguage(greeting.text) : undefined;
  if (greeted && greeting) return found([greeted], 'low', greeting.line, "no preferred language given and no letter text: this is the greeting's language");
  if (labelled) return notFound(`line ${sourceLine(doc, labelled.valueLine)}: no language name in "${labelled.value}"`);
  return notFound('no line labelled PREFERRED LANGUAGE, and no sample letter to tell the language by');
}
