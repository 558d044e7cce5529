// Lines a page that IS a letter prints around the addressee's block, and that are no field of his:
// the letter's own heading above it ("Sample Letter to the Ambassador of …", "Carta al Presidente
// …", "BRIEF Jana Beispiel", "APPELLO"), its subject line between the address and the greeting
// ("Re: the case of …", "Betreff: …", "Appello per la liberazione di …"), the Latin-American
// "Presente" under the address (the letter is delivered by hand), the writer's own blanks for his
// place and date ("Ort, Datum", "Lugar y fecha", "FILL IN PLACE, …"), and an attention line alone
// above the name ("Attn:", "z. Hd.", "Alla cortese attenzione del"). Taken as a field, each would
// give the official a title, a name or an address line that is the letter's, not his. Matched on
// folded text in the languages the importer reads; each is left out and reported with its reason.
import { inlineCopyAt } from './copy-in-line.js';
import { fold } from './fold.js';
import { KEPADA } from './indonesian-addressee.js';
import { hasOfficeWord } from './office-words.js';
import { isOrganisation, isPersonName, isRoleLike, splitHonorific } from './official-words.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

export type LetterLine =
  | "the letter's own heading: it names the letter, not the official"
  | "the letter's subject line, not an address line"
  | 'a courtesy line under the address ("Presente": delivered by hand), not an address line'
  | "a blank for the writer's own place and date"
  | 'an attention line: the addressee follows'
  | "the web page's title, not an official";

/**
 * "Another letter to …", "My third letter to …", "Our open letter to …": a blog's post names its
 * letter as one of a series, or as its writer's; the words before the letter's name it no less.
 */
const WHICH_LETTER = String.raw`(?:(?:another|yet another|one more|a|an|the|my|our|new|second|third|fourth|fifth|latest|last|final|follow-?up|\d{1,2}(?:st|nd|rd|th))\s+){0,2}`;

/** A letter or an appeal, named as a document ("Sample letter", "Carta modelo", "Offener Brief", "Appello", Danish "Åbent brev til …"). */
const LETTER_WORD = String.raw`${WHICH_LETTER}(?:(?:sample|model|suggested|open|draft|example|abent|apent|modele de|modelo de|modello di|esempio di|voorbeeld ?|offener|open|urgent)\s+)?(?:letter|carta(?: (?:modelo|abierta|aberta|tipo))?|lettera(?: (?:modello|aperta|tipo))?|lettre(?: (?:type|ouverte))?|brief|brev|appello|appel|appeal|appell|llamamiento|aufruf|oproep|apelo|petition|peticion|peticao|petizione|peticio|petycja|petice|petitsioon)`;

/**
 * The preposition that says whom the letter is to or what it is for ("to", "al", "an den", "pour",
 * "per la liberazione", "on behalf of"): after a letter's word it makes the line the letter's title.
 */
const TO_OR_FOR = String.raw`(?:to|til|for|on behalf of|in support of|in favou?r of|al|a|a la|alla|allo|ai|agli|alle|all'|au|aux|an|aan|para|por|a favor de|en favor de|per|pour|en faveur de|fur|zur|zum|voor|till|do|para a|ao)`;

const LETTER_TITLE = new RegExp(String.raw`^${LETTER_WORD}\s*(?::\s*|\s+${TO_OR_FOR}\b.*|[-–—]\s*.*)?$`);

/** "Open Letter Urging a Meeting with …", "Offener Brief wegen …": an open letter's title, whatever word follows. */
const OPEN_LETTER_TITLE = /^(?:open letter|offener brief|carta abierta|carta aberta|lettre ouverte|lettera aperta|abent brev|apent brev)\s+\p{L}/u;

/** A letter's word alone before a name, with no preposition ("BRIEF Jana Beispiel": Dutch and German "brief" is a letter). */
const LETTER_THEN_NAME = /^(?:letter|carta|lettera|lettre|brief|brev)\s+(\S.*)$/;

