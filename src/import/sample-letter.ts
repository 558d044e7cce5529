// The sample letter: the paragraphs between the salutation and the closing ("Yours sincerely",
// "Atentamente", "Veuillez agréer…"). Neither is kept: the templates add both, with the sender.
// A page whose letter has no greeting gives it under a heading ("Suggested message: …"): read
// then, with low confidence, by headed-letter.ts.
import { addresseeUnderGreeting } from './addressee-under-greeting.js';
import { cjkLetterUnderHeading } from './cjk-letter.js';
import { mayHoldCjk } from './cjk-words.js';
import { readKoreanLetter } from './ko-letter.js';
import { readDashedSamples } from './ja-dashed-sample.js';
import { letterUnderHeading } from './headed-letter.js';
import { petitionUnderAddressee, petitionUnderParaList } from './petition-text.js';
import { petitionUnderLabel } from './petition-label-person.js';
import { openLetterUnderTitle } from './open-letter-text.js';
import { letterUnderStack } from './stack-letter.js';
import { letterAfterLostGreeting, letterUnderAddress } from './letter-under-address.js';
import { scriptAsLetter } from './call-script-letter.js';
import { detectedLanguage, endAfter, findLandmarks, nextLetter } from './landmarks.js';
import { toParagraphs, type Paragraph } from './paragraphs.js';
import { greetingLanguage } from './salutation.js';
import { letterLanguage } from './greeting-words.js';
import { isNearTie } from './detect-language.js';
import { isBlank, lineAt } from './text.js';
import { withoutSubject } from './letter-subject.js';
import { isDateOnly } from './written-date.js';
import { thaiAddresseeLine } from './thai-addressee.js';
import { arabicCourtesyLineAt } from './arabic-courtesy-line.js';
import { CLOSING } from './closing.js';
import { addressingLineLetter } from './addressing-line.js';
import { quotedLetterEnd } from './quoted-greeting.js';
import { greetingStack } from './greeting-stack.js';
import { greetingRunsOntoName } from './greeting-over-name.js';
import { demandsAsLetter } from './demands-letter.js';
import { translations, type Translation } from './translations.js';
import { coverNoteFor, type CoverNote } from './cover-note.js';
import { fold } from './fold.js';
import type { LangCode } from '../case/types.js';
import { found, notFound, sourceLine, type Finding, type ImportText } from './types.js';

export interface SampleLetter {
  paragraphs: Paragraph[];
  /** The language the letter is written in (it may differ from the officials' preference); English when unsure. */
  lang: LangCode;
  /** The language detected, undefined when the detector could not tell: the draft's languages are never guessed from it. */
  detected: LangCode | undefined;
  /** The same letter again after its closing, in other languages (a translation), in page order. */
  later: Translation[];
}

export function recogniseSampleLetter(doc: ImportText): Finding<SampleLetter> {
  const m = findLandmarks(doc);
  if (m.salutation === undefined) return addressedLetter(doc) ?? headedLetter(doc) ?? petitionLetter(doc) ?? labelledPetitionLetter(doc) ?? cjkLetter(doc) ?? scriptLetter(doc) ?? addresseeLineLetter(doc) ?? stackedLetter(doc) ?? underAddressLetter(doc) ?? titledOpenLetter(doc) ?? demandsLetter(doc) ?? notFound('no salutation, so no sample letter after it');
  // "Egregio Shri Singh" closing the page, or over its questions: the page shows the letter's head only.
  if (m.letterless === true) return notFound(`no letter text under the salutation (line ${sourceLine(doc, m.salutation)}): the page gives only the letter's head`);
  // "Exzellenz, hiermit übergebe ich Ihnen ein Schreiben an …" / "Anlage: 1 Kopie": a cover note, and the letter it hands over under it (cover-note.ts).
  const cover = coverNoteFor(doc, m.salutation, m.closing ?? endAfter(m.salutation, m.additional, m.trailer) ?? doc.lines.length + 1);
  if (cover) return handedOverLetter(doc, m.salutation, cover) ?? notFound(`nothing under the greeting on line ${sourceLine(doc, cover.salutation)}`);
  const unclosed = (m.closing ?? endAfter(m.salutation, m.additional, m.trailer) ?? doc.lines.length + 1) - 1;
  // "Señor Nicolás Ejemplo," / the official's office and address / the letter: the envelope's head is no paragraph of it.
  // "Sehr geehrte Frau Bundespräsidentin" / "Sehr geehrte Bundesrätinnen und Bundesräte": stacked greetings, none of them the letter (greeting-stack.ts).
  // "Exmo. Senhor Ministro …" / "Dr. Fulano Exemplo,": the greeting's second line, the name, is none of it either (greeting-over-name.ts).
  const start = arabicAndThen(doc, addresseeUnderGreeting(doc, m.salutation, [])?.to ?? Math.max(greetingStack(doc, m.salutation).at(-1) ?? m.salutation, nameUnderGreeting(doc, m.salutation)));
  // A quoted appeal with no closing words ends at its closing quotation mark: the blog's text follows (quoted-greeting.ts).
  const end = m.closing === undefined ? quotedLetterEnd(doc.lines, start, unclosed) ?? unclosed : unclosed;
  const lines = withoutSubjectLine(doc.lines.slice(start, end));
  const paragraphs = toParagraphs(lines, start + 1);
  if (paragraphs.length === 0) return notFound(`nothing between the salutation (line ${sourceLine(doc, m.salutation)}) and the closing`);
  // Detected once: the draft's languages ask for the same answer when no label gives them.
  const texts = paragraphs.map((p) => p.text);
  const detected = letterLanguage(detectedLanguage(texts), greetingLanguage(lineAt(doc, m.salutation)), () => isNearTie(texts.join(' ')));
  const letter: SampleLetter = { paragraphs, lang: detected ?? 'en', detected, later: translations(doc, m.closing) };
  return m.closing !== undefined
    ? found(letter, 'high', paragraphs[0]?.line ?? m.salutation + 1)
    : found(letter, 'medium', paragraphs[0]?.line ?? m.salutation + 1, 'no closing such as "Yours sincerely" found: check where the letter ends');
}

