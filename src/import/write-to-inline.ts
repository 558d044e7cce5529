// "Schreiben Sie in gutem Russisch, Englisch oder auf Deutsch an: Generalstaatsanwalt Jane Doe …",
// "Please write to: President Jane Doe, …", "Écrivez à : Président Jean Exemple …": the line that
// announces the officials and the first official run together, where a page lost its line break
// after the colon. It is cut at the colon, so that each part is read as it is on a line of its own.
// Only an instruction to write or send whose colon follows "to" ("an", "an den", "à", "a", "till") is cut, and
// only when an office, a courtesy title or a person's name opens what follows.
import { fold } from './fold.js';
import { isPersonName, isRoleLike, splitHonorific } from './official-words.js';

/** Up to the colon after "to": the instruction's own words (a few dozen at most). */
const HEAD = /^(.{2,200}?\s(?:an(?: den| die)?|to(?: the)?|a|à|al|au|till|para|aan|naar|do)\s?:)\s+(?=[\p{Lu}‘'])/u;
/** The verb that makes it an instruction to write or send, after a "please" ("Bitte schreiben Sie …"). */
const WRITE = /^(?:(?:please|kindly|bitte|por favor|veuillez|merci d'?)\s+)?(?:write|send|address|schreiben sie|senden sie|richten sie|ecrivez|ecrire|adressez|envoyez|escrib[ae]n?|escribele|dirij[ae]n?|envi[ae]n?|skriv|skicka|escreva|envie|scrivete|scrivi|inviate|pisz|napisz|piszcie|napiszcie|wyslij|wyslijcie)\b/;

/** "L'imprimer, la signer, l'envoyer à : Monsieur le Ministre …": a petition's steps, the last one sending it (folded). */
const STEPS_THEN_SEND = /^(?:(?:l'|la |le |les )?[a-z]+(?:er|ir|re),\s*(?:et\s+)?){1,3}(?:l'|la |le |les )?(?:envoyer|adresser|expedier|poster)\s+(?:a|au|aux)\s?:/;

export function splitWriteToHead(line: string): [string, string] | undefined {
  // Cheap tests first: most lines hold no colon, or are too long to be an official's line.
  if (line.length > 600 || !line.includes(':') || !(WRITE.test(fold(line.slice(0, 40))) || STEPS_THEN_SEND.test(fold(line.slice(0, 80))))) return undefined;
  const m = HEAD.exec(line);
  if (!m?.[1]) return undefined;
  const rest = line.slice(m[0].length);
  return opensOfficial(rest) ? [m[1], rest] : undefined;
}

/** "Generalstaatsanwalt …", "President Jane Doe", "H.E. …", "Jane Doe, Minister …". */
export function opensOfficial(text: string): boolean {
  const words = text.split(/\s+/).slice(0, 6);
  if (splitHonorific(words.join(' ')).honorific !== undefined) return true;
  if (isRoleLike(words[0]?.replace(/[,;]$/u, '') ?? '')) return true;
  // A name ends at a comma, the line's end, or where the next field (capitalised, or a number)
  // starts: "Ihre Abgeordneten im Bundestag" goes on in lower case, as a sentence does.
  for (let k = 2; k <= 4; k++) {
    const next = words[k];
    const ends = /[,;]$/u.test(words[k - 1] ?? '') || next === undefined || /^[\p{Lu}\d]/u.test(next);
    if (ends && isPersonName(words.slice(0, k).join(' ').replace(/[,;]$/u, ''))) return true;
  }
  return false;
}

/** "An den Generalstaatsanwalt von X:", "To the Minister of Justice:", "Al Fiscal General:", "À la Ministre :". */
const ADDRESSEE = /^(?:an (?:den|die|das)|an herrn|an frau|to the|to|al|a la|à la|au|aux|à l['’])\s+(\p{Lu}[^:]{2,80}?)\s?:\s+(\p{Lu}.{5,400})$/iu;

/**
 * "An den Generalstaatsanwalt von Argentinien: Jane Doe, Ministerio Público, Calle 1, Ciudad": a
 * line that names the office the letter goes to, then the official and the address, each part
 * after a comma. Cut into the office, the name and one line per part, as a page prints them one a
 * line. Only when the office is one and a person's name (with a courtesy title or not) follows.
 */
export function splitAddresseeLine(line: string): string[] | undefined {
  if (line.length > 500 || !line.includes(':') || !line.includes(',')) return undefined;
  const m = ADDRESSEE.exec(line);
  const office = m?.[1]?.trim();
  const rest = m?.[2];
  if (!office || !rest || !isRoleLike(office) || isPersonName(office)) return undefined;
  const parts = rest.split(/\s*,\s+/).map((p) => p.trim()).filter((p) => p !== '');
  const who = parts[0] ?? '';
  if (parts.length < 2 || !(isPersonName(who) || isPersonName(splitHonorific(who).rest))) return undefined;
  return [office, ...parts];
}
