// Officials a page lists outside any block of contact details: a campaign form's list of who
// receives the message, a petition's "Letter to" list, a "Target:" label, a sentence or a list in
// prose. Tried only when no other reader found an official, each reader in turn; the first that
// names anyone gives the page's officials (at low confidence, with why).
import { announcedRecipients } from './announced-recipients.js';
import { arabicAddressee } from './arabic-addressee.js';
import { vietnameseAddressees } from './vietnamese-addressees.js';
import { thaiAddressee } from './thai-addressee.js';
import { cjkEnvelope } from './cjk-envelope.js';
import { arabicCourtesyLine } from './arabic-courtesy-line.js';
import type { ImportedOfficial } from './official-block.js';
import { proseEmailOfficials } from './prose-emails.js';
import { labelledRecipients } from './recipients-label.js';
import { officesWithPersons } from './office-with-person.js';
import { sentenceNamedOfficials } from './sentence-named.js';
import { petitionRecipients } from './petition-letter-to.js';
import { petitionToList, petitionToOffice } from './petition-to-office.js';
import { petitionParaList } from './petition-para-list.js';
import { dativeAddressee } from './dative-addressee.js';
import { namedShortIn } from './repeated-officials.js';
import { petitionLabelOfficials } from './petition-label-person.js';
import { letterToOfficeHolders } from './nordic-letter-to.js';
import { openLetterGreeted } from './open-letter-greeted.js';
import { slavicAppealOfficials } from './slavic-appeal.js';
import { addressedThisLetter } from './letter-addressed-to.js';
import { addressingLineOfficials } from './addressing-line.js';
import { headlineAddressees } from './headline-addressee.js';
import { sentLetterAddressees } from './sent-letter-addressee.js';
import { petitionCardAddressee } from './petition-card.js';
import { callingOnOfficials } from './calling-on.js';
import { petitionHeaderOfficials } from './petition-header.js';
import { askedOffices } from './asked-office.js';
import { writeToOfficeOfficials } from './write-to-office.js';
import { found, sourceLine, type Finding, type ImportText } from './types.js';

const READERS: ReadonlyArray<{ read: (doc: ImportText) => ImportedOfficial[]; why: string }> = [
  { read: announcedRecipients, why: 'listed under the line that says who receives the message, with no contact details' },
  { read: proseEmailOfficials, why: 'named in running text that asks the reader to write, each with the emails printed after him' },
  { read: labelledRecipients, why: 'listed after a label of recipients ("Destinataires :", "Target:"), with no contact details' },
  { read: officesWithPersons, why: 'named by office with the person in brackets in the instructions, numbers matched by office' },
  { read: sentenceNamedOfficials, why: 'named with his office in the sentence that asks to write, with no contact details' },
  { read: arabicAddressee, why: 'named above the Arabic letter\'s greeting, his courtesy before a slash and his office under him, with no contact details' },
  { read: vietnameseAddressees, why: 'listed under the Vietnamese letter\'s "Kính gửi:" (to), one dashed line each, with no contact details' },
  { read: cjkEnvelope, why: 'named above the Chinese letter\'s greeting as on an envelope, his office glued after his name, his address under it' },
  { read: thaiAddressee, why: 'named on the Thai letter\'s "เรียน" (to) line, courtesy and office before the name, with no contact details' },
  { read: arabicCourtesyLine, why: 'named on the Arabic appeal\'s "حضرة" line, his office before his name, with no contact details' },
  { read: slavicAppealOfficials, why: 'named with his office in the Slovak, Czech or Polish sentence that asks to write, sign or call, with no contact details' },
  { read: dativeAddressee, why: 'named in the dative above the letter\'s greeting, his office then his name ("Al Ministro …, Name."), with no contact details' },
  { read: petitionToOffice, why: 'the institution or office a petition\'s "To:" label names above the letter\'s greeting, with no contact details' },
  { read: petitionLabelOfficials, why: 'named with his office on a petition\'s "Till:" / "Aan:" label at the page\'s top, with no contact details' },
  { read: letterToOfficeHolders, why: 'named with his office after the word "to" ("til", "till", "aan") in the headline or sentence that presents the letter, statement or petition, with no contact details' },
  { read: openLetterGreeted, why: 'named in the open letter\'s headline and greeted by his name in the letter, with no contact details' },
  { read: addressingLineOfficials, why: 'named with his office on the line that addresses the petition\'s text, "À M. …, Président …:", with no contact details' },
  { read: headlineAddressees, why: 'named with his office in the headline or the sentence that presents the open letter or petition, with no contact details' },
  { read: petitionToList, why: 'listed one a line under a petition\'s "To:" label above the letter\'s greeting, people by office and name and institutions, with no contact details' },
  { read: petitionCardAddressee, why: 'named on the petition\'s own line under its closing day or its signing button, above its call, with no contact details' },
  { read: petitionHeaderOfficials, why: 'named in a petition\'s header ("Petitioning …", "Petition to …", "To: …"), with no contact details' },
  { read: writeToOfficeOfficials, why: 'named, by office or by office and name, in the Dutch, German, French or Nordic sentence that asks the reader to write to him or call on him, with no contact details' },
  { read: callingOnOfficials, why: 'the offices and institutions the section calls on in a sentence of an action page, with no contact details' },
  { read: askedOffices, why: 'the office a Portuguese, Spanish or Italian demand asks to act ("Pedimos que o Procurador-Geral … garanta"), with no contact details' },
  { read: sentLetterAddressees, why: 'named with his office in the sentence that presents the letter as sent ("El texto enviado al Sr. …, Secretario de … dice así:"), with no contact details' },
];

