// A person's name run into an institution on one line, as a page that lost its line breaks prints
// "Jane Example Ministry of Justice" / "Khartoum": the name, then the institution the address opens
// with. Only an institution's own head word parts them (a ministry, an embassy, a mission, an office
// of …): "Jane Board" or "Ali Cabinet" may be surnames, so words that are both are never a cut.
import { fold } from './fold.js';
import { isPersonName, splitLeadingRole } from './official-words.js';

/** Words that open an institution's name and end no person's name (folded). */
const INSTITUTION_HEAD = /^(?:ministry|ministere|ministerio|ministerium|embassy|embajada|ambassade|embaixada|botschaft|ambasciata|consulate|consulado|consulat|permanent mission|mission permanente|mision permanente|high commission|office of|office du|bureau of|department of|oficina del?|fiscalia|procuraduria|secretaria de|presidencia de|presidency of|ministerstvo)\b/;

/**
 * "Jane Example" + "Ministry of Justice", or undefined when the line is not a name and then an
 * institution; an office before the name ("King Karl Example Embassy of …") is returned as the title.
 */
export function splitNameInstitution(text: string): { name: string; institution: string; title?: string } | undefined {
  if (text.length > 160) return undefined;
  const words = text.trim().split(/\s+/);
  // A king's name with its numeral and lineage ("King Karl II ibn Al Example") runs to seven words.
  for (let i = 2; i <= Math.min(7, words.length - 2); i++) {
    const institution = words.slice(i).join(' ');
    if (!/^\p{Lu}/u.test(institution) || !INSTITUTION_HEAD.test(fold(institution))) continue;
    const name = words.slice(0, i).join(' ');
    if (isPersonName(name)) return { name, institution };
    const role = splitLeadingRole(name);
    return role ? { name: role.name, institution, title: role.title } : undefined;
  }
  return undefined;
}
