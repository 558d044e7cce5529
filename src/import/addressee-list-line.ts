// A petition's or a memo's addressee line that names several officials on one line, each with his
// office after a comma ("Para: Sr. Juan Ejemplo, Presidente de la República, Pedro Muestra, Ministro
// del Interior, …"), or the office before the name, or a courtesy title and the office on the name
// itself ("To: King Aldo Example, His Royal Highness Prince Berto Example"). Read as one header line
// the names and offices run into one official; here the line is cut into one entry per person. Every
// part must be a person or an office, and every person must be given an office or a courtesy title:
// else the line is not read (undefined), rather than a part guessed at.
import type { ImportedOfficial } from './official-block.js';
import { isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole } from './official-words.js';

/** The labels of the officials written to, in the languages of the pages read. */
const TO = /^(?:to|para|an|à|a|destinat[aá]ri[oa]s?|destinatarios?|destinataires?|empf[aä]nger|till|aan)\s?:\s*/iu;
/** The labels of those copied to. */
const CC = /^(?:cc|c\.c\.|copy(?: to)?|copies(?: to)?|copia(?:s)?(?: a| para)?|copie(?:s)?(?: à)?|kopie(?:n)?(?: an| aan)?|com c[oó]pia(?: para)?)\s?:\s*/iu;

/** "To: …", "Para: …", "Cc: …": the label's value, and whether it names those copied to. */
export function addresseeLabel(line: string): { value: string; copy: boolean } | undefined {
  // A cheap test first: most lines hold no colon.
  if (!line.includes(':')) return undefined;
  const cc = CC.exec(line);
  if (cc) return { value: line.slice(cc[0].length), copy: true };
  const to = TO.exec(line);
  return to ? { value: line.slice(to[0].length), copy: false } : undefined;
}

/** One person the line names: the name, then what was printed with it. */
export interface ListedAddressee {
  name: string;
  honorific?: string | undefined;
  /** The office printed on the name ("King", "President"). */
  office?: string | undefined;
  /** The parts printed beside the name, parted from it by commas ("Presidente de la República"). */
  offices: string[];
}

/** A list goes on past what the page cut off ("…, Fiscal General del Estado, …", "etc."). */
const TRAILING = /(?:\s*,)?\s*(?:…|\.{3}|etc\.?)\s*$/u;
/** A word that joins the last two of a list ("…, Fiscal General y Sr. Luis Ejemplo, …"). */
const JOIN = /\s+(?:and|y|e|et|und|och|&)\s+/giu;
/** No addressee line names more than this many parts: a longer one is running text. */
const MAX_PARTS = 24;

/**
 * The people a list of "name, office" parts names, in page order; undefined when a part is neither
 * a person nor an office, an office stands where no person holds it, or a person has no office and
 * no courtesy title (a name alone on such a line may be anyone's: the writer's, the subject's).
 * `below`: the office lines printed under the line, when it names one person.
 */
export function readAddresseeList(value: string, below: readonly string[] = []): ListedAddressee[] | undefined {
  if (value.length > 600) return undefined;
  const parts = value.replace(TRAILING, '').replace(/[.,;]\s*$/u, '').split(/\s*[,;]\s+/u).flatMap(atJoinWord).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0 || parts.length > MAX_PARTS) return undefined;
  const kinds = parts.map(kindOf);
  // "Lic. Jane Example, President of the United Mexican States": after a person, a part that reads
  // as an office or as an office and a name ("President of the United" + "Mexican States") is unsure.
  if (kinds.some((k, i) => k === undefined || (k === 'either' && kinds[i - 1] === 'person')) || !kinds.some((k) => k === 'person' || k === 'either')) return undefined;
  // The first part tells the order: "Name, Office, Name, Office" or "Office, Name, Office, Name".
  const officeFirst = kinds[0] === 'office';
  const out: ListedAddressee[] = [];
  let pending: string[] = [];
  for (const [i, part] of parts.entries()) {
    const person = kinds[i] === 'office' ? undefined : asPerson(part);
    if (person) {
      out.push({ ...person, offices: officeFirst ? pending : [] });
      pending = [];
      continue;
    }
    if (officeFirst) pending.push(part);
    else out.at(-1)?.offices.push(part);
    // An office and its institution at most go with one person ("Chargé d'Affaires, Embassy of …").
    if ((officeFirst ? pending.length : out.at(-1)?.offices.length ?? 0) > 2) return undefined;
  }
  if (pending.length > 0) return undefined;
  // "To: Jane Example" / "Minister of Justice": the office lines under the label's line are its one person's.
  if (below.length > 0) {
    if (out.length !== 1) return undefined;
    out[0]?.offices.push(...below);
  }
  return out.every((a) => a.office !== undefined || a.honorific !== undefined || a.offices.length > 0) ? out : undefined;
}

