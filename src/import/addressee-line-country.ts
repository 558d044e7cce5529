// The country of the official a page addresses, read from the line that addresses them: a
// courtesy opening with the office ("Monsieur le Premier ministre éthiopien, Abiy Ahmed", "Dear
// Ethiopian Prime Minister", "Señor Fiscal General de Egipto") or an "attention of" line
// ("Pétition à l'attention de Monsieur …, Procureur général de Russie", "For the attention of
// …"). The office names its country by name or by adjective (addressed-office-country.ts). A page
// may headline the case's country ("Soudan : …") and address an official of another (Ethiopia's
// prime minister, asked to press Sudan's rulers): the letter goes to that official, and the
// officials' country is the draft's. An office abroad (an embassy, an ambassador) is never read;
// two countries read so give none.
import { countryCode } from '../channels/countries.js';
import { nameIn, officeCountry } from './addressed-office-country.js';
import { ABROAD } from './country.js';
import { findLandmarks } from './landmarks.js';
import { fold, lineAt } from './text.js';
import { found, type Finding, type ImportText } from './types.js';

/** How far down the addressing line is looked for: a petition's or a letter's head, not the page's foot. */
const TOP_LINES = 40;
/** A courtesy opening, folded: the office follows it on the same line. */
const COURTESY = /^(?:monsieur|madame|dear|senor|senora|senhor|senhora|excelentisim[oa]|sehr geehrter?|egregi[oa]|gentile|geachte|hooggeachte)\s/;
/** "à l'attention de", "to the attention of", "a la atención de", "all'attenzione del", "z. Hd.": the addressee follows. */
const ATTENTION = /\b(?:a l'attention d[eu]s?|(?:to|for) the attention of|a la atencion de(?:l)?|all'attenzione d(?:i|el(?:la)?)|zu handen|z\. ?hd\.)\s+(.+)$/;
/** An office's name is a few words: a longer part is a sentence. */
const MAX_PART_WORDS = 8;

/** The country of the addressed official as the addressing lines name it, or undefined (none, or two). */
export function addresseeLineCountry(doc: ImportText): Finding<string> | undefined {
  const lang = findLandmarks(doc).language;
  let read: { code: string; line: number } | undefined;
  const until = Math.min(doc.lines.length, TOP_LINES);
  for (let n = 1; n <= until; n++) {
    const f = fold(lineAt(doc, n).trim());
    // Cheap tests first: a courtesy word opens the line, or "attention"/"atención"/"Hd." is in it.
    const courtesy = COURTESY.test(f);
    if (!courtesy && !/attenzione|attention|atencion|handen|hd\./.test(f)) continue;
    const attention = ATTENTION.exec(f)?.[1];
    const text = attention ?? (courtesy ? lineAt(doc, n).trim() : undefined);
    if (text === undefined || ABROAD.test(text)) continue;
    // The greeting's office ends at its first comma ("…, Abiy Ahmed"); after "attention of" the name and the office are parts of their own.
    const parts = text.split(/\s*[,:;]\s*/).slice(0, attention === undefined ? 1 : 3);
    for (const part of parts) {
      if (part.split(/\s+/).length > MAX_PART_WORDS) continue;
      const code = officeCountry(part, lang);
      if (code === undefined) continue;
      if (read && read.code !== code) return undefined;
      read ??= { code, line: n };
    }
  }
  return read && found(nameIn(doc, read.code), 'medium', read.line, "the country named with the office of the official the page addresses: check it");
}

/**
 * The addressed official's country when the header names another: the letter goes to that
 * official ("Soudan : …" over "Monsieur le Premier ministre éthiopien"), whose country is the draft's.
 */
export function addresseeAbroadOfHeader(doc: ImportText, header: Finding<string>): Finding<string> | undefined {
  if (!header.found) return undefined;
  const addressee = addresseeLineCountry(doc);
  if (!addressee?.found || countryCode(header.value) === undefined || countryCode(addressee.value) === countryCode(header.value)) return undefined;
  return found(addressee.value, 'medium', addressee.line, `the country of the official the page addresses; the header names ${header.value}, the case's: check it`);
}
