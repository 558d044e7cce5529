// A model letter may stand alone on an action page, with no address block, no "write to" sentence
// and no email: only its greeting says whom it goes to, by his office.
//   PASSEZ À L'ACTION : ENVOYEZ UN APPEL …           Take action: send the model letter below
//   Monsieur le Procureur général,                    Dear Attorney General,
//   Je souhaite vous faire part de …                  I am writing to you about …
// The office the greeting names, after its courtesy words ("Monsieur le", "Dear", "Señor",
// "Egregio", "Sehr geehrter Herr", "Sayın"), is the official, the greeting his salutation. Read only
// where no other reader found anyone. The page around the letter may say more, and then says it
// (greeted-office-page.ts): a heading that prints the holder ("H.E. Jan Example III President …")
// gives the person; the line presenting the letter ("Signez notre pétition au ministre de la
// Justice") gives the office in full. Never invent: an office of one word ("Madame la Ministre",
// "Dear Governor") with nothing on the page saying which says too little to send anything to, but
// for the state's head ("Monsieur le Président"); a greeting that names a person ("Dear President
// Example") is no office (greeting-addressee.ts reads it); and where the page prints the office with
// a name beside it in its story ("the Attorney General John Roe, who …"), the official has a name
// the readers missed: nothing is guessed.
import { fullerOfficeAbove, holderAbove } from './greeted-office-page.js';
import { hasOfficeWord } from './office-words.js';
import type { ImportedOfficial } from './official-block.js';
import { isOrganisation, isPersonName, isRoleLike, splitLeadingRole } from './official-words.js';
import { fold } from './fold.js';
import { lineAt } from './text.js';
import type { ImportText } from './types.js';

/** The courtesy words that open a greeting before the office, and the articles after them (folded). */
const COURTESY = new Set([
  'dear', 'my', 'honourable', 'honorable', 'respected', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'madam', 'mister', 'sir', 'm.', 'mme', 'mme.',
  'monsieur', 'madame', 'mademoiselle', 'cher', 'chere', 'tres', 'honore', 'honoree',
  'senor', 'senora', 'sr.', 'sra.', 'sr', 'sra', 'estimado', 'estimada', 'distinguido', 'distinguida', 'excelentisimo', 'excelentisima', 'respetado', 'respetada',
  'senhor', 'senhora', 'prezado', 'prezada', 'exmo.', 'exma.', 'exmo', 'exma', 'excelentissimo', 'excelentissima',
  'egregio', 'egregia', 'caro', 'cara', 'stimato', 'stimata', 'pregiato', 'pregiata', 'gentile', 'gentilissimo', 'gentilissima', 'illustre', 'illustrissimo', 'signor', 'signora',
  'sehr', 'geehrter', 'geehrte', 'herr', 'frau', 'geachte', 'heer', 'mevrouw',
  'sayin', 'sayın',
]);
const ARTICLE = new Set(['le', 'la', 'el', 'the', 'o', 'a', 'il', 'lo']);
/** "of", "de", "del", "des", "della", "dei", "von", "für": a word that joins an office to its field. */
const CONNECTOR = /^(?:of|de|del|della|delle|dei|degli|des|du|da|do|dos|das|von|vom|für|der|van)$/u;
/** Fewer words name an office too vaguely to write to ("Ministre", "Governor")… */
const MIN_WORDS = 2;
/** …but for a state's head, whom each state has one of ("Monsieur le Président", "Dear Mr. President"). */
const HEAD_OF_STATE = /^(?:president|presidente|presidenta|prasident|prasidentin)$/u;
/** More is no greeting by office but a sentence. */
const MAX_WORDS = 10;

/** The office a greeting names after its courtesy words, or undefined: one that says enough to write to. */
export function greetedOffice(greeting: string): string | undefined {
  const office = greetedOfficeWords(greeting);
  if (office === undefined) return undefined;
  return officeWords(office) < MIN_WORDS && !HEAD_OF_STATE.test(fold(office)) ? undefined : office;
}

/** "Procurador-Geral", "Premier ministre": an office's words, a hyphen's parts counted as two. */
const officeWords = (office: string): number => office.split(/[\s-]+/u).filter((w) => w !== '').length;

/**
 * The office a greeting names after its courtesy words, however short ("Ministre" in "Monsieur le
 * Ministre,"): the page may print it in full elsewhere (greeted-office-page.ts). Undefined when the
 * greeting names no office.
 */
