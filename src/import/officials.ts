// The officials to write to. They are listed between the TAKE ACTION bullets (or "Write to:") and
// the salutation, or, in Amnesty International's labelled template and some section pages, under
// a contact heading after the letter ("TARGET'S CONTACT DETAILS", "CONTACT INFORMATION",
// "APPELLE AN"). Each range is cut into one block per official. UAs often run the blocks together
// without blank lines, so a block ends where a new header starts after address or contact lines —
// a line with an office word ("Permanent Mission…"), an honorific or a personal name that is not
// an address. Headings and instructions are never part of an official; every line left out is
// returned with the reason, for the report.
import { CARE_OF } from './address-words.js';
import { endsWithCountry, opensOfficial, runsOnAddress, townOverCountry } from './address-run.js';
import { ANNOTATIONS, blockFurnitureKind, isCopiesAnnouncement } from './block-furniture.js';
import { cutAtNotOfficials, leftWithNothing } from './not-the-officials-lines.js';
import { addresseeAboveLetter, addresseeUnderCourtesy } from './addressee-above-letter.js';
import { isSubjectLine } from './letter-subject.js';
import { addresseeUnderGreeting } from './addressee-under-greeting.js';
import { withCjkItems } from './cjk-officials.js';
import { turkishInstitutionStandsIn, withNamedNumbers } from './turkish-contact.js';
import { parseContactLine, type ContactLine } from './contact-line.js';
import { pageLineKind } from './field-furniture.js';
import { copyRequest, type CopyRequest } from './copy-request.js';
import { copiesLists, unlabelledCopies } from './copies-list.js';
import { isYearHeadline } from './published-letter-block.js';
import { copiesToRepresentatives, describedCopy } from './copies-to-representatives.js';
import { isPressContact } from './press-contact.js';
import { markCopiesAsked, namesCopiesInPassing } from './copies-asked.js';
import { ownAddressCall } from './own-address-call.js';
import { furnitureKind, isContactHeading, isCopiesHeading, isOwnOrganisation, isSenderBlank, isSenderLabel, isWrappedSentence } from './furniture.js';
import { isTrailerLabel, LABELS, matchesLabel } from './labels.js';
import { findLandmarks } from './landmarks.js';
import { isProse, looksLikeHeader } from './line-kinds.js';
import { isAddressLabelAlone, parseBlock, reachableBy, type BlockLine, type ImportedOfficial } from './official-block.js';
import { countryCode } from '../channels/countries.js';
import { NOT_A_SENTENCE_END, honorificAlone, isAddressLike, isCountedPhrase, isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole, startsWithOrganisation } from './official-words.js';
import { isPostNominal } from './post-nominal.js';
import { endsInStreetAbbreviation, isRunningText } from './official-name.js';
import { isPinyinInstitution, isPinyinPlace, splitPinyinOffice } from './pinyin.js';
import { officialInHeading } from './headed-official.js';
import { announcesRecipients } from './announced-recipients.js';
import { announcedOfficial, nameAnnounced, namesInFull, withAnnouncedHolders, type AnnouncedOfficial } from './announced-official.js';
import { follows, isParagraphedEnvelope, isSpacedRange, lineUnder, separates } from './spacing.js';
import { addContacts, contactsOfOfficialAbove } from './contacts-under-official.js';
import { addHandle, handleOfAppealed } from './handle-over-copies.js';
import { acceptCutRecipient } from './cut-recipient.js';
import { withoutRepeats } from './repeated-officials.js';
import { opensSecondOfficial, parseBlockOfficials } from './shared-block.js';
import { emailListOfficials } from './email-list.js';
import { withWidgetRecipients } from './widget-recipients.js';
import { proseListOfficials, withListsInPlace } from './prose-lists.js';
import { withOfficeHolders } from './office-holder.js';
import { emailToOfficials } from './email-to-line.js';
import { tweetTargets } from './tweet-targets.js';
import { isDetainedSubject } from './detained-subject.js';
import { everySentenceOfficial, namesOfficials, sentenceOfficials } from './sentence-official.js';
import { withSentenceFax } from './sentence-fax.js';
import { faxLabelListAt, faxLabelLists, withFaxLabelLists } from './fax-label-list.js';
import { joinSentenceOfficials } from './sentence-join.js';
import { laterWriteToLines } from './write-to-lines.js';
import { laterLetters } from './later-letters.js';
import { letterLineKind, withoutAddressedTo } from './letter-heading.js';
import { continuesOffice, endsDangling } from './wrapped-office.js';
import { summaryRange, type LineRange } from './summary.js';
import { foldedLabels, labelsOf } from './field-labels.js';
import { fold, isAllCaps, isBlank, isBullet, isRuleLine, lineAt, nextNonBlank, previousNonBlank } from './text.js';
import { READERS_GREETING } from './group-greeting.js';
import { isDateOnly, withoutDateline } from './written-date.js';
import { datelineKind } from './letter-dateline.js';
import { ownLetterheadEnd } from './own-letterhead.js';
import { isOwnBureau } from './office-of-person.js';
import { headsOfficialBelow } from './office-heading.js';
import { greetsReadersUnder, splitLetterhead, splitSignature } from './letterhead.js';
import { attentionHead, numberedItemHead } from './head-marks.js';
import { addresseeLabel } from './addressee-list-line.js';
import { found, notFound, sourceLine, type Finding, type ImportText } from './types.js';

