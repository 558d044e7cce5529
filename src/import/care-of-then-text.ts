// "Head of judiciary, Jane Doe C/o Embassy of the Republic of Examplia On 24 November 2020, at the
// prosecutor's office …": a blog's copy that ran the official's short contact block into the first
// sentence of the story. The office and the name, then the "c/o" institution (capitalised words and
// the small words of a name), then running text that opens with a capitalised word of a sentence's
// start ("On", "In", "Le", "Am") and goes on: cut into the official's lines and the text.
import { CARE_OF } from './address-words.js';
import { countryCode } from '../channels/countries.js';
import { isPersonName, isRoleLike, splitLeadingRole } from './official-words.js';

/** The head before "c/o": an office and a name, a few words, no sentence. */
const HEAD = new RegExp(String.raw`^([^.!?:@\d]{5,100}?)[\s,;]+(${CARE_OF})\s+`, 'iu');
/** The small words inside an institution's name. */
const SMALL = /^(?:of|the|and|de|del|la|las|los|du|des|d['’]\S*|et|y|der|die|das|und|von|för|och)$/iu;
/** A word that opens a sentence of a story ("On 24 November", "In May", "Le 3 mai", "Am 5. Mai"). */
const SENTENCE_OPENER = /^(?:On|In|At|Since|After|Before|During|Last|Earlier|Le|La|Les|Depuis|Après|En|El|Los|Desde|Tras|Am|Im|Seit|Nach|Der|Die|Das|Den|Sedan|På|Efter)$/u;
/** Running text after the institution: a handful of words at least. */
const MIN_TEXT_WORDS = 6;

export function splitCareOfThenText(line: string): string[] | undefined {
  const head = HEAD.exec(line);
  if (!head?.[1]) return undefined;
  if (!officialHead(head[1])) return undefined;
  const words = line.slice(head[0].length).split(/\s+/);
  let k = 0;
  for (; k < words.length && k < 14; k++) {
    const w = words[k] ?? '';
    if (k >= 2 && SENTENCE_OPENER.test(w)) break;
    // "… of iran": a country's name printed in lower case is still the institution's.
    if (!/^\p{Lu}/u.test(w) && !SMALL.test(w) && countryCode(w) === undefined) return undefined;
  }
  const text = words.slice(k);
  if (k < 2 || k >= words.length || text.length < MIN_TEXT_WORDS || !SENTENCE_OPENER.test(text[0] ?? '')) return undefined;
  return [head[1].trim(), `${head[2]} ${words.slice(0, k).join(' ')}`, text.join(' ')];
}

/** "Head of judiciary, Jane Doe", "Minister Jane Doe": an office and a person's name. */
function officialHead(text: string): boolean {
  const parts = text.split(/\s*,\s*/).filter((p) => p !== '');
  if (parts.length === 2) return (isRoleLike(parts[0] ?? '') && isPersonName(parts[1] ?? '')) || (isPersonName(parts[0] ?? '') && isRoleLike(parts[1] ?? ''));
  return parts.length === 1 && splitLeadingRole(parts[0] ?? '') !== undefined;
}
