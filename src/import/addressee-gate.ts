// The one last question asked of every official the importer is about to put in the draft,
// whichever reader found it: does the page support this being a person or an office to write to?
// Nineteen rounds of unseen pages each brought a handful of lines of another kind read as an
// official: the page's own organisation ("Anistia Internacional Brasil", "Amnesty International
// USA"), a button or a call ("İmzacı Olun", "Sign now"), a heading or a label ("Comunicato Stampa"
// over its reference), a newspaper the page asks to copy ("Asahi Shimbun"), a capital alone ("Nay
// Pyi Taw"), an office printed again as an official of its own under its holder. Each kind is told
// by its words, in every language of the pages, not by the layout it came in, so one check covers
// the readers that may take it.
// - Never an addressee, however it is reached: the page's own organisation, a button, a heading or
//   label, a newspaper or broadcaster.
// - A place alone (a capital, a country) is an address line: name-gate.ts puts it back there.
// - An office printed as an official when another official holds it as his title, with no way to
//   reach it that he lacks, is that holder printed again.
// - With no way to reach it at all (no email, fax, phone, handle, nor an address line) and no
//   courtesy, title or institution beside it, a heading in capitals or a phrase in lower case with
//   no office, institution or person in it is dropped.
import type { ImportedOfficial } from './official-block.js';
import { capitalCountryOf } from './capital-town.js';
import { countryCode } from '../channels/countries.js';
import { isOwnOrganisation } from './furniture.js';
import { pageFurnitureKind } from './page-furniture.js';
import { hasOfficeWord } from './office-words.js';
import { isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole } from './official-words.js';
import { isRunningText } from './official-name.js';
import { fold } from './fold.js';
import { CARE_OF } from './address-words.js';
import { isAllCaps } from './text.js';
import { fieldFurnitureKind, pageLineKind } from './field-furniture.js';
import { isClosing } from './closing.js';
import type { Located } from './types.js';

/** What the gate makes of an official: dropped (and why), its name put back as an address line, or kept. */
export type AddresseeVerdict = { drop: string } | 'place' | undefined;

/**
 * Amnesty's names as its sections print them, folded: "Amnesty International", "Amnistía
 * Internacional", "Anistia Internacional" (Brazil), "Amnistie internationale", "Uluslararası Af
 * Örgütü" (Turkey), each maybe followed by the section's country.
 */
const OWN_NAME = /^(?:the\s+)?(?:amnesty|amnistia|anistia|amnistie|amnesti|amnestia)\b|^(?:uluslararas[iı]\s+)?af\s+orgutu\b/;

/**
 * A button or a call to act, alone (folded, its punctuation set aside): "Sign now", "İmzacı Olun",
 * "Jetzt unterschreiben", "Firma ya", "Assine já", "Faire un don". No official is named so.
 */
const BUTTON = new RegExp(String.raw`^(?:(?:jetzt|now|ahora|agora|ora|maintenant|hemen|simdi|nu)\s+)?(?:${[
  'sign(?: up| here| the petition| our petition)?', 'signez(?: la petition)?', 'signer(?: la petition)?', 'firma(?:r)?(?: la peticion| la petizione)?', 'firme',
  'assine(?: a peticao)?', 'assinar', 'unterschreiben', 'unterschreibe', 'unterzeichnen', 'teken(?: de petitie)?', 'onderteken', 'skriv under', 'allekirjoita',
  'podpisz', 'podepsat', 'imzala', 'imzalayin', 'imzaci ol(?:un)?', 'imza ver(?:in)?', 'donate', 'donar', 'spenden', 'faire un don', 'join(?: us)?',
  'unete', 'rejoignez(?:-nous)?', 'act now', 'take action', 'agissez', 'agis', 'handeln', 'send(?: (?:an|your) (?:email|e-mail|letter))?', 'share', 'compartir',
  'partager', 'teilen', 'paylas', 'subscribe', 'suscribete', 'abonnez-vous',
].join('|')})(?:\s+(?:now|here|ahora|ya|ja|jetzt|maintenant|hemen|simdi|nu|today|hoy))?$`);

