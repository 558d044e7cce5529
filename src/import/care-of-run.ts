// A blog or a parish newsletter prints the official and the embassy that forwards the letter on one
// line, with no commas: "Seine Exzellenz Staatspräsident Max Beispiel ℅: Botschaft der Republik
// Beispiel Musterufer 54 D-10179 Berlin". The care-of word ("c/o", "℅", "via") ends the official;
// the institution runs to the street, whose house number is followed by the postcode and town (or
// ends the line). Cut there, each piece is read as the line it would be in a block. Only a line
// whose head opens an official and whose run holds a street with its number is cut.
import { CARE_OF } from './address-words.js';
import { opensOfficial } from './write-to-inline.js';
import { isRoleLike } from './official-words.js';
import { germanStreetStart } from './german-street.js';

/** A house number: one to four digits, perhaps a letter ("54", "10a"). */
const HOUSE_NUMBER = /^\d{1,4}[a-z]?,?$/u;
/** After the house number: a postcode and its town ("D-10179 Berlin", "3006 Bern"), or nothing. */
// A mission's run ends with its country after a comma ("1209 Geneva, Switzerland").
const POSTCODE_TOWN = /^(?:\p{Lu}{1,2}-)?\d{4,6}\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?$/u;
/**
 * A street's opening word in the languages of the towns missions sit in ("Chemin du Example 28",
 * "Rue de l'Exemple 5", "Via Esempio 3"): the street starts there, its name after it.
 */
const STREET_OPENING = /^(?:Chemin|Rue|Avenue|Route|Boulevard|Place|Allée|Impasse|Quai|Calle|Avenida|Via|Viale|Piazza|Rua)$/u;
/** Words a street's name may take after its opening word, at most. */
const STREET_NAME_WORDS = 4;
/** The care-of word and its colon ("℅:", "c/o", "via"), which open the run. */
const CARE_OF_HEAD = new RegExp(String.raw`^(via|${CARE_OF}|℅)\s*:?\s+`, 'iu');
/** The care-of word inside a line: the official before it. */
const CARE_OF_AT = new RegExp(String.raw`\s(?=(?:${CARE_OF}|℅)\s*:?\s+\p{Lu})`, 'iu');

/**
 * "℅: Botschaft der Republik Beispiel Musterufer 54 D-10179 Berlin" → "℅ Botschaft der Republik
 * Beispiel", "Musterufer 54", "D-10179 Berlin". A run with no street and number is kept whole
 * (its colon dropped).
 */
export function splitCareOfRun(text: string): string[] {
  const head = CARE_OF_HEAD.exec(text);
  const printed = head ? `${head[1] ?? ''} ${text.slice(head[0].length)}` : text;
  const words = printed.split(/\s+/u);
  for (let k = 3; k < words.length; k++) {
    if (!HOUSE_NUMBER.test(words[k] ?? '')) continue;
    const after = words.slice(k + 1).join(' ');
    if (after !== '' && !POSTCODE_TOWN.test(after)) continue;
    // "Märkisches Ufer 54": a street of several words; else the one word before the number ("Musterufer 54").
    const start = germanStreetStart(words.slice(0, k), words.slice(k).join(' ')) ?? streetOpeningAt(words, k) ?? k - 1;
    if (start < 3 || !/^\p{Lu}/u.test(words[start] ?? '')) return [printed];
    const street = words.slice(start, k + 1).join(' ').replace(/,$/u, '');
    return [words.slice(0, start).join(' '), street, ...(after === '' ? [] : [after])];
  }
  return [printed];
}

/** Where a street with an opening word ends at the house number `k`, or undefined. */
function streetOpeningAt(words: readonly string[], k: number): number | undefined {
  for (let at = k - 2; at >= Math.max(0, k - 1 - STREET_NAME_WORDS); at--) if (STREET_OPENING.test(words[at] ?? '')) return at;
  return undefined;
}

/** "Seine Exzellenz Staatspräsident Max Beispiel ℅: Botschaft … Musterufer 54 D-10179 Berlin": the official, then the run cut. */
export function splitCareOfLine(line: string): string[] | undefined {
  // A comma only inside the town's piece ("1209 Geneva, Switzerland"): a comma-parted line is read elsewhere.
  if (line.length > 300 || line.includes(';') || (line.match(/,/g)?.length ?? 0) > 1) return undefined;
  // Every line is tried: "c/o" or "℅" first, so that the pattern's Unicode class is compiled only for a page that has one.
  const at = /c\/o|℅/i.test(line) ? CARE_OF_AT.exec(line) : null;
  if (!at) return undefined;
  const who = line.slice(0, at.index).trim();
  // "Supreme Leader C/o Permanent Mission …": an office alone, no person named, opens it as well.
  if (!(opensOfficial(who) || (who.length <= 60 && isRoleLike(who))) || /[.!?]$/u.test(who)) return undefined;
  const run = splitCareOfRun(line.slice(at.index).trim());
  return run.length > 1 && run.slice(0, -1).every((p) => !p.includes(',')) && !who.includes(',') ? [who, ...run] : undefined;
}
