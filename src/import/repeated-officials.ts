// A letter download may print the same addressee twice (the letter, then a copy of it to cut out):
// drafted twice, the official would get two letters. A block is a repeat only when it names the
// same person with the same office, address and emails as an earlier one; a second block that
// differs in any of them is kept, since a page may list one official at two addresses. A later block
// that names him again with a handle, phone or fax only (a page's "Social Media" list) joins his.
import type { ImportedOfficial } from './official-block.js';
import type { Located } from './types.js';
import { isRoleLike } from './official-words.js';
import { fold } from './text.js';

export interface Repeat {
  readonly official: ImportedOfficial;
  /** The first line of the block it repeats. */
  readonly of: number;
}

export function withoutRepeats(officials: readonly ImportedOfficial[]): { kept: ImportedOfficial[]; repeats: Repeat[] } {
  const seen = new Map<string, number>();
  const kept: ImportedOfficial[] = [];
  const repeats: Repeat[] = [];
  for (const o of officials) {
    const fuller = namedShortIn(o, officials, 2);
    if (fuller) {
      repeats.push({ official: o, of: fuller.line });
      continue;
    }
    const key = identity(o);
    const first = key === undefined ? undefined : seen.get(key);
    const handles = first === undefined ? handlesOf(o, kept) : undefined;
    const echoed = first === undefined && !handles ? echoOf(o, kept) ?? insideAddressOf(o, kept) : undefined;
    if (first !== undefined) repeats.push({ official: o, of: first });
    else if (echoed) repeats.push({ official: o, of: echoed.line });
    else if (handles) {
      // "Social Media: Diana Salazar, Attorney General / Twitter: @…": the same person named again
      // for her handles only. They join her block; she gets one letter.
      handles.twitter ??= o.twitter;
      handles.phone ??= o.phone;
      handles.fax ??= o.fax;
      repeats.push({ official: o, of: handles.line });
    }
    else {
      if (key !== undefined) seen.set(key, o.line);
      kept.push(o);
    }
  }
  return { kept, repeats };
}

/**
 * A writers' group's sample letter prints the first official's block again above "Dear President …",
 * shorter, its lines read otherwise (the office under the name taken for an address line, the town
 * and country joined on one line): the same
 * name, and nothing in it that the earlier block did not print, contact lines included. A block with
 * a line of its own is kept (one official at two addresses).
 */
function echoOf(o: ImportedOfficial, kept: readonly ImportedOfficial[]): ImportedOfficial | undefined {
  if (!o.name) return undefined;
  const name = fold(o.name.value);
  const same = kept.filter((k) => k.name && fold(k.name.value) === name);
  const [only] = same;
  if (same.length !== 1 || !only) return undefined;
  // By comma-parted pieces: the repeat may join two printed lines into one ("La Ciudad, Exampleland").
  const texts = (x: ImportedOfficial) =>
    [x.honorific, x.title, x.organisation, ...x.address, ...x.unsure, ...x.emails, x.fax, x.phone, x.twitter].filter((v) => v !== undefined).flatMap((v) => fold(v.value).split(/\s*,\s*/));
  const printed = new Set(texts(only));
  return texts(o).every((t) => printed.has(t)) ? only : undefined;
}

/**
 * "you can mail to: State Board of Pardons and Paroles / 2 Example Drive, SE / Suite 458 / …" and
 * then, above the sample letter, its inside address "Georgia State Board of Pardons & Paroles / 2
 * Example Drive, SE / Suite 458 / …": the same institution, its name written longer or shorter,
 * at the same street. A block with no contact line of its own that opens its address with the
 * earlier official's first line (a number in it) and prints at least one more of his lines, and
 * whose name holds every word of his or is held in it, the other words being no office or rank ("Vice Minister of Justice" at the ministry's
 * address is another official).
 */
function insideAddressOf(o: ImportedOfficial, kept: readonly ImportedOfficial[]): ImportedOfficial | undefined {
  if (!o.name || o.emails.length > 0 || o.fax || o.phone || o.twitter) return undefined;
  const lines = new Set(o.address.map((a) => fold(a.value)));
  const same = kept.filter((k) => {
    if (!k.name || k.copy !== o.copy) return false;
    const shared = k.address.map((a) => fold(a.value)).filter((a) => lines.has(a));
    const street = fold(k.address[0]?.value ?? '');
    return shared.length >= 2 && /\d/.test(street) && street === fold(o.address[0]?.value ?? '') && sameNameLonger(k.name.value, o.name?.value ?? '');
  });
  const [only] = same;
  return same.length === 1 ? only : undefined;
}

