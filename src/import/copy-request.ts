// An instruction may name a recipient of copies and give its email in passing: "Please be sure to
// send copies to the Prime Minister's secretary: office@example.org", "… avec copie à l'Ambassade
// du Burundi en Belgique : ambassade@example.org", "con copia a la Embajada de X: embajada@…",
// "mit Kopie an die Botschaft: botschaft@…". That recipient is an official to copy, reachable by
// that email alone. Only the shape "copy words, a recipient of a few words, a colon, an email" is
// read; a copy for the page's own organisation ("copy to Amnesty: …", "en copie cachée") is not.
import { emailsIn } from './contact-line.js';
import { fold } from './fold.js';
import { isOwnOrganisation } from './furniture.js';
import { isRoleLike } from './official-words.js';
import { isOwnEmail } from './own-emails.js';

export interface CopyRequest {
  /** Who gets the copy, as the sentence names it, without its article ("Embassy of X"). */
  recipient: string;
  email: string;
}

/** The words that ask for a copy, up to the "to" before the recipient, in en/fr/es/de/pt. */
const COPY_TO = String.raw`(?:send(?:ing)?\s+(?:a\s+)?cop(?:y|ies)(?:\s+of\s+(?:your|the|this)\s+(?:letters?|emails?|appeals?|messages?))?\s+to|(?:and|with)\s+(?:a\s+)?cop(?:y|ies)\s+(?:also\s+)?to|cc\s+to|avec\s+(?:une\s+)?copie\s+(?:[àa]|au|aux)|(?:et\s+)?en\s+copie\s+(?:aussi\s+|[ée]galement\s+)?(?:[àa]|au|aux)|copie\s+(?:aussi\s+)?(?:[àa]|au|aux)|con\s+copia\s+(?:tambi[ée]n\s+)?(?:a|al|para)|(?:y\s+)?(?:una\s+)?copia\s+(?:tambi[ée]n\s+)?(?:a|al)|com\s+c[óo]pia\s+para|mit\s+(?:einer\s+)?kopie\s+an|(?:und\s+)?(?:eine\s+|in\s+)?kopie\s+(?:auch\s+)?an|(?:met|en)\s+(?:een\s+)?kopie\s+(?:aan|naar))`;
/** The recipient: a few words with no colon, email or sentence end; then a colon and the email. */
/** A full stop only after a courtesy title's short word ("M. Jean Exemple", "Sr. Juan Ejemplo"): any other ends the sentence. */
const RECIPIENT = String.raw`(?:[^:@.!?]|(?<=(?:^|\s)\p{L}{1,3})\.){3,80}?`;
const REQUEST = new RegExp(String.raw`(?:^|[\s,;(])${COPY_TO}\s+(${RECIPIENT})\s*:\s*([^\s,;]+@[^\s,;]+)`, 'iu');
/** The article before the recipient, left out of its name. */
const ARTICLE = /^(?:(?:the|la|le|les|el|los|las|der|die|den|dem|das|de|het|o|a)\s+|l['’]\s*)(?=\p{L})/iu;
/** Words that offer the copy as an option, before the request (matched on folded text). */
const OPTIONAL = /\b(?:you (?:can|may|could) also|if you (?:wish|like|want)|optionally|vous pouvez (?:aussi|egalement)|si vous le souhaitez|(?:tambien )?(?:puedes|puede|pueden) (?:tambien )?|si lo deseas?|sie konnen (?:auch|zusatzlich)|du kannst auch|wenn sie (?:mochten|wollen)|voce (?:tambem )?pode)/;
/** The page's own people: "us", "nous", "Amnesty International". */
const OURSELVES = /^(?:us|nous|nosotros|uns|amnesty\b.*)$/iu;

/** The recipient and email a line asks copies to go to, or undefined. */
export function copyRequest(line: string): CopyRequest | undefined {
  // A cheap look first: most lines have no "@", and a long paste is no instruction.
  if (line.length > 600 || !line.includes('@') || !/cop|cc|kopie/i.test(line)) return undefined;
  const m = REQUEST.exec(line);
  // "You can also send your message in copy to …": an option offered, not a copy the UA asks for.
  if (!m || OPTIONAL.test(fold(line.slice(0, m.index)))) return undefined;
  const recipient = (m[1] ?? '').trim().replace(ARTICLE, '').replace(/[\s,;]+$/, '');
  const email = emailsIn(m[2] ?? '')[0];
  if (email === undefined || recipient.split(/\s+/).length > 10 || OURSELVES.test(recipient) || isOwnOrganisation(recipient) || isOwnEmail(email)) return undefined;
  // Someone with an office or an institution: "the secretary", "the embassy", not "your friends".
  if (!isRoleLike(recipient)) return undefined;
  return { recipient: recipient.charAt(0).toUpperCase() + recipient.slice(1), email };
}
