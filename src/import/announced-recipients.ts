// A campaign's email form says who receives the message, then lists them one a line, each with a
// courtesy title or office before the name and the office again in brackets:
//   Seu email será enviado para o presidente e autoridades relevantes:
//   Presidente Jane Exemplo da Silva (Presidente da República)
//   Sra. Ana Exemplo (Presidente da Fundação Exemplo)
// No address is printed (the form sends the mail): each line is an official whose title is the
// bracket, with a TODO for how to reach him. Only lines right under a line that announces the
// recipients are read, and only while each is a person's name with a bracketed office — or an
// office or institution alone ("Ministerio Público de Ejemplia", "Comisión … del Senado"): the form
// writes to the office, which then is the official's name as printed.
import { hasOfficeWord } from './office-words.js';
import { isOrganisation, isPersonName, splitHonorific, splitLeadingRole } from './official-words.js';
import type { ImportedOfficial } from './official-block.js';
import { fold, isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/**
 * "… será enviado para …:", "Tu mensaje llegará a:", "Your email will be sent to:", "Votre message
 * sera envoyé à :", "Ihre E-Mail geht an:" (folded): a line that announces the message's recipients.
 */
const ANNOUNCES = /\b(?:sera (?:enviad[ao]|envoye?e?)|se enviara|llegara|ira para|will be sent|will go|will reach|goes to|is sent to|geht an|wird an\b.*\b(?:gesendet|geschickt)|wird (?:gesendet|geschickt) an|recevront|recibiran|receberao|will receive)\b/u;
/** "Name (Office)": the text before the bracket and the bracket's. */
const NAME_THEN_OFFICE = /^(.{3,80}?)\s*\(([^()]{3,120})\)\s*[,;.]?$/u;
/** An office or institution alone on its line: no sentence, no label, no greeting, no number or address. */
const NOT_AN_OFFICE_LINE = /[:;,.!?@\d()]|\s[-–—]\s/u;
/** More lines than any such form lists. */
const MAX_LISTED = 30;

/** "The letter you sign … will be sent to the following:": a line that announces who receives the letter. */
export function announcesRecipients(line: string): boolean {
  const text = line.trim();
  // Cheap first: the announcement ends in a colon.
  return text.endsWith(':') && text.length <= 200 && ANNOUNCES.test(fold(text));
}

export function announcedRecipients(doc: ImportText): ImportedOfficial[] {
  for (let n = 1; n < doc.lines.length; n++) {
    if (!announcesRecipients(lineAt(doc, n))) continue;
    const listed = listedUnder(doc, n + 1);
    if (listed.length > 0) return listed;
  }
  return [];
}

function listedUnder(doc: ImportText, from: number): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  let n = from;
  while (n <= doc.lines.length && isBlank(lineAt(doc, n))) n++;
  for (; n <= doc.lines.length && out.length < MAX_LISTED; n++) {
    const text = lineAt(doc, n).trim();
    // A page with a blank line after every line parts the list's lines too: two blank lines end it.
    if (isBlank(text)) {
      if (isBlank(lineAt(doc, n + 1))) break;
      continue;
    }
    const official = listedOfficial(text, n);
    if (!official) break;
    out.push(official);
  }
  return out;
}

/** "Ministro João Exemplo (Ministro-chefe da Casa Exemplo)": the name without courtesy or office, the bracket as his title. */
function listedOfficial(text: string, line: number): ImportedOfficial | undefined {
  const m = NAME_THEN_OFFICE.exec(text);
  if (!m) return officeAlone(text, line);
  const office = m[2]?.trim() ?? '';
  if (!hasOfficeWord(fold(office))) return undefined;
  const { honorific, rest } = splitHonorific((m[1] ?? '').trim());
  const name = isPersonName(rest) ? rest : splitLeadingRole(rest)?.name;
  if (name === undefined || !isPersonName(name)) return undefined;
  const at = (value: string) => ({ value, line });
  return {
    line,
    confidence: 'low',
    nameFromOffice: false,
    name: at(name),
    ...(honorific ? { honorific: at(honorific) } : {}),
    title: at(office),
    address: [],
    emails: [],
    copy: false,
    unsure: [],
  };
}

/** "Ministerio Público de Ejemplia", "Director de la Unidad General de Derechos Humanos": the office written to, named as printed. */
function officeAlone(text: string, line: number): ImportedOfficial | undefined {
  if (NOT_AN_OFFICE_LINE.test(text) || !/^\p{Lu}/u.test(text) || text.split(/\s+/).length > 12) return undefined;
  if (!hasOfficeWord(fold(text)) && !isOrganisation(text)) return undefined;
  return { line, confidence: 'low', nameFromOffice: true, name: { value: text, line }, address: [], emails: [], copy: false, unsure: [] };
}