/**
 * "Carta … enviada al Secretario de Gobernación, Alejandro Ejemplo" in a page's headline, then the
 * letter's addressee "Dr. Alejandro Ejemplo Muestra" / his office / his town: the headline drops the
 * second surname. A block that prints no way to reach him (no email, fax, phone or handle) and names
 * him by the first words of exactly one other official's longer name is that official, named short
 * (`minWords` words at least: a name as short as one is trusted only beside a list of full names).
 */
export function namedShortIn(o: ImportedOfficial, officials: readonly ImportedOfficial[], minWords: number): ImportedOfficial | undefined {
  if (!o.name || o.emails.length > 0 || o.fax || o.phone || o.twitter) return undefined;
  const short = wordsOfName(o.name);
  if (short.length < minWords) return undefined;
  const fuller = (byFirstWord(officials).get(short[0] ?? '') ?? []).filter((k) => {
    if (k === o || !k.name || k.copy !== o.copy) return false;
    const long = wordsOfName(k.name);
    return long.length > short.length && short.every((w, i) => long[i] === w) && long.slice(short.length).every((w) => !isRoleLike(w) && !RANK.test(w));
  });
  const [only] = fuller;
  return fuller.length === 1 ? only : undefined;
}
const nameWords = (s: string): string[] => fold(s).split(/[^\p{L}\p{N}'’]+/u).filter((w) => w !== '');
/** Each block's name is compared with every other's: its words are folded once, not once a pair (kept by the name's own object, which a rename replaces). */
const NAME_WORDS = new WeakMap<Located<string>, string[]>();
function wordsOfName(name: Located<string>): string[] {
  let words = NAME_WORDS.get(name);
  if (words === undefined) NAME_WORDS.set(name, (words = nameWords(name.value)));
  return words;
}
/** The blocks of one list by their name's first word, the only ones a short name can begin (made once a list). */
const FIRST_WORD = new WeakMap<readonly ImportedOfficial[], Map<string, ImportedOfficial[]>>();
function byFirstWord(officials: readonly ImportedOfficial[]): Map<string, ImportedOfficial[]> {
  let index = FIRST_WORD.get(officials);
  if (index === undefined) {
    index = new Map();
    for (const k of officials) {
      const first = k.name ? wordsOfName(k.name)[0] : undefined;
      if (first !== undefined) index.set(first, [...(index.get(first) ?? []), k]);
    }
    FIRST_WORD.set(officials, index);
  }
  return index;
}

/** Whether one name holds every word of the other, and the words only one holds name no office or rank. */
function sameNameLonger(a: string, b: string): boolean {
  const words = (s: string) => fold(s).replace(/&/g, ' and ').split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 2 || !short.every((w) => long.includes(w))) return false;
  return long.filter((w) => !short.includes(w)).every((w) => !isRoleLike(w) && !RANK.test(w));
}
const RANK = /^(?:vice|deputy|acting|assistant|associate|under|sub|chief|first|second|senior|junior|interim|adjunto|adjunta|vize|stellvertretende?r?|vice-?\p{L}*)$/u;

function identity(o: ImportedOfficial): string | undefined {
  if (!o.name) return undefined;
  const parts = [o.name.value, o.title?.value ?? '', o.organisation?.value ?? '', ...o.address.map((a) => a.value), '|', ...o.emails.map((e) => e.value)];
  return JSON.stringify([o.copy, ...parts.map(fold)]);
}

/**
 * The earlier official a later block names again with nothing but a handle, a phone or a fax (no
 * address, no email, nothing he has already): the same name, the same office or none (a list of handles
 * under a list of copies takes their flag by position alone, so the flag is not compared).
 */
function handlesOf(o: ImportedOfficial, kept: readonly ImportedOfficial[]): ImportedOfficial | undefined {
  if (!o.name || o.address.length > 0 || o.emails.length > 0 || (!o.twitter && !o.phone && !o.fax)) return undefined;
  const name = fold(o.name.value);
  const same = kept.filter((k) => k.name && fold(k.name.value) === name && (!o.title || !k.title || fold(o.title.value) === fold(k.title.value)));
  const [only] = same;
  if (same.length !== 1 || !only) return undefined;
  // Only fields he has not got: two different handles for one person are left as two officials for the reader.
  const clash = (a?: { value: string }, b?: { value: string }) => a !== undefined && b !== undefined && fold(a.value) !== fold(b.value);
  return clash(only.twitter, o.twitter) || clash(only.phone, o.phone) || clash(only.fax, o.fax) ? undefined : only;
}