/**
 * The letter a cover note hands over, from under its greeting to its closing or the page's end; the
 * note's language follows the letter's in the draft's languages (no section: it is no translation).
 */
function handedOverLetter(doc: ImportText, noteGreeting: number, cover: CoverNote): Finding<SampleLetter> | undefined {
  const m = findLandmarks(doc);
  const closing = nextLetter(doc, cover.salutation - 1, cover.salutation)?.closing;
  const end = closing ?? endAfter(cover.salutation, m.additional, m.trailer) ?? doc.lines.length + 1;
  const paragraphs = toParagraphs(withoutSubjectLine(doc.lines.slice(cover.salutation, end - 1)), cover.salutation + 1);
  if (paragraphs.length === 0) return undefined;
  const texts = paragraphs.map((p) => p.text);
  const detected = letterLanguage(detectedLanguage(texts), greetingLanguage(lineAt(doc, cover.salutation)), () => isNearTie(texts.join(' ')));
  const note = doc.lines.slice(noteGreeting, cover.to).filter((l) => !isBlank(l));
  const noteLang = letterLanguage(detectedLanguage(note), greetingLanguage(lineAt(doc, noteGreeting)), () => isNearTie(note.join(' ')));
  const later: Translation[] = [{ paragraphs: [], lang: noteLang }, ...translations(doc, closing)];
  const why = `the greeting on line ${sourceLine(doc, noteGreeting)} opens a cover note that hands over the letter under line ${sourceLine(doc, cover.salutation)}: that letter is the sample${closing === undefined ? '; no closing found: check where it ends' : ''}`;
  return found({ paragraphs, lang: detected ?? 'en', detected, later }, 'medium', paragraphs[0]?.line ?? cover.salutation + 1, why);
}

/** The greeting's last line: the name line under a courtesy line that runs on into it, else the salutation itself. */
const nameUnderGreeting = (doc: ImportText, salutation: number): number => (greetingRunsOntoName(doc, salutation) ? salutation + 1 : salutation);

/**
 * "تحية طيبة وبعد،" / "وبعد:ـــ": an Arabic letter may print the greeting's "and then" again on a line
 * of its own, stretched with tatweel; it ends the greeting and opens no paragraph.
 */
const AND_THEN = /^\s*و?[أا]ما\s+بعد|^\s*وبعد/u;
function arabicAndThen(doc: ImportText, start: number): number {
  let n = start + 1;
  while (n <= doc.lines.length && lineAt(doc, n).trim() === '') n++;
  const line = lineAt(doc, n);
  return line.length <= 20 && AND_THEN.test(line) && line.replace(AND_THEN, '').replace(/[\s:،,.ـ\-–—]/gu, '') === '' ? n : start;
}