/** A copy label that ends in its "to" ("Copies to", "Kopie aan") opens a line that names whom copies go to. */
const COPY_TO_LABELS = labelsOf('copy').filter((l) => / (?:to|a|à|au|aux|an|aan|naar|para)$/u.test(l));
/** "TARGET'S CONTACT DETAILS & "COPIES TO"": a contact heading first, the copies after "&" or "and". */
function headsTargetsAndCopies(text: string): boolean {
  const m = /^(.{6,80}?)\s*(?:&|\band\b|\by\b|\bet\b|\bund\b|\+)\s*["“”'‘’(]*\s*(?:copies|copias|copie|kopien)\b/iu.exec(text.trim());
  return m !== null && isContactHeading(m[1] ?? '');
}

// "And remember to send a copy of your letters to your local MP and the Prime Minister": a reminder
// to copy, over the blocks of those it names.
const COPIES = new RegExp(String.raw`^(?:(?:and|also send|send)\s+)?cop(?:y|ies)\s+(?:to|of)\b|^(?:and\s+)?(?:please\s+)?(?:remember|don'?t forget|do not forget|be sure)\s+to\s+(?:also\s+)?send\s+(?:a\s+)?cop(?:y|ies)\b|^(?:bitte )?(?:sende|senden sie) (?:eine )?kopien? an\b|^(?:${foldedLabels(COPY_TO_LABELS)})\b`);
/** A label with only its translation after it ("Cc: (with copy to)"). */
const LABEL_TRANSLATED = /^\p{L}{1,12}\s*:\s*\([^()]{1,40}\)$/u;
/** A line ending in a colon, or a label with its translation (tried only on a line that ends in a bracket). */
const isHeadingLine = (line: string): boolean => /:\s*$/.test(line) || (line.endsWith(')') && LABEL_TRANSLATED.test(line));
/** An address line that stops at a building word, its name on the next line. */
const UNFINISHED = /,\s*(?:edificio|building|torre|tower|bloque|block|immeuble|b[aâ]timent|geb[aä]ude|haus|centro|centre|center|complejo|complex|conjunto)$/iu;

/** A line the officials' reader left out, and why: its SOURCE line (`sourceLine`), reported as it is. */
export interface SkippedLine {
  line: number;
  text: string;
  why: string;
}

/**
 * Before the letter: after the last of "Write to:", the TAKE ACTION bullets, the summary and the
 * headline; up to the salutation, or else to the first closing, ADDITIONAL INFORMATION heading or
 * trailer label after that start (older UAs put "PLEASE SEND APPEALS BEFORE … TO:" above the
 * officials, so a label before the start does not end the list).
 */
export function officialsRange(doc: ImportText, writeTo?: number): LineRange | undefined {
  const m = findLandmarks(doc);
  const limit = m.salutation ?? doc.lines.length + 1;
  // A published letter under its headline ("Exampleland: Letter to President …") runs its byline and
  // its addressee into the greeting with no blank line: that paragraph is no summary to skip.
  const summaryEnd = summaryRange(doc)?.to;
  const summary = summaryEnd !== undefined && summaryEnd + 1 === m.salutation ? undefined : summaryEnd;
  const starts = [writeTo ?? m.writeTo, m.bulletsEnd, m.bulletsEnd === undefined ? m.takeAction : undefined, summary, m.titleEnd, m.kind];
  const start = Math.max(0, ...starts.filter((n): n is number => n !== undefined && n < limit));
  let end = limit - 1;
  if (m.salutation === undefined) {
    const stops = [m.closing, m.additional].filter((n): n is number => n !== undefined && n > start);
    for (let n = start + 1; n <= end; n++) if (isTrailerLabel(lineAt(doc, n))) stops.push(n);
    end = Math.min(end, ...stops.map((n) => n - 1));
  }
  return start + 1 <= end ? { from: start + 1, to: end } : undefined;
}

/** After the letter: from a contact heading to the next trailer label, heading of the background, or salutation. */
export function laterRanges(doc: ImportText, before: LineRange | undefined): LineRange[] {
  const m = findLandmarks(doc);
  const letterEnd = m.closing ?? m.salutation;
  if (letterEnd === undefined) return [];
  const ranges: LineRange[] = [];
  for (let n = letterEnd + 1; n <= doc.lines.length; n++) {
    if (before && n <= before.to) continue;
    if (!isContactHeading(lineAt(doc, n))) continue;
    let end = n;
    while (end + 1 <= doc.lines.length) {
      const next = lineAt(doc, end + 1);
      if (isTrailerLabel(next) || end + 1 === m.additional || (m.salutation !== undefined && end + 1 === m.salutation)) break;
      end++;
    }
    if (end > n) ranges.push({ from: n, to: end });
    n = end;
  }
  return ranges;
}

export interface Block {
  lines: BlockLine[];
  copy: boolean;
  body: boolean;
  blankSeen: boolean;
  header: boolean;
  contact: boolean;
  /** Some line names someone (an honorific, a person's name, "President Jane Doe"). */
  named: boolean;
  /** Some line names an office or an institution. */
  roled: boolean;
  /** A blank line that separates was seen while the block had no address or contact line yet. */
  headBlank?: boolean;
  /** The block under it opened after a blank line while this one had no address or contact line (see afterBareHead). */
  cutBelow?: boolean;
  /** A header line (not an address line) names someone. */
  personNamed: boolean;
  /** A "Salutation:" line was read: the block's last field. */
  saluted?: boolean;
  /** The recipient of copies an instruction names in passing ("… send copies to the secretary: …"). */
  request?: boolean;
  /** The line above that names whose block this is (announced-official.ts). */
  announced?: AnnouncedOfficial & { line: number };
  /** "COPIES TO: diplomatic representatives of X accredited to your country.": whom, described, no block of lines. */
  described?: string;
  /** The page's text ends inside this block, before any address or contact line (cut-recipient.ts). */
  cutOff?: boolean;
}


/** A care-of line ("c/o Jane Roe", "z. Hd. …", "Attn: …"): the address that follows is the official's. */
const CARE_OF_LINE = new RegExp(String.raw`^(?:${CARE_OF}|a\/c|z\.\s?hd\.?|att?n\.?)\s`, 'i');

/** "c/o Jane Roe", "c/o H.E. John Roe": care of a person (not "c/o Embassy of …", an address of its own). */
/** "Copie : comité de soutien à …", "Cc: supporters of …": a copy label, and a description in lower case after it. */
function copiedToDescribedGroup(line: string): boolean {
  if (!line.includes(':')) return false;
  const label = addresseeLabel(line);
  return label?.copy === true && /^\p{Ll}/u.test(label.value) && !/[\d@]/.test(label.value);
}

function caresForPerson(line: string): boolean {
  const cared = CARE_OF_LINE.exec(line);
  if (cared === null) return false;
  const rest = splitHonorific(line.slice(cared[0].length)).rest;
  // "c/o Ambassador John Roe": care of a person named with his office.
  return isPersonName(rest) || isPersonName(splitLeadingRole(rest)?.name ?? '');
}

/** A Mexican district ("Col. Juárez", "Col. Los Cipreses"). */
const COLONIA = /^Col\.\s+\p{Lu}/u;

/** Cuts a range into blocks; a block without any address or contact line is not an official. */
export function splitBlocks(doc: ImportText, range: LineRange, countries: readonly string[], skipped: SkippedLine[] = []): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let copy = false;
  const skip = (n: number, why: string) => skipped.push({ line: sourceLine(doc, n), text: lineAt(doc, n), why });
  // Lines under the page's own organisation ("Amnesty International" / "Zinnowitzer Str. 8") are its
  // return address, up to the next blank line.
  let sender = false;
  // A call to send back to the campaign has just been read (it sets `sender` too): its address may stand a blank line under it.
  let ownCallAbove = false;
  const spaced = isSpacedRange(doc, range) || isParagraphedEnvelope(doc, range, findLandmarks(doc).salutation);
  // A "Salutation:" label has opened an official's block (leadsBlock).
  let led = false;
  // "His Excellency" / "Jane Doe" / "via" / "Embassy of Exampleland" / …: the letter goes to him by
  // way of the institution under the word, whose lines are his address, not another official.
  let via = false;
  // The line of the country a town read across a blank line stands over (townOverCountry): it ends that address.
  let countryDue: number | undefined;
  for (let n = range.from; n <= range.to; n++) {
    const printed = withoutDateline(lineAt(doc, n), looksLikeHeader);
    // "1.  Excmo. Sr. Juan Ejemplo, Presidente de Ejemplia:": a numbered list's item (head-marks.ts).
    const item = numberedItemHead(printed);
    // "Attn: Minister Jane Example": the label is no part of his office or name.
    const written = item ?? attentionHead(printed) ?? printed;
    const text = withoutAddressedTo(colonHeadedOfficial(doc, n, written) ?? written);
    if (isBlank(text)) {
      // "…, sign them, and return them to" / "" / "Jane Example" / "Box 200": the campaign's own address under its call, a blank line down.
      if (ownCallAbove) continue;
      // On a page with a blank line between every line, one blank line ends nothing (spacing.ts);
      // the sender's return address goes on only through address lines.
      if (!separates(doc, n, spaced)) {
        sender &&= isAddressLike(lineAt(doc, n + 1), countries) && !isProse(lineAt(doc, n + 1));
        continue;
      }
      if (current?.body) current.blankSeen = true;
      else if (current) current.headBlank = true;
      sender = false;
      continue;
    }
    ownCallAbove = false;
    // "Joe Example" / "AWPA" / "———————" / "The Hon Julie Example MP": a rule parts the group's
    // signature from the next letter's addressee; no block goes on across it.
    // "2011: Exampleland: Writers arrested" under the site's name: the headline of a published letter
    // parts the page as a rule does, and is never an address line.
    // "Ambasador Thomas Example" / "_____" / "10 Example Street": a rule under a name with no address
    // yet, over an address line, underlines the addressee; his address follows.
    if (isRuleLine(text) && current?.header === true && !current.body && underlinesAddressee(doc, n, countries)) {
      skip(n, 'a rule under the addressee, above his address');
      continue;
    }
    if (isRuleLine(text) || isYearHeadline(text)) {
      skip(n, isRuleLine(text) ? 'a rule between parts of the page' : 'the headline of a published letter');
      [current, sender] = [undefined, false];
      continue;
    }
    if (isSenderBlank(text)) {
      // A letter download: the writer's address comes first, then the official's. What stood
      // above the blank (the page's name, the UA's heading) is no official.
      for (const b of blocks.splice(0)) for (const l of b.lines) skip(l.n, "above the blank for the writer's own address: not an official");
    }
    // "Report back to:" / "Mail your letters to our office and we will deliver them:": the campaign's own address follows (own-address-call.ts).
    const ownCall = ownAddressCall(text);
    if (ownCall !== undefined) {
      [current, sender, ownCallAbove] = [undefined, ownCall === 'above', ownCall === 'above'];
      skip(n, "asks readers to send back to the campaign: its own address, not an official's");
      continue;
    }
    // "Mittente: Centro …" / its street / its e-mail: a page labels its own return address as the sender's.
    if (isSenderLabel(text)) {
      sender = true;
      current = undefined;
      skip(n, "the sender's own address, not an official's");
      continue;
    }
    if (isOwnOrganisation(text) && !isWrappedSentence(text, lineAt(doc, n + 1))) {
      sender = true;
      // Its letterhead spread over blank lines, its own email or site in it (own-letterhead.ts): the sender's to its end.
      const end = ownLetterheadEnd(doc, n, range.to, countries);
      if (end !== undefined) {
        for (let k = n + 1; k <= end; k++) if (!isBlank(lineAt(doc, k))) skip(k, "the sender's own letterhead, not an official's");
        [current, sender, n] = [undefined, false, end];
        continue;
      }
    } else if (sender && !isSenderBlank(text) && (isDateOnly(text) || datelineKind(text) !== undefined)) {
      // "Amnesty International USA" / … / "January 7, 2011" / the addressee: a letter as sent dates
      // itself under the sender's letterhead; the date ends the letterhead, and the lines under it
      // are the addressee's block, never the sender's return address.
      skip(n, "the letter's date, under the sender's letterhead");
      [current, sender] = [undefined, false];
      continue;
    } else if (sender && !isSenderBlank(text)) {
      skip(n, "the sender's own address, not an official's");
      continue;
    }
    // "Jane Example" / "Share on Facebook" / "Ministry of …": the page's furniture printed right
    // under an official's name, before his address or contact lines (a sign-off, a share button, a
    // banner, a countdown, a channel the case has no field for such as "Instagram: @…" or "Sitio web:
    // www.…": field-furniture.ts) parts nothing when a line of his block comes next: his block goes
    // on under it, and the line is no field of his. A line ending with its colon may
    // announce the next official, and a dateline under a name parts the writer's letterhead from the
    // addressee ("By Jane Writer" / "April 20, 2010" / "His Excellency …"): both are read as before.
    const furnitureUnderName = current?.personNamed === true && !current.body && !current.contact && !/[:：]\s*$/u.test(text) ? pageLineKind(text) : undefined;
    if (furnitureUnderName !== undefined && furnitureUnderName !== "a letter's dateline" && keepsNothing(parseContactLine(text)) && blockGoesOnUnder(doc, n, range.to, countries)) {
      skip(n, `${furnitureUnderName}, under the official's name: his block goes on`);
      continue;
    }
    // "Please be sure to send copies to the Prime Minister's secretary: office@…": a recipient of
    // copies named in passing. The official above goes on (his "Salutation:" may follow).
    if (isPressContact(text)) {
      skip(n, "the sender's own press contact, not an official");
      current = undefined;
      continue;
    }
    const request = copyRequest(text);
    if (request) {
      blocks.push(requestBlock(n, request));
      continue;
    }
    if (namesCopiesInPassing(text)) {
      // The copies it asks for are marked on the institution's block once every block is read (copies-asked.ts).
      skip(n, 'an instruction to the reader');
      current = undefined;
      continue;
    }
    // Amnesty's template heads the officials "TARGET'S CONTACT DETAILS & "COPIES TO"": a heading over
    // both, opening with the officials' own contact details, makes none of them a copy.
    if ((COPIES.test(fold(text)) || isCopiesHeading(text) || isCopiesAnnouncement(text)) && !headsTargetsAndCopies(text)) {
      [current, copy] = [undefined, true];
      // "COPIES TO: diplomatic representatives of X accredited to your country.": whom, on the label's line.
      const described = copiesToRepresentatives(text);
      if (described !== undefined) blocks.push(describedCopyBlock(n, described));
      continue;
    }
    // "copie : comité de soutien à Jane Doe": a form letter copied to the writers' own committee,
    // described in words, names no official; nor is it a line of the block above.
    if (copiedToDescribedGroup(text)) {
      skip(n, 'a copy to a group described in words, not an official');
      current = undefined;
      continue;
    }
    // "Fax:" / "Minister of Justice: +1 555 0100" / "President: …": every official's fax under one
    // label, after the blocks; each number goes to the official it names (fax-label-list.ts).
    const faxList = faxLabelListAt(doc, n, range.to);
    if (faxList) {
      for (let m = n; m <= faxList.last; m++) if (!isBlank(lineAt(doc, m))) skip(m, 'a list of faxes under one label: each number goes to the official it names');
      [current, n] = [undefined, faxList.last];
      continue;
    }
    if (current && isAddressLabelAlone(text)) {
      skip(n, 'a label (the address follows)');
      continue;
    }
    // "The King" / "His Majesty King Salman …": an office with its article heads the block whose own line names him (office-heading.ts).
    if (headsOfficialBelow(doc, n, range.to)) {
      skip(n, "a heading over the official's block: the line under it names him with his office or courtesy");
      current = undefined;
      continue;
    }
    // "Pour AGIR : … envoyez-le au Président de la République, Jane Doe par email : a@… , en copie à
    // la ministre …, Mme Ana Roe : b@…": an instruction that names its own officials and their emails
    // is read as the sentence it is (sentence-official.ts), never as contact lines of the block above.
    const namingInstruction = text.length > 120 && namesOfficials(doc, n);
    const parsed = namingInstruction ? undefined : parseContactLine(text);
    const contact = parsed !== undefined;
    // No line of an official's block runs to a thousand characters: such a line is running text.
    const furniture = contact ? undefined : text.length > 1000 ? 'running text' : furnitureKind(text) ?? letterLineKind(text, doc, n) ?? (isInstructionProse(text) ? 'running text' : isBullet(text) ? 'a list item' : isDateOnly(text) ? 'a date' : datelineKind(text) ?? blockFurnitureKind(text));
    // A line ending in a colon with nothing after it is a heading wherever it stands: no address line does.
    if (furniture !== undefined || (!contact && isHeadingLine(text))) {
      if (!isContactHeading(text)) skip(n, furniture ?? 'a heading');
      // An instruction inside a flattened official ("… Hamada al-Sawi Due to postal restrictions…,
      // please only send physical mail to the Embassy Fax: …") does not end the official.
      const instruction = furniture === 'an instruction to the reader' && current !== undefined;
      // Nor does one on its own line between an official's name and contact lines ("Due to postal
      // restrictions…, please only send physical mail to the Embassy" / "Fax: …").
      // One that names whom to write to ("Écrivez au Président du Conseil européen :") heads the block under it (announced-official.ts).
      const inside = instruction && ((n > range.from && sourceLine(doc, n) === sourceLine(doc, n - 1)) || contactFollows(doc, n, range.to)) && announcedOfficial(text) === undefined;
      // A postage note, a price, a page's counter or a remark in brackets annotates the official it stands in: it ends nothing.
      const annotation = furniture !== undefined && ANNOTATIONS.has(furniture) && current !== undefined;
      if (!inside && !annotation) current = undefined;
      continue;
    }
    // "Exma. Sra. Governadora do" / "Estado do Pará": the office wrapped after a preposition goes on;
    // its second half names no one (nor is it a place under an office).
    const previous = current?.lines.at(-1);
    if (current && previous && !contact && !previous.address && follows(doc, previous.n, n, spaced) && endsDangling(previous.text) && continuesOffice(text)) {
      current.lines.push({ n, text, address: false, ...under(doc, n, spaced) });
      noteHeaderParts(current, `${previous.text} ${text}`, false);
      continue;
    }
    // A line that looks like a name right after a named office, with an address under it, is a
    // place ("Madinat al-Rehab" under "Office of the Public Prosecutor").
    // Across a blank line only an address already begun goes on so: under an email alone, a name opens the next block;
    // so it does after a blank line under the block's contact lines ("… / president@… / (blank) / Nils Example / Commissioner …").
    // A headline counting people ("12 activists still held") is no place, though a street line follows;
    // nor is a greeting to the readers ("Liebe Freunde,") over a letter's sentence.
    const placeName = !contact && current !== undefined && !isCountedPhrase(text) && !current.headBlank && !(current.blankSeen && (current.contact || !current.lines.some((l) => l.address))) && headerComplete(current) && current.personNamed && !isRoleLike(text) && splitHonorific(text).honorific === undefined && honorificAlone(text) === undefined && addressFollows(doc, n, range.to, countries) && !READERS_GREETING.test(fold(text));
    // "Xiangzhou Qu" under "166 Xianghua Lu": a pinyin place, once the block has named someone.
    const pinyinPlace = !contact && current?.named === true && isPinyinPlace(text);
    // "Calle … No. 48" / "Col. Juárez" / "C.P. 06600": in a Mexican address "Col." is the colonia
    // (the district), not a colonel opening a new official.
    const colonia = !contact && current?.body === true && current.lines.at(-1)?.address === true && COLONIA.test(text) && addressFollows(doc, n, range.to, countries);
    // "c/o Botschaft des Königreichs …" / "Herrn Jane Beispiel, Botschaftsrat": the person under a
    // care-of line is whom the letter goes through, part of the address, not an official of his own.
    const careOfPerson = !contact && current?.body === true && text.includes(',') && CARE_OF_LINE.test(current.lines.at(-1)?.text ?? '') && courtesyThenPerson(text.slice(0, text.indexOf(',')));
    // "LU Example, Zhejiangsheng Renmin Zhengfu" under his office: the holder and his institution in
    // pinyin, a header line, though it reads like "Town, Region".
    const pinyinHolder = !contact && text.includes(',') && isPinyinInstitution(text.slice(text.indexOf(',') + 1)) && isPersonName(text.slice(0, text.indexOf(',')));
    const addressLine = !contact && !pinyinHolder && (placeName || pinyinPlace || colonia || careOfPerson || isAddressLike(text, countries) || CARE_OF_LINE.test(text));
    const placeAfterOffice = !contact && !addressLine && current !== undefined && headerComplete(current) && hasPlacePart(text);
    // "6a Avenida 13-71" / "Centro Ejemplo" / "La Ciudad," / "GUATEMALA": right under an address
    // line, before its country, a place that looks like an institution or a name goes on with the
    // address; only person or office evidence opens the next official (address-run.ts).
    const runLast = current?.body === true ? current.lines.at(-1) : undefined;
    const below = lineUnder(doc, n, spaced);
    // "P.O. Box 1031" / "Addis Ababa" / (blank) / "Dear Prime Minister:": a name-like place closing the
    // range right under an address line (no blank between: after one it may be the letter's subject,
    // the name of the person at risk; on a page that spaces every line out, where a blank line tells
    // nothing, only a country's name, which no person at risk is) goes on with it: nothing under it
    // could make it an official.
    const underRun = runLast !== undefined && (runLast.n === n - 1 || (spaced && follows(doc, runLast.n, n, spaced) && countryCode(text) !== undefined));
    const closesRange = underRun && nextNonBlank(doc, n + 1, range.to) === undefined && !opensOfficial(text);
    // "Vedado" / (blank) / "La Ciudad" / (blank) / "Exampleland": across one blank line, a town over
    // its country alone (address-run.ts), and then that country, go on with the address.
    const acrossBlank = !contact && !addressLine && runLast?.address === true && runLast.n === n - 2 && isBlank(lineAt(doc, n - 1));
    const country = acrossBlank ? nextNonBlank(doc, n + 1, range.to) : undefined;
    const overCountry = acrossBlank && (n === countryDue || (country !== undefined && townOverCountry(text, lineAt(doc, country))));
    countryDue = overCountry && n !== countryDue ? country : undefined;
    const runsOn = !contact && !addressLine && !placeAfterOffice && runLast?.address === true && !endsWithCountry(runLast.text, countries) && (overCountry || (follows(doc, runLast.n, n, spaced) && looksLikeHeader(text) && (closesRange || runsOnAddress(text, below <= range.to ? lineAt(doc, below) : undefined))));
    // "and Mr. Jim Doe" under the first official's name and office: the second of two who share the
    // block's address (shared-block.ts), a header line, never an address line.
    const joins = !contact && current !== undefined && !current.body && current.named && opensSecondOfficial(text, below <= range.to ? lineAt(doc, below) : undefined);
    const address = !joins && (addressLine || runsOn);
    const header = joins || (!contact && !address && !placeAfterOffice && looksLikeHeader(text));
    // "Blanco 937 Piso 4, Edificio" / (blank) / "Tecno Pacifico": an address line ending in a building
    // word is unfinished, and the line after it continues the address even across a blank line;
    // so does a line in lower case after a comma.
    const lastLine = current?.lines.at(-1);
    const continued = !contact && current !== undefined && ((current.body && UNFINISHED.test(lastLine?.text ?? '')) || lowerAfterComma(current, text));
    // After the salutation only his contact lines go on ("Anrede: …" / "Fax: …"): a line that is
    // neither those nor an address line is no part of his block.
    // "Salutation: Your Excellency" / "Prime Minister" / "Jane Doe" / …: a page that puts each
    // official's salutation first. After a blank line, with an office or a name right under it, the
    // label opens the official's block instead of closing the one above.
    if (parsed !== undefined && leadsBlock(doc, n, range, parsed, spaced, led)) {
      led = true;
      current = { lines: [{ n, text, address: false }], copy, body: false, blankSeen: false, header: false, contact: true, named: false, roled: false, personNamed: false };
      blocks.push(current);
      continue;
    }
    // "c/o Jane Roe" / (blank) / "Permanent Mission of …": care of a person, then that person's
    // institution: its address is the official's, not another official.
    if (current !== undefined && VIA.test(text.trim())) {
      skip(n, 'by way of: the lines under it are the address');
      via = true;
      continue;
    }
    const careOfInstitution = current !== undefined && !contact && startsWithOrganisation(text) && (via || caresForPerson(current.lines.at(-1)?.text ?? ''));
    via = false;
    // "Jane Example" / "Minister of Justice" / (blank) / "Embassy of Exampleland" / "1 Example Street":
    // an official printed without an address, then after a blank line another block that opens with
    // an institution, an office or a name: that block's address is its own, never the official's above.
    // Only where the block's own lines follow one another: on a page that spaces every line out, a blank line parts nothing.
    // "Ministre des Droits humains" / "Jane EXEMPLE" / (blank) / "Ministère des Droits Humains" / "33/C …":
    // the office's own ministry, with its address under it, is that official's address, not a block of its own;
    // so is the office's bureau ("Public Prosecutor" / "Jane Doe" / (blank) / "Office of the Public Prosecutor" / …).
    // On a page that spaces every line out no blank line is seen under the headings: a named holder parts them all the same.
    const afterBareHead = current !== undefined && !current.body && header && !contact && ((current.headBlank === true && (linesTogether(current) || headlineOverPerson(current, text) || headingOverNamedHolder(doc, n, current, text, spaced)) && opensOwnBlock(text) && !((ownMinistry(current, text) || isOwnBureau(text, current.lines.map((l) => l.text))) && addressFollows(doc, n, range.to, countries))) || (spaced && headingOverNamedHolder(doc, n, current, text, spaced)));
    // "Rifa'a" / "Bahrain" / (blank) / "BRAZIL": a newsletter's next section, headed by its country in
    // capitals. An address names one country, at its end: after a blank line another country opens no line of it.
    if (current?.blankSeen === true && address && isNextSectionCountry(text, current)) {
      skip(n, "a heading: the next section's country, after an address that ended with its own");
      current = undefined;
      continue;
    }
    // A new number opens a new official, even where the block above has no address yet.
    const startsNew = !continued && !careOfInstitution && (!current || afterBareHead || (item !== undefined && header) || (current.body && (header || ((current.blankSeen || current.saluted === true) && !contact && !address))));
    if (startsNew && !(contact && current)) {
      if (afterBareHead && current) current.cutBelow = true;
      current = { lines: [], copy, body: false, blankSeen: false, header: false, contact: false, named: false, roled: false, personNamed: false };
      blocks.push(current);
    }
    const block = current as Block;
    // Once the header has a name and an office, a line that is neither is the address.
    const inBody = block.body || address || placeAfterOffice || (!header && headerComplete(block));
    block.lines.push({ n, text, address: !contact && (inBody || continued), ...under(doc, n, spaced) });
    noteHeaderParts(block, text, !contact && inBody);
    if (contact || address) block.body = true;
    block.contact ||= contact;
    if (parsed?.salutation !== undefined) block.saluted = true;
    block.header ||= !contact && !inBody;
  }
  for (const b of blocks) acceptHeadedOfficial(doc, b, skipped);
  for (const b of blocks) {
    acceptAnnouncedOfficial(doc, b, skipped);
    withHolderInFull(b, blocks);
  }
  acceptAddressee(doc, blocks, skip);
  acceptHeadedAddressee(doc, blocks[0], skip);
  acceptCutRecipient(doc, blocks.at(-1));
  // The announcement may stand under the page's headline, itself read as a block: each block is asked.
  for (const b of blocks) acceptAnnouncedRecipient(doc, b);
  // Address lines alone, with nobody named and no way to reach anyone, are not an official.
  const kept = blocks.filter((b) => b.body && (b.header || b.contact));
  for (const b of blocks) if (!kept.includes(b)) for (const l of b.lines) skip(l.n, 'no address, email, fax, phone or handle goes with it');
  return kept;
}

