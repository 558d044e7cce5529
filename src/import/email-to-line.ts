// A section's list of ways to send the appeal names each addressee in a line of prose and gives
// its email after "E-Mail an:", with no block of contact details:
//   • den Appell per Post an den Präsidenten von Exampleland (Adresse am Anfang des Briefes) oder per E-Mail an: contact@president.example
//   • die Kopie an die Botschaft von Exampleland in Bern (siehe Adresse am Ende des Briefes) oder per E-Mail an: bern@mfa.example
// The addressee after "an den", "to the", "à l'" is the official as printed (an office or an
// institution, no person), the email after the label his; a line that sends the copy ("die
// Kopie", "a copy", "une copie") names a copy. A remark in brackets is no address. Read only
// where nothing else named an official.
// A letter writers' circle prints the same as a list of items, the addressee before a colon and
// every email of his after it, a copy marked with the item's first words, the "@" perhaps written
// " at " against robots:
//   - al Presidente della Regione: segreteria at regione.example, presidente at regione.example,
//   - per conoscenza al Ministro dell'Interno: ministro at interno.example
//   • a copy to the Embassy of Exampleland: london@mfa.example
// Each item to an office or an institution is an official with all its emails; an item written to
// anyone else (the campaign's own committee, "the associations that promote this") is left out,
// and so is any item whose value is not a list of emails and nothing else.
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
/** "- al …:", "• to the …:": a list item addressed with a preposition, its value after the colon. */
const ITEM = /^\s*[-–•*·]\s+([^:@]{3,140}?)\s*:\s*(\S.*)$/u;
/** "per conoscenza", "cc", "in copia", "en copie", "a copy": an item that sends the copy. */
const ITEM_COPY = /^(?:per conoscenza|p\.\s?c\.|cc|in copia|con copia|copia|en copie|copie|a copy|copy|copies|in kopie|kopie|con copia)\b/iu;
/** "presidente at governo.example", "info [at] example.org": an email written in words, alone in a list's slot. */
const WORDED_EMAIL = /^([\p{L}\p{N}._%+-]+)\s*(?:\s(?:at|AT)\s|\[(?:at|@)\]|\((?:at|@)\))\s*([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})$/u;
/** How far down the page such lines are looked for. */
const LIMIT = 200;

/** The officials such lines name, each with its email; none when no line is of this kind. */
export function emailToOfficials(doc: ImportText): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  for (let n = 1; n <= Math.min(doc.lines.length, LIMIT); n++) {
    const line = lineAt(doc, n);
    // Cheap first: the label needs a colon, and an "@" or a list item's mark.
    if (line.length > 600 || !line.includes(':') || (!line.includes('@') && !/^\s*[-–•*·]\s/u.test(line))) continue;
    const official = readItem(line, n) ?? (line.includes('@') ? readLine(line, n) : undefined);
    if (official) out.push(official);
  }
  return out;
}

/** An office or an institution as printed: a few words, opening with a capital, no sentence in it. */
function isAddressee(addressee: string): boolean {
  const words = addressee.split(/\s+/u);
  if (words.length < 1 || words.length > 10 || /[.!?:;,]/u.test(addressee)) return false;
  // An office or an institution only: a person named so ("greetings to Karim Example by email to: …") may be the one at risk.
  // German gives the office in the case "an den" asks for ("Präsidenten"): its word without the ending is the office.
  const folded = fold(addressee);
  return hasOfficeWord(folded) || hasOfficeWord(folded.replace(/(?<=\p{L}{4})en\b/gu, '')) || isOrganisation(addressee);
}

/** "- per conoscenza al Presidente del Senato: a at senato.example, b at senato.example": one item of a list of addressees. */
function readItem(line: string, at: number): ImportedOfficial | undefined {
  const m = ITEM.exec(line);
  if (!m) return undefined;
  const head = (m[1] ?? '').replace(REMARK, '').trim();
  // The preposition opens the item, after at most the words that mark a copy: a sentence is no item.
  const to = [...head.matchAll(TO)][0];
  if (!to) return undefined;
  const lead = head.slice(0, to.index ?? 0).trim();
  const copy = lead !== '' && ITEM_COPY.test(lead);
  if (lead !== '' && (!copy || lead.split(/\s+/u).length > 3)) return undefined;
  const addressee = head.slice((to.index ?? 0) + to[0].length).trim();
  const emails = emailList(m[2] ?? '');
  if (emails === undefined || !isAddressee(addressee)) return undefined;
  return officeEmailed(addressee, emails, copy, at);
}

/** An office reached only by the emails its line gives: read at low confidence, no address. */
function officeEmailed(addressee: string, emails: string[], copy: boolean, at: number): ImportedOfficial {
  return {
    line: at,
    confidence: 'low',
    nameFromOffice: true,
    name: { value: addressee, line: at },
    address: [],
    emails: emails.map((value) => ({ value, line: at })),
    copy,
    unsure: [],
  };
}

/** The emails of a value that is a list of emails and nothing else (each perhaps written in words); undefined otherwise. */
function emailList(value: string): string[] | undefined {
  const slots = value.split(/\s*[,;]\s*/u).map((s) => s.trim().replace(/\.$/u, '')).filter((s) => s !== '');
  const emails: string[] = [];
  for (const slot of slots) {
    const worded = WORDED_EMAIL.exec(slot);
    const email = worded ? `${worded[1]}@${worded[2]}` : emailsIn(slot)[0];
    // A slot holding anything but its email (a remark, a second word) is no list of emails.
    if (email === undefined || (!worded && email !== slot) || isOwnEmail(email)) return undefined;
    emails.push(email);
  }
  return emails.length > 0 ? emails : undefined;
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
  if (!isAddressee(addressee)) return undefined;
  return officeEmailed(addressee, [email], COPY.test(before.slice(0, start)), at);
}