/** "À M. Jean Exemple, Président …:" over a petition's text: the line addresses and greets, the letter is under it to its closing (addressing-line.ts). */
function addressedLetter(doc: ImportText): Finding<SampleLetter> | undefined {
  const at = addressingLineLetter(doc);
  const paragraphs = at ? toParagraphs(doc.lines.slice(at.line, at.closing - 1), at.line + 1) : [];
  if (!at || paragraphs.length === 0) return undefined;
  const detected = detectedLanguage(paragraphs.map((p) => p.text));
  const why = `no greeting: the line ${sourceLine(doc, at.line)} addresses the letter, and the letter is the text under it, to its closing`;
  return found({ paragraphs, lang: detected ?? 'en', detected, later: [] }, 'medium', paragraphs[0]?.line ?? at.line + 1, why);
}

/** The letter under its heading, when no salutation opens one. */
function headedLetter(doc: ImportText): Finding<SampleLetter> | undefined {
  const headed = letterUnderHeading(doc);
  if (!headed) return undefined;
  // "The Letter" / "Subject: Protect refugees …" / the text: the subject names the letter, no greeting follows it.
  const paragraphs = toParagraphs(withoutSubjectLine(headed.lines), headed.first);
  if (paragraphs.length === 0) return undefined;
  const detected = detectedLanguage(paragraphs.map((p) => p.text));
  const why = `no greeting: the text under the letter's heading on line ${sourceLine(doc, headed.first)}${headed.closed ? '' : ', to the first line that is not running text'}: check where the letter starts and ends`;
  return found({ paragraphs, lang: detected ?? 'en', detected, later: [] }, 'low', paragraphs[0]?.line ?? headed.first, why);
}

/** A petition's own words under its addressee block, when the page has no greeting (petition-text.ts). */
function petitionLetter(doc: ImportText): Finding<SampleLetter> | undefined {
  const petition = petitionUnderAddressee(doc) ?? petitionUnderParaList(doc);
  const paragraphs = petition ? toParagraphs(petition.lines, petition.first) : [];
  if (!petition || paragraphs.length === 0) return undefined;
  const texts = paragraphs.map((p) => p.text);
  const detected = letterLanguage(detectedLanguage(texts), petition.lang, () => isNearTie(texts.join(' ')));
  const why = `no greeting: the petition's text under its addressee, from line ${sourceLine(doc, petition.first)}${petition.closed ? '' : ', to the first line that is not running text'}: check it reads as a letter`;
  return found({ paragraphs, lang: detected ?? 'en', detected, later: [] }, 'low', paragraphs[0]?.line ?? petition.first, why);
}

/** A petition's text under its "Till:" / "Aan:" label and headline (petition-label-person.ts). */
function labelledPetitionLetter(doc: ImportText): Finding<SampleLetter> | undefined {
  const letter = petitionUnderLabel(doc);
  return letter && ungreeted(letter, `no greeting: the petition's text under its addressee's label, from line ${sourceLine(doc, letter.first)}${letter.closed ? ' to its closing' : ', to the first line that is not running text'}: check it reads as a letter`);
}

/** An open letter's text under its title on a newspaper's or forum's page (open-letter-text.ts). */
function titledOpenLetter(doc: ImportText): Finding<SampleLetter> | undefined {
  const letter = openLetterUnderTitle(doc);
  return letter && ungreeted(letter, `no greeting: the open letter's text under its title, from line ${sourceLine(doc, letter.first)}${letter.closed ? ' to its closing' : ', to the first line that is not running text'}: check where the letter starts and ends`);
}

/** An open letter greeting no one under its stack of addressees (stack-letter.ts). */
function stackedLetter(doc: ImportText): Finding<SampleLetter> | undefined {
  const letter = letterUnderStack(doc);
  return letter && ungreeted(letter, `no greeting: the text under the addressees, from line ${sourceLine(doc, letter.first)}${letter.closed ? ' to its closing' : ', to the first line that is not running text'}: check where the letter starts and ends`);
}

/** A letter under its addressee's address with no greeting, to its closing (letter-under-address.ts). */
function underAddressLetter(doc: ImportText): Finding<SampleLetter> | undefined {
  const letter = letterUnderAddress(doc);
  if (letter) return ungreeted(letter, `no greeting: the text right under the address above line ${sourceLine(doc, letter.first)}, to its closing: check where the letter starts`);
  // "somos miembros del grupo …" under the addresses: a letter as sent, its greeting lost (letter-under-address.ts).
  const lost = letterAfterLostGreeting(doc);
  return lost && ungreeted(lost, `no greeting: the letter's text, opening in lower case under the address above line ${sourceLine(doc, lost.first)}${lost.closed ? ', to its closing' : ', to the first line that is not running text'}: add the greeting and check where the letter ends`);
}

