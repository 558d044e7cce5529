// A country named inside an office's title, in the form the grammar of its language gives it:
// "Generalstaatsanwalt der Russischen Föderation", "Botschafter der Türkei", "Ministre de la
// Justice de la Russie", "Fiscal General de Egipto". The names are ICU's (Intl.DisplayNames) in
// the document's language, in English and in the sections' languages; a word may differ from the
// name's by an inflection ending (German adjectives and genitives: -e, -en, -er, -es, -em, -n, -s,
// -ns), nothing else: no word list of inflected names.
import type { LangCode } from '../case/types.js';
import { countryNamesIn, normalizeCountry } from '../channels/countries.js';

/** The languages UAs are published in by the sections whose pages the importer reads. */
const SECTION_LANGUAGES = ['de', 'es', 'fr', 'sv', 'pt', 'it', 'nl'];

/** Words after which a country's name follows ("of the", "de la", "der", "des", "du", "von"). */
const BEFORE_NAME = /(?:^|\s)(?:of(?: the)?|de(?: la| l)?|del|des|der|du|d|von|i|do|da|dos|das)\s+(?=\S)/gu;
const ENDINGS = new Set(['e', 'n', 'en', 'er', 'es', 'em', 's', 'ns']);
/** Longest country name, in words ("Democratic Republic of the Congo", "Saint Vincent and the Grenadines"). */
const MAX_WORDS = 6;

