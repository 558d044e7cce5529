// A section's petition page (Amnesty France's, and the blogs that repost it) prints whom the
// petition goes to on a line of its own, right under the line that closes the petition's header
// (its closing day) or under the signing button, with the petition's call under it:
//   Jusqu'au 20.11.2019
//   Monsieur le Premier ministre exemplien, Jan Exemple
//   Il faut faire pression sur le Conseil !
// or, further down, the signing form:
//   SIGNER LA PÉTITION
//   Jana Exemple
//   Respectez le droit de manifester !
// The line is the addressee: courtesy, office and name, an office and a name, or a name alone.
// A name alone is taken only when the page's own words address that person elsewhere ("Rappelons à
// Jana Exemple ses engagements !"): under a button, the name of the person at risk may stand so.
import { isProse } from './line-kinds.js';
import { isClosingDayLine } from './petition-until.js';
import type { ImportedOfficial } from './official-block.js';
import { isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole } from './official-words.js';
import { fold, isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** The signing button: "Signer la pétition", "Sign the petition", "Firma la petición", "Petition unterschreiben" (folded). */
const SIGN = /^(?:je )?(?:signer?|signez|sign|firma|firme|firmar|unterschreiben)(?: (?:la|the|this|now|maintenant|ahora))? ?(?:petition|peticion|petizione|petitie)?\s*!?$|^petition (?:unterschreiben|unterzeichnen)$/u;
/** "Monsieur le …", "Madame la …", "l'…": the article a French courtesy puts before an office. */
const ARTICLE = /^(?:le|la|les|l['’])\s*/u;
/** The words before a name elsewhere on the page that address that person ("à", "interpellons", "ask", "urge"), folded. */
const ADDRESSING = String.raw`(?:\ba|\bau|\bremind|\binterpell\p{L}*|\bexhort\p{L}*|\bto|\bask|\burge|\btell|\bcall on|\bcalling on|\bal|\ban|\bpide|\bpedimos)\s+`;
/** How far above or below the line (blank lines aside) the anchor and the call may stand. */
const NEAR = 2;

export function petitionCardAddressee(doc: ImportText): ImportedOfficial[] {
  for (let n = 1; n <= doc.lines.length; n++) {
    const text = lineAt(doc, n).trim();
    // Cheap first: a short line that is the header's closing day or the signing button.
    if (text.length > 45 || !(isClosingDayLine(fold(text)) || SIGN.test(fold(text)))) continue;
    const at = printedAfter(doc, n);
    if (at === undefined) continue;
    const call = printedAfter(doc, at);
    if (call === undefined || !isCall(lineAt(doc, call).trim())) continue;
    const official = addresseeOn(doc, lineAt(doc, at).trim(), at);
    if (official) return [official];
  }
  return [];
}

/** The next printed line under line `n`, a blank line or two between at most. */
function printedAfter(doc: ImportText, n: number): number | undefined {
  for (let m = n + 1; m <= Math.min(doc.lines.length, n + 1 + NEAR); m++) if (!isBlank(lineAt(doc, m))) return m;
  return undefined;
}

/** The petition's call: an exclamation ("Respectez le droit de manifester !") or its running text. */
function isCall(text: string): boolean {
  return (text.endsWith('!') && text.split(/\s+/u).length >= 3) || isProse(text);
}

function addresseeOn(doc: ImportText, text: string, line: number): ImportedOfficial | undefined {
  if (text.length > 120 || /[@\d:;!?()]/u.test(text)) return undefined;
  const made = (name: string, title?: string, honorific?: string): ImportedOfficial => ({
    line,
    confidence: 'low',
    nameFromOffice: false,
    name: { value: name, line },
    ...(title === undefined ? {} : { title: { value: title, line } }),
    ...(honorific === undefined ? {} : { honorific: { value: honorific, line } }),
    address: [],
    emails: [],
    copy: false,
    unsure: [],
  });
  const parts = text.replace(/[.,]$/u, '').split(/\s*,\s*/u);
  if (parts.length === 2) {
    const [first = '', second = ''] = parts;
    // "Monsieur le Premier ministre exemplien, Jan Exemple": courtesy, office, then the name.
    const { honorific, rest } = splitHonorific(first);
    const office = rest.replace(ARTICLE, '');
    if (isPersonName(second) && !isRoleLike(second) && isRoleLike(office) && !isOrganisation(office) && !isPersonName(office)) return made(second, office, honorific);
    // "Jana Exemple, Première ministre": the name, then the office.
    if (isPersonName(first) && !isRoleLike(first) && isRoleLike(second) && !isOrganisation(second)) return made(first, second);
    return undefined;
  }
  if (parts.length !== 1) return undefined;
  // "Premier ministre Jan Exemple": the office before the name.
  const role = splitLeadingRole(text);
  if (role && isPersonName(role.name) && !isRoleLike(role.name)) return made(role.name, role.title);
  // "Jana Exemple" alone: only when the page addresses her by that name elsewhere.
  const { honorific, rest } = splitHonorific(text);
  if (!isPersonName(rest) || isRoleLike(rest) || rest.split(/\s+/u).length < 2 || !addressedElsewhere(doc, rest, line)) return undefined;
  return made(rest, undefined, honorific);
}

/** Another line of the page addresses the person by name: "Rappelons à Jana Exemple …", "Ask Jan Example to …". */
function addressedElsewhere(doc: ImportText, name: string, line: number): boolean {
  const folded = fold(name);
  const pattern = new RegExp(`${ADDRESSING}${folded.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\b`, 'u');
  for (let n = 1; n <= doc.lines.length; n++) {
    if (n === line) continue;
    const text = lineAt(doc, n);
    // Cheap first: the name's letters on the line, as printed.
    if (text.length > 2000 || !text.includes(name)) continue;
    if (pattern.test(fold(text))) return true;
  }
  return false;
}