/** A call-in page's script, when the page has no letter and nobody to write to (call-script-letter.ts). */
function scriptLetter(doc: ImportText): Finding<SampleLetter> | undefined {
  const script = scriptAsLetter(doc);
  return script && ungreeted(script, `no letter: the call script under its heading on line ${sourceLine(doc, script.first)} stands for it: check it reads as a message`);
}

/** The paragraphs a reader of letters with no greeting found, in the language detected in them (low). */
function ungreeted(read: { lines: string[]; first: number }, why: string): Finding<SampleLetter> | undefined {
  const paragraphs = toParagraphs(read.lines, read.first);
  if (paragraphs.length === 0) return undefined;
  const detected = detectedLanguage(paragraphs.map((p) => p.text));
  return found({ paragraphs, lang: detected ?? 'en', detected, later: [] }, 'low', paragraphs[0]?.line ?? read.first, why);
}

/** "Amnesty fordert:" and the demands under it, written to the official: the letter's text when the page prints none (demands-letter.ts). */
function demandsLetter(doc: ImportText): Finding<SampleLetter> | undefined {
  const demands = demandsAsLetter(doc);
  return demands && ungreeted(demands, `no letter on the page: the demands listed from line ${sourceLine(doc, demands.first)} make its text; add a greeting and check it reads as a letter`);
}

/** A Japanese or Chinese letter under its heading ("■手紙の文例"), which no "Dear …" opens. */
function cjkLetter(doc: ImportText): Finding<SampleLetter> | undefined {
  const headed = cjkLetterUnderHeading(doc);
  const letter = headed ?? (mayHoldCjk(doc.lines) ? readKoreanLetter(doc)?.letter ?? readDashedSamples(doc)?.letter : undefined);
  if (!letter) return undefined;
  const detected = detectedLanguage(letter.paragraphs.map((p) => p.text));
  // The same letter in English under it ("Dear Secretary Example:"): a translation, as under a Latin-script letter.
  const sample: SampleLetter = { paragraphs: letter.paragraphs, lang: detected ?? 'en', detected, later: headed ? translations(doc, headed.end) : [] };
  return letter.closed
    ? found(sample, 'medium', letter.first, 'the text under the letter\'s heading, to its closing: check where the letter starts')
    : found(sample, 'low', letter.first, 'the text under the letter\'s heading, to the next heading: check where the letter starts and ends');
}

/**
 * A Thai letter's "เรียน …" line, an Arabic appeal's "حضرة …" line: the address greets too, and the
 * letter is the paragraphs under it, to its closing ("ขอแสดงความนับถือ", "وتفضلوا بقبول…") or the page's end.
 */
function addresseeLineLetter(doc: ImportText): Finding<SampleLetter> | undefined {
  const at = thaiAddresseeLine(doc) ?? arabicCourtesyLineAt(doc);
  if (at === undefined) return undefined;
  let end = at + 1;
  while (end <= doc.lines.length && !CLOSING.test(fold(lineAt(doc, end).trim()))) end++;
  const closed = end <= doc.lines.length;
  const paragraphs = toParagraphs(doc.lines.slice(at, end - 1), at + 1);
  if (paragraphs.length === 0) return undefined;
  const detected = detectedLanguage(paragraphs.map((p) => p.text));
  const why = `no greeting: the address on line ${sourceLine(doc, at)} greets, and the letter is the text under it${closed ? ', to its closing' : ' to the page\'s end: check where it ends'}`;
  return found({ paragraphs, lang: detected ?? 'en', detected, later: [] }, closed ? 'medium' : 'low', paragraphs[0]?.line ?? at + 1, why);
}

/**
 * The letter's lines without the subject printed under its greeting (letter-subject.ts), or the
 * letter's dateline a writer put there ("Dear Ms. Example" / "Lisbon, 17th March 2008" / the text).
 */
function withoutSubjectLine(lines: string[]): string[] {
  const at = lines.findIndex((l) => !isBlank(l));
  const first = at < 0 ? undefined : lines[at];
  const rest = first === undefined ? undefined : isDateOnly(first) ? '' : withoutSubject(first);
  if (rest === undefined) return lines;
  const out = [...lines];
  out[at] = rest;
  return out;
}
