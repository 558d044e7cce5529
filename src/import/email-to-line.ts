// A section's list of ways to send the appeal names each addressee in a line of prose and gives
// its email after "E-Mail an:", with no block of contact details:
//   • den Appell per Post an den Präsidenten von Exampleland (Adresse am Anfang des Briefes) oder per E-Mail an: contact@president.example
//   • die Kopie an die Botschaft von Exampleland in Bern (siehe Adresse am Ende des Briefes) oder per E-Mail an: bern@mfa.example
// The addressee after "an den", "to the", "à l'" is the official as printed (an office or an
// institution, no person), the email after the label his; a line that sends the copy ("die
// Kopie", "a copy", "une copie") names a copy. A remark in brackets is no address. Read only
// where nothing else named an official.
import { emailsIn } from './contact-line.js';
import type { ImportedOfficial } from './official-block.js';
import { hasOfficeWord } from './office-words.js';
import { isOrganisation } from './official-words.js';
import { isOwnEmail } from './own-emails.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "per E-Mail an:", "by email to:", "par courriel à :", "por correo a:": the label, then the email. */
const EMAIL_TO = /(?:^|\s)(?:(?:oder|or|ou|o)\s+)?(?:(?:per|by|par|por|via)\s+)?(?:e-?mail|courriel|correo(?:-e)?|correo electr[oó]nico)\s+(?:an|to|à|a|al)\s?:\s*(\S+@\S+)/iu;
/** "an den", "to the", "à l'", "a la": the last such preposition before a capital opens the addressee. */
const TO = /(?:^|\s)(?:an\s+(?:den|die|das)|to\s+the|to|au|aux|à\s+la|à\s+l['’]|à|a\s+la|al|alla|all['’]|ao|à)\s+(?=\p{Lu})/gu;
/** The line sends a copy, not the letter. */
const COPY = /\b(?:kopie|kopien|copy|copies|copie|copia|cópia)\b/iu;
/** "(Adresse am Anfang des Briefes)", "(see the address below)": a remark, never part of the addressee. */
const REMARK = /\s*\([^()]{0,120}\)/gu;
/** Words that join an addressee's phrase to the way of sending ("oder per Post", "or by"). */
const TRAILING_WAY = /\s+(?:oder|or|ou|o|y|und|and|et)(?:\s+(?:per|by|par|por|via)(?:\s+\S+)?)?\s*$/iu;
/** How far down the page such lines are looked for. */
const LIMIT = 200;

/** The officials such lines name, each with its email; none when no line is of this kind. */
export function emailToOfficials(doc: ImportText): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  for (let n = 1; n <= Math.min(doc.lines.length, LIMIT); n++) {
    const line = lineAt(doc, n);
    // Cheap first: the label needs an "@" and a colon.
    if (line.length > 600 || !line.includes('@') || !line.includes(':')) continue;
    const official = readLine(line, n);
    if (official) out.push(official);
  }
  return out;
}

function readLine(line: string, at: number): ImportedOfficial | undefined {
  const m = EMAIL_TO.exec(line);
  const email = m ? emailsIn(m[1] ?? '')[0] : undefined;
  if (!m || email === undefined || isOwnEmail(email)) return undefined;
  const before = line.slice(0, m.index).replace(REMARK, '').replace(TRAILING_WAY, '').replace(/[\s,;:]+$/u, '');
  let start = -1;
  for (const to of before.matchAll(TO)) start = (to.index ?? 0) + to[0].length;
  if (start < 0) return undefined;
  const addressee = before.slice(start).trim();
  // An office or an institution as printed: a few words, opening with a capital, no sentence in it.
  const words = addressee.split(/\s+/u);
  if (words.length < 1 || words.length > 10 || /[.!?:;,]/u.test(addressee)) return undefined;
  // An office or an institution only: a person named so ("greetings to Karim Example by email to: …") may be the one at risk.
  // German gives the office in the case "an den" asks for ("Präsidenten"): its word without the ending is the office.
  const folded = fold(addressee);
  if (!hasOfficeWord(folded) && !hasOfficeWord(folded.replace(/(?<=\p{L}{4})en\b/gu, '')) && !isOrganisation(addressee)) return undefined;
  return {
    line: at,
    confidence: 'low',
    nameFromOffice: true,
    name: { value: addressee, line: at },
    address: [],
    emails: [{ value: email, line: at }],
    copy: COPY.test(before.slice(0, start)),
    unsure: [],
  };
}
