// The language a text is written in, by franc (trigram statistics; see README "Libraries, and why"
// for how it compared with tinyld and eld, and why franc rather than franc-min). franc answers in
// ISO 639-3; case files use ISO 639-1, hence the table below — a table of codes, not of words.
// franc is asked to choose among the table's languages only: among all it knows, a short Spanish
// letter may come out Asturian, which no case file could use. Too short a text, or one franc cannot
// place, gives undefined: the caller then leaves the field to a TODO rather than guess.
import { franc, francAll } from 'franc';
import type { LangCode } from '../case/types.js';

const ISO1: Readonly<Record<string, LangCode>> = {
  eng: 'en', spa: 'es', fra: 'fr', deu: 'de', swe: 'sv', por: 'pt', ita: 'it', nld: 'nl', pol: 'pl', tur: 'tr',
  rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', ces: 'cs', hun: 'hu', ron: 'ro',
  arb: 'ar', pes: 'fa', urd: 'ur', pbu: 'ps', ckb: 'ku', hin: 'hi', mar: 'mr', npi: 'ne', ben: 'bn', tam: 'ta',
  tel: 'te', kan: 'kn', mal: 'ml', guj: 'gu', pan: 'pa', sin: 'si', mya: 'my', tha: 'th', vie: 'vi', ind: 'id',
  zlm: 'ms', jav: 'jv', sun: 'su', tgl: 'tl', cmn: 'zh', jpn: 'ja', kor: 'ko', ell: 'el', amh: 'am', swh: 'sw',
  hau: 'ha', yor: 'yo', ibo: 'ig', zul: 'zu', som: 'so', kin: 'rw', run: 'rn', lin: 'ln', nya: 'ny', plt: 'mg',
  uzn: 'uz', azj: 'az', kaz: 'kk',
  // Languages franc-min left out (fewer speakers), whose officials are written to in them: a Danish,
  // Norwegian or Finnish letter had been read as Swedish or not at all, a Catalan one as Spanish.
  // Norwegian is "no": trigrams cannot tell Bokmål from Nynorsk. Left out, as franc-min did: the
  // languages that take a short letter from a neighbour (Galician a Spanish or Portuguese one,
  // Macedonian a Russian one, Slovenian a Croatian one).
  cat: 'ca', dan: 'da', nob: 'no', nno: 'no', fin: 'fi', slk: 'sk', lit: 'lt', heb: 'he',
};
const ONLY = Object.keys(ISO1);

/** At least this many letters: below it trigram statistics are a coin toss. */
const MIN_LETTERS = 25;

/** franc reads no more than its first 2,048 characters anyway. */
const SAMPLE = 4096;

/**
 * A Slovak letter may still be placed in Croatian,
 * Serbian or Bosnian, whose Latin alphabet has none of the accented vowels Slovak and Czech write
 * ("á", "ý", "ô", "ľ", "ř", "ů"): such a text is left unplaced rather than given a wrong language.
 */
const SOUTH_SLAVIC = new Set<string>(['hr', 'sr', 'bs']);
const NOT_SOUTH_SLAVIC = /[áéíóúýäôľĺŕěřůÁÉÍÓÚÝÄÔĽĹŔĚŘŮ]/gu;
/** Nor does it tell Slovak from Czech, which hardly writes a paragraph without "ě", "ř" or "ů" (Slovak has none). */
const CZECH_ONLY = /[ěřůĚŘŮ]/u;
/** A short Russian text is placed in Bulgarian at times; Bulgarian writes no "ы", "э" or "ё". */
const NOT_BULGARIAN = /[ыэёЫЭЁ]/u;
/** A few such letters are a quoted foreign name; more are the text's own alphabet. */
const FOREIGN_LETTERS = 3;

export function detectLanguage(whole: string): LangCode | undefined {
  const text = whole.slice(0, SAMPLE);
  if (text.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) return undefined;
  const lang = ISO1[franc(text, { minLength: MIN_LETTERS, only: ONLY })];
  if (lang !== undefined && SOUTH_SLAVIC.has(lang) && (text.match(NOT_SOUTH_SLAVIC)?.length ?? 0) >= FOREIGN_LETTERS) return undefined;
  if (lang === 'cs' && !CZECH_ONLY.test(text)) return undefined;
  if (lang === 'bg' && NOT_BULGARIAN.test(text)) return undefined;
  return lang;
}

/** franc's runner-up this close to its winner: a near tie. */
const TIE = 0.9;

/**
 * franc places a text in a language it does not know (Finnish, Lithuanian, Estonian, Icelandic,
 * Latvian) among several it knows at almost the same distance (a Finnish letter: Malagasy, Dutch,
 * Quechua within 3%), while a text in a language it knows leaves the runner-up far behind (a
 * Polish, Romanian or English letter: 20–35%). A near tie says the answer is no answer.
 */
export function isNearTie(whole: string): boolean {
  const text = whole.slice(0, SAMPLE);
  if (text.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) return true;
  const [, second] = francAll(text, { minLength: MIN_LETTERS, only: ONLY });
  return second !== undefined && second[1] >= TIE;
}