/** The country named after "of", "de", "der"… in `text`, as the document writes it; undefined when none. */
export function countryInPhrase(phrase: string, lang: LangCode): string | undefined {
  if (phrase.length > 200) return undefined;
  // An elided article is a word of its own: "Procureur général d'Égypte" reads "… de Égypte",
  // "Ministre de l'Intérieur" "… de la Intérieur" (only for matching; the name keeps its spelling).
  const text = phrase.replace(/(^|[\s(])([dDlL])['’](?=\p{L})/gu, (_, before: string, article: string) => `${before}${/[dD]/.test(article) ? 'de' : 'la'} `);
  const original = text.split(/\s+/);
  const words = normalizeCountry(text).split(' ');
  // normalizeCountry keeps one word per whitespace-separated word unless punctuation splits one:
  // then the document's own spelling cannot be given back, and only the name is returned.
  const aligned = words.length === original.length;
  // The document's language first; a letter in English under a German heading ("Justizminister
  // der Republik Türkei") needs the languages of the sections that publish UAs too.
  const tables = [...new Set([lang, 'en', ...SECTION_LANGUAGES])].map(countryNamesIn);
  const normal = normalizeCountry(text);
  for (const m of normal.matchAll(BEFORE_NAME)) {
    let at = normal.slice(0, m.index + m[0].length).split(' ').length - 1;
    // "der Islamischen Republik Iran", "de la República Bolivariana de Venezuela": the state's
    // words before its name are passed over (the whole name is tried first: "United Arab Emirates").
    for (let skipped = 0; skipped <= 3 && at < words.length; skipped++, at++) {
      // "Presidenta del INDE": a word in capitals alone is an institution's acronym as often as a
      // country; it is read as one only in the document's language or English ("del PERÚ", "of
      // EGYPT"), never as a name of another language it happens to spell (French "Inde").
      const acronym = aligned && isCapitals(original[at] ?? '');
      const named = nameAt(words, at, acronym ? tables.slice(0, lang === 'en' ? 1 : 2) : tables);
      if (named) return aligned ? uninflected(original.slice(at, at + named.length), named) : (asPrinted(original, named) ?? named.join(' '));
      if (!STATE_WORD.test(words[at] ?? '')) break;
    }
  }
  return lang === 'de' ? germanGenitive(words, original, aligned) : undefined;
}

/** A German office word: "Präsident", "Justizministerin", "Generalstaatsanwalt", "Botschafter". */
const GERMAN_OFFICE = /(?:prasident|minister|anwalt|botschafter|konig|richter|fuhrer|kanzler|gouverneur|emir|sultan|chef|leiter|vorsitzender?)(?:in)?$/;

/**
 * "Präsident Ägyptens", "Justizminister Irans", "Innenminister Russlands": German puts the country
 * in the genitive right after the office, with no word between. Only the German names count, and
 * only in the genitive form (a bare name after an office word is a person's: "Präsident Jordan").
 */
function germanGenitive(words: readonly string[], original: readonly string[], aligned: boolean): string | undefined {
  const german = [countryNamesIn('de')];
  for (let at = 1; at < words.length; at++) {
    if (!GERMAN_OFFICE.test(words[at - 1] ?? '')) continue;
    const named = nameAt(words, at, german);
    const last = words[at + (named?.length ?? 1) - 1] ?? '';
    const stem = named?.[named.length - 1] ?? '';
    if (!named || !/s$/.test(last) || last === stem || !['s', 'es', 'ns'].includes(last.slice(stem.length))) continue;
    return aligned ? uninflected(original.slice(at, at + named.length), named) : named.join(' ');
  }
  return undefined;
}

/**
 * "da Guiné-Bissau": a name whose words a hyphen joins is one word of the document and two of the
 * table's, so the words cannot be matched one to one; the document's words that read as exactly the
 * name are given back as printed (accents and hyphen kept), undefined when none do.
 */
function asPrinted(original: readonly string[], named: readonly string[]): string | undefined {
  const want = named.join(' ');
  for (let from = 0; from < original.length; from++) {
    for (let to = from + 1; to <= Math.min(original.length, from + named.length); to++) {
      const words = original.slice(from, to).join(' ').replace(/[,.;:)]+$/u, '');
      if (normalizeCountry(words) === want) return words;
    }
  }
  return undefined;
}

/** A word printed in capitals only: "INDE", "PERÚ". */
const isCapitals = (word: string): boolean => /^\p{Lu}{2,}[,.;:)]*$/u.test(word);

/** Words of a state's formal name that stand before the country's own name. */
export const STATE_WORD = /^(?:republi[ckq]\p{L}*|k[oö]nigreich\p{L}*|kingdom|reino|royaume|state|staat\p{L}*|estado|etat|federal\p{L}*|islami\p{L}*|arab\p{L}*|bolivarian\p{L}*|democrati\p{L}*|demokratisch\p{L}*|socialist\p{L}*|sozialistisch\p{L}*|plurinational\p{L}*|people|popular|volksrepublik\p{L}*|hashemite|haschemitisch\p{L}*|islamique|democratique|populaire|islamica|democratica)$/u;

/** The longest country name that starts at word `at`, as the name's words. */
function nameAt(words: readonly string[], at: number, tables: ReadonlyArray<ReadonlyMap<string, string>>): string[] | undefined {
  for (let k = Math.min(MAX_WORDS, words.length - at); k >= 1; k--) {
    const candidate = words.slice(at, at + k);
    for (const table of tables) {
      for (const name of table.keys()) {
        const nameWords = name.split(' ');
        if (sameWords(candidate, nameWords)) return nameWords;
      }
    }
  }
  return undefined;
}

/**
 * The document's words in the name's own form: an ending the name has not is cut off ("Russischen
 * Föderation" → "Russische Föderation", "Irans" → "Iran"), so that the draft's country is a name
 * every lookup knows, with the document's accents and capitals.
 */
export function uninflected(words: readonly string[], name: readonly string[]): string {
  return words
    .map((w, i) => {
      const bare = w.replace(/[,.;:)]+$/, '');
      const want = name[i]?.length ?? bare.length;
      return normalizeCountry(bare).length > want ? bare.slice(0, want) : bare;
    })
    .join(' ');
}

function sameWords(words: readonly string[], name: readonly string[]): boolean {
  return words.length === name.length && words.every((w, i) => sameWord(w, name[i] ?? ''));
}

/** Equal, or one is the other plus an inflection ending, for words of four letters or more. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4 || !long.startsWith(short.slice(0, -1))) return false;
  // "russische" / "russischen", "agypten" / "agyptens"; "turkei" / "turkei"; also both inflected
  // from one stem ("arabischen" / "arabische").
  const stem = long.startsWith(short) ? short : short.slice(0, -1);
  return ENDINGS.has(long.slice(stem.length)) && (stem === short || ENDINGS.has(short.slice(stem.length)));
}
