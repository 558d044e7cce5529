// An instruction may name only the office ("escrever um e-mail dirigido ao primeiro-ministro …",
// "Briefe an den Präsidenten von Tunesien", "to the Attorney General") while the story names its
// holder elsewhere, in any of three ways: the office, a comma, then his name ("o primeiro-ministro
// português, Luís Exemplo, prometeu …"); the office's words right before his name ("der tunesische
// Präsident Kais Saied", "el fiscal general William Barr"); or his name, a comma, then the office
// ("Jan Example, Präsident der Republik Valdorien"). The official written to is that person, the
// office his title. The office's words are compared as words, whatever their case ending
// ("Präsidenten" / "Präsident"), without the country's name or adjective that qualifies them
// ("von Tunesien", "burundischen"). Taken only when every such mention gives the same person, and
// never the page's subject (page-subject.ts): a former president in prison is no one to write to.
// A letter headed "Letter to the King of Exampleland" and greeted "Your Majesty," is written to him
// too, though a group's page that prints the letter in English often names him only in its own
// language under it ("Deze brief schreef ik aan Koning Karel bin Voorbeeld, de koning van …",
// "Unser Brief an König Karl Beispiel …"): holderInAnyLanguage. Both read his name with nameFrom.
import { sameWord } from './country-inflected.js';
import { hasOfficeWord } from './office-words.js';
import { isPersonName, isRoleLike } from './official-words.js';
import type { ImportedOfficial } from './official-block.js';
import { headlineSubject } from './page-subject.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** How far down the page the holder is looked for. */
const LINES = 200;
/** A paragraph longer than this is not read for the holder. */
const MAX_LINE = 4000;

export function withOfficeHolders(doc: ImportText, officials: readonly ImportedOfficial[]): ImportedOfficial[] {
  return officials.map((o) => {
    // The office alone: as his title with no name, or standing in for the name.
    const office = o.name === undefined ? o.title : o.nameFromOffice && o.title === undefined ? o.name : undefined;
    if (o.copy || office === undefined) return o;
    const holder = holderOf(doc, office.value);
    return holder ? { ...o, nameFromOffice: false, title: office, name: { value: holder.name, line: holder.line } } : o;
  });
}