export function greetedOfficeWords(greeting: string): string | undefined {
  const words = greeting.trim().replace(/[,:;!.]+$/u, '').split(/\s+/u);
  let at = 0;
  while (at < words.length && COURTESY.has(fold(words[at] ?? ''))) at++;
  if (at === 0) return undefined;
  while (at < words.length && ARTICLE.has(fold(words[at] ?? ''))) at++;
  const rest = words.slice(at).join(' ').replace(/^l['’]/u, '');
  const office = rest.split(/\s+/u);
  if (rest === '' || office.length > MAX_WORDS || /[\d@(),.]/u.test(rest)) return undefined;
  if (!isRoleLike(rest) || isOrganisation(rest) || isPersonName(rest) || !hasOfficeWord(fold(rest)) || splitLeadingRole(rest) !== undefined) return undefined;
  // "President Example": a capitalised last word that is no office word and no field joined by "of" is a surname.
  const last = office.at(-1) ?? '';
  if (/^\p{Lu}/u.test(last) && !hasOfficeWord(fold(last)) && !office.some((w) => CONNECTOR.test(fold(w)))) return undefined;
  return rest;
}

/** A courtesy title that opens a person's name, as a block prints it ("Mr", "Mme", "Herr", "Sr."). */
const COURTESY_NAME = String.raw`(?:^|\s)(?:Mr|Mrs|Ms|Dr|Mme|M\.|Monsieur|Madame|Herr|Frau|Sr|Sra|Señor|Señora|Sig|Sig\.ra|Dott)\.?`;

/** The page prints the office with a capitalised name beside it ("Procureur général Jean Exemple", "Jean Exemple, Procureur général"). */
function namedElsewhere(doc: ImportText, office: string, greeting: number): boolean {
  const escaped = office.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const upper = escaped.charAt(0).toUpperCase() + escaped.slice(1);
  const lower = escaped.charAt(0).toLowerCase() + escaped.slice(1);
  // After the office ("Procureur général Jean Exemple") or before it with a comma ("Jean Exemple, Procureur général de …").
  // Or before it with no comma, as a heading or envelope prints it ("H.E. Jean Exemple III Président de …").
  const named = new RegExp(`(?:${upper}|${lower}),?\\s+(?:\\p{Lu}\\.\\s*)?\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+(?:\\s+[IVX]+)?\\s+${upper}(?![\\p{L}])|\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+,\\s+(?:(?:le|la|l['’]|the|el|il|o|a|der|die)\\s*)?(?:${upper}|${lower})`, 'u');
  // A courtesy title and a name with no comma before the office: two columns run together by a PDF's
  // text ("Mr Karl Example Ambassador Jane Roe Union Home Minister of …", the first column's name,
  // the second's, then the first's office).
  const courtesyNamed = new RegExp(`${COURTESY_NAME}(?:\\s+\\p{Lu}(?:[\\p{L}'’-]+|\\.)){1,8}\\s+(?:${upper}|${lower})`, 'u');
  for (let n = 1; n <= doc.lines.length; n++) {
    const line = lineAt(doc, n);
    if (n === greeting || !line.includes(office.slice(1, 8))) continue;
    if (named.test(line) || courtesyNamed.test(line)) return true;
  }
  return false;
}


/**
 * The official the letter's greeting names by office, or undefined. The holder a heading or the
 * line presenting the letter names is the official (the office his title); else the office as
 * that line prints it in full ("ministre de la Justice" for "Monsieur le Ministre,"); else the
 * greeting's own office when it says enough (greetedOffice). A bare "Monsieur le Ministre" with no
 * line saying which minister gives none.
 */
export function greetedOfficeOfficial(doc: ImportText, greeting: number | undefined): ImportedOfficial | undefined {
  if (greeting === undefined) return undefined;
  const text = lineAt(doc, greeting);
  // Cheap first: a greeting is a short line.
  if (text.length > 120) return undefined;
  const office = greetedOfficeWords(text);
  if (office === undefined) return undefined;
  const fuller = fullerOfficeAbove(doc, greeting, office);
  const holder = holderAbove(doc, greeting, office);
  const base = { confidence: 'low', address: [], emails: [], copy: false, unsure: [] } as const;
  if (holder) {
    const title = fuller ?? { value: office, line: greeting };
    return { ...base, line: holder.line, nameFromOffice: false, name: holder, title, address: [], emails: [], unsure: [] };
  }
  if (namedElsewhere(doc, office, greeting)) return undefined;
  const name = fuller ?? (greetedOffice(text) === undefined ? undefined : { value: office, line: greeting });
  if (name === undefined) return undefined;
  return { ...base, line: name.line, nameFromOffice: true, name, address: [], emails: [], unsure: [] };
}
