// An instruction may name only the office ("escrever um e-mail dirigido ao primeiro-ministro …")
// while the story names its holder elsewhere, the office, a comma, then his name: "o
// primeiro-ministro português, Luís Exemplo, prometeu …". The official written to is that person,
// the office his title. Taken only when every such mention gives the same name.
import { isPersonName } from './official-words.js';
import type { ImportedOfficial } from './official-block.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** How far down the story is read for the holder. */
const LINES = 200;

export function withOfficeHolders(doc: ImportText, officials: readonly ImportedOfficial[]): ImportedOfficial[] {
  return officials.map((o) => {
    // The office alone: as his title with no name, or standing in for the name.
    const office = o.name === undefined ? o.title : o.nameFromOffice && o.title === undefined ? o.name : undefined;
    if (o.copy || office === undefined) return o;
    const holder = holderOf(doc, office.value);
    return holder ? { ...o, nameFromOffice: false, title: office, name: { value: holder.name, line: holder.line } } : o;
  });
}

function holderOf(doc: ImportText, office: string): { name: string; line: number } | undefined {
  const officeWords = fold(office).split(/\s+/);
  if (officeWords.length > 4) return undefined;
  const found = new Map<string, number>();
  for (let n = 1; n <= Math.min(doc.lines.length, LINES); n++) {
    const text = lineAt(doc, n);
    // Cheap first: the office's first word in the line.
    if (!fold(text).includes(officeWords[0] ?? '\u0000')) continue;
    const words = text.split(/\s+/);
    for (let i = 0; i + officeWords.length <= words.length; i++) {
      if (!officeWords.every((w, k) => fold(words[i + k] ?? '').replace(/[,.;:]+$/u, '') === w)) continue;
      let at = i + officeWords.length;
      // "o primeiro-ministro português, …": one adjective in lower case between the office and its comma.
      if (!words[at - 1]?.endsWith(',') && /^\p{Ll}+,$/u.test(words[at] ?? '')) at++;
      if (!words[at - 1]?.endsWith(',')) continue;
      // The name runs to the next comma, within five words.
      const end = words.slice(at, at + 5).findIndex((w) => w.endsWith(','));
      if (end < 1) continue;
      const value = words.slice(at, at + end + 1).join(' ').replace(/,$/u, '');
      if (isPersonName(value)) found.set(value, found.get(value) ?? n);
    }
  }
  const [only, ...others] = [...found];
  return only && others.length === 0 ? { name: only[0], line: only[1] } : undefined;
}