/** A country's name alone in capitals ("BRAZIL"), another than the one the block's address ends with. */
function isNextSectionCountry(text: string, block: Block): boolean {
  // Cheap tests first: a short line in capitals; only then are names looked up.
  const name = text.trim();
  if (name.length < 4 || name.length > 30 || !isAllCaps(name) || /[\d,:]/u.test(name)) return false;
  const last = block.lines.filter((l) => l.address).at(-1)?.text.split(',').pop()?.trim().replace(/[\s.;]+$/u, '') ?? '';
  const ended = last === '' || last.length > 40 ? undefined : countryCode(last);
  const code = ended === undefined ? undefined : countryCode(name);
  return code !== undefined && code !== ended;
}

/** The next printed line after the rule on line `n` is an address line, a blank line between at most (a page spaced out). */
function underlinesAddressee(doc: ImportText, n: number, countries: readonly string[]): boolean {
  const at = nextNonBlank(doc, n + 1, n + 2);
  const next = at === undefined ? '' : lineAt(doc, at);
  return next !== '' && !isProse(next) && isAddressLike(next, countries);
}

/**
 * An address block with nobody named in it, right under the instruction that names the official
 * ("Send letters to the Attorney General, Diana Salazar:"): his office and name are read from there
 * (headed-official.ts), and the instruction is no longer reported as left out.
 */
