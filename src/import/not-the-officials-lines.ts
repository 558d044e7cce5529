// Lines that a block of contact details can run into but that are never an official's: the sender's
// or creator's line ("créée par : Section Exemple, 12 rue Exemple, 75000 Paris", "On behalf of 12
// members of Group 99", "Forwarded by …"), an AI document's index or issue heading ("AI Index: ASA
// 00/000/2000", "EXTRA 12/00 …", "UA 123/00") and the heading over the story of the person the
// appeal is for ("Fallbeschreibung", "Case description"). Each sits at a block's end with nothing of
// the official's under it: the block is cut there, and what it leaves with no office and no way to
// reach anyone (the signer over "On behalf of", the forwarding desk over the index line, the person
// at risk over his story's heading) was never an official.
import type { BlockLine, ImportedOfficial } from './official-block.js';
import { reachableBy } from './official-block.js';
import { isPersonName, isRoleLike } from './official-words.js';

/** Cheap gate: the first letters these lines can open with (every pattern below is anchored too). */
const GATE = /^\s*(?:cr|on|im|au|en|fo|tr|we|er|in|la|st|pu|ai|am|ex|ua|fa|ca|de|th|le|el|ma|wi)/iu;

/** "Created by", "créée par", "erstellt von", "creada por", "forwarded by", "on behalf of", "im Namen von", "au nom de", "en nombre de". */
const SENDER = /^\s*(?:(?:created|initiated|launched|started|forwarded)\s+by|cr[ée]{2}e?s?\s+par|lanc[ée]e?\s+par|transmise?\s+par|erstellt\s+von|initiiert\s+von|weitergeleitet\s+von|cread[oa]\s+por|iniciad[oa]\s+por|on\s+behalf\s+of|im\s+(?:namen|auftrag)\s+(?:von|der|des)|au\s+nom\s+d[eu]s?|en\s+nombre\s+de)\b/iu;

/** "AI Index: ASA 35/000/2002", "PUBLIC AI Index: …", "Index AI : …", "EXTRA 63/02 …", "UA 123/02 …": a document's reference, never an address. */
const REFERENCE = /^\s*(?:(?:public\s+)?(?:ai|amnesty international)\s+index\b|index\s*(?:ai|:)|(?:extra|ua)\s+\d{1,4}\s*\/\s*\d{2,4}\b)/iu;

/** "Fallbeschreibung", "Case description", "Description du cas", "Descripción del caso": the heading over the person's story, alone on its line. */
const CASE_HEADING = /^\s*(?:fallbeschreibung|der fall|case (?:description|summary|details)|the case|description du cas|le cas|descripci[óo]n del caso|el caso|caso)\s*:?\s*$/iu;

/** "Thank you.", "Many thanks for your action!": an appeal's thanks to its readers, signed by its desk under it. */
const THANKS = /^\s*(?:thank you|thanks|many thanks|with thanks)\b[^@:]{0,80}$/iu;

export type NotOfficialsKind = 'sender' | 'reference' | 'case' | 'thanks';

/** What such a line is, or undefined for any other line. */
export function notOfficialsLineKind(text: string): NotOfficialsKind | undefined {
  if (text.length > 200 || !GATE.test(text)) return undefined;
  if (SENDER.test(text)) return 'sender';
  if (REFERENCE.test(text)) return 'reference';
  if (CASE_HEADING.test(text)) return 'case';
  if (THANKS.test(text)) return 'thanks';
  return undefined;
}

const WHY: Record<NotOfficialsKind, string> = {
  sender: "the sender's or the page's creator's line (and what follows it): not an official's",
  reference: "a document's index or issue heading (and what follows it): not an official's",
  case: 'the heading over the story of the person the appeal is for (and what follows it): not an official',
  thanks: "the appeal's thanks to its readers (and its sender's lines under it): not an official's",
};

/** "On behalf of …", "Im Namen von …", "Au nom de …", "En nombre de …": a signer's line, his name right above it. */
const SIGNED_FOR = /^\s*(?:on\s+behalf\s+of|im\s+(?:namen|auftrag)\s+(?:von|der|des)|au\s+nom\s+d[eu]s?|en\s+nombre\s+de)\b/iu;

/** The block's lines above the first such line, and the lines cut with why. */
export function cutAtNotOfficials(lines: readonly BlockLine[]): { kept: BlockLine[]; cut: Array<{ n: number; text: string; why: string }> } | undefined {
  let at = lines.findIndex((l) => notOfficialsLineKind(l.text) !== undefined);
  if (at < 0) return undefined;
  const line = lines[at] as BlockLine;
  const why = WHY[notOfficialsLineKind(line.text) as NotOfficialsKind];
  // "… Washington, D.C. 20008." / (blank) / "Jane Example" / "On behalf of 25 members of Group 12": the
  // name over the line is its signer's, the sender's too, never a line of the address above it.
  const signer = lines[at - 1];
  if (at >= 2 && signer && SIGNED_FOR.test(line.text) && isPersonName(signer.text.trim()) && !isRoleLike(signer.text)) at--;
  return { kept: lines.slice(0, at), cut: lines.slice(at).map((l) => ({ n: l.n, text: l.text, why })) };
}

/** Left with no office, no courtesy title and no way to reach him once such lines were cut: the signer, the forwarder or the person at risk. */
export const leftWithNothing = (o: ImportedOfficial): boolean => o.title === undefined && o.honorific === undefined && !reachableBy(o);
