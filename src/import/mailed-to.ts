// A forwarded mail's header shows its recipient by name ("To: EXAMPLE Jane <Jane.EXAMPLE@example.int>")
// while the letter under it names the official ("Mrs. Jane Example, Commissioner …") with no email.
// The header's address is the official's when the name it is shown by holds his surname (and his
// given name, when the page prints one): his email, never a new official (a mailing list's own
// address is in the header too).
import { fold, foldedSurname } from './fold.js';
import type { ImportedOfficial } from './official-block.js';
import { found, type Finding, type ImportText } from './types.js';

export function withMailedTo(doc: ImportText, officials: Finding<ImportedOfficial[]>): Finding<ImportedOfficial[]> {
  const mailed = doc.mailedTo ?? [];
  if (mailed.length === 0 || !officials.found) return officials;
  const list = [...officials.value];
  for (const m of mailed) {
    const words = new Set(fold(m.shownAs ?? '').split(/[\s,.]+/u));
    const named = list.flatMap((o, i) => (!o.nameFromOffice && o.name !== undefined && shownAsHim(o.name.value, words) ? [i] : []));
    const [at] = named;
    const him = at === undefined ? undefined : list[at];
    if (named.length !== 1 || at === undefined || him === undefined || him.emails.length > 0) continue;
    list[at] = { ...him, emails: [{ value: m.email, line: m.line }] };
  }
  return found(list, officials.confidence, officials.line, officials.note);
}

function shownAsHim(name: string, words: ReadonlySet<string>): boolean {
  const given = fold(name).trim().split(/\s+/u);
  return words.has(foldedSurname(name)) && (given.length < 2 || words.has(given[0] ?? ''));
}
