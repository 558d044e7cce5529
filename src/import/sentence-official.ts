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
const WRITE_VERB = /\b(?:ecri(?:re|vez|vant)|envoye[zr]|envoyant|adresse[zr]|adressant|write|send|email|escrib[ae]n?|escribele|envi[ae]n?|schreiben sie|senden sie|skriv|escreva|envie)\b/;

/** "au Président", "to President", "al Presidente", "an den Präsidenten": the office right after "to". */
const OFFICE_THEN_NAME = new RegExp(
  String.raw`(?:^|\s)(?:au|a la|a l'|aux|to(?: the)?|al|a|an den|an die|an)\s+` +
    String.raw`((?:president|presidente|presidenta|roi|reine|king|queen|emir|sultan|rey|reina|ministre|minister|ministro|ministra|prime minister|premier ministre|procureur general|prosecutor general|attorney general|fiscal general|prasident(?:en|in)?|konig|ministerprasident(?:en|in)?|generalstaatsanwalt|staatsanwalt)(?:\s+(?:de la|du|de|of|del|der)\s+[\p{L}'-]+)?)\s+`,
  'u',
);

/** A person's name: capitalised words with the particles Arabic, Spanish, Dutch names use. */
const NAME = /^(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|el|bin|ibn|bint|abu|de|del|da|dos|van|von|der|la)\b[\s-]*)*\p{Lu}?[\p{L}'’-]+)+?)\s*(?:[:,.]|$)/u;
/**
 * The same name followed by the channel rather than a colon: "… Al Saud via l'e-mail du ministère
 * des affaires étrangères : info@…", "… Doe at office@…", "… por correo electrónico: …", or by a
 * second recipient ("… and to the embassy"). The name is only the capitalised words (and
 * particles) before that word.
 */
const NAME_THEN_CHANNEL = /^(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|el|bin|ibn|bint|abu|de|del|da|dos|van|von|der|la)\b[\s-]*)*\p{Lu}[\p{L}'’-]+)+)\s+(?=(?:via|par|by|at|through|using|on|por|mediante|a trav[eé]s|per|[uü]ber|unter|and|et|y|und)\b)/u;
/**
 * Between the name and the email: the channel ("via l'e-mail du ministère …", "at"), short, with
 * no second recipient ("et à l'ambassade …", "and to the embassy"), whose email is not his.
 */
const CHANNEL_THEN_EMAIL = /^\s*((?:via|par|by|at|through|using|on|por|mediante|a traves|per|uber|unter)\b[^:@]{0,80}?)\s*:?\s*(\S+@\S+)/;
const SECOND_RECIPIENT = /(?:^|\s)(?:et|and|y|und|e|och)(?=\s)|\b(?:ambassade|embassy|embajada|botschaft|consulat|consulate|consulado)\b/;

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
    const name = NAME_THEN_CHANNEL.exec(line.slice(at)) ?? NAME.exec(line.slice(at));
    const value = name?.[1]?.trim();
    if (!value || value.split(/\s+/).length < 2 || value.split(/\s+/).length > 7) continue;
    const after = line.slice(at + value.length);
    // The email goes with the name only when a colon joins them ("… al-Sissi : p.spokesman@…"), or
    // the channel alone stands between them ("… Al Saud via l'e-mail du ministère … : info@…").
    const email = /^\s*:\s*(\S+@\S+)/.exec(after)?.[1] ?? channelEmail(after);
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

/** The email after "via …", "at", "por …" when nothing in between names someone else. */
function channelEmail(after: string): string | undefined {
  const folded = fold(after);
  const m = CHANNEL_THEN_EMAIL.exec(folded);
  if (!m || SECOND_RECIPIENT.test(m[1] ?? '') || folded.length !== after.length) return undefined;
  // fold() keeps one character for one: the email is cut from the original, capitals and all.
  return after.slice(m[0].length - (m[2]?.length ?? 0), m[0].length);
}
