// Two kinds of line name the official whose block follows, without being part of that block:
// - a line that announces whose details follow ("Voici les coordonnées du Ministre Exemple :",
//   "Here are the Minister's contact details:", "Hier die Kontaktdaten von Minister Beispiel:",
//   "Estos son los datos de contacto del Ministro Ejemplo:", "Ecco i recapiti del Ministro Esempio:");
// - an instruction that names whom to write to, ending in a colon ("Scriviamo all'ambasciatore Paolo
//   Esempio:", "Write to Ambassador Jane Example:", "Schreiben Sie an den EU-Ratspräsidenten:").
// The block under such a line prints only his contact lines and address, or opens with his
// institution ("Embassy of Italy in Ruritania"). The line itself is never a name nor an address
// line; what it names is read here: an office, and a person's name or only a surname after it.
import { germanNominative } from './german-office-case.js';
import { isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole } from './official-words.js';
import type { ImportedOfficial } from './official-block.js';
import { fold, foldedSurname } from './fold.js';

export interface AnnouncedOfficial {
  /** The office as printed ("Ministre", "ambasciatore", "EU-Ratspräsidenten"). */
  title: string;
  /** The person's name as printed ("Paolo Esempio"), or the surname alone after the office ("Exemple"). */
  name?: string | undefined;
  /** Only a surname follows the office: the page names him in full elsewhere, if at all. */
  surnameOnly: boolean;
  /** The line announces his details (it asks nothing of the reader) or tells the reader to write. */
  kind: 'details' | 'instruction';
}

/**
 * "coordonnées du", "contact details for", "Kontaktdaten von", "datos de contacto del", "recapiti
 * del": the words that say details follow, with the preposition before whose they are (folded).
 */
const DETAILS = String.raw`(?:(?:les |ses |leurs )?coordonnees (?:du|de la|de l'|de|des)|(?:the )?contact (?:details|information|info|data) (?:for|of)(?: the)?|(?:die )?kontakt(?:daten|angaben|adressen?) (?:von|des|der|vom)|(?:los )?datos de contacto (?:del|de la|de)|(?:i )?(?:recapiti|contatti) (?:del|della|dello|dell'|di))`;
/** What may stand before them ("Voici les", "Here are the", "Hier sind die", "Estos son los", "Ecco i"). */
const DETAILS_LEAD = String.raw`(?:(?:voici|voila|ci-dessous|here are|below are|hier sind|hier|nachfolgend|estos son|aqui estan|ecco|questi sono|di seguito)\s+)?`;
const DETAILS_LINE = new RegExp(String.raw`^${DETAILS_LEAD}${DETAILS}\s*(.+?)\s*:$`, 'du');
/** "Here are the Minister's contact details:": English puts whose they are first. */
const POSSESSIVE_LINE = /^(?:(?:here are|below are)\s+)?(?:the\s+)?(.+?)'s contact (?:details|information|info)\s*:$/du;

/** A verb that tells the reader to write, mail or send (folded): no office in a line without one is an official. */
const WRITE = String.raw`(?:write|e-?mail|send (?:your )?(?:letters?|appeals?|emails?)|ecrivez|ecrivons|envoyez|scriv(?:ete|iamo|i)|invia(?:te|mo)|escrib(?:a|an|e|amos)|envi(?:e|en|a)|schreiben sie|schreibt|mailen sie|senden sie)`;
/** The words between the verb and the preposition: a few adverbs at most ("numerosi", "bitte", "now"). */
const INSTRUCTION_LINE = new RegExp(String.raw`^(?:please\s+|bitte\s+)?${WRITE}\b((?:\s+[\p{L}-]+){0,3}?)\s*(?:(?:to the|to|an den|an die|an|a la|al|alla|allo|aux|au|a|the)\s+|all'|a l')([^\s:].*?)\s*:$`, 'du');

/** Longer than any line of this kind: a paragraph is not read for it. */
const MAX_LINE = 160;

export function announcedOfficial(line: string): AnnouncedOfficial | undefined {
  // Cheap tests first: every such line ends in a colon and is short.
  if (line.length > MAX_LINE || !line.trimEnd().endsWith(':') || /[@\d]/.test(line)) return undefined;
  const text = line.trim().replace(/\s+/g, ' ');
  const f = fold(text).replace(/’/g, "'");
  // fold keeps plain Latin text's length: the printed words are cut where the folded ones are.
  if (f.length !== text.length) return undefined;
  const details = DETAILS_LINE.exec(f) ?? POSSESSIVE_LINE.exec(f);
  if (details) return whoIn(printedGroup(text, details, 1), 'details');
  const instruction = INSTRUCTION_LINE.exec(f);
  return instruction ? whoIn(printedGroup(text, instruction, 2), 'instruction') : undefined;
}

/** The printed words a group of the folded line's match stands for. */
function printedGroup(text: string, m: RegExpExecArray, group: number): string {
  const at = m.indices?.[group];
  return at ? text.slice(at[0], at[1]) : '';
}

