// A narrow column wraps an office over two lines, and the break often falls after a preposition:
// "Exma. Sra. Governadora do" / "Estado do Pará", "Minister of" / "Justice and Public Security".
// A header line that ends in such a word is joined with the header line under it before the
// block is read, so the office is read whole (and its first half is never taken for a name).
import { nextTo } from './spacing.js';

/** Words an office's name never ends in: en, es, pt, fr, de, it. */
const DANGLING = /\s(?:of|for|the|and|de|del|de la|do|da|dos|das|du|des|de l'|der|des|für|di|della|dello|e|et|y|und)$/iu;

/** "Exma. Sra. Governadora do": a line that stops at a preposition or an article, its office unfinished. */
export const endsDangling = (text: string): boolean => DANGLING.test(text.trim());

/** The next line goes on with a name ("Estado do Pará") or an article and a name ("la Nación"). */
export const continuesOffice = (text: string): boolean => /^(?:(?:la|el|los|las|le|les|the|l['’])\s*)?\p{Lu}/u.test(text.trim());

/**
 * "Prime Minister" / "of the Islamic Republic of Example", "Ambassade de la République" / "islamique
 * d'Exemple": the next line goes on with the office's preposition, or with a word in lower case and
 * then one ("islamique du …"). No name, and no header line of its own, opens so.
 */
const GOES_ON = /^(?:\p{Ll}[\p{Ll}-]*\s+)?(?:of|for|de|del|de la|des|du|d['’]|der|für|di|della|do|da|dos|das|van|von)(?:\s|(?<=['’]))/u;
export const goesOnWithOffice = (text: string): boolean => GOES_ON.test(text.trim());

/** A block's line as the officials' reader keeps it (official-block.ts's BlockLine, which imports this file). */
interface WrappedLine {
  n: number;
  text: string;
  address: boolean;
  under?: boolean | undefined;
}

/** The block's lines, with each header line that ends in a dangling word joined to the next header line. */
export function joinWrappedOffices<T extends WrappedLine>(lines: readonly T[], isContact: (text: string) => boolean): T[] {
  const out: T[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    const next = lines[i + 1];
    const header = (l: T) => !l.address && !isContact(l.text);
    // The cheap tests first: a contact line is parsed only for the rare line that dangles.
    if (next && nextTo(line, next) && ((endsDangling(line.text) && continuesOffice(next.text)) || goesOnWithOffice(next.text)) && header(line) && header(next)) {
      out.push({ ...line, text: `${line.text.trim()} ${next.text.trim()}` });
      i++;
    } else out.push(line);
  }
  return out;
}
