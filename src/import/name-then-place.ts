// "Président Abdel Fattah al Sissi Palais Al Ittihadia", "President Jane Doe Presidential Palace",
// "Presidente Juan Ejemplo Palacio de Miraflores": a page that lost the line break between the
// official's name and the palace he sits in. The line is cut where the palace's name starts, when
// what stands before it is an office and a person's name (or a courtesy title and a name), and what
// follows is a short name of a building. Anything else stays whole.
import { isPersonName, splitHonorific, splitLeadingRole } from './official-words.js';

/** The building an office sits in, in the languages UAs come in ("Palais", "Palacio", "Palast"). */
const PALACE = /^(?:Palais|Palace|Palacio|Palácio|Palast|Palazzo|Paleis|Slott|Presidential|Présidence|Presidencia)$/u;
/** Words of a building's name: capitalised, or the small words of one ("de", "of the", "al"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*|de|del|de la|of|the|du|des|al|el|la|le|von|der)$/u;

export function splitNameThenPlace(line: string): [string, string] | undefined {
  // An official's first line is short, has no colon, no number and no sentence in it.
  if (line.length > 120 || /[:@\d.!?;]\s|[:@\d]/u.test(line)) return undefined;
  const words = line.trim().split(/\s+/);
  // "Presidential Palace", "Palais présidentiel": the building's name, two to six words.
  const at = words.findIndex((w, i) => i >= 2 && PALACE.test(w) && words.length - i >= 2 && words.length - i <= 6);
  if (at < 0 || !words.slice(at).every((w) => NAME_WORD.test(w) || /^\p{Ll}+$/u.test(w))) return undefined;
  const head = words.slice(0, at).join(' ');
  const { honorific, rest } = splitHonorific(head);
  const person = isPersonName(head) || splitLeadingRole(head) !== undefined || (honorific !== undefined && (isPersonName(rest) || splitLeadingRole(rest) !== undefined));
  return person ? [head, words.slice(at).join(' ')] : undefined;
}
