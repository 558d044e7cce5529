// "PREFERRED LANGUAGE TO ADDRESS TARGET: English, Spanish, or your own language." → [en, es].
// Language names in English, Spanish and French map to ISO 639-1 codes; "your own language" is
// an invitation to the reader, not an official's preference, and is dropped.
import type { LangCode } from '../case/types.js';
import { findLabelled, LABELS } from './labels.js';
import { fold } from './text.js';
import { found, notFound, type Finding, type ImportText } from './types.js';

const NAMES: ReadonlyArray<readonly [LangCode, readonly string[]]> = [
  ['en', ['english', 'ingles', 'anglais']],
  ['es', ['spanish', 'castilian', 'espanol', 'castellano', 'espagnol']],
  ['fr', ['french', 'frances', 'francais']],
  ['pt', ['portuguese', 'portugues', 'portugais']],
  ['ar', ['arabic', 'arabe']],
  ['ru', ['russian', 'ruso', 'russe']],
  ['zh', ['chinese', 'mandarin', 'chino', 'chinois']],
  ['tr', ['turkish', 'turco', 'turc']],
  ['fa', ['persian', 'farsi', 'persa', 'persan']],
  ['de', ['german', 'aleman', 'allemand']],
  ['it', ['italian', 'italiano', 'italien']],
  ['uk', ['ukrainian', 'ucraniano', 'ukrainien']],
  ['be', ['belarusian', 'bielorruso', 'bielorusse']],
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
  const f = ` ${fold(text).replace(/\b(?:your|su|votre|vuestro) (?:own |propio |propre )?(?:language|idioma|lengua|langue)\b/g, '')} `;
  const hits: Array<{ code: LangCode; at: number }> = [];
  for (const [code, names] of NAMES) {
    const at = Math.min(...names.map((name) => f.search(new RegExp(`\\b${name}\\b`))).filter((i) => i >= 0));
    if (Number.isFinite(at)) hits.push({ code, at });
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.code);
}

export function recogniseLanguages(doc: ImportText): Finding<LangCode[]> {
  const labelled = findLabelled(doc, LABELS.languages);
  if (!labelled) return notFound('no line labelled PREFERRED LANGUAGE');
  const codes = languageCodes(labelled.value);
  if (codes.length === 0) return notFound(`line ${labelled.valueLine}: no language name in "${labelled.value}"`);
  return found(codes, 'high', labelled.valueLine);
}