/** Words that join an office to what qualifies it ("of", "von", "de", "der"): the office's own words stand before them. */
const JOIN = /^(?:of|for|von|vom|der|des|de|du|del|della|di|da|do|dos|das|fur|pour|para|i|av|for|til)$/u;
/** Articles before the office ("the", "den", "el"): no word of it. */
const ARTICLE = /^(?:the|den|der|die|dem|el|la|le|l'|il|lo|o|a|de)$/u;
/** The lower-case particles of an Arabic, Malay or European name ("bin", "binti", "van", "dos"): inside it, never its last word. */
const PARTICLES = 'bin|ibn|bint|binti|al|el|van|von|de|del|da|dos';
const PARTICLE = new RegExp(`^(?:${PARTICLES})$`, 'u');
/** A word of a name: capitalised ("O’Brien", "J."), a particle, or one joined to the word it belongs to ("al-Saud"). */
const NAME_WORD = new RegExp(String.raw`^(?:\p{Lu}[\p{L}\p{M}'’.-]*|(?:al|el|as|ash|ad)-\p{Lu}[\p{L}'’-]*|${PARTICLES})$`, 'u');
/** How many words of a name are read: one more than a name may have (isPersonName's seven), so a longer run is refused, not cut. */
const NAME_WORDS_READ = 8;

/**
 * The office's own words, folded: those before its joining word, without an article and without the
 * country's adjective before them ("burundischen Präsidenten" → ["prasidenten"]). Undefined when
 * no word of it is an office's.
 */
function officeCore(office: string): string[] | undefined {
  const words = fold(office).split(/\s+/u);
  // "Your Governor", "Votre député": each reader's own, whom the form finds for him; no one the page names.
  if (YOUR.test(words[0] ?? '')) return undefined;
  const end = words.findIndex((w, i) => i > 0 && JOIN.test(w));
  let core = words.slice(0, end < 0 ? undefined : end).filter((w) => !ARTICLE.test(w));
  // "burundischen Präsidenten", "tunesische Präsident": the first words that are no office's are its qualifier.
  while (core.length > 1 && !isOfficeWord(core[0] ?? '')) core = core.slice(1);
  if (core.length === 0 || core.length > 3 || !(hasOfficeWord(core.join(' ')) || core.some(isOfficeWord))) return undefined;
  return core;
}

/** A word that makes the office the reader's own ("your", "votre", "Ihren", "su", "din"). */
const YOUR = /^(?:your|yours|votre|vos|ihr|ihre[nmrs]?|dein|deine[nmrs]?|su|sus|tu|tus|vuestro|vuestra|din|dit|dina|uw|il tuo|tuo|tua|seu|sua)$/u;

/** A case ending an office word may carry ("Präsidenten", "Königs"). */
const CASE_ENDING = /(?:en|es|n|s|e)$/u;
/** An office's word, as listed or with a case ending (folded). */
const isOfficeWord = (word: string): boolean => hasOfficeWord(word) || (word.length > 5 && hasOfficeWord(word.replace(CASE_ENDING, '')));

function holderOf(doc: ImportText, office: string): { name: string; line: number } | undefined {
  const officeWords = fold(office).split(/\s+/);
  if (officeWords.length > 6) return undefined;
  const core = officeCore(office);
  const found = new Map<string, number>();
  for (let n = 1; n <= Math.min(doc.lines.length, LINES); n++) {
    const text = lineAt(doc, n);
    if (text.length > MAX_LINE) continue;
    const folded = fold(text);
    // Cheap first: the office's first word (or its core's stem) in the line.
    const stem = core?.[0]?.slice(0, 5);
    if (!folded.includes(officeWords[0] ?? '\u0000') && (stem === undefined || !folded.includes(stem))) continue;
    const words = text.split(/\s+/);
    if (officeWords.length <= 4) for (const value of officeCommaName(words, officeWords)) found.set(value, found.get(value) ?? n);
    if (core) for (const value of [...officeThenName(words, core), ...nameCommaOffice(words, core)]) found.set(value, found.get(value) ?? n);
  }
  const [only, ...others] = [...found].filter(([name]) => !headlineSubject(doc, name.split(' ').at(-1) ?? name));
  return only && others.length === 0 ? { name: only[0], line: only[1] } : undefined;
}

const bare = (word: string): string => fold(word).replace(/[,.;:!?)]+$/u, '');

/** "o primeiro-ministro português, Luís Exemplo,": the office as written, a comma, the name to the next comma. */
function officeCommaName(words: readonly string[], officeWords: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + officeWords.length <= words.length; i++) {
    if (!officeWords.every((w, k) => bare(words[i + k] ?? '') === w)) continue;
    let at = i + officeWords.length;
    // "o primeiro-ministro português, …": one adjective in lower case between the office and its comma.
    if (!words[at - 1]?.endsWith(',') && /^\p{Ll}+,$/u.test(words[at] ?? '')) at++;
    if (!words[at - 1]?.endsWith(',')) continue;
    // The name runs to the next comma, within five words.
    const end = words.slice(at, at + 5).findIndex((w) => w.endsWith(','));
    if (end < 1) continue;
    const value = words.slice(at, at + end + 1).join(' ').replace(/,$/u, '');
    if (isPersonName(value)) out.push(value);
  }
  return out;
}

/** The office's core words at `i` in any case ending ("Präsident" for "Präsidenten"). */
const coreAt = (words: readonly string[], i: number, core: readonly string[]): boolean => core.every((w, k) => sameWord(bare(words[i + k] ?? ''), w));

/** "der tunesische Präsident Kais Saied", "el fiscal general William Barr": the office's words, then the name. */
function officeThenName(words: readonly string[], core: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + core.length < words.length; i++) {
    if (!coreAt(words, i, core) || /[,.;:]$/u.test(words[i + core.length - 1] ?? '')) continue;
    const name = nameFrom(words.slice(i + core.length));
    if (name !== undefined) out.push(name);
  }
  return out;
}