/**
 * A section's heading or a label a page prints above or beside its parts (folded), maybe with its
 * reference after it ("Comunicato Stampa CS93-2002", "Related stories:", "Pressemitteilung").
 */
const HEADING = new RegExp(String.raw`^(?:${[
  'press (?:release|statement)', 'news release', 'media (?:release|statement)', 'comunicato(?: stampa)?', 'nota (?:stampa|de prensa|de imprensa)', 'communique(?: de presse)?',
  'comunicado(?: de prensa| de imprensa)?', 'pressemitteilung', 'presseerklarung', 'persbericht', 'pressmeddelande', 'pressemelding', 'basin (?:aciklamasi|bulteni)',
  'related (?:stories|articles|posts|news|content|links|reading|actions)', 'see also', 'read more', 'more (?:news|stories)', 'latest (?:news|stories)',
  'share this(?: page| article| story)?', 'comments?', 'leave a (?:comment|reply)', 'tags', 'categories', 'archives?', 'recent posts',
  // "Más información sobre el caso:" ends with a colon, as a Spanish greeting does.
  '(?:more|further) information(?: (?:on|about) (?:the|this) case)?', 'mas informacion(?: sobre el caso)?', "plus d'informations(?: sur (?:le cas|l'affaire))?",
  'mehr informationen(?: zum fall)?', 'maggiori informazioni(?: sul caso)?', 'mais informac(?:ao|oes)(?: sobre o caso)?', 'meer informatie(?: over (?:de|deze) zaak)?',
  // A link's text, printed with its colon beside the officials: "Lire aussi :", "Leer más:", "Weitere Informationen:".
  'weitere informationen(?: zum fall)?', 'related', 'background(?: (?:to|of|on) (?:the|this) case| information)?', '(?:find out|learn|read) more', 'read (?:also|the full story)',
  'lire (?:aussi|la suite|plus)', 'voir aussi', 'en savoir plus', 'leer (?:mas|tambien)', 'lee (?:mas|tambien)', 'ver (?:mas|tambien)', 'saiba mais', 'leia (?:mais|tambem)', 'veja tambem',
  'leggi (?:anche|di piu|tutto)', 'vedi anche', 'per saperne di piu', 'lees (?:ook|meer|verder)', 'zie ook', 'las (?:mer|ocksa|vidare)', 'se aven', 'weiterlesen', 'mehr lesen', 'siehe auch', 'lesen sie (?:auch|mehr)',
].join('|')})(?:\s+[\w./-]*\d[\w./-]*)?$`);

/**
 * The words of a newspaper's, an agency's or a broadcaster's name (folded): pages ask their readers
 * to copy the press ("Asahi Shimbun", "The Daily Example", "Example Zeitung"); the press is no
 * official. An institution's or office's words beside them keep the line ("Ministry of
 * Information and Broadcasting").
 */
const MEDIA = /\b(?:shimbun|newspapers?|zeitung|gazette|gazeta|gazzetta|herald|tribune|times|daily|ilbo|nippo|broadcasting|broadcaster|television|televisao|radio|magazine|news agency|press agency|agence de presse|agencia de noticias|nachrichtenagentur|periodico|giornale|quotidiano|journal)\b/;

/** "Related stories:", "Comunicato stampa": a heading or label of the page, with its reference or not. */
export const isPageHeading = (text: string): boolean => HEADING.test(fold(text.trim().replace(/[\s:;,.!]+$/u, '')).replace(/\s+/g, ' '));

