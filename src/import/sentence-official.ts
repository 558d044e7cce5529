// An official named only inside the instruction to the reader, with no block of contact lines:
// "… envoyez-le par email au Président Abdel Fattah al-Sissi : p.spokesman@op.gov.eg.", "Veuillez
// écrire une lettre … au roi Salman bin Abdulaziz al Saoud:", "Please write to President Jane
// Doe: office@example.org". Read only when no block of officials was found, and only from a line
// that tells the reader to write or send: the office word, the name in capitals (with its
// particles), and an email right after a colon. Anything less clear is left to the reader.
import { emailsIn } from './contact-line.js';
import { isInstruction } from './furniture.js';
import type { ImportedOfficial } from './official-block.js';
import { fold } from './text.js';
import { sourceLine, type ImportText } from './types.js';

/** The verb that makes the line an instruction to write or send ("écrivez", "envoyez-le", "write"). */
const WRITE_VERB = /\b(?:ecri(?:re|vez)|envoye[zr]|adressez|write|send|email|escrib[ae]n?|envi[ae]n?|schreiben sie|senden sie|skriv|escreva|envie)\b/;

/** "au Président", "to President", "al Presidente", "an den Präsidenten": the office right after "to". */
const OFFICE_THEN_NAME = new RegExp(
  String.raw`(?:^|\s)(?:au|a la|a l'|aux|to(?: the)?|al|a|an den|an die)\s+` +
    String.raw`((?:president|presidente|presidenta|roi|reine|king|queen|emir|sultan|rey|reina|ministre|minister|ministro|ministra|prime minister|premier ministre|procureur general|prosecutor general|attorney general|fiscal general|prasidenten|konig|ministerprasidenten)(?:\s+(?:de la|du|de|of|del|der)\s+[\p{L}'-]+)?)\s+`,
  'u',
);

/** A person's name: capitalised words with the particles Arabic, Spanish, Dutch names use. */
const NAME = /^(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|el|bin|ibn|bint|abu|de|del|da|dos|van|von|der|la)\b[\s-]*)*\p{Lu}?[\p{L}'’-]+)+?)\s*(?:[:,.]|$)/u;

export function sentenceOfficials(doc: ImportText, limit = 80): ImportedOfficial[] {
  for (let n = 1; n <= Math.min(doc.lines.length, limit); n++) {
    const line = doc.lines[n - 1] ?? '';
    if (line.length > 400) continue;
    const f = fold(line);
    if (!WRITE_VERB.test(f) && !isInstruction(line)) continue;
    const office = OFFICE_THEN_NAME.exec(f);
    if (!office) continue;
    // fold() keeps one character for one (accents dropped), so the offsets hold in the original line.
    if (f.length !== line.length) continue;
    const at = office.index + office[0].length;
    // The name is told by its capitals, which only the original line has.
    const name = NAME.exec(line.slice(at));
    const value = name?.[1]?.trim();
    if (!value || value.split(/\s+/).length < 2 || value.split(/\s+/).length > 7) continue;
    const after = line.slice(at + value.length);
    // The email goes with the name only when a colon joins them ("… al-Sissi : p.spokesman@…").
    const email = /^\s*:\s*(\S+@\S+)/.exec(after)?.[1];
    const emails = email ? emailsIn(email).map((e) => ({ value: e, line: sourceLine(doc, n) })) : [];
    const officeAt = office.index + office[0].indexOf(office[1] ?? '');
    const title = line.slice(officeAt, officeAt + (office[1]?.length ?? 0)).trim();
    return [
      {
        line: sourceLine(doc, n),
        confidence: 'low',
        nameFromOffice: false,
        name: { value, line: sourceLine(doc, n) },
        title: title === '' ? undefined : { value: title.charAt(0).toUpperCase() + title.slice(1), line: sourceLine(doc, n) },
        address: [],
        emails,
        copy: false,
        unsure: [],
      },
    ];
  }
  return [];
}