/** An office, then a name or a surname or nothing: "Ambasciatore Paolo Esempio", "Ministre Exemple", "EU-Ratspräsidenten". */
function whoIn(words: string, kind: AnnouncedOfficial['kind']): AnnouncedOfficial | undefined {
  const phrase = words.replace(/^(?:l['’]|(?:the|le|la|el|il|lo|den|dem|der|die)\s+)/iu, '');
  if (phrase.split(/\s+/).length > 8 || !/^\p{L}/u.test(phrase)) return undefined;
  // An office in lower case after its preposition ("all'ambasciatore Paolo Esempio") is read as capitalised.
  const capitalised = phrase.charAt(0).toUpperCase() + phrase.slice(1);
  const split = splitLeadingRole(capitalised);
  if (split) return { title: phrase.slice(0, split.title.length), name: split.name, surnameOnly: false, kind };
  const surname = /^(.+?)\s+(\p{Lu}\p{Ll}[\p{Ll}'-]+)$/u.exec(phrase);
  // "Ministre Exemple", "Governor Example": the office ends in its own word ("Presidente del Consejo
  // Europeo" ends in its institution's, and its last word is no surname).
  if (surname?.[1] !== undefined && surname[2] !== undefined && endsInOfficeWord(surname[1]) && !isRoleLike(surname[2])) {
    return { title: surname[1], name: surname[2], surnameOnly: true, kind };
  }
  // An office alone opens with its word ("President of the Council", "EU-Ratspräsidenten"): "letter to the Minister" names no office.
  // Given as a heading prints it, in the nominative ("an den EU-Ratspräsidenten" → "EU-Ratspräsident").
  return isOffice(phrase) && isOffice(phrase.split(/\s+/, 1)[0] ?? '') && !isOrganisation(phrase) ? { title: germanNominative(phrase), surnameOnly: false, kind } : undefined;
}

function endsInOfficeWord(text: string): boolean {
  const last = text.split(/\s+/).at(-1) ?? '';
  return isOffice(last) && !isOrganisation(last);
}

/** An office as printed, German's weak nouns in the case "an den" gives them too ("Ratspräsidenten", "Botschafterin"). */
function isOffice(text: string): boolean {
  return isRoleLike(text) || isRoleLike(text.replace(/(?<=\p{L}{4})(?:en|n)$/u, ''));
}

/** "EU-Ratspräsidenten", "UN Special Rapporteur": an office of a union of states, named by its plain abbreviation. */
const UNION_PREFIX = /^(EU|UE|UN|ONU|UNO)[- ](?=\p{L})/u;
const UNIONS: Readonly<Record<string, string>> = { EU: 'European Union', UE: 'European Union', UN: 'United Nations', ONU: 'United Nations', UNO: 'United Nations' };

/** The officials named from such a line with a surname alone after the office, and that surname. */
const SURNAME_ONLY = new WeakMap<ImportedOfficial, string>();

/**
 * Names the official of the block under the line from it: the office is his title, the name his
 * name; with a surname alone, office and surname as the page calls him ("Ministre Exemple") until
 * the page names him in full (`withAnnouncedHolders`); an office alone stands in for a name.
 */
export function nameAnnounced(official: ImportedOfficial, announced: AnnouncedOfficial, line: number): void {
  // An office alone is his name: printed as his title too, the letter would name it twice.
  if (announced.name !== undefined) official.title = { value: announced.title, line };
  official.name = { value: announced.surnameOnly ? `${announced.title} ${announced.name ?? ''}` : announced.name ?? announced.title, line };
  official.nameFromOffice = announced.name === undefined;
  const union = UNION_PREFIX.exec(announced.title)?.[1];
  if (union !== undefined) official.organisation ??= { value: UNIONS[union.toUpperCase()] ?? union, line };
  if (announced.surnameOnly && announced.name !== undefined) SURNAME_ONLY.set(official, announced.name);
}

/**
 * "Voici les coordonnées du Ministre Exemple :" over his details, then the letter's addressee "A
 * l'attention de Monsieur Jean Exemple" / "Vice-Premier Ministre …": the one other official with
 * that surname, who prints no way to reach him of his own, is the same person, named in full. He
 * joins the announced official (name, courtesy title, office) and is no official of his own.
 */
export function withAnnouncedHolders(officials: readonly ImportedOfficial[]): { kept: ImportedOfficial[]; merged: Array<{ official: ImportedOfficial; into: ImportedOfficial }> } {
  const merged: Array<{ official: ImportedOfficial; into: ImportedOfficial }> = [];
  for (const announced of officials) {
    const surname = SURNAME_ONLY.get(announced);
    if (surname === undefined) continue;
    const same = officials.filter((o) => o !== announced && !o.copy && !o.nameFromOffice && o.name !== undefined && foldedSurname(o.name.value) === fold(surname) && !merged.some((m) => m.official === o));
    const [holder] = same;
    if (same.length !== 1 || holder?.name === undefined || holder.emails.length > 0 || holder.fax || holder.phone || holder.twitter) continue;
    announced.name = holder.name;
    announced.honorific = holder.honorific ?? announced.honorific;
    announced.title = holder.title ?? announced.title;
    announced.salutation ??= holder.salutation;
    if (announced.address.length === 0) announced.address = holder.address;
    SURNAME_ONLY.delete(announced);
    merged.push({ official: holder, into: announced });
  }
  return { kept: officials.filter((o) => !merged.some((m) => m.official === o)), merged };
}


/**
 * "Herrn Hans Beispiel" / "Bundesminister des Innern" above the letter's greeting, with no address
 * of their own: lines that name in full (courtesy title, first name, the announced surname) the
 * official a line announced by office and surname ("Hier die Kontaktdaten von Minister Beispiel:").
 */
export function namesInFull(texts: readonly string[], surname: string): boolean {
  return texts.some((text) => {
    const { rest } = splitHonorific(text.trim().replace(/,$/, ''));
    return rest.includes(' ') && isPersonName(rest) && !isRoleLike(rest) && foldedSurname(rest) === fold(surname);
  });
}
