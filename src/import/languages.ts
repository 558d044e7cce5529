// "PREFERRED LANGUAGE TO ADDRESS TARGET: English, Spanish, or your own language." → [en, es].
// Also the wordings of section pages ("Schreiben Sie in gutem Persisch, Englisch oder auf
// Deutsch", "Skriv gärna på engelska eller ryska"). Language names in English, Spanish, French,
// German and Swedish map to ISO 639-1 codes; "your own language" is an invitation to the reader,
// not an official's preference, and is dropped. Without either, the language the sample letter is
// written in (detected, see detect-language.ts) stands in, with a lower confidence.
import type { LangCode } from '../case/types.js';
import { detectLanguage } from './detect-language.js';
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
  ['be', ['belarusian', 'bielorruso', 'bielorusse', 'belarussisch', 'belarusiska', 'vitryska']],
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
  ['sw', ['swahili', 'kiswahili', 'suajili']],
  ['am', ['amharic', 'amharico', 'amharique']],
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

/** Codes for the language names in `text`, in the order written. */
export function languageCodes(text: string): LangCode[] {
  const f = ` ${fold(text).replace(/\b(?:your|su|votre|vuestro|ihrer|deiner|ditt|ert) (?:own |propio |propre |eigenen |eget )?(?:language|idioma|lengua|langue|sprache|sprak)\b/g, '')} `;
  const hits: Array<{ code: LangCode; at: number }> = [];
  for (const [code, names] of NAMES) {
    const at = Math.min(...names.map((name) => f.search(new RegExp(`\\b${name}\\b`))).filter((i) => i >= 0));
    if (Number.isFinite(at)) hits.push({ code, at });
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.code);
}

/** "Write in …" sentences, where a page has no PREFERRED LANGUAGE label. */
const WRITE_IN = /\b(?:write (?:to them |immediately |urgently )?in|schreiben sie (?:bitte )?(?:in|auf)|skriv (?:garna |helst )?pa|escriba(?:n)? (?:inmediatamente )?en|escribe en|ecrivez (?:immediatement )?en)\b/;

export function recogniseLanguages(doc: ImportText, letter?: { text: string; line: number }): Finding<LangCode[]> {
  const labelled = findLabelled(doc, LABELS.languages);
  if (labelled) {
    const codes = languageCodes(labelled.value);
    if (codes.length > 0) return found(codes, 'high', labelled.valueLine);
  }
  for (let n = 1; n <= doc.lines.length; n++) {
    const f = fold(doc.lines[n - 1] ?? '');
    const m = WRITE_IN.exec(f);
    const codes = m ? languageCodes(f.slice(m.index + m[0].length).split(/[.!]/)[0] ?? '') : [];
    if (codes.length > 0) return found(codes, 'high', n);
  }
  const detected = letter ? detectLanguage(letter.text) : undefined;
  if (detected && letter) return found([detected], 'medium', letter.line, "no preferred language given: this is the sample letter's language");
  if (labelled) return notFound(`line ${sourceLine(doc, labelled.valueLine)}: no language name in "${labelled.value}"`);
  return notFound('no line labelled PREFERRED LANGUAGE, and no sample letter to tell the language by');
}