/** "Jan Example, Präsident der Republik Valdorien": the name before a comma, then the office's words. */
function nameCommaOffice(words: readonly string[], core: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i + core.length <= words.length; i++) {
    if (!coreAt(words, i, core) || !words[i - 1]?.endsWith(',')) continue;
    const before: string[] = [];
    for (let k = i - 1; k >= 0 && before.length < NAME_WORDS_READ; k--) {
      const word = (words[k] ?? '').replace(/,$/u, '');
      if (!NAME_WORD.test(word) || (k < i - 1 && /[,.;:!?]$/u.test(words[k] ?? ''))) break;
      before.unshift(word);
    }
    while (before.length > 0 && !/^\p{Lu}/u.test(before[0] ?? '')) before.shift();
    const value = before.join(' ');
    if (before.length >= 2 && isPersonName(value) && !isRoleLike(value)) out.push(value);
  }
  return out;
}

/**
 * A monarch's office's first word in English (folded), and the word before the holder's name in the
 * sections' languages. Only a monarch's: a state has one, named for life, while a page that writes
 * to a president or minister often names others of the same office (another state's, a former one).
 */
const HEAD_WORDS: Readonly<Record<string, readonly string[]>> = {
  king: ['King', 'Koning', 'König', 'Konig', 'Roi', 'Rey', 'Rei', 'Kung', 'Konge'],
  queen: ['Queen', 'Koningin', 'Königin', 'Reine', 'Reina', 'Regina', 'Rainha', 'Drottning', 'Dronning'],
  emir: ['Emir', 'Amir'],
  sultan: ['Sultan', 'Sultán', 'Sultão'],
};

/**
 * The holder the page names after `office`'s word in any language: his name and its line; null when
 * two different people are so named; undefined when none is, or the office is none of HEAD_WORDS'.
 */
export function holderInAnyLanguage(doc: ImportText, office: string): { name: string; line: number } | null | undefined {
  const first = fold(office).replace(/^the\s+/u, '').split(/\s+/u)[0] ?? '';
  const heads = HEAD_WORDS[first];
  if (!heads) return undefined;
  const pattern = new RegExp(String.raw`(?<![\p{L}])(?:${heads.map((h) => `[${h.charAt(0)}${h.charAt(0).toLowerCase()}]${h.slice(1)}`).join('|')})\s+(?=\p{Lu})`, 'gu');
  const names = new Map<string, { name: string; line: number }>();
  for (let n = 1; n <= Math.min(doc.lines.length, LINES); n++) {
    const line = lineAt(doc, n);
    if (line.length > MAX_LINE) continue;
    for (const m of line.matchAll(pattern)) {
      const name = nameFrom(line.slice((m.index ?? 0) + m[0].length).split(/\s+/u));
      if (name !== undefined && !names.has(fold(name))) names.set(fold(name), { name, line: n });
    }
  }
  const found = [...names.values()].sort((a, b) => b.name.length - a.name.length);
  const [longest] = found;
  if (!longest) return undefined;
  // "Koning Karel" and "Koning Karel bin Voorbeeld": the same man, printed shorter once.
  return found.every((f) => fold(longest.name).startsWith(fold(f.name))) ? longest : null;
}

/** The name that opens `words`: capitalised words and particles up to a stop, a comma or a word in lower case; two words at least. */
function nameFrom(words: readonly string[]): string | undefined {
  const kept: string[] = [];
  for (const printed of words.slice(0, NAME_WORDS_READ)) {
    const word = printed.replace(/[,;:.!?)]+$/u, '');
    if (!NAME_WORD.test(word)) break;
    kept.push(word);
    if (word !== printed) break;
  }
  while (kept.length > 0 && PARTICLE.test(kept.at(-1) ?? '')) kept.pop();
  const name = kept.join(' ');
  return /^\p{Lu}/u.test(name) && isPersonName(name) && !isRoleLike(name) ? name : undefined;
}
