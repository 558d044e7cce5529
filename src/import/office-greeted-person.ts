// "Supreme Leader C/o Permanent Mission … Geneva, Switzerland Dear Mr Example,": a flattened page
// prints only the office above the address, and the letter's greeting, run onto the same line,
// names the person who holds it. Printed on the official's own line, the greeting is his: its
// name is the official's, the office his title. Only a courtesy title and a name of one to three
// capitalised words ("Dear Mr Example"); a greeting that names an office ("Dear Mr President") or
// stands on a line of its own is no answer (greeted-name.ts reads an office named in it).
import { isRoleLike } from './official-words.js';

const COURTESY_THEN_NAME = /^(?:Dear|To)\s+(?:Mr|Mrs|Ms|Miss|Dr|Madam|Sir)\.?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*[,:]?$/u;

/** The name the greeting gives, or undefined. */
export function greetedPerson(greeting: string): string | undefined {
  const name = COURTESY_THEN_NAME.exec(greeting.trim())?.[1];
  return name === undefined || name.split(/\s+/).some((w) => isRoleLike(w)) ? undefined : name;
}
