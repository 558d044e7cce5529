// A document site (issuu and the like) flattens a letter page so that the greeting runs straight on
// with the letter's first sentence, with no comma and no break between them: "Zijne excellentie, de
// ambassadeur van Exampleland Ik schrijf u …", "Dear Minister of Justice I am writing to you …".
// Read whole, the line is neither a greeting nor the letter, and the letter is lost. It is cut where
// the greeting ends: after a courtesy form's opening words and whom it greets (an office, a name, or
// nothing more), before a word that opens a letter's first sentence ("Ik", "I", "Wir", "Je", "Le")
// and running text after it. Any other capitalised word may be a surname ("Madame Exemple a été
// arrêtée …" is a sentence about her), so only those words end a greeting. The greeting gets the comma a
// greeting line ends with, so that it is read as the line it was. Only a known courtesy opening,
// whom it greets read as an office or a person, and running text after: any other line stays whole.
import { isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole } from './official-words.js';

/** A greeting's courtesy opening in the languages the pages write (printed case), and the comma that may follow it. */
const COURTESY = /^(?:(?:Zijne|Hare|Uwe) [Ee]xcellentie|Excellentie|Geachte|Hooggeachte|Dear|Your Excellency|Excellency|Sehr geehrte[rs]?|Exzellenz|Monsieur|Madame|Excellence|Estimad[oa]|Señora?|Excelentísim[oa](?: Señora?)?|Excelencia|Egregi[oa]|Eccellenza|Gentile|Signor[ae]?|Prezad[oa]|Excelentíssim[oa](?: Senhora?)?)\b,?\s*/u;
/** Cheap pre-test on the line's first letters: one of COURTESY's opening letters. */
const COURTESY_FIRST = /^(?:Z|H|U|Ex|G|D|Y|S|M|Es|Eg|Ec|P)/;
/**
 * The words a letter's first sentence opens with in the languages the pages write: the writer
 * ("I", "Ik", "Ich", "Je", "Io", "Yo", "Eu" and their plurals), the reader as object ("Le", "Vous"
 * is lower case after "Je"), and the few openers of a request ("Please", "Hiermit", "Venho").
 */
const SENTENCE_OPENERS = new Set(['I', 'We', 'Please', 'Ik', 'Wij', 'Hierbij', 'Graag', 'Ich', 'Wir', 'Hiermit', 'Bitte', 'Je', 'Nous', 'Io', 'Noi', 'Le', 'Mi', 'Ci', 'Scrivo', 'Yo', 'Nosotros', 'Me', 'Nos', 'Les', 'Escribo', 'Eu', 'Nós', 'Venho', 'Escrevo']);
/** A word of running text: lower case. */
const LOWER = /^\p{Ll}/u;
/** A word the greeted office or name cannot end with ("… van", "… of the"). */
const JOINING = /^(?:of|the|and|to|for|van|de|der|den|het|von|und|du|des|la|le|del|di|da|do|dos|y|e|et)$/u;
/** The greeting is a few words; the letter that follows is running text. */
const MAX_GREETING_WORDS = 10;
const MIN_LOWER_WORDS = 6;
const LOOK_AHEAD = 12;

/** [the greeting with its comma, the letter's text], or undefined. */
export function splitRunOnGreeting(line: string): [string, string] | undefined {
  if (line.length < 60 || !COURTESY_FIRST.test(line)) return undefined;
  const opening = COURTESY.exec(line);
  if (!opening) return undefined;
  const words = line.split(/\s+/u);
  const openingWords = opening[0].trim().split(/\s+/u).length;
  for (let i = openingWords; i < Math.min(words.length, openingWords + MAX_GREETING_WORDS); i++) {
    const word = words[i] ?? '';
    // A comma or a stop inside the greeting's words: a greeting line that ends with one is another rule's (glued-greeting.ts); a sentence is none.
    if (i > openingWords && /[.;:!?]$/u.test(words[i - 1] ?? '')) return undefined;
    // "Le" before "de …" is no pronoun opening a sentence: a small word that joins the next is a name's or an office's.
    if (!SENTENCE_OPENERS.has(word) || !LOWER.test(words[i + 1] ?? '') || JOINING.test(words[i + 1] ?? '')) continue;
    const ahead = words.slice(i + 1, i + 1 + LOOK_AHEAD).filter((w) => LOWER.test(w)).length;
    if (ahead < MIN_LOWER_WORDS) continue;
    const greeting = words.slice(0, i).join(' ');
    if (JOINING.test(words[i - 1] ?? '') || /,$/u.test(greeting) || !greetsWhom(greeting.slice(opening[0].trimEnd().length).replace(/^,?\s*/u, ''))) return undefined;
    return [`${greeting},`, words.slice(i).join(' ')];
  }
  return undefined;
}

/** Whom the greeting greets after its courtesy words: nothing more, an office, or a person (with a courtesy title or an office before the name). */
function greetsWhom(rest: string): boolean {
  if (rest === '') return true;
  if (isOrganisation(rest)) return false;
  return isRoleLike(rest) || isPersonName(splitHonorific(rest).rest) || splitLeadingRole(rest) !== undefined;
}