function acceptHeadedOfficial(doc: ImportText, block: Block, skipped: SkippedLine[]): void {
  const first = block.lines[0];
  if (!first || !block.body || block.header || block.contact || block.copy) return;
  const n = previousNonBlank(doc, first.n);
  const headed = n === undefined ? undefined : officialInHeading(lineAt(doc, n));
  if (n === undefined || !headed) return;
  block.lines.unshift({ n, text: headed.title, address: false }, { n, text: headed.name, address: false });
  block.header = true;
  const at = skipped.findIndex((s) => s.line === sourceLine(doc, n));
  if (at >= 0) skipped.splice(at, 1);
}

/**
 * A block that names no one, or opens with an institution only, right under a line that names whose
 * it is ("Voici les coordonnées du Ministre Exemple :", "Scriviamo all'ambasciatore Paolo Esempio:"):
 * he is the official (announced-official.ts), the institution the first line of his address.
 */
function acceptAnnouncedOfficial(doc: ImportText, block: Block, skipped: SkippedLine[]): void {
  const first = block.lines[0];
  if (!first || !block.body || block.copy || block.personNamed || block.request === true) return;
  const n = previousNonBlank(doc, first.n);
  const announced = n === undefined ? undefined : announcedOfficial(lineAt(doc, n));
  if (n === undefined || !announced) return;
  const head = block.lines.filter((l) => !l.address && parseContactLine(l.text) === undefined);
  // An institution's line is his address only when the line names a person: an office alone may be the institution's.
  if (head.length > 0 && (announced.name === undefined || !head.every((l) => startsWithOrganisation(l.text)))) return;
  for (const l of head) l.address = true;
  block.announced = { ...announced, line: n };
  block.header = true;
  const at = skipped.findIndex((s) => s.line === sourceLine(doc, n));
  if (at >= 0) skipped.splice(at, 1);
}

/**
 * An official announced by office and surname, and further down, with no address or contact line
 * of its own, the one block that names him in full (the letter's addressee above its greeting): its
 * lines are his name and office, read before his details, and no block of their own.
 */
function withHolderInFull(block: Block, blocks: readonly Block[]): void {
  const surname = block.announced?.surnameOnly === true ? block.announced.name : undefined;
  if (surname === undefined) return;
  const holders = blocks.filter((b) => b !== block && !b.body && !b.copy && b.lines.length > 0 && namesInFull(b.lines.map((l) => l.text), surname));
  const [holder] = holders;
  if (holders.length !== 1 || !holder) return;
  block.lines.unshift(...holder.lines.splice(0).map((l) => ({ ...l, address: false })));
  block.announced = undefined;
}

/**
 * The last block, with no address or contact line, right above the salutation that addresses its
 * office or name: the official as a letter's envelope gives him (see addressee-above-letter.ts).
 * On a page of several letters, a later letter's salutation counts as the first one's does.
 */
function acceptAddressee(doc: ImportText, blocks: readonly Block[], skip: (n: number, why: string) => void): void {
  // "Nikolai Example Kulik, Prosecutor General …" / "Copied: Division of …" / "Dear Mr Kulik,": the
  // copies an open letter names under its addressee stand between him and the greeting.
  const copies = copiesUnderAddressee(blocks);
  const block = blocks.at(-1 - copies.length);
  const last = blocks.at(-1)?.lines.at(-1);
  if (!block || !last || block.body) return;
  // The letter's date may stand between ("Exampleland" / "20 April 2010" / "Your Excellency,"), or
  // its subject ("Prime Minister of Exampleland" / "Re: Call for …" / "Your Excellency,").
  let salutation = nextNonBlank(doc, last.n + 1);
  while (salutation !== undefined && (isDateOnly(lineAt(doc, salutation)) || datelineKind(lineAt(doc, salutation)) !== undefined || isSubjectLine(lineAt(doc, salutation)))) salutation = nextNonBlank(doc, salutation + 1);
  if (salutation === undefined || (salutation !== findLandmarks(doc).salutation && !laterLetters(doc).some((l) => l.salutation === salutation))) return;
  takeAddressee(block, lineAt(doc, salutation), skip);
  // The institution under the copy label, with the addressee taken: the letter's copy, by name only.
  if (block.body) for (const c of copies) [c.body, c.header] = [true, true];
}