/** A person (maybe with an office before the name), an office, or both readings ('either'). */
function kindOf(part: string): 'person' | 'office' | 'either' | undefined {
  const person = asPerson(part);
  const office = isRoleLike(part);
  if (person && office && person.office !== undefined && person.honorific === undefined) return 'either';
  return person ? 'person' : office ? 'office' : undefined;
}

/** A person's name, with the courtesy title or office printed before it. */
function asPerson(part: string): Omit<ListedAddressee, 'offices'> | undefined {
  const { honorific, rest } = splitHonorific(part);
  const role = splitLeadingRole(rest);
  if (role) return { name: role.name, honorific, office: role.title };
  return isPersonName(rest) && !isRoleLike(rest) ? { name: rest, honorific } : undefined;
}

/**
 * "Fiscal General del Estado y Sr. Luis Ejemplo", "Ministro Luis Muestra y Ministro Eva Prueba": a
 * join word opens the list's last person only when a courtesy title or an office opens what follows
 * it; "Ministro de Justicia y Derechos Humanos" and "José Ortega y Gasset" stay whole.
 */
function atJoinWord(part: string): string[] {
  for (const m of part.matchAll(JOIN)) {
    const left = part.slice(0, m.index);
    const after = part.slice((m.index ?? 0) + m[0].length);
    const right = asPerson(after);
    if (right && (right.honorific !== undefined || right.office !== undefined) && (isRoleLike(left) || asPerson(left))) return [left, after];
    // "Ministra del Ambiente, Elsa Ejemplo y Gobernador regional de …, Luis Ejemplo": office-first
    // pairs, the join word between a person and the next one's office.
    if (right === undefined && /^\p{Lu}/u.test(after) && isRoleLike(after) && !isRoleLike(left) && asPerson(left)) return [left, after];
  }
  return [part];
}

/**
 * A listed person as an official, with no address, email or number (the line prints none). `lines`:
 * the addressee's line, then the office lines under it, if any. The offices printed beside the name
 * are the title as printed ("Chargé d'Affaires, Embassy of …" whole), an institution alone the
 * organisation; the office on the name ("President Jane Example") is the title when no other is.
 */
export function listedOfficial(a: ListedAddressee, lines: readonly number[], copy: boolean): ImportedOfficial {
  const n = lines[0] ?? 0;
  // The last offices are the lines under the name, the first ones parts of the name's own line.
  const onLine = a.offices.length - (lines.length - 1);
  const placed = a.offices.map((value, i) => ({ value, line: i < onLine ? n : lines[i - onLine + 1] ?? n }));
  const orgs = placed.filter((o) => isOrganisation(o.value));
  const roles = placed.filter((o) => !orgs.includes(o));
  const joined = (list: typeof placed) => (list[0] ? { value: list.map((o) => o.value).join(', '), line: list[0].line } : undefined);
  return {
    line: n,
    confidence: 'medium',
    nameFromOffice: false,
    name: { value: a.name, line: n },
    honorific: a.honorific === undefined ? undefined : { value: a.honorific, line: n },
    title: joined(roles) ?? (a.office === undefined ? undefined : { value: a.office, line: n }),
    organisation: joined(orgs),
    address: [],
    emails: [],
    copy,
    unsure: [],
  };
}
