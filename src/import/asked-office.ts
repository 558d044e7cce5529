// A Portuguese, Spanish or Italian action page states its demand in one sentence that names the
// office it asks to act, and no one else: "Pedimos que o Procurador-Geral da República garanta uma
// investigação …", "Pedimos al Fiscal General de la Nación que investigue …", "Exigimos que el
// Ministro del Interior libere …", "Chiediamo al Presidente della Repubblica di intervenire …". The
// office is whom the page writes to: an official named as printed (the draft's TODO asks how to
// reach it). Only an office or an institution the word lists know, capitalised as one is; a
// person, "the authorities" or "the government" (nobody to write to) are left.
import type { ImportedOfficial } from './official-block.js';
import { isOrganisation, isPersonName, isRoleLike } from './official-words.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "Pedimos", "Exigimos", "Solicitamos", "Instamos", "Chiediamo": the section's own demand (folded). */
const ASK = /\b(?:pedimos|exigimos|solicitamos|instamos|reclamamos|chiediamo|esigiamo|sollecitiamo)\b/u;
/**
 * The verb, then the office as its object ("al", "ao", "à", "a la", "alla", "all'") or as the subject
 * of "que" ("que o", "que el", "que la"), then what it is asked: "que", "di", "de", "para que", or a
 * verb in the subjunctive or infinitive in lower case.
 */
const ASKED = /\b(?:[Pp]edimos|[Ee]xigimos|[Ss]olicitamos|[Ii]nstamos|[Rr]eclamamos|[Cc]hiediamo|[Ee]sigiamo|[Ss]ollecitiamo)\s+(?:que\s+(?:o|a|el|la|os|as|los|las)\s+|(?:ao|à|aos|al|a la|a los|alla|al|all['’]|ai)\s*)(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|d[aeo]s?|del?|della|dello|dei|di|la|las|los|e|y))*?)\s+(?:(?:que|para que|di|de|a)\s+)?(?!(?:d[aeo]s?|del?|della|dello|dei|di|la|las|los|e|y)\s)\p{Ll}/u;
/** Words that join an office's parts and never end it. */
const JOIN_END = /\s+(?:d[aeo]s?|del?|della|dello|dei|di|la|las|los|e|y)$/u;
/** Those asked who are nobody to write to (folded). */
const NOBODY = /\b(?:autoridad|autoridade|autorita|gobierno|governo|estado|stato|comunidad|comunidade|comunita|todos|tutti)\w*/u;
/** How far down the page the sentence is looked for. */
const LINES = 40;

export function askedOffices(doc: ImportText): ImportedOfficial[] {
  for (let n = 1; n <= Math.min(doc.lines.length, LINES); n++) {
    const text = lineAt(doc, n);
    // Cheap first: the verb of asking, folded.
    if (text.length > 3000 || !ASK.test(fold(text))) continue;
    const office = ASKED.exec(text)?.[1]?.replace(JOIN_END, '');
    if (office === undefined || office.split(/\s+/u).length > 8 || NOBODY.test(fold(office)) || isPersonName(office)) continue;
    if (!isRoleLike(office) && !isOrganisation(office)) continue;
    return [{ line: n, confidence: 'low', nameFromOffice: true, name: { value: office, line: n }, address: [], emails: [], copy: false, unsure: [] }];
  }
  return [];
}
