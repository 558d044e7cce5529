// An instruction may name only an office ("Write to the Chief Justice", "Schreiben Sie an die Oberste
// Justizautorität") while the sample letter's greeting names the person who holds it ("Dear Chief
// Justice John Smith,"). The name is taken from the greeting only when the greeting plainly names
// that office: after its opening words and a courtesy title, the office's own words (all of them,
// or those before its "of"), then a name and nothing else. A greeting that names another office, a
// person alone ("Dear Mr Smith"), or no one is no answer: the name stays for the reader to write.
import { fold } from './fold.js';

/** The greeting's opening words (folded), up to the office: "dear", "sehr geehrter herr", "monsieur le", "senor". */
const OPENING = /^(?:dear|to|estimad[oa]|distinguid[oa]|excelentisim[oa]|senora?|sr\.|sra\.|monsieur|madame|sehr geehrter?|geehrter?|egregi[oa]|gentile|caro|cara)\s+/;
/** A courtesy title or an article between the opening and the office ("Herr", "le", "Mr", "Señor"). */
const COURTESY = /^(?:herr|frau|mr\.?|mrs\.?|ms\.?|madam|sir|le|la|l'|el|senor|senora|sr\.|sra\.|signor|signora)$/;
/** Words inside an office after which its qualifier comes ("Minister of Justice" is greeted "Minister"). */
const JOIN = /^(?:of|for|de|du|des|del|della|di|der|von|fur|pour|para)$/;
/** A word of a person's name as printed: a capital, then letters, hyphens, apostrophes ("Jean-Marc", "O'Brien"). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u;

/**
 * The name the greeting gives the holder of `title`: "Dear Chief Justice John Smith," → "John Smith"
 * for "Chief Justice"; "Monsieur le Procureur général Jean Dupont," → "Jean Dupont" for "Procureur
 * général"; "Dear Minister Doe," → "Doe" for "Minister of Justice". Undefined when it names no one
 * or another office.
 */
export function greetedName(greeting: string, title: string): string | undefined {
  const printed = greeting.trim().replace(/[\s,:;!]+$/u, '').split(/\s+/u);
  if (printed.length > 12) return undefined;
  const folded = printed.map((w) => fold(w));
  let at = 0;
  // "Sehr geehrter Herr", "Monsieur le", "Excelentísimo Señor": the opening may take two or three words.
  for (let i = 0; i < 3 && at < folded.length; i++) {
    const rest = folded.slice(at).join(' ');
    const open = OPENING.exec(`${rest} `);
    if (open) at += open[0].trim().split(/\s+/u).length;
    else if (COURTESY.test(folded[at] ?? '')) at += 1;
    else break;
  }
  if (at === 0) return undefined;
  const office = fold(title).split(/\s+/u);
  // All of the office, or the words before its joining word ("Minister" of "Minister of Justice").
  const lengths = [office.length, office.findIndex((w) => JOIN.test(w))].filter((k) => k > 0);
  for (const k of lengths) {
    if (!office.slice(0, k).every((w, i) => folded[at + i] === w)) continue;
    const name = printed.slice(at + k);
    const real = name.filter((w) => !COURTESY.test(fold(w)));
    if (real.length >= 1 && real.length <= 4 && name.every((w) => NAME_WORD.test(w)) && real.length === name.length) return name.join(' ');
  }
  return undefined;
}
