// "The Office of Governor Kay Ivey", "Despacho del Gobernador Juan Ejemplo", "Bureau du Gouverneur
// Jean Exemple": a page prints the official as the office he runs, his name at its end. Read whole,
// the line is an institution standing in for a name, and the person is lost in it. The person is
// the name, his office the title. ("Office of the President, Jane Doe", the bureau and the person
// parted by a comma, the block reader already reads: the bureau is the address's first line.)
import { fold } from './fold.js';
import { isOrganisation, isPersonName, isRoleLike, splitLeadingRole } from './official-words.js';

/** "(The) Office of", "Despacho del", "Bureau du", "Büro des", "Gabinete do": an office's bureau, then the office. */
const BUREAU_OF = /^(?:the\s+)?(?:office|bureau|cabinet|despacho|oficina|gabinete|b(?:ü|ue)ro|ufficio|kantoor)\s+(?:of|du|de\s+la|de\s+l['’]|del|de|do|da|des|der|von|van|dello|della)\s+/iu;

export interface OfficeOfPerson {
  name: string;
  /** "Governor": the office, named with no article ("Office of Governor Kay Ivey"). */
  title: string;
}

/** The person a bureau's line ends with, and his office; undefined for any other line. */
export function officeOfPerson(line: string): OfficeOfPerson | undefined {
  const text = line.trim().replace(/[,;.]$/u, '');
  const bureau = BUREAU_OF.exec(text);
  if (!bureau) return undefined;
  const rest = text.slice(bureau[0].length);
  // "Office of Governor Kay Ivey": the office without its article, then the person.
  const role = splitLeadingRole(rest);
  if (!role || role.name.split(/\s+/u).length < 2 || !isPersonName(role.name)) return undefined;
  return { name: role.name, title: role.title };
}

/**
 * "Office of the Public Prosecutor" under "Fiscal general de Egipto / Public Prosecutor" / "Hamada
 * al-Sawi": the bureau of an office the block above prints (its last words are the bureau's office),
 * that office's address's first line, never an official of its own.
 */
export function isOwnBureau(text: string, blockLines: readonly string[]): boolean {
  const bureau = BUREAU_OF.exec(text.trim());
  if (!bureau) return false;
  const office = fold(text.trim().slice(bureau[0].length)).replace(/^the\s+/u, '').replace(/[\s,;.]+$/u, '');
  if (office.length < 4) return false;
  return blockLines.some((l) => {
    const line = fold(l).trim().replace(/[\s,;.]+$/u, '');
    return isRoleLike(l) && (line === office || line.endsWith(` ${office}`));
  });
}

/** "Despacho del Gobernador" read as the title of the name on its line: the office is the title, without its bureau. */
export function officeOfBureau(title: string): string | undefined {
  const bureau = BUREAU_OF.exec(title.trim());
  if (!bureau) return undefined;
  const office = title.trim().slice(bureau[0].length).replace(/^the\s+/iu, '');
  return office !== '' && isRoleLike(office) && !isOrganisation(office) ? office : undefined;
}