/** The verdict on one official; `others` are the other officials read, to find the holder of an office printed again. */
export function addresseeVerdict(o: ImportedOfficial, others: readonly ImportedOfficial[]): AddresseeVerdict {
  const name = o.name?.value;
  if (name === undefined) return undefined;
  const bare = name.trim().replace(/[\s:;,.!]+$/u, '');
  const folded = fold(bare).replace(/\s+/g, ' ');
  if (OWN_NAME.test(folded) || isOwnOrganisation(bare)) return { drop: "the page's own organisation (the sender or the section), no official to write to" };
  if (BUTTON.test(folded) || pageFurnitureKind(bare) !== undefined) return { drop: 'a button or a call to act, no official' };
  const furniture = /[:：]\s*$/u.test(name) ? undefined : pageLineKind(name);
  if (furniture !== undefined) return { drop: `${furniture}, no official` };
  if (isPageHeading(bare)) return { drop: 'a heading or label of the page, no official' };
  if (MEDIA.test(folded) && !isOrganisation(bare) && !hasOfficeWord(folded)) return { drop: 'a newspaper, agency or broadcaster (the press), no official' };
  if (!o.nameFromOffice && isPlaceAlone(bare)) return 'place';
  if (o.nameFromOffice && heldByAnother(o, folded, others)) return { drop: 'the office of an official named above, printed again: its holder is the official' };
  if (!reachedAtAll(o) && !o.honorific && !o.title && !o.organisation && looksLikeNoOne(bare, folded)) return { drop: 'no way to reach it is printed, and it reads as a heading or a phrase, naming no office, institution or person' };
  return undefined;
}

/**
 * The official without the page's furniture a reader left among his fields (field-furniture.ts): an
 * unknown label and its contact, a link's text, a dateline, a share button, a banner, a sign-off,
 * printed in his address, title, organisation or courtesy, is taken out and named in a TODO.
 * `printed` gives the line as the page printed it: a reader drops the colon or comma a label or a
 * sign-off ends with ("Main Number:", "Bien à vous,"), which tells its kind.
 */
export function withoutFieldFurniture(o: ImportedOfficial, printed: (l: Located<string>) => string = (l) => l.value): ImportedOfficial {
  // An office opens its record with its colon ("Minister of Justice: His Excellency …"): only an
  // address line is read as printed, with its colon.
  const why = (l: Located<string> | undefined, asPrinted = false) => (l === undefined ? undefined : fieldFurnitureKind(asPrinted ? printed(l) : l.value));
  const parts = [o.honorific, o.title, o.organisation];
  const greeting = o.salutation?.value;
  if (parts.every((l) => why(l) === undefined) && o.address.every((l) => why(l, true) === undefined) && (greeting === undefined || !isNoGreeting(greeting))) return o;
  const unsure = [...o.unsure];
  const keep = (l: Located<string> | undefined, asPrinted = false): Located<string> | undefined => {
    const kind = why(l, asPrinted);
    if (l === undefined || kind === undefined) return l;
    unsure.push({ value: l.value, line: l.line, why: `${kind}: no field of the official's` });
    return undefined;
  };
  const salutation = o.salutation && isNoGreeting(o.salutation.value) ? undefined : o.salutation;
  if (salutation !== o.salutation && o.salutation) unsure.push({ value: o.salutation.value, line: o.salutation.line, why: "a heading, link text or sign-off of the page, no greeting" });
  return { ...o, honorific: keep(o.honorific), title: keep(o.title), organisation: keep(o.organisation), address: o.address.filter((l) => keep(l, true) !== undefined), salutation, unsure };
}

/**
 * A line read as the greeting that is the page's heading or link text ("Lire aussi"), or a letter's
 * closing, dateline or banner printed between the greeting and the letter ("Met vriendelijke groet"). The
 * greeting's own colon ("Señor Fiscal General:") is set aside first: it is no label's.
 */
export function isNoGreeting(greeting: string): boolean {
  const text = greeting.trim().replace(/[\s:：]+$/u, '');
  const kind = pageLineKind(text);
  // A sign-off's words open a Colombian letter ("Cordial saludo,", "Atento saludo,"): only the
  // closings the letter readers end a letter at are none.
  return isPageHeading(text) || isClosing(fold(text)) || (kind !== undefined && kind !== "a letter's sign-off");
}

