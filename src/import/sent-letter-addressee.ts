// A group that published the letter it sent presents it with a sentence naming whom it went to,
// with no block of contact details anywhere, then quotes it:
//   El texto enviado al Sr. Juan Ejemplo Ruiz, Secretario de Gobernación de Ejemplia dice así:
//   El text enviat al Sr Joan Exemple, Secretari de Governació diu així:
//   The letter we sent to Ms Jane Example, Minister of the Interior, reads:
//   La lettre envoyée au Ministre de la Justice, Jean Exemple, dit :
// The person and the office beside him (after a comma, or before it) are the official. Only a
// sentence that says the letter was sent and then quotes it ("dice así:", "reads:") is read, and
// only a personal name of two words or more with an office: a sender, a group or a town is none.
import type { ImportedOfficial } from './official-block.js';
import { isOrganisation, isPersonName, isRoleLike, splitHonorific } from './official-words.js';
import { lineAt } from './text.js';
import type { ImportText } from './types.js';

/** The sentence: the letter, that it was sent, to whom, then that it reads as follows. */
const SENT_TO = /^(?:(?:el|la|le|the|our|nuestra|nuestro|notre|nostra|la nostra|il)\s+)?(?:texto?|carta|lettera|letter|lettre|mensaje|message|missatge|appeal|appel|llamamiento)\s+(?:\p{L}+\s+){0,2}?(?:enviad[oa]|enviat|enviada|remitid[oa]|sent|mailed|envoy[ée]e?|adress[ée]e?|inviat[oa])\s+(?:al|a la|a|to|à|au|alla|allo)\s+(.{5,160}?),?\s+(?:dice así|dice|diu així|diu|reads|says|dit|dice così|recita|es el siguiente|is as follows)\s*:?\s*$/iu;
/** Cheap test first: a word for "sent" in the line. */
const SENT_HINT = /enviad|enviat|remitid|\bsent\b|mailed|envoy|adress|inviat/iu;
/** How far down the presenting sentence is looked for. */
const LINES = 80;

/** The person and office a line presenting the sent letter names, or undefined. */
export function sentLetterAddressee(text: string, n: number): ImportedOfficial | undefined {
  if (text.length > 300 || !SENT_HINT.test(text)) return undefined;
  const whom = SENT_TO.exec(text.trim())?.[1];
  if (whom === undefined) return undefined;
  const parts = whom.split(/\s*,\s+/u);
  if (parts.length !== 2) return undefined;
  const [first = '', second = ''] = parts;
  // "al Sr. Juan Ejemplo, Secretario de …" or "au Ministre de la Justice, Jean Exemple".
  const [who, office] = isOffice(first) && !isOffice(second) ? [second, first.replace(/^(?:el|la|le|the|il)\s+/iu, '')] : [first, second];
  const { honorific, rest } = splitHonorific(who);
  if (!isPerson(rest) || !isOffice(office)) return undefined;
  return {
    line: n,
    confidence: 'low',
    nameFromOffice: false,
    name: { value: rest, line: n },
    ...(honorific ? { honorific: { value: honorific, line: n } } : {}),
    title: { value: office, line: n },
    address: [],
    emails: [],
    copy: false,
    unsure: [],
  };
}

/** An office, not a person nor an institution. */
const isOffice = (text: string): boolean => text.length <= 100 && isRoleLike(text) && !isOrganisation(text) && !/[@\d:;()]/u.test(text);
/** A personal name of two words at least, no office in it. */
const isPerson = (text: string): boolean => text.split(/\s+/u).length >= 2 && !/[@\d:;()]/u.test(text) && isPersonName(text) && !isRoleLike(text);

/** The official of the first such sentence near the top; none when no line is one. */
export function sentLetterAddressees(doc: ImportText): ImportedOfficial[] {
  for (let n = 1; n <= Math.min(doc.lines.length, LINES); n++) {
    const official = sentLetterAddressee(lineAt(doc, n), n);
    if (official) return [official];
  }
  return [];
}