/** A subject label with its subject after it ("Re: …", "Betreff: …", "Objet : …", "Asunto: …", "Oggetto: …", "Onderwerp: …"). */
const SUBJECT = /^(?:re|betreff|betr\.|betrifft|objet|asunto|oggetto|onderwerp|subject|concerning|regarding|concerne|assunto|arende|amne|ref\.?|referencia|referentie)\s*:\s*\S/;

/** "Presente.-", "PRESENTE", "P r e s e n t e", "Su Despacho": Latin-American courtesy under the address. */
const BY_HAND = /^(?:presente|presentes|sudespacho|ensudespacho)$/;

/** The writer's place and date, as a letter template leaves them blank ("Woonplaats, datum", "Ort, Datum", "Lugar y fecha", "Lieu et date"). */
const PLACE = String.raw`(?:woonplaats|plaats|ort|lugar|lieu|luogo|place|city|town|ciudad|localidad|stad|ville|cidade|local)`;
const DATE = String.raw`(?:datum|fecha|date|data)`;
const PLACE_AND_DATE = new RegExp(String.raw`^[[(]?(?:${PLACE}\s*(?:,|/|y|und|en|et|e|and|&)\s*${DATE}|${DATE}\s*(?:,|/|y|und|en|et|e|and|&)\s*${PLACE})[\])]?\.?:?$`);
/** "FILL IN PLACE, 17 de Junio de 2010.", "[Insert your town], date": the writer is told to fill it in. */
const FILL_IN = /^[[(]?(?:fill in|insert|invullen|vul in|rellenar|rellena|completar|completer|ausfullen|inserire|inserisci)\b/;

/** An attention word alone on its line, the addressee under it ("Attn:", "z. Hd.", "À l'attention de", "Alla c.a. del", "T.a.v."). */
const ATTENTION = String.raw`(?:attn|att|attention(?: of)?|for the attention of|a l'attention (?:de|du|des)|a l'att\.? (?:de|du)|alla (?:cortese )?(?:c\.\s?a\.?|attenzione)(?: (?:del|della|dello|dei|degli|delle|di))?|all'attenzione (?:del|della|dello|di)|z\.\s?hd\.?(?: von)?|zu handen(?: von)?|t\.\s?a\.\s?v\.?|ter attentie van|a la atencion de|a la atencion del|atencion|at\.|${KEPADA})`;
const ATTENTION_ALONE = new RegExp(String.raw`^${ATTENTION}\s*:?$`);
/** "À l'attention de Monsieur Jean Exemple,", "Attn: Minister …": the addressee's line, never the letter's greeting. */
const ATTENTION_LEAD = new RegExp(String.raw`^${ATTENTION}\s*:?\s+\S`);
export const isAttentionLine = (line: string): boolean => MAY_BE.test(line.trim()) && ATTENTION_LEAD.test(fold(line.trim()));

/** The first words every kind below opens with, as printed: a page's other lines are not folded to learn that they are none. */
const MAY_BE = /^[[(]?\s*(?:another|yet\s|one more|an?\s|the\s|my\s|our\s|new\s|second|third|fourth|fifth|latest|last\s|final|follow|\d{1,2}(?:st|nd|rd|th)\s|sample|model|suggested|open|[åa]bent|[åa]pent|draft|example|mod[eè]le|modelo|modello|esempio|voorbeeld|offener|urgent|letter|carta|lettera|lettre|brief|brev|appel|appeal|llamamiento|aufruf|oproep|apelo|peti[tcç]|petycj|petits|re\s*:|betr|objet|asunto|oggetto|onderwerp|subject|concern|regarding|assunto|[äa]rende|[äa]mne|ref|referen|p\s|presente|su\s|woonplaats|plaats|ort|lugar|lieu|luogo|place|city|town|ciudad|localidad|stad|ville|cidade|local|datum|fecha|date|data|fill|insert|invullen|vul|rellena|completar|compl[eé]ter|ausf[üu]llen|inserire|inserisci|att|for the|[àa]\s|alla|all['’]|z\.|zu\s|t\.|ter\s|atenci[óo]n|at\.|kepada|yth)/iu;

/** Why a line is the letter's and no field of an official's; undefined when it may be one. `n`: its line in `doc`. */
export function letterLineKind(line: string, doc?: ImportText, n?: number): LetterLine | undefined {
  const text = line.trim();
  if (text === '' || text.length > 200) return undefined;
  if (doc !== undefined && n !== undefined && isRepeatedPageTitle(doc, n, text)) return "the web page's title, not an official";
  if (namesLetterAfterDash(text) || namesTurkishLetter(text) || namesLetterAfterKicker(text)) return "the letter's own heading: it names the letter, not the official";
  if (!MAY_BE.test(text)) return undefined;
  const f = fold(text).replace(/\s+/g, ' ');
  // "Carta Aberta ao …, Sr. João Exemplo, Com cópia para …": a headline that names the copy as well
  // is the addressee's line and the copy's (copy-in-line.ts), read by the block reader.
  if ((LETTER_TITLE.test(f) || OPEN_LETTER_TITLE.test(f) || letterThenName(text, f)) && inlineCopyAt(text) === undefined) return "the letter's own heading: it names the letter, not the official";
  if (SUBJECT.test(f)) return "the letter's subject line, not an address line";
  if (BY_HAND.test(f.replace(/[\s.\-–—:,!]+/g, ''))) return 'a courtesy line under the address ("Presente": delivered by hand), not an address line';
  if (PLACE_AND_DATE.test(f) || FILL_IN.test(f)) return "a blank for the writer's own place and date";
  if (ATTENTION_ALONE.test(f)) return 'an attention line: the addressee follows';
  return undefined;
}

/** A blog's kicker before its headline ("El mundo merece saberlo: Carta al …"): a few words and a colon, no sentence. */
const KICKER = /^[^:.!?]{3,40}:\s+(?=\S)/u;

/** The headline without a blog's kicker before it, or undefined when there is none. */
export function afterKicker(text: string): string | undefined {
  const m = KICKER.exec(text);
  return m ? text.slice(m[0].length) : undefined;
}

/** "El mundo merece saberlo: Carta al Fiscal General …, Name": the headline after the kicker names the letter. */
function namesLetterAfterKicker(text: string): boolean {
  const rest = afterKicker(text);
  if (rest === undefined) return false;
  return MAY_BE.test(rest) && LETTER_TITLE.test(fold(rest).replace(/\s+/g, ' ')) && inlineCopyAt(rest) === undefined;
}

/** " – ", " - ", " — ", " | ": where a page's headline gives the letter's own title after its cause. */
const DASH = /\s[-–—|]\s+/u;

/**
 * "Free the blogger Example – Lettera aperta all’Ambasciatore Jane Example", "… - Open letter to
 * the Minister of X": a campaign's headline names the cause, then the letter and whom it is to.
 * The person it names is the letter's addressee as the headline words it, never an official's
 * name line (his block, if the page prints one, follows).
 */
function namesLetterAfterDash(text: string): boolean {
  if (!DASH.test(text)) return false;
  const parts = text.split(DASH);
  return parts.slice(1).some((p) => MAY_BE.test(p) && LETTER_TITLE.test(fold(p).replace(/\s+/g, ' ').replace(/’/g, "'")));
}

/**
 * Turkish puts the letter's word last, whom it is to before it in the dative ("Adalet Bakanı Ali
 * Örnek’e mektup", "Valiye açık mektup"): a headline that names the letter, never an official's
 * line, however much of an office and a name it holds.
 */
const TURKISH_LETTER = /\p{L}\s+(?:açık\s+)?mektu(?:p|bu)$/iu;
const namesTurkishLetter = (text: string): boolean => /[pu]$/iu.test(text) && TURKISH_LETTER.test(text);

/** How far down the page its title may be printed twice (the browser's title, then the page's heading). */
const TITLE_LINES = 6;
/** "… - PEN Valdor", "… | Amnesty": a title, then the site's name after a dash or a bar. */
const SITE_AFTER = /\s(?:[-–—|]|::)\s+\S[^-–—|]{0,40}$/u;

/**
 * "Supreme Leader of Valdor His Excellency … - PEN Valdor", printed twice at the top: a page saved
 * from the browser gives its title, then the same again as its heading. Whatever it names, it is
 * the page's, not an official's block (the site's name is no part of any official).
 */
function isRepeatedPageTitle(doc: ImportText, n: number, text: string): boolean {
  if (!SITE_AFTER.test(text)) return false;
  const top: number[] = [];
  for (let m = 1; m <= doc.lines.length && top.length < TITLE_LINES; m++) if (!isBlank(lineAt(doc, m))) top.push(m);
  return top.includes(n) && top.some((m) => m !== n && lineAt(doc, m).trim() === text);
}

/** "BRIEF Jana Beispiel", "Carta Tomás Ejemplo": the letter's word, then the person it is about or to. */
function letterThenName(text: string, folded: string): boolean {
  if (!LETTER_THEN_NAME.test(folded)) return false;
  const rest = text.replace(/^\S+\s+/, '');
  return isPersonName(rest) && !isRoleLike(rest);
}

/**
 * The words that address the letter to an office, before it ("Al Presidente della Repubblica",
 * "A la Fiscal General", "An den Innenminister", "Aan de minister", "Ao Sr. Governador", "Au
 * Ministre", "Alla c.a. del Presidente", "À l'attention de Monsieur …"): the office or the courtesy
 * title after them is the line's field; the dative or attention words are no part of it.
 */
const ADDRESSED_TO = new RegExp(String.raw`^(?:(?:${ATTENTION}|al|alla|allo|ai|agli|alle|a la|a los|a las|a|ao|aos|au|aux|an den|an die|an das|an|aan de|aan het|aan|to the)\s+|all')(?=\S)`);

const ARABIC_TITLE = /^(?:sheikh|shaikh|sheikha|shaikha|ayatollah|grand ayatollah|amir|emir|prince|princess)\b/;

export function withoutAddressedTo(line: string): string {
  const text = line.trim();
  if (text.length > 200 || !/^\p{L}/u.test(text)) return line;
  const m = ADDRESSED_TO.exec(fold(text));
  if (!m) return withoutJoiner(line, text);
  // fold keeps the length of plain Latin text; a line whose folded length differs is left as printed.
  if (fold(text).length !== text.length) return line;
  const rest = text.slice(m[0].length);
  if (!/^\p{Lu}/u.test(rest)) return line;
  // Only an office or a courtesy title may follow: "Al Khalifa", "An Nguyen" are names, "A Jane" an initial.
  const { honorific } = splitHonorific(rest);
  // "Al Sheikh …", "Al Amir …": after an Arabic article a title of that language may be the family's name.
  const courtesy = honorific !== undefined && !ARABIC_TITLE.test(fold(honorific));
  return courtesy || officeFirst(rest) ? rest : line;
}

/**
 * "And Permanent Mission of Exampleland to the United Nations": a list of addressees joins its last
 * item with "And"; the institution after it opens the next block, and the joiner is no part of it.
 * A person or an office after "And" is left as printed: "And Mr. Jan Roe" / "Minister of Justice"
 * is the second holder of a block shared by two (shared-block.ts), or a sentence's words.
 */
function withoutJoiner(line: string, text: string): string {
  const m = /^and\s/i.test(text) ? /^and\s+(?=\p{Lu})/iu.exec(text) : null;
  if (!m) return line;
  const rest = text.slice(m[0].length);
  return isOrganisation(rest) ? rest : line;
}

/**
 * The text opens with a person's office ("Presidente", "Fiscal General", "Innenminister"), not an
 * institution: "Al Sharq Prison" keeps its Arabic article.
 */
function officeFirst(text: string): boolean {
  const first = fold(text.split(/\s+/, 1)[0] ?? '');
  return hasOfficeWord(first) || (isRoleLike(first) && !isOrganisation(first));
}