/**
 * "Ebrahim Example" / "c/o Permanent Mission of Examplia …" / "Embassy of Examplia" / "16 Example
 * Gate, London": the official above is written to in care of an institution, and the institution
 * printed under his care-of line, with no email or handle of its own, is the rest of his address
 * (name-gate.ts joins it to him when nothing stands between), not an official of its own.
 */
export function continuesCareOf(above: ImportedOfficial | undefined, o: ImportedOfficial): boolean {
  const careOf = above?.address.at(-1);
  return careOf !== undefined && o.nameFromOffice && !o.title && o.emails.length === 0 && o.twitter === undefined && careOf.line < o.line && CARE_OF_LINE.test(careOf.value.trim());
}

const CARE_OF_LINE = new RegExp(String.raw`^(?:${CARE_OF}|care of|a\/c|aux bons soins d[eu']|z\.\s?hd\.?)\s`, 'iu');

/** "Nay Pyi Taw", "Mexico": a capital or a country, alone. */
function isPlaceAlone(name: string): boolean {
  return capitalCountryOf(name) !== undefined || countryCode(name) !== undefined;
}

/** Another official, named as a person, holds this office as his title, and this one adds no way to reach him. */
function heldByAnother(o: ImportedOfficial, folded: string, all: readonly ImportedOfficial[]): boolean {
  return all.some((h) => h !== o && h.name !== undefined && !h.nameFromOffice && h.title !== undefined && fold(h.title.value).replace(/\s+/g, ' ') === folded && addsNothing(o, h));
}

function addsNothing(o: ImportedOfficial, h: ImportedOfficial): boolean {
  const emails = new Set(h.emails.map((e) => fold(e.value)));
  return o.emails.every((e) => emails.has(fold(e.value))) && (o.fax === undefined || o.fax.value === h.fax?.value) && (o.phone === undefined || o.phone.value === h.phone?.value) && (o.twitter === undefined || o.twitter.value === h.twitter?.value);
}

/** Some way to reach the official: a contact line, or an address line that is no running text. */
function reachedAtAll(o: ImportedOfficial): boolean {
  return o.emails.length > 0 || o.fax !== undefined || o.phone !== undefined || o.twitter !== undefined || o.address.some(isAddressLine);
}

/** An address line holds a word ("Sanaa", "Office No. 10"); a reference alone ("CS93-2002") or running text is none. */
function isAddressLine(a: { value: string }): boolean {
  return /\p{L}{3,}/u.test(a.value.replace(/\S*\d\S*/gu, '')) && !isRunningText(a.value);
}

/**
 * Printed alone with nothing to reach it by, a line in the Latin script that is no official's: a
 * heading in capitals with no office or institution word ("COMUNICATO STAMPA", "RELATED
 * STORIES"), or a phrase that opens in lower case ("sign the petition"). The word lists know the
 * Latin script's offices only; other scripts, and capitalised names and offices (their plurals
 * and languages the lists lack: "Tutti i parlamentari", "Trưởng Văn phòng …"), are kept.
 */
function looksLikeNoOne(name: string, folded: string): boolean {
  if (!LATIN_ONLY.test(name)) return false;
  if (/^\p{Ll}/u.test(name)) return !namesSomeone(name, folded);
  return isAllCaps(name) && name.split(/\s+/u).length >= 2 && !hasOfficeWord(folded) && !isOrganisation(name) && !isRoleLike(name);
}

/** Letters of the Latin script only (with their accents), and the marks a name or heading holds. */
const LATIN_ONLY = /^[\p{Script=Latin}\p{M}\s.,'’&()\-–\d/]+$/u;

/** An office or institution word, or a person's name (with or without a courtesy or a rank). */
function namesSomeone(name: string, folded: string): boolean {
  if (hasOfficeWord(folded) || isOrganisation(name) || isRoleLike(name)) return true;
  const rest = splitHonorific(name).rest;
  return isPersonName(rest) || splitLeadingRole(name) !== undefined;
}
