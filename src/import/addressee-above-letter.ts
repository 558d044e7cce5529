// A letter download, or a page run onto one line, may give the official only as the letter's
// envelope gives him: his office and name (and perhaps the institution and town, with no number
// or street word), right above "Dear …". No contact line says "this is an official", but the
// salutation under it addresses the same office or person ("Military Prosecutor, Lt.-Gen. Jane
// Doe" / "Dear Military Prosecutor,"): that is the official, and the lines under his name are his
// address as printed. A block that the salutation does not name stays out.
import { fold } from './fold.js';
import { honorificAlone, isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole } from './official-words.js';

/** Courtesy words of a salutation, which name no office ("Dear", "Sehr geehrter Herr", "Your Excellency"). */
const COURTESY = new Set(['dear', 'your', 'excellency', 'honourable', 'honorable', 'estimado', 'estimada', 'senor', 'senora', 'distinguido', 'distinguida', 'excelentisimo', 'excelentisima', 'monsieur', 'madame', 'excellence', 'sehr', 'geehrter', 'geehrte', 'herr', 'frau', 'exzellenz', 'prezado', 'prezada', 'senhor', 'senhora']);

/** At most this many lines: an envelope's head, not a list. */
const MAX_LINES = 4;

/**
 * When `lines` (a block with no address or contact line, right above the salutation) are the
 * official the salutation addresses: the indexes of the lines that are his address (after the
 * line that names him), else undefined.
 */
export function addresseeAboveLetter(lines: readonly string[], salutation: string): number[] | undefined {
  return envelope(lines, salutation);
}

/**
 * "Su excelencia" / (blank) / "Jane Ejemplo" / her office / the ministry / the town, above "Sr.
 * Ministro:": a courtesy title alone over an envelope that is whole without it. It styles her, and
 * makes the block one line longer than an envelope's head: the envelope is read without it (the
 * indexes of its address lines counted from the line under the title), the title left out.
 */
export function addresseeUnderCourtesy(lines: readonly string[], salutation: string): number[] | undefined {
  if (lines.length < 2 || honorificAlone(lines[0] ?? '') === undefined || !namesPerson(lines[1] ?? '')) return undefined;
  return envelope(lines.slice(1), salutation);
}

function envelope(lines: readonly string[], salutation: string): number[] | undefined {
  if (lines.length === 0 || lines.length > MAX_LINES) return undefined;
  if (lines.length === 1 && greetsHolder(lines[0] ?? '', salutation)) return [];
  // "President of the Republic of Ruritania," above "His Excellency,": an office alone at the top of
  // the letter, greeted by its rank, is whom it goes to (no person named: the office stands in).
  if (lines.length === 1 && isOfficeLine((lines[0] ?? '').replace(/,$/u, '')) && greetsRankOnly(salutation)) return [];
  const person = lines.findIndex(namesPerson);
  if (person < 0 || !lines.some((l) => l.split(/\s*,\s+/).some(isRoleLike))) return undefined;
  const block = new Set(fold(lines.join(' ')).split(/[^\p{L}]+/u));
  const named = fold(salutation).split(/[^\p{L}]+/u).filter((w) => w.length >= 4 && !COURTESY.has(w));
  // "Excm. Sr. Ambaixador" / "Alex Example" / … / "Excel·lentíssim Senyor,": the courtesy of his rank
  // may stand with his office on the line above his name.
  const ranked = holdsRank(lines[person] ?? '') || (person > 0 && rankThenOffice(lines[person - 1] ?? ''));
  if (!named.some((w) => block.has(w)) && !(greetsRankOnly(salutation) && ranked)) return undefined;
  // Under his name, a line is his address unless a courtesy title opens another person's name
  // ("Ciudad de Valdor" reads like a name, yet is where the ministry is).
  // An office under the name ("DD. Governador do Estado do Paraná") is his title, read with the header.
  return lines.flatMap((l, i) => (i > person && splitHonorific(l).honorific === undefined && !isOfficeLine(l) ? [i] : []));
}

