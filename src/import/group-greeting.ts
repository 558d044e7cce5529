// A private appeal posted to a list may open by greeting its readers in a sentence of its own:
// "Sehr geehrte zeitkritische Geister in kritischer Zeit." That greets a group, never an official:
// it ends in a full stop (a letter's greeting ends in a comma or a colon, or nothing) and names no
// office, no courtesy title of a person and no name. Taken for the letter's salutation, it made the
// whole page a "letter" and left no place for the officials.
import { hasOfficeWord } from './office-words.js';

/**
 * "Dear friends," / "Liebe Freundinnen und Freunde," / "Chers amis,": a group's mail greets its
 * readers, never an official; the sample letter, if the page has one, opens further down.
 * A newsletter greets one reader as its mail-merge prints him ("Dear Activist,", "Dear Friend of
 * Example,", "Dear Example Network Supporter,"): the same, though an organisation's words may stand
 * before the reader's word. "Member" is left out of that wider form: "Dear Honourable Member" greets
 * a member of parliament.
 */
export const READERS_GREETING = /^(?:(?:dear|hi|hello|liebe[rs]?|hallo|hej|chers?|cheres?|querid[oa]s|estimad[oa]s|beste|kara|gentili|egregi|cari|care)\s+(?:all\b|everyone|amici|amiche|lettori|lettrici|sostenitori|attivisti|tutti\b|friends|supporters|members|activists|colleagues|comrades|camarades|camaradas|compagni|genossinnen|genossen|letter[- ]writers|freundinnen|freunde|freund\*innen|unterstutzer|mitglieder|aktive|alle\b|amis|amies|ami\S*es\b|militant|membres|compagnons|amig[oa]s|companer[oa]s|soci[oa]s|activistas|vrienden|leden|vanner|medlemmar)|(?:dear|hi|hello)\s+(?:[\p{L}'’.&-]+\s+){0,4}?(?:supporter|friend|activist|reader|donor|subscriber|advocate)s?\b(?:\s+of\b[^,:]*)?\s*[,:!]?$)/u;

/**
 * "To: Example Campaign Supporters" / "To: All members": a mail's To: line that names its readers as
 * a group — the same words as a greeting of them ("Dear supporters,") — names no official. `folded`:
 * the recipient as folded. One that names an office or a body of state ("Members of Parliament") is
 * left an official's.
 */
export function namesReadersGroup(folded: string): boolean {
  return READERS_GREETING.test(`dear ${folded.trim()}`) && !hasOfficeWord(folded) && !BODY_OF_STATE.test(folded);
}

/** The bodies whose members a mail may be addressed to as officials. */
const BODY_OF_STATE = /\b(?:parliament|congress|senate|assembly|council|house|government|committee|commission|ministry|cabinet|court|legislature|bundestag|duma|knesset)\b/;

/** The courtesy words that open a greeting (folded), before whom it greets. */
const COURTESY_OPENING = /^(?:dear|to whom|estimad[oa]s?|distinguid[oa]s?|sehr geehrte[rn]?|liebe[rs]?|geachte|beste|prezad[oa]s?|chers?|cheres?)\s+/;
/** A courtesy title of a person inside the greeting ("Herr", "Mr", "Señora"), or the neutral "Damen und Herren": then it greets the one written to. */
const PERSON_TITLE = /\b(?:herr|herren|damen|sirs|messieurs|mesdames|senores|senoras|signori|signore|frau|mr|mrs|ms|miss|sir|madam|madame|monsieur|senor|senora|sra?|dr|doktor|doctor|excellency|exzellenz|excelencia)\b/;

/** `folded`: a greeting line, folded. True when it greets a group of readers in a sentence of its own. */
export function greetsGroupInSentence(folded: string, printed: string): boolean {
  if (!/\p{L}{3}\.$/u.test(folded) || folded.length > 120) return false;
  const m = COURTESY_OPENING.exec(folded);
  if (!m) return false;
  const rest = folded.slice(m[0].length);
  // A name or an office greeted ("Sehr geehrter Herr Minister."): capitals after the courtesy words are checked on the printed line.
  const restPrinted = printed.trim().slice(printed.trim().length - rest.length);
  const capitalisedNoun = /(?:^|\s)\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(restPrinted.replace(/^\p{Ll}+\s+/u, ''));
  return !PERSON_TITLE.test(rest) && !hasOfficeWord(rest) && !capitalisedNoun;
}
