// A letter that prints its subject under the greeting ("Re: Appeal for the release of …"), on a
// line of its own or run on with the letter's first sentence when the page lost the line break
// ("Re: Appeal for the release of Ann Example I am writing to urge you …"). The subject names the
// letter, it is no part of its text: the letter starts at its first sentence. Where that sentence
// cannot be told from the subject, the line is kept as it was.

/** A subject label opening the line ("Re:", "Betreff:", "Objet :", "Asunto:", "Oggetto:", "Subject:"). */
const SUBJECT = /^(?:re|ref\.?|betreff|betr\.|objet|asunto|oggetto|onderwerp|subject|assunto|ärende)\s*:\s*\S/iu;

/** The first words of a letter's first sentence, in the languages the sample letters come in. */
const OPENS_LETTER = new RegExp(
  String.raw`\s(?=(?:I|We)\s+(?:am|are|write|wish|would|urge|call|have|respectfully|ask)\b|I'm\b|We're\b|On behalf of\b|` +
    String.raw`(?:Je|Nous)\s+(?:vous|suis|sommes|me|nous)\b|` +
    String.raw`(?:Ich|Wir)\s+(?:schreibe|schreiben|wende|wenden|bin|sind|möchte|möchten|fordere|fordern|bitte|bitten)\b|` +
    String.raw`(?:Le|Les)\s+escribo\b|Me\s+dirijo\b|Nos\s+dirigimos\b|Escribo\b|Escrevo\b|Venho\b|(?:Le|Vi)\s+scrivo\b|Mi\s+rivolgo\b)`,
  'u',
);

/** How far into a line its opening words are looked for. */
const OPENING = 40;

/** "Les escribo para …", "I am writing to …", "Nous vous écrivons …": a line that opens as a letter's first sentence does. */
export const opensLikeLetter = (line: string): boolean => OPENS_LETTER.exec(` ${line.trimStart().slice(0, OPENING)}`)?.index === 0;

/** A sentence ends inside the line, another starts: running text, not a subject alone. */
const SENTENCE_INSIDE = /[.!?]\s+\p{Lu}/u;

/**
 * The line without the subject: '' when the line is the subject alone, the letter's text when the
 * subject runs on into it; undefined when the line opens with no subject label, or the subject's
 * end cannot be told.
 */
export function withoutSubject(line: string): string | undefined {
  const text = line.trim();
  if (!SUBJECT.test(text)) return undefined;
  const opener = OPENS_LETTER.exec(text.slice(0, 300));
  if (opener) return text.slice(opener.index).trim();
  return text.length <= 160 && !SENTENCE_INSIDE.test(text) ? '' : undefined;
}

/** A line that is a letter's subject alone ("Re: Call for the end of …"), as printed between the addressee and the greeting. */
export const isSubjectLine = (line: string): boolean => withoutSubject(line) === '';