export function proseListOfficials(doc: ImportText): { officials: ImportedOfficial[]; why: string } | undefined {
  for (const { read, why } of READERS) {
    const officials = read(doc);
    if (officials.length > 0) return { officials, why };
  }
  return undefined;
}

/** A list read whole: its officials, the lines it left out (source lines, as every skipped line), and the document lines it spans. */
interface WholeList {
  officials: ImportedOfficial[];
  skipped: LeftOut[];
  from: number;
  to: number;
  why: string;
}

interface LeftOut {
  line: number;
  text: string;
  why: string;
}

/**
 * The officials as read, with each list that is read whole in place of what the other readers
 * made of its lines (a petition's "Letter to" list reads to them as one official whose address is
 * the list; a sentence's copies as officials to write to). Officials from other lines stay.
 */
export function withListsInPlace<R extends { officials: Finding<ImportedOfficial[]>; skipped: LeftOut[] }>(doc: ImportText, read: R): R {
  let out = read;
  for (const list of wholeLists(doc)) {
    // Officials' lines are document lines; skipped lines are source lines: each compared in its own unit.
    const outside = (line: number) => line < list.from || line > list.to;
    const [fromSource, toSource] = [sourceLine(doc, list.from), sourceLine(doc, list.to)];
    // "Escreva para a presidente Jane" in the story above the list that names "Jane Exemplo": the same person, once.
    const others = out.officials.found ? out.officials.value.filter((o) => outside(o.line) && namedShortIn(o, list.officials, 1) === undefined) : [];
    const value = [...list.officials, ...others].sort((a, b) => a.line - b.line);
    out = { ...out, officials: found(value, 'low', value[0]?.line ?? list.from, list.why), skipped: [...out.skipped.filter((s) => s.line < fromSource || s.line > toSource), ...list.skipped] };
  }
  return out;
}

function wholeLists(doc: ImportText): WholeList[] {
  const out: WholeList[] = [];
  const petition = petitionRecipients(doc);
  if (petition.officials.length > 0) out.push({ ...petition, why: "a petition site's list of whom its letter goes to, with no contact details" });
  const para = petitionParaList(doc);
  if (para) out.push({ ...para, why: 'listed under a petition\'s "Para:" label, courtesy, name and office a line, with no contact details' });
  const addressed = addressedThisLetter(doc);
  const lines = addressed.map((o) => o.line);
  if (addressed.length > 0) out.push({ officials: addressed, skipped: [], from: Math.min(...lines), to: Math.max(...lines), why: 'named in the sentence that says whom the letter is addressed to' });
  return out;
}
