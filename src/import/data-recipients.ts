// The recipients a letter kept as data names by key (data-letter.ts): each address under `to` or
// `recipients` is an official written to, each under `cc` or `bcc` a copy, even when the file
// prints no name for it — the key says whom the letter goes to. Never given a name: the draft
// asks for it (targets.ts). An address some official read from the page already has adds nothing.
import type { ImportedOfficial } from './official-block.js';
import { found, type Finding, type ImportText } from './types.js';

export function withDataRecipients(doc: ImportText, officials: Finding<ImportedOfficial[]>): Finding<ImportedOfficial[]> {
  const recipients = doc.recipients ?? [];
  if (recipients.length === 0) return officials;
  const read = officials.found ? officials.value : [];
  const known = new Set(read.flatMap((o) => o.emails.map((e) => e.value.toLowerCase())));
  const added: ImportedOfficial[] = [];
  for (const r of recipients) {
    if (known.has(r.email.toLowerCase())) continue;
    known.add(r.email.toLowerCase());
    // The name a mailer shows may be a person's, an office's or a nickname: the reader decides.
    const unsure = r.shownAs ? [{ value: r.shownAs, line: r.line, why: 'the name the file shows this address by: write it as the name if it is the official\'s' }] : [];
    added.push({ line: r.line, confidence: 'high', nameFromOffice: false, address: [], emails: [{ value: r.email, line: r.line }], copy: r.copy, unsure });
  }
  if (added.length === 0) return officials;
  // Written to first, then the copies, as a letter's header lists them.
  const all = [...read, ...added.filter((o) => !o.copy), ...added.filter((o) => o.copy)];
  return officials.found ? found(all, officials.confidence, officials.line, officials.note) : found(all, 'high', added[0]?.line ?? 1, "the data file's recipients: no name is printed for them");
}
