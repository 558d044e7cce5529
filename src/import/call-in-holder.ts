// A call-in page asks in one sentence to "call the Governor at 555–010–1782" and names him elsewhere:
// in its headline ("Call Example State Governor Smithers Today …"), in another sentence, or by his
// full name in the sample message or petition ("… asks Governor Jane Smithers to …"). A careful
// reader calls Governor Smithers, not an official named "Governor"; and "Smithers" alone is "Jane
// Smithers" when the page prints the full name under the same office. The holder is taken only when
// every place the page prints that office before a name names the same person (by surname); two
// surnames under one office, or a deputy's ("Lt. Governor …"), leave the callee as read.
import { readCallee, type Callee } from './call-in-name.js';
import type { ImportedOfficial } from './official-block.js';
import { isRoleLike } from './official-words.js';
import { fold, foldedSurname } from './fold.js';

/** How far down the page the office's holder is looked for. */
const LINES = 300;
/** Up to three capitalised words after the office: a name, perhaps with a word of the sentence after it. */
const NAME_WORDS = String.raw`((?:\p{Lu}[\p{L}.]*(?:['’-]\p{L}+)*\s+){0,2}\p{Lu}\p{L}*(?:['’-]\p{L}+)*)`;
/** "Lt. Governor", "Deputy Commissioner", "former Governor": another office than the one asked. */
const OTHER_HOLDER = /(?:\blt\.?|\blieutenant|\bvice|\bdeputy|\bassistant|\bformer|\bex-|\bacting|\bcandidate)\s*$/iu;

/**
 * The callees of `officials` (changed in place) named by the holder the page prints under their
 * office: an office alone gets his name, a surname alone his full name. `lines` are the doc's.
 */
export function nameHolders(lines: readonly string[], officials: readonly ImportedOfficial[]): void {
  for (const o of officials) {
    const name = o.name?.value ?? '';
    const office = o.nameFromOffice ? name : o.title?.value;
    // Only a callee named by an office alone, or by a surname alone under his office.
    if (!office || !isRoleLike(office) || office.split(/\s+/u).length > 4 || (!o.nameFromOffice && /\s/u.test(name))) continue;
    const holder = holderOf(lines, office);
    if (!holder || (!o.nameFromOffice && foldedSurname(holder.name) !== foldedSurname(name))) continue;
    o.name = { value: holder.name, line: o.name?.line ?? o.line };
    o.title ??= { value: holder.title ?? office, line: o.line };
    o.nameFromOffice = false;
  }
}

/**
 * "Call TN Gov. Bill Lee …": headlines print the office shortened. An office of one of these words
 * is looked for in its short form too.
 */
const SHORT_FORMS: Readonly<Record<string, string>> = { governor: 'Gov', senator: 'Sen', representative: 'Rep', commissioner: 'Comm', president: 'Pres', secretary: 'Sec' };

/** The one person the page names right after `office`: his fullest name, or undefined when none or two. */
function holderOf(lines: readonly string[], office: string): Callee | undefined {
  const escaped = office.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, String.raw`\s+`);
  const short = SHORT_FORMS[fold(office)];
  const printed = short ? String.raw`(?:${escaped}|${short}\.)` : escaped;
  const pattern = new RegExp(String.raw`(?<![\p{L}])${printed}\s+${NAME_WORDS}`, 'giu');
  const first = (short ?? fold(office).split(/\s+/u)[0] ?? '').toLowerCase();
  const holders: Callee[] = [];
  for (const line of lines.slice(0, LINES)) {
    // Cheap test first: the office's first word is on the line.
    if (line.length > 1000 || !fold(line).includes(first)) continue;
    for (const m of line.matchAll(pattern)) {
      if (OTHER_HOLDER.test(line.slice(0, m.index))) continue;
      const callee = longestName(office, m[1] ?? '');
      if (callee) holders.push(callee);
    }
  }
  const surnames = new Set(holders.map((h) => foldedSurname(h.name)));
  if (surnames.size !== 1) return undefined;
  return holders.reduce((a, b) => (b.name.split(/\s+/u).length > a.name.split(/\s+/u).length ? b : a));
}

/** "Smithers Today to": the longest run of the words that, after the office, reads as his name. */
function longestName(office: string, words: string): Callee | undefined {
  const list = words.replace(/['’]s$|(?<=s)['’]$/u, '').split(/\s+/u);
  for (let k = list.length; k >= 1; k--) {
    const name = list.slice(0, k).join(' ').replace(/['’]s$|(?<=s)['’]$/u, '');
    const callee = readCallee(`${office} ${name}`);
    if (callee && !callee.nameFromOffice && fold(callee.name) === fold(name) && fold(callee.title ?? '') === fold(office)) return callee;
  }
  return undefined;
}