/**
 * The blocks under a copy label at the end of the range, with no address or contact line, when each
 * is an institution's name alone on its line; else none (persons listed so are another reader's).
 */
function copiesUnderAddressee(blocks: readonly Block[]): Block[] {
  let i = blocks.length;
  while (i > 1 && blocks[i - 1]?.copy === true && blocks[i - 1]?.body === false) i--;
  const copies = blocks.slice(i);
  const named = copies.every((c) => c.lines.length === 1 && startsWithOrganisation(c.lines[0]?.text ?? ''));
  return blocks[i - 1]?.copy === false && named ? copies : [];
}

/** The block is an official's when the letter's greeting shows its lines to be an addressee's: those lines are his address. */
function takeAddressee(block: Block, greeting: string, skip: (n: number, why: string) => void): void {
  const texts = block.lines.map((l) => l.text);
  const address = addresseeAboveLetter(texts, greeting);
  const styled = address === undefined ? addresseeUnderCourtesy(texts, greeting) : undefined;
  if (address === undefined && styled === undefined) return;
  // "Su excelencia" over an envelope that is whole without it: how the letter styles him, none of his fields.
  if (styled !== undefined) {
    const [courtesy] = block.lines.splice(0, 1);
    if (courtesy) skip(courtesy.n, 'a courtesy title alone over the envelope: how the letter styles the official, none of his fields');
  }
  for (const i of address ?? styled ?? []) if (block.lines[i]) block.lines[i].address = true;
  block.body = true;
  block.header = true;
}

/**
 * The first block, with no address or contact line, right under a heading that announces the
 * officials ("Appell an:", "Write to:"), when the letter's salutation addresses its office or name:
 * a page that cut the address short, or gives none (see addressee-above-letter.ts).
 */
function acceptHeadedAddressee(doc: ImportText, block: Block | undefined, skip: (n: number, why: string) => void): void {
  const salutation = findLandmarks(doc).salutation;
  const first = block?.lines[0];
  // A block with another institution's or person's block under it is not one whose address was cut short.
  if (!block || !first || block.body || block.copy || block.cutBelow === true || salutation === undefined) return;
  const n = previousNonBlank(doc, first.n);
  if (n === undefined || !isContactHeading(lineAt(doc, n)) || isCopiesHeading(lineAt(doc, n))) return;
  takeAddressee(block, lineAt(doc, salutation), skip);
}

/**
 * The first block, a person's name and his office with no address, right under the line that says
 * who receives the letter ("The letter you sign … will be sent to the following:"): the page names
 * him as a recipient, the form sends the letter, and no address is printed for him.
 */
function acceptAnnouncedRecipient(doc: ImportText, block: Block | undefined): void {
  const first = block?.lines[0];
  if (!block || !first || block.body || block.copy || !block.personNamed || !block.roled || block.lines.length > 3) return;
  if (!announcedAbove(doc, first.n)) return;
  block.body = true;
  block.header = true;
}

/** The nearest printed line above line `n` announces who receives the letter (announced-recipients.ts). */
function announcedAbove(doc: ImportText, n: number): boolean {
  const above = previousNonBlank(doc, n);
  return above !== undefined && announcesRecipients(lineAt(doc, above));
}

/** The recipient of copies an instruction names, as a block of its own: the office, then its email. */
function describedCopyBlock(n: number, recipient: string): Block {
  return { lines: [{ n, text: recipient, address: false }], copy: true, body: true, blankSeen: false, header: true, contact: false, named: true, roled: true, personNamed: false, described: recipient };
}

function requestBlock(n: number, request: CopyRequest): Block {
  const lines = [{ n, text: request.recipient, address: false }, { n, text: `Email: ${request.email}`, address: false }];
  return { lines, copy: true, body: true, blankSeen: false, header: true, contact: true, named: false, roled: true, personNamed: false, request: true };
}

/**
 * What the block's lines so far name, kept as they are added: asking again of every line before
 * made a long run of lines that never reaches an address quadratic (a 10 MB paste took minutes).
 */
function noteHeaderParts(block: Block, text: string, address: boolean): void {
  if (block.named && block.roled && (block.personNamed || address)) return;
  for (const part of text.split(/\s*,\s+/)) {
    // "Madame la Ministre de la Justice", "Herr Generalstaatsanwalt": a courtesy title before an
    // office names the office, not a person (whose name may follow on the next line).
    const courtesy = splitHonorific(part);
    const courtesyOffice = courtesy.honorific !== undefined && isRoleLike(courtesy.rest);
    const named = honorificAlone(part) === undefined && ((courtesy.honorific !== undefined && !isRoleLike(courtesy.rest)) || isPersonName(part) || (!courtesyOffice && splitLeadingRole(part) !== undefined) || splitPinyinOffice(part) !== undefined);
    block.named ||= named;
    block.roled ||= isRoleLike(part);
    if (!address) block.personNamed ||= named || isPersonName(part.replace(/[\s,;]+$/, ''));
  }
}

/** `under` for a block line with one blank line that means nothing above it (spacing.ts). */
function under(doc: ImportText, n: number, spaced: boolean): { under?: true } {
  return spaced && isBlank(lineAt(doc, n - 1)) && !separates(doc, n - 1, spaced) ? { under: true } : {};
}

/** A "Salutation:" line alone, after a blank line or a heading, with an office or a name on the very next line. */
/**
 * On a spaced page (spacing.ts) no blank line tells where a block starts: once the range's first
 * label has led its block (`led`), the page is read as putting every salutation first.
 */
function leadsBlock(doc: ImportText, n: number, range: LineRange, parsed: ContactLine, spaced: boolean, led = false): boolean {
  if (parsed.salutation === undefined || parsed.emails.length > 0 || parsed.fax || parsed.phone || parsed.twitter || parsed.address || n >= range.to) return false;
  const single = spaced && isBlank(lineAt(doc, n - 1)) && !separates(doc, n - 1, spaced);
  const above = single && n - 2 < range.from ? '' : lineAt(doc, single ? n - 2 : n - 1);
  if (n > range.from && !isBlank(above) && !isHeadingLine(above) && !(spaced && led)) return false;
  const next = lineAt(doc, lineUnder(doc, n, spaced));
  return !isBlank(next) && parseContactLine(next) === undefined && !isAddressLike(next) && looksLikeHeader(next);
}

/** The next non-blank line is a contact line. */
function contactFollows(doc: ImportText, n: number, until: number): boolean {
  for (let m = n + 1; m <= until; m++) if (!isBlank(lineAt(doc, m))) return parseContactLine(lineAt(doc, m)) !== undefined;
  return false;
}

/** The next non-blank line is an address or contact line. */
function addressFollows(doc: ImportText, n: number, until: number, countries: readonly string[]): boolean {
  for (let m = n + 1; m <= until; m++) {
    const next = lineAt(doc, m);
    if (isBlank(next)) continue;
    return parseContactLine(next) !== undefined || isAddressLike(next, countries) || (next.includes(',') && !isRoleLike(next) && !isPersonName(next));
  }
  return false;
}

/**
 * "Presidencia de la República," / "frente a Palacio Nacional,": after a line that ends in a comma,
 * in a block that has an address line or a name already, a line in lower case goes on with the address.
 */
/**
 * "Gouverneur Nathan Deal:" / "Tel.: …", "Georgia Board of Pardons and Parole:" / "Fax: …": an
 * official's name, office or institution ending in a colon, with a contact line right under it,
 * heads that official's block (without the colon) rather than a section of the page.
 */
function colonHeadedOfficial(doc: ImportText, n: number, text: string): string | undefined {
  if (!isHeadingLine(text)) return undefined;
  const head = text.replace(/\s*:\s*$/, '');
  if (head.split(/\s+/).length > 8 || announcedOfficial(text) !== undefined || furnitureKind(text) !== undefined || furnitureKind(head) !== undefined || isContactHeading(text) || COPIES.test(fold(text))) return undefined;
  if (!looksLikeHeader(head) && !isOrganisation(head)) return undefined;
  // The very next line, or on a page with a blank line after every line, the one after it.
  const next = nextNonBlank(doc, n + 1, n + 2);
  const contact = next === undefined ? undefined : parseContactLine(lineAt(doc, next));
  if (contact !== undefined && contact.salutation === undefined) return head;
  // "Interior Minister:" / "His Excellency Jane Doe" / …: a list flattened onto one line (a scanned
  // journal's page) opens each record with the office and its colon, then the courtesy title and
  // the name: the office is his title, never a heading.
  return next === n + 1 && isRoleLike(head) && courtesyThenPerson(lineAt(doc, next)) ? head : undefined;
}

function courtesyThenPerson(text: string): boolean {
  const { honorific, rest } = splitHonorific(text);
  return honorific !== undefined && isPersonName(rest);
}

