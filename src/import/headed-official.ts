// "Send letters to the Attorney General, Diana Salazar:" / "Juan León Mera N19-36 …" / "Quito,
// Ecuador": the instruction names the official, office and name, and only the address follows
// under it. The office and the name are read from the instruction for that address block alone;
// an instruction that names no one in that shape ("Write to:", "… to your embassy:") gives nothing.
import { isPersonName, isRoleLike, splitHonorific } from './official-words.js';

/** "… to the <office>, <name>:" in en/es/fr/de/pt (the preposition before the office). */
const HEADED = /\s(?:to(?: the)?|al|a la|a|au|à la|à l['’]|aux|an den|an die|an|ao|à)\s+(\p{Lu}[^,:]{2,80}?),\s+([^,:]{3,80}?)\s?:$/u;

export interface HeadedOfficial {
  title: string;
  /** The name as written, with its courtesy title if any ("Sra. Diana Salazar"). */
  name: string;
}

export function officialInHeading(line: string): HeadedOfficial | undefined {
  if (line.length > 200 || !line.trimEnd().endsWith(':')) return undefined;
  const m = HEADED.exec(line.trimEnd());
  const title = m?.[1]?.trim();
  const name = m?.[2]?.trim();
  if (!title || !name || !isRoleLike(title) || isPersonName(title)) return undefined;
  return isPersonName(splitHonorific(name).rest) && !isRoleLike(name) ? { title, name } : undefined;
}