/** An office alone on its line, no institution: "Governador do Estado do Paraná", "Minister of Justice". */
const isOfficeLine = (line: string): boolean => isRoleLike(line) && !isOrganisation(line) && !isPersonName(line);

/**
 * "Your Excellency,", "Exzellenz,": a greeting by the rank alone, which names no office to match.
 * Spanish, Portuguese and Catalan greet the rank as "Most Excellent Sir" ("Excelentísimo Señor",
 * "Excelentíssimo Senhor", "Excel·lentíssim Senyor").
 */
const RANK_GREETING = /^(?:(?:your |his |her |votre |vuestra |eure |ihre )?(?:excellency|excellence|exzellenz|excelencia)|(?:excelentisimo senor|excelentisima senora|excelentissimo senhor|excelentissima senhora|excel·lentissim senyor|excel·lentissima senyora))\s*[,:]?$/;
/** "His Excellency", "H.E.", "Seine Exzellenz", "Su Excelencia", "Excmo. Sr.", "Excm. Sr.": the courtesy title that rank greets. */
const RANK_COURTESY = /(?:excellency|excellence|exzellenz|excelencia)$|^h\.?\s?e\.?$|^s\.\s?e\.$|^excm[oa]?\.?(?: sr[a]?\.?)?$|^excelentisim[oa](?: senora?)?$|^ex\.?m[oa]\.?(?: sr[a]?\.?)?$/;

/** "Excm. Sr. Ambaixador", "Su Excelencia el Embajador": the courtesy of a rank and an office alone, no name. */
function rankThenOffice(line: string): boolean {
  const { honorific, rest } = splitHonorific(line);
  return honorific !== undefined && RANK_COURTESY.test(fold(honorific)) && isOfficeLine(rest.replace(/^(?:el|la|le|the|o|a|l['’])\s+/iu, ''));
}

const greetsRankOnly = (salutation: string): boolean => RANK_GREETING.test(fold(salutation.trim()));

/**
 * "His Excellency President Karl Example" right above "Your Excellency,": the greeting gives the
 * rank the line's courtesy title gives, and the line names a person. (A byline or a sender above
 * the addressee carries no such title.)
 */
function holdsRank(line: string): boolean {
  const { honorific, rest } = splitHonorific(line);
  return honorific !== undefined && RANK_COURTESY.test(fold(honorific)) && (!isRoleLike(rest) || splitLeadingRole(rest) !== undefined);
}

/** "Minister of Interior Jane Doe", "Lt.-Gen. Jane Doe", "H.E. Jane Doe": some part of the line names a person. */
function namesPerson(line: string): boolean {
  return line.split(/\s*,\s+/).some((part) => {
    const { honorific, rest } = splitHonorific(part);
    // "His Excellency President Karl Example": the courtesy title, then the office and the name.
    return (honorific !== undefined && (!isRoleLike(rest) || splitLeadingRole(rest) !== undefined)) || isPersonName(part) || splitLeadingRole(part) !== undefined;
  });
}

/**
 * A petition or letter page may print the official's name alone above the letter, whose greeting
 * then gives the office with that same name ("Ana Ejemplo Muestra" / "Estimada Sra. presidenta Ana
 * Ejemplo,"). A name alone is otherwise no official (it may be the prisoner's): only a greeting
 * that puts an office before at least two of the line's words vouches for it.
 */
function greetsHolder(line: string, salutation: string): boolean {
  if (!isPersonName(line) || isRoleLike(line)) return false;
  const greeted = splitLeadingRole(salutation.replace(/[,:;!]\s*$/u, '').trim());
  if (greeted === undefined || !isRoleLike(greeted.title)) return false;
  const words = new Set(fold(line).split(/[^\p{L}]+/u));
  const named = fold(greeted.name).split(/[^\p{L}]+/u).filter((w) => w !== '');
  return named.length >= 2 && named.every((w) => words.has(w));
}