/** "via", "über", "por medio de": a word alone on its line that sends the letter by way of what follows. */
const VIA = /^(?:via|über|uber|par l['’]intermédiaire de|por medio de|a través de|através de|tramite)$/iu;

function lowerAfterComma(block: Block, text: string): boolean {
  const last = block.lines.at(-1);
  if (last === undefined || !/,$/.test(last.text)) return false;
  if (/^\p{Ll}/u.test(text) && (last.address || block.named)) return true;
  // "Edificio Lomas Plaza II," / (blank) / "Lomas del Guijarro,": an address line ending in a comma
  // runs on to a place's short name, across a blank line; an office or a courtesy title would open
  // the next official instead, and so would a name, unless a comma ends it too, as the list goes on.
  return last.address && text.split(' ').length <= 5 && !isRoleLike(text) && splitHonorific(text).honorific === undefined && (/,$/.test(text) || !isPersonName(text));
}

/** The block's lines stand one under another, no blank line between any two. */
const linesTogether = (block: Block): boolean => block.lines.length >= 2 && block.lines.every((l, i) => i === 0 || l.n === (block.lines[i - 1]?.n ?? 0) + 1);

/** The words after an office's or institution's first word ("des droits humains" of "Ministre des Droits humains"). */
const fieldOf = (text: string): string => fold(text).trim().replace(/[\s,;.]+$/, '').split(/\s+/).slice(1).join(' ');

/**
 * The institution `text` is the ministry of an office the block above holds ("Ministère des Droits
 * Humains" under "Ministre des Droits humains", "Ministry of Justice" under "Minister of Justice"):
 * the same words after the first, the first an office in one and an institution in the other.
 */
function ownMinistry(block: Block, text: string): boolean {
  const field = fieldOf(text);
  if (field.split(' ').length < 2 || !startsWithOrganisation(text)) return false;
  return block.lines.some((l) => isRoleLike(l.text) && !startsWithOrganisation(l.text) && fieldOf(l.text) === field);
}

/**
 * "Example Document Share" / (blank) / "Minister Jane Sample" / his ministry and street: a lone line
 * above a blank (a site's or a post's title) that is no office, institution nor courtesy title, over
 * a line that names a person with his office or courtesy title in full. That line is the official's
 * own first line; the title above is never his name.
 */
function headlineOverPerson(block: Block, text: string): boolean {
  const [only] = block.lines;
  if (block.lines.length !== 1 || !only || isRoleLike(only.text) || startsWithOrganisation(only.text) || splitHonorific(`${only.text} X`).honorific !== undefined) return false;
  // "U Han Example" / (blank) / "Minister-Counselor, Chargé d'Affaires Ad Interim": offices parted by
  // commas under a name are that name's titles, no person named in full after his office.
  if (text.includes(',')) return false;
  const { honorific, rest } = splitHonorific(text);
  return honorific !== undefined ? isPersonName(rest) : isPersonName(splitLeadingRole(text)?.name ?? '');
}

/**
 * "Appeal for Exampleland" / (blank) / "Jane Example" / "Minister of Justice" / …: a person's bare
 * name with her office right under it (past one blank line on a page that spaces every line out) is a whole addressee's head; the lines above the blank (a
 * page's headings, however many pieces they were cut into) are not hers. Not under a courtesy
 * title, an office or an institution printed alone above the blank: those head her block.
 */
function headingOverNamedHolder(doc: ImportText, n: number, block: Block, text: string, spaced: boolean): boolean {
  if (splitHonorific(text).honorific !== undefined || !isPersonName(text)) return false;
  const next = lineAt(doc, lineUnder(doc, n, spaced));
  if (isBlank(next) || !isRoleLike(next) || isPersonName(next)) return false;
  return block.lines.every((l) => !isRoleLike(l.text) && !startsWithOrganisation(l.text) && honorificAlone(l.text) === undefined && splitHonorific(`${l.text} X`).honorific === undefined);
}

/** A line that opens a block of its own: an institution, an office, or a person's name (with or without a courtesy title). */
function opensOwnBlock(text: string): boolean {
  const { honorific, rest } = splitHonorific(text);
  return startsWithOrganisation(text) || isRoleLike(text) || honorific !== undefined || isPersonName(rest) || splitLeadingRole(text) !== undefined;
}

function headerComplete(block: Block): boolean {
  return block.named && block.roled;
}

/**
 * "Secretaría de Seguridad, Aldea el Ocotal": an office followed by a place is an address line.
 * A name's letters after its comma ("Ahmad Contoh, S.H., M.H.", "Jane Doe, SAN") are no place, nor an
 * office the lists do not know after a courtesy title and a name.
 */
function hasPlacePart(text: string): boolean {
  const parts = text.split(/\s*,\s+/);
  // "Frau Jane Beispiel, Botschaftsrätin" under an embassy: a courtesy title and a name open a person's line.
  return parts.length >= 2 && !courtesyThenPerson(parts[0] ?? '') && parts.slice(1).some((p) => !isRoleLike(p) && splitHonorific(p).honorific === undefined && !isPostNominal(p));
}

/** Running text among the officials ("Write a letter in your own words…") is skipped. */
function isInstructionProse(line: string): boolean {
  // "Members are asked to write to the committee. 24 NEWSLETTER OF …": a scanned page runs its
  // footer on after the sentence; the sentence that opens the line says what the line is.
  if (isProse(line) && !/[.!?]["”)]?$/.test(line)) {
    const stop = /[.!?]\s+(?=[\p{Lu}\d])/u.exec(line.replace(NOT_A_SENTENCE_END, (a) => a.replace('.', ' ')));
    return stop !== null && isInstructionProse(line.slice(0, stop.index + 1));
  }
  // "… so that a quick look finds them.)": a remark in brackets may close the paragraph after its stop.
  // "… of the Judiciary, Pasteur St.": the stop of a street's abbreviation closes an address line, no sentence.
  if (!isProse(line) || !/[.!?]["”)]?$/.test(line) || isCommaRecord(line) || endsInStreetAbbreviation(line)) return false;
  const words = line.split(' ');
  // "The authorities can also be reached on social media.": a shorter sentence is running text too
  // when most of its words are in lower case, as no address line's are.
  return words.length >= 10 || words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > words.length;
}

/**
 * "Sr. Jan Ejemplo, Presidente de la República, Palacio de Ejemplo, Villa, Valdor.": an official's
 * whole block run onto one line, its parts parted by commas and a stop at the end, is no sentence:
 * a courtesy title and a name open it, and no part is longer than an address line's.
 */
function isCommaRecord(line: string): boolean {
  const parts = line.replace(/[.]$/u, '').split(/,\s*/u);
  if (parts.length < 3 || parts.some((p) => p.split(' ').length > 7)) return false;
  const { honorific, rest } = splitHonorific(parts[0] ?? '');
  return honorific !== undefined && isPersonName(rest);
}

export interface OfficialsResult {
  officials: Finding<ImportedOfficial[]>;
  skipped: SkippedLine[];
}

export function readOfficials(doc: ImportText, countries: readonly string[] = []): OfficialsResult {
  // A Japanese or Chinese page's marked items ("＊駐日…大使 …"): no Latin-script layout holds them.
  const cjk = withCjkItems(doc, readLatinOfficials(doc, countries));
  // "Target email addresses:" / "CC email addresses:": a petition form's fields (widget-recipients.ts).
  const widget = withWidgetRecipients(doc, cjk.officials.found ? cjk.officials.value : []);
  const widgetRead: OfficialsResult = widget.length === 0 ? cjk : { ...cjk, officials: cjk.officials.found ? { ...cjk.officials, value: widget } : found(widget, 'low', widget[0]?.line ?? 1, "a petition form's fields of addresses") };
  // Officials listed in prose or in a form's list of recipients, with no block of contact details (prose-lists.ts).
  const listed = widgetRead.officials.found ? undefined : proseListOfficials(doc);
  const read: OfficialsResult = listed ? { ...widgetRead, officials: found(listed.officials, 'low', listed.officials[0]?.line ?? 1, listed.why) } : widgetRead;
  // "Letter to" / "… H.E Jane Example" / "and 2 others", "This week's letter is addressed to …: a@…":
  // lists read whole, in place of what the other readers made of their lines (prose-lists.ts).
  const listedWhole = withListsInPlace(doc, read);
  // "… dirigido ao primeiro-ministro" / "o primeiro-ministro português, Luís Exemplo,": the office's holder (office-holder.ts).
  const whole = listedWhole.officials.found ? { ...listedWhole, officials: { ...listedWhole.officials, value: withOfficeHolders(doc, listedWhole.officials.value) } } : listedWhole;
  // "Örnekköy F Tipi Hapishanesi telefonu: 0282 …": another institution's number, an official of its own.
  return whole.officials.found ? { ...whole, officials: { ...whole.officials, value: withNamedNumbers(doc, whole.officials.value) } } : whole;
}

function readLatinOfficials(doc: ImportText, countries: readonly string[]): OfficialsResult {
  const skipped: SkippedLine[] = [];
  const before = beforeLetter(doc, countries, skipped);
  const later = laterRanges(doc, before?.range).map((r) => capRange(doc, r, skipped));
  const ranges = [...(before ? [before.range] : []), ...later];
  if (ranges.length === 0) return inSentence(doc, skipped, []) ?? { officials: notFound('no place between TAKE ACTION and the letter, nor under a contact heading, where officials are listed'), skipped };
  // Officials listed under the letter's closing with no heading (each with its "Salutation:" label),
  // above any headed list of copies: read beside the other ranges when none of them holds their lines.
  const after = labelledAfterLetter(doc);
  const beside = after && !ranges.some((r) => r.from <= after.to && after.from <= r.to) ? officialsIn(doc, [after], countries, skipped) : [];
  const read = after && beside.length > 0 ? [...ranges, after] : [...ranges];
  const { kept: unmerged, repeats } = withoutRepeats([...(before?.officials ?? []), ...beside, ...officialsIn(doc, later, countries, skipped), ...laterLetterOfficials(doc, read, countries, skipped)]);
  for (const r of repeats) skipped.push({ line: sourceLine(doc, r.official.line), text: r.official.name?.value ?? '', why: `repeats the official of line ${sourceLine(doc, r.of)}` });
  // "Voici les coordonnées du Ministre Exemple :" and the letter's "Monsieur Jean Exemple": one official.
  const { kept: announced, merged } = withAnnouncedHolders(unmerged);
  // The prisoner's own address for cards of solidarity is no official's (detained-subject.ts).
  const officials = announced.filter((o) => !isDetainedSubject(doc, o));
  for (const o of announced) if (!officials.includes(o)) skipped.push({ line: sourceLine(doc, o.line), text: o.name?.value ?? '', why: 'the person the page is about, at his place of detention: no official' });
  for (const m of merged) skipped.push({ line: sourceLine(doc, m.official.line), text: m.official.name?.value ?? '', why: `names in full the official announced on line ${sourceLine(doc, m.into.line)}` });
  const where = ranges.map((r) => `${sourceLine(doc, r.from)}–${sourceLine(doc, r.to)}`).join(', ');
  // Recipients of copies named in passing are no officials to write to: without one, the page is read as if it had none.
  const requests = officials.filter((o) => REQUESTED.has(o));
  if (officials.length === requests.length) {
    const late = after ? splitBlocks(doc, after, countries, skipped).flatMap((b) => parseBlockOfficials(b.lines, b.copy)).filter((o) => o.name) : [];
    if (after && late.length > 0) return { officials: found(late, 'medium', after.from, 'listed after the sample letter, with no heading above them'), skipped };
  }
  if (officials.length === requests.length) {
    const head = underGreeting(doc, countries, skipped);
    if (head) return head;
  }
  if (officials.length === 0) {
    const list = emailListOfficials(doc, ranges);
    if (list) return { officials: found(list, 'low', list[0]?.line ?? 1, 'a list of email addresses under a heading, with no block of contact details'), skipped: skipped.filter((s) => !list.some((o) => sourceLine(doc, o.line) === s.line)) };
  }
  if (officials.length === requests.length) return inSentence(doc, skipped, requests) ?? { officials: notFound(`lines ${where} hold no address, email, fax, phone or handle`), skipped };
  // "Email the Minister at …": an email the instructions give an official, his block's or a block of its own.
  const all = joinSentenceOfficials(officials, everySentenceOfficial(doc, SENTENCE_LINES));
  // "Send your letter to the Minister, with copies to the Embassy": the embassy's block is a copy.
  markCopiesAsked(doc, all);
  // "Fax:" / "President: +1 555 0101": the numbers of a list under one label, each to the official it names.
  withFaxLabelLists(faxLabelLists(doc, read), all);
  // "Versand per Brief oder per Fax 030 …" under the one official's address: his fax.
  withSentenceFax(doc, all, SENTENCE_LINES);
  withCopiesList(doc, all, skipped);
  const worst = all.some((o) => o.confidence === 'low') ? 'low' : all.some((o) => o.confidence === 'medium') ? 'medium' : 'high';
  // The first printed line of the place read (a range may open on the blank lines above a page's first line).
  const from = ranges[0]?.from ?? 1;
  return { officials: found(all, worst, nextNonBlank(doc, from) ?? from), skipped };
}

/** "Copies to:" / "Norwegian Ministry of Foreign Affairs" / …: recipients of copies under the letter, no address printed (copies-list.ts). */
function withCopiesList(doc: ImportText, all: ImportedOfficial[], skipped: SkippedLine[]): void {
  const salutation = findLandmarks(doc).salutation;
  if (salutation === undefined) return;
  const held = new Set<number>();
  for (const o of all) for (const f of [o.name, o.title, o.organisation, ...o.address, ...o.emails]) if (f) held.add(f.line);
  const listed = copiesLists(doc, salutation + 1, (n) => held.has(n));
  for (const o of listed) held.add(o.line);
  // The lines after the closing that end in commas, with no label: copies as well.
  const closing = findLandmarks(doc).closing;
  const copies = [...listed, ...(closing === undefined ? [] : unlabelledCopies(doc, closing, (n) => held.has(n)))];
  if (copies.length === 0) return;
  all.push(...copies);
  const lines = new Set(copies.map((c) => sourceLine(doc, c.line)));
  for (let i = skipped.length - 1; i >= 0; i--) if (lines.has(skipped[i]?.line ?? 0)) skipped.splice(i, 1);
}

/** The official printed between the letter's greeting and its first paragraph (addressee-under-greeting.ts). */
function underGreeting(doc: ImportText, countries: readonly string[], skipped: SkippedLine[]): OfficialsResult | undefined {
  const salutation = findLandmarks(doc).salutation;
  const range = salutation === undefined ? undefined : addresseeUnderGreeting(doc, salutation, countries);
  if (!range) return undefined;
  const officials = officialsIn(doc, [range], countries, skipped);
  return officials.length > 0 ? { officials: found(officials, 'medium', range.from, "printed between the letter's greeting and its first paragraph"), skipped } : undefined;
}

/** The officials the ranges' blocks name; a block that names nobody is reported, line by line. */
function officialsIn(doc: ImportText, ranges: readonly LineRange[], countries: readonly string[], skipped: SkippedLine[]): ImportedOfficial[] {
  let above: { official: ImportedOfficial; last: number } | undefined;
  // How many officials the appeal names before the copies: a handle under the copies heading is one official's only when it names one (handle-over-copies.ts).
  let appealed = 0;
  return ranges.flatMap((r) => splitBlocks(doc, r, countries, skipped)).flatMap((b) => {
    // "TC. Örnek Bakanlığı Genel Müdürlüğü" over its numbers: Turkish puts the institution's keyword last.
    // "Jane Example" / "On behalf of Group 12", "Thank you." / "Appeals Desk" / "AI Index: …": the block is cut at the sender's or reference line (not-the-officials-lines.ts).
    const cut = b.described !== undefined ? undefined : cutAtNotOfficials(b.lines);
    for (const l of cut?.cut ?? []) skipped.push({ line: sourceLine(doc, l.n), text: l.text, why: l.why });
    const lines = cut ? cut.kept : b.lines;
    const parsed = b.described !== undefined ? [describedCopy(b.lines[0]?.n ?? 0, b.described)] : lines.length === 0 ? [] : parseBlockOfficials(lines, b.copy).map((o) => turkishInstitutionStandsIn(o, lines[0]));
    const officials = cut ? parsed.filter((o) => !leftWithNothing(o)) : parsed;
    if (cut && officials.length < parsed.length) {
      for (const l of lines) skipped.push({ line: sourceLine(doc, l.n), text: l.text, why: 'above a sender\'s, reference or case line, with no office and no way to reach anyone: not an official' });
      if (officials.length === 0) return [];
    }
    if (b.announced && officials.length === 1 && officials[0]) nameAnnounced(officials[0], b.announced, b.announced.line);
    if (b.cutOff === true) for (const o of officials) o.cutOff = true;
    for (const o of officials) if (b.request) REQUESTED.add(o);
    const first = b.lines[0]?.n ?? 0;
    if (officials.length > 0 && greetsReadersUnder(doc, b.lines.at(-1)?.n ?? first)) {
      for (const l of b.lines) skipped.push({ line: sourceLine(doc, l.n), text: l.text, why: 'the writer, above a greeting to the readers ("Dear friends"): not an official' });
      above = undefined;
      return [];
    }
    const lone = officials.length === 1 ? officials[0] : undefined;
    if (above && lone && !lone.name && contactsOfOfficialAbove(doc, above.official, above.last, lone, first)) {
      addContacts(above.official, lone);
      return [];
    }
    if (above && lone && !lone.name && handleOfAppealed(doc, above.official, above.last, { official: lone, first, last: b.lines.at(-1)?.n ?? first }, appealed)) {
      addHandle(above.official, lone);
      return [];
    }
    appealed += officials.filter((o) => !o.copy).length;
    above = officials.length > 0 && officials.every((o) => o.name) ? { official: officials.at(-1)!, last: b.lines.at(-1)?.n ?? first } : undefined;
    if (officials.every((o) => o.name)) return officials;
    // Nobody is named, not even an office: whatever the lines hold, they are not an official.
    for (const l of b.lines) skipped.push({ line: sourceLine(doc, l.n), text: l.text, why: 'names no person, office or organisation' });
    return [];
  });
}

/**
 * The range before the letter and its officials: after the first "write to" line, or, when that
 * range names nobody (only the bullets of what to ask follow it), after a later one that does.
 * The later lines are tried only then, so a page read right the first time is read once.
 */
function beforeLetter(doc: ImportText, countries: readonly string[], skipped: SkippedLine[]): { range: LineRange; officials: ImportedOfficial[] } | undefined {
  const first = officialsRange(doc);
  if (first === undefined) return undefined;
  const own: SkippedLine[] = [];
  const range = withoutLetterhead(doc, capRange(doc, first, own), countries, own);
  const officials = officialsIn(doc, [range], countries, own);
  for (const line of officials.every((o) => REQUESTED.has(o)) ? laterWriteToLines(doc, first.from) : []) {
    const later = officialsRange(doc, line);
    if (later === undefined) continue;
    const theirs: SkippedLine[] = [];
    const capped = capRange(doc, later, theirs);
    const named = officialsIn(doc, [capped], countries, theirs);
    if (named.every((o) => REQUESTED.has(o))) continue;
    // What stood between the two starts (the bullets of what to ask) is reported, not lost.
    for (let n = first.from; n < line; n++) if (!isBlank(lineAt(doc, n))) skipped.push({ line: sourceLine(doc, n), text: lineAt(doc, n), why: 'before the line that announces the officials' });
    skipped.push(...theirs);
    return { range: capped, officials: named };
  }
  skipped.push(...own);
  if (range.from > 1 || findLandmarks(doc).salutation !== undefined) return { range, officials };
  // Nothing announced the officials (no "Write to", no bullets, no headline, no letter to greet
  // them): the whole page was read for them, and a block there that prints no way to reach anyone
  // (running text under it is no address) is a mail's headline or a line of the story that looks
  // like an office ("The Largest Prison Strike …"), not an official.
  // A recipient right under the line that says who receives the letter ("… will be sent to the
  // following:") was announced, though the form that sends it prints no way to reach him.
  const left = (o: ImportedOfficial) => unreachable(o) && !announcedAbove(doc, o.line);
  const reachable = officials.filter((o) => !left(o));
  for (const o of officials) if (left(o)) skipped.push({ line: sourceLine(doc, o.line), text: o.name?.value ?? o.title?.value ?? '', why: 'no heading announces officials here and no address, email, fax, phone or handle is printed with it' });
  return { range, officials: reachable };
}

/** The range under the sender's letterhead and the letter's date (letterhead.ts); the letterhead's lines are reported. */
function withoutLetterhead(doc: ImportText, range: LineRange, countries: readonly string[], skipped: SkippedLine[]): LineRange {
  const greeting = findLandmarks(doc).salutation;
  const names = (r: LineRange) => officialsIn(doc, [r], countries, []).length > 0;
  const letterhead = splitLetterhead(doc, range, greeting, names);
  const split = letterhead ?? splitSignature(doc, range, greeting, names);
  if (!split) return range;
  const why = letterhead ? "the sender's letterhead above the letter's date: not an official" : "the sender's signature under her closing, above the letter's date: not an official";
  for (let n = split.head.from; n <= split.head.to; n++) {
    if (!isBlank(lineAt(doc, n))) skipped.push({ line: sourceLine(doc, n), text: lineAt(doc, n), why: n === split.head.to ? "the letter's date" : why });
  }
  return split.addressee;
}

/**
 * Nothing to reach him by: no contact line (not even a label whose value the page lost), and no address line but running text or a country's
 * name alone ("Action Congo" / "République démocratique du Congo": a page's campaign heading over
 * the country it is about; no letter reaches anyone by a country's name).
 */
const unreachable = (o: ImportedOfficial): boolean =>
  o.emptyLabel === undefined &&
  o.address.every((a) => isRunningText(a.value) || countryCode(a.value.replace(/[.,;]$/u, '')) !== undefined) && !reachableBy(o, ['email', 'fax', 'phone', 'twitter']);

/**
 * A blog's copy of a UA that puts the letter first and the officials after its closing with no
 * heading, each in the labelled template's shape ending in "Salutation: Dear Prime Minister". Only
 * a range holding such a label is read: the writer's own name and address under a closing are no
 * official. From the line after the closing to the last "Salutation:" line.
 */
function labelledAfterLetter(doc: ImportText): LineRange | undefined {
  const m = findLandmarks(doc);
  if (m.closing === undefined) return undefined;
  let until = Math.min(m.additional ?? doc.lines.length + 1, m.closing + MAX_OFFICIAL_LINES) - 1;
  let last: number | undefined;
  let first: number | undefined;
  for (let n = m.closing + 1; n <= until; n++) {
    const line = lineAt(doc, n);
    // A headed list ("And copies to:") is a later range of its own.
    if (isContactHeading(line)) until = n - 1;
    else if (matchesLabel(line, LABELS.salutation)) [first, last] = [first ?? n, n];
  }
  if (last === undefined || first === undefined) return undefined;
  // "Salutation: Your Excellency" / "Foreign Minister" / …: when the label opens the last block, the range runs to that block's end.
  const range = { from: m.closing + 1, to: last };
  const parsed = parseContactLine(lineAt(doc, last));
  const spaced = isSpacedRange(doc, { from: range.from, to: until });
  const opening = parseContactLine(lineAt(doc, first));
  const led = opening !== undefined && first !== last && leadsBlock(doc, first, { from: range.from, to: until }, opening, spaced);
  if (parsed && leadsBlock(doc, last, { from: range.from, to: until }, parsed, spaced, led)) {
    while (range.to < until && lineUnder(doc, range.to, spaced) <= until && !isBlank(lineAt(doc, lineUnder(doc, range.to, spaced)))) range.to = lineUnder(doc, range.to, spaced);
  }
  return range;
}

/**
 * No block of officials: one named in the instruction to write ("… au Président X : email"), and
 * the institutions that sentence asks to copy, at low confidence, with the recipients of copies
 * other instructions name with their email ("Please send copies to the secretary: …").
 */
function inSentence(doc: ImportText, skipped: SkippedLine[], requests: readonly ImportedOfficial[]): OfficialsResult | undefined {
  // "… an den Präsidenten von X … oder per E-Mail an: a@…": each way's addressee (email-to-line.ts).
  // Read in place of what the sentence reader made of the same lines (the office alone, its email only asked about).
  const said = sentenceOfficials(doc);
  const listed = emailToOfficials(doc);
  // The office the instruction names and the list item written to that same office are one official.
  const sameOffice = (l: ImportedOfficial, o: ImportedOfficial) => l.line === o.line || fold(l.name?.value ?? '') === fold(o.name?.value ?? o.title?.value ?? '-');
  const inList = listed.length > 0 && said.every((o) => listed.some((l) => sameOffice(l, o))) ? listed : said;
  // "We suggest targeting … (@handle) on Twitter": a page of suggested tweets (tweet-targets.ts).
  const officials = inList.length > 0 ? inList : tweetTargets(doc);
  const [first] = officials;
  if (!first) return undefined;
  const known = (o: ImportedOfficial) => officials.some((k) => k.emails.some((e) => o.emails.some((x) => x.value === e.value)));
  for (const c of [...requests, ...sentenceCopyRequests(doc)]) if (!known(c)) officials.push(c);
  return { officials: found(officials, 'low', first.line, 'named in the instruction to write, not in a block of contact details'), skipped };
}

/** The recipients of copies that the instructions near the top name, each with its email. */
function sentenceCopyRequests(doc: ImportText): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  for (let n = 1; n <= Math.min(doc.lines.length, SENTENCE_LINES); n++) {
    const request = copyRequest(lineAt(doc, n));
    if (request) out.push(parseBlock(requestBlock(n, request).lines, true));
  }
  return out;
}

/** How far down the instructions that name an official in a sentence are looked for (as sentence-official.ts does). */
const SENTENCE_LINES = 80;

/** The officials read from a request for copies rather than from a block of their own. */
const REQUESTED = new WeakSet<ImportedOfficial>();

/**
 * The addressees of the further letters of a page of letter downloads, outside the ranges read
 * already; the one official a letter is addressed to is greeted with that letter's salutation.
 */
function laterLetterOfficials(doc: ImportText, read: readonly LineRange[], countries: readonly string[], skipped: SkippedLine[]): ImportedOfficial[] {
  return laterLetters(doc)
    .filter((l) => !read.some((r) => l.range.from <= r.to && r.from <= l.range.to))
    .flatMap((l) => {
      const found = officialsIn(doc, [l.range], countries, skipped);
      const addressed = found.filter((o) => !o.copy);
      const [only] = addressed;
      if (addressed.length === 1 && only && !only.salutation) {
        only.salutation = { value: lineAt(doc, l.salutation).trim().replace(/\s*[,:]$/u, ''), line: l.salutation, confidence: 'medium' };
      }
      return found;
    });
}

/** More lines than any list of officials: a paste of a whole site or a hostile file is not read line by line for them. */
export const MAX_OFFICIAL_LINES = 400;

/** The first MAX_OFFICIAL_LINES lines of a range; the rest is reported as one skipped entry. */
function capRange(doc: ImportText, range: LineRange, skipped: SkippedLine[]): LineRange {
  if (range.to - range.from < MAX_OFFICIAL_LINES) return range;
  const to = range.from + MAX_OFFICIAL_LINES - 1;
  skipped.push({ line: sourceLine(doc, to + 1), text: `lines ${sourceLine(doc, to + 1)}–${sourceLine(doc, range.to)}`, why: `not read for officials: more than ${MAX_OFFICIAL_LINES} lines where officials are listed` });
  return { from: range.from, to };
}

export function recogniseOfficials(doc: ImportText, countries: readonly string[] = []): Finding<ImportedOfficial[]> {
  return readOfficials(doc, countries).officials;
}

/** No line at all, or one whose only value is a channel the case has no field for: the official keeps nothing from it. */
function keepsNothing(c: ContactLine | undefined): boolean {
  return c === undefined || (c.emails.length === 0 && c.fax === undefined && c.phone === undefined && c.twitter === undefined && c.salutation === undefined && c.address === undefined);
}

/** The next printed line is one of an official's block (an address, contact or header line), not the letter's greeting or other furniture. */
function blockGoesOnUnder(doc: ImportText, n: number, until: number, countries: readonly string[]): boolean {
  const m = nextNonBlank(doc, n + 1, until);
  if (m === undefined) return false;
  const next = lineAt(doc, m);
  return letterLineKind(next, doc, m) === undefined && furnitureKind(next) === undefined && blockFurnitureKind(next.trim()) === undefined && pageLineKind(next) === undefined && (parseContactLine(next) !== undefined || isAddressLike(next, countries) || looksLikeHeader(next));
}
