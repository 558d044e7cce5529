// One official named in the sentence that asks the reader to write, with no contact details:
//   Send an email to Regional Chief Minister Jane Example right away!
//   Dieser Appell richtet sich an Jane Beispiel, Oberste Justizautorität via die Botschaft in Wien.
// The person is taken only with his office printed right before or after his name (prose-emails.ts
// says how), and only from a sentence in the present that asks to write or says whom the appeal
// addresses: a report of what happened names no one to write to.
import { mentionsIn } from './prose-emails.js';
import type { ImportedOfficial } from './official-block.js';
import { isPersonName, splitHonorific } from './official-words.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "send an email to", "write to", "richtet sich an", "schreiben Sie an", "addressed to", "dirigido ao" (folded). */
const ADDRESSES = /\b(?:send (?:an? )?(?:e-?mail|letter|message|fax|appeal) to|write (?:an? (?:e-?mail|letter) )?to|(?:is|are) addressed to|richte[tn] sich an|schreiben sie (?:an|dem|der)|schicken sie (?:an|dem|der)|dirigid[oa]s? (?:a|ao|al|a la)|adresse(?:e|z)? (?:a|au)|escrib(?:a|an|e) (?:a|al)|ecrivez (?:a|au))\b/u;
/** How far down the instructions are looked for. */
const LINES = 80;

export function sentenceNamedOfficials(doc: ImportText): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  for (let n = 1; n <= Math.min(doc.lines.length, LINES); n++) {
    const text = lineAt(doc, n);
    // Cheap first: a sentence long enough to hold a verb, an office and a name, and no email (prose-emails.ts reads those).
    if (text.length < 20 || text.length > 600 || text.includes('@') || !ADDRESSES.test(fold(text))) continue;
    const line = n;
    for (const m of mentionsIn(text)) {
      if (m.title === undefined || out.some((o) => o.name?.value === m.name)) continue;
      // "adressée à Madame Ana Exemple, Ministre …": the courtesy is no part of her name.
      const { honorific, rest } = splitHonorific(m.name);
      const courtesy = honorific !== undefined && isPersonName(rest) ? { honorific: { value: honorific, line } } : {};
      const name = courtesy.honorific === undefined ? m.name : rest;
      out.push({ line, confidence: 'low', nameFromOffice: false, name: { value: name, line }, ...courtesy, title: { value: m.title, line }, address: [], emails: [], copy: false, unsure: [] });
    }
  }
  return out;
}
