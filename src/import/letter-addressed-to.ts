// A letter-writing group's weekly post says in a sentence whom the letter is addressed to, with the
// email, then whom the reader could also send it to, by their web forms:
//   This week's letter is addressed to the new minister for Home Affairs: jane.example.mp@example.gov
//   You could also send it to the Prime Minister via his contact form here: https://… ; and the
//   Minister for Immigration John Example here: https://…
// The one addressed is the official (the office as printed, when no person is named) with that
// email; the others are copies, each with a TODO for the web form (the case format has no field
// for one). Read in place of the sentence readers, which take the copies for the officials.
import { emailsIn } from './contact-line.js';
import { hasOfficeWord } from './office-words.js';
import { isPersonName, splitLeadingRole } from './official-words.js';
import type { ImportedOfficial } from './official-block.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "… letter is addressed to the new minister for Home Affairs: a@…" (the office or person, then a colon and the email). */
const ADDRESSED = /\b(?:letter|e-?mail|message|appeal)\s+is\s+addressed\s+to\s+(?:the\s+)?(?:(?:new|current|incoming)\s+)?([^:@]{3,80}?)\s*:\s*\S+@/iu;
/** "You could also send it to …", "Also send a copy to …": the copies, after it. */
const ALSO = /\b(?:also|as well)\s+send\s+(?:it|this|the letter|a copy|copies)\s+to\s+(.{3,600})$/iu;
/** Where one copy's words end: its way ("via his contact form", "here:", a link). */
const WAY = /\s+(?:via|through|using|by)\s.*$|\s+(?:here|at)\b.*$|\s*:.*$|\s*https?:\/\/.*$/iu;
/** How far down a post's instructions are looked for. */
const LINES = 80;

export function addressedThisLetter(doc: ImportText): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  for (let n = 1; n <= Math.min(doc.lines.length, LINES); n++) {
    const text = lineAt(doc, n);
    // Cheap first: the sentence says "addressed" and gives an email.
    if (!text.includes('@') || !/addressed/iu.test(text)) continue;
    const m = ADDRESSED.exec(text);
    const official = m ? recipient(m[1] ?? '', n, false) : undefined;
    if (!official) continue;
    official.emails = emailsIn(text.slice(m?.index ?? 0)).slice(0, 1).map((value) => ({ value, line: n }));
    out.push(official, ...copiesNear(doc, n));
    return out;
  }
  return out;
}

/** The copies the next few lines ask for, each reached by a web form. */
function copiesNear(doc: ImportText, n: number): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  for (let m = n; m <= Math.min(doc.lines.length, n + 4); m++) {
    const text = lineAt(doc, m);
    const also = ALSO.exec(text);
    if (!also) continue;
    const line = m;
    for (const part of (also[1] ?? '').split(/\s*;\s*(?:and\s+)?|\s+and\s+(?=the\s)/iu)) {
      const link = /https?:\/\/\S+/u.exec(part)?.[0]?.replace(/[.,;]$/u, '');
      const copy = recipient(part.replace(/^(?:and\s+)?(?:the\s+)?/iu, '').replace(WAY, ''), line, true);
      if (!copy) continue;
      copy.unsure.push({ value: link ?? part.trim(), line, why: 'reached by a web form, which the case format has no field for' });
      out.push(copy);
    }
  }
  return out;
}

/** The office and the person after it, or the office alone standing in for the name. */
function recipient(words: string, line: number, copy: boolean): ImportedOfficial | undefined {
  const text = words.trim().replace(/^the\s+/iu, '');
  if (text === '' || !hasOfficeWord(fold(text))) return undefined;
  const at = (value: string) => ({ value, line });
  const base: ImportedOfficial = { line, confidence: 'low', nameFromOffice: false, address: [], emails: [], copy, unsure: [] };
  const split = splitLeadingRole(text);
  if (split && isPersonName(split.name)) return { ...base, name: at(split.name), title: at(split.title) };
  // "the new minister for Home Affairs": the office as printed, its first letter raised as a name's is.
  return text.split(/\s+/).length <= 8 ? { ...base, name: at(text.charAt(0).toUpperCase() + text.slice(1)), nameFromOffice: true } : undefined;
}
