// A body's members listed one a line, each with his office, above the body's name and the address
// they share, under "Appeals to": "Jane Example, Chairperson" / "Omar Beispiel, Vice-Chair" /
// "Karim Muster, Vice-Chair" / "Council of State" / "Executive Mansion" / "Valdtown, Valdor" /
// "Fax: …". Read as one official, the first member got the address and the others became TODOs;
// each is an official of his own, with the body's lines (shared-block.ts gives out the contacts).
import type { BlockLine } from './official-block.js';
import { isOrganisation, isPersonName, isRoleLike, splitHonorific } from './official-words.js';

/**
 * The heads of such a block: each member's line with the lines under the list; undefined unless two
 * lines or more open the block so and the lines under them name no person (a block of another shape
 * is left as it was).
 */
export function memberHeads(header: readonly BlockLine[]): BlockLine[][] | undefined {
  let count = 0;
  while (count < header.length && personWithOffice((header[count] as BlockLine).text)) count++;
  const shared = header.slice(count);
  if (count < 2 || shared.some((l) => isPersonName(splitHonorific(l.text).rest) && !isRoleLike(l.text))) return undefined;
  return header.slice(0, count).map((l) => [l, ...shared]);
}

/** "Omar Beispiel, Vice-Chair", "Ms Jane Roe, Chairperson": a person's name, a comma, his office, and nothing else. */
function personWithOffice(text: string): boolean {
  const parts = text.length > 120 ? [] : text.replace(/[\s,;]+$/u, '').split(/\s*,\s+/u);
  if (parts.length !== 2) return false;
  const [person = '', office = ''] = parts;
  const { rest } = splitHonorific(person);
  return isPersonName(rest) && !isRoleLike(rest) && isRoleLike(office) && !isOrganisation(office);
}
