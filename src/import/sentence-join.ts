// A page that lists its officials in blocks may still give an email only in an instruction
// ("Email the Minister at minister@… before 1 May", "Envoyez votre lettre par courriel à
// l'ambassade : …"). The email belongs to the official the sentence names: it joins his block when
// exactly one block is his (the same surname, or the same office or embassy), and the sentence
// makes a block of its own, at low confidence, when none is. A sentence that names nobody, or an
// email a block holds already, changes nothing; an email two blocks could own is left out, with a
// TODO on each of them.
import type { ImportedOfficial } from './official-block.js';
import { fold } from './text.js';

export function joinSentenceOfficials(officials: readonly ImportedOfficial[], named: readonly ImportedOfficial[]): ImportedOfficial[] {
  const out = [...officials];
  const known = new Set(officials.flatMap((o) => o.emails.map((e) => fold(e.value))));
  for (const s of named) {
    const fresh = s.emails.filter((e) => !known.has(fold(e.value)));
    // A copy the sentence asks for, or a sentence whose emails the blocks hold, adds nothing.
    if (s.copy || fresh.length === 0 || fresh.length < s.emails.length) continue;
    const his = out.filter((o) => !o.copy && sameOfficial(o, s));
    if (his.length > 1) {
      // "Email the Minister at …" above two ministers' blocks: the email is left out, and each of them says so.
      const named = s.name?.value ?? s.title?.value ?? s.organisation?.value ?? '';
      for (const o of his) for (const e of fresh) o.unsure.push({ value: e.value, line: e.line, why: `an instruction gives it to "${named}", and ${his.length} officials could be meant: whose is it?` });
      continue;
    }
    const [block] = his;
    if (block) block.emails.push(...fresh);
    else out.push(s);
    for (const e of fresh) known.add(fold(e.value));
  }
  return out;
}

/** The same person by surname; else, for a sentence that names only an office or an embassy, a block whose office or organisation holds the same words ("the Minister" in "Minister of Justice"). */
function sameOfficial(block: ImportedOfficial, s: ImportedOfficial): boolean {
  // "Jane Example Doe" in the block, "Jane Doe" in the sentence: the same surname is the same person.
  if (s.name) return block.name !== undefined && !block.nameFromOffice && lastWord(block.name.value) === lastWord(s.name.value);
  const office = s.title ?? s.organisation;
  if (office === undefined) return false;
  const words = fold(office.value);
  const own = [block.title, block.organisation, block.nameFromOffice ? block.name : undefined, block.address[0]];
  return own.some((l) => l !== undefined && (fold(l.value).includes(words) || words.includes(fold(l.value))));
}

const lastWord = (text: string): string | undefined => fold(text).split(/\s+/u).at(-1);
