// A letter headed "Letter to the King of Exampleland" and greeted "Your Majesty," is written to
// whoever holds the office; but a group's page that prints the letter in English often names him
// in its own language under it ("Deze brief schreef ik aan Koning Karel bin Voorbeeld, de koning
// van …", "Unser Brief an König Karl Beispiel …"). The office standing in for his name would hide
// the person the page names: the holder is the one person the page prints after the office's word
// in any of the sections' languages. Two different people so named: nobody can tell which is meant,
// and the office is not read as an official at all.
import { fold } from './fold.js';
import { isPersonName, isRoleLike } from './official-words.js';
import { lineAt } from './text.js';
import type { ImportText } from './types.js';

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
/** A word of a name after the office's word: capitalised, or a particle of an Arabic or European name ("bin", "al-Saud"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|bin|ibn|bint|binti|al|el|(?:al|el|as|ash|ad)-\p{Lu}[\p{L}'’-]*|van|von|de|del|da)$/u;
const PARTICLE_END = /^(?:bin|ibn|bint|binti|al|el|van|von|de|del|da)$/u;
/** How far down the page the holder is looked for. */
const LINES = 200;

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
    if (line.length > 3000) continue;
    for (const m of line.matchAll(pattern)) {
      const name = nameAt(line.slice((m.index ?? 0) + m[0].length));
      if (name !== undefined && !names.has(fold(name))) names.set(fold(name), { name, line: n });
    }
  }
  const found = [...names.values()].sort((a, b) => b.name.length - a.name.length);
  const [longest] = found;
  if (!longest) return undefined;
  // "Koning Karel" and "Koning Karel bin Voorbeeld": the same man, printed shorter once.
  return found.every((f) => fold(longest.name).startsWith(fold(f.name))) ? longest : null;
}

/** The name at the start of `text`, up to a comma, a stop or a word in lower case that is no particle; undefined when no name of two words. */
function nameAt(text: string): string | undefined {
  const words: string[] = [];
  for (const printed of text.split(/\s+/u).slice(0, 8)) {
    const word = printed.replace(/[,;:.!?)]+$/u, '');
    if (!NAME_WORD.test(word)) break;
    words.push(word);
    if (word !== printed) break;
  }
  while (words.length > 0 && PARTICLE_END.test(words.at(-1) ?? '')) words.pop();
  const name = words.join(' ');
  return words.length >= 2 && words.length <= 7 && isPersonName(name) && !isRoleLike(name) ? name : undefined;
}
