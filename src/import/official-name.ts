// What an official's name may be. The readers that cut a page into officials guess from the shape
// of lines; this is the last word on the value they chose: a person's name ("Jane Doe"), or, for an
// official given only by an office, that office or its institution ("Minister of Justice",
// "Embassy of Ruritania"). Never a building ("Parliament House", "Edificio Fiscalía …"), an
// address line, a label or a remark in brackets ("(Salutation: Dear …"), a sentence or its start
// ("On March"), nor the page's own group ("Gruppe Kleve", "Amnesty Group 12"). Office or courtesy
// words run on after a person's name in a flattened line ("Jane Doe Honorable", "Juan Pérez Fiscal
// General") are parted from it, not taken for part of the name.
import { opensWithCountryAdjective } from './german-office-case.js';
import { countryCode } from '../channels/countries.js';
import { CARE_OF } from './address-words.js';
import { isTurkishInstitution } from './turkish-contact-words.js';
import { CJK } from './cjk-words.js';
import { fold } from './fold.js';
import { isNumberedInstitution, needsField, officeLengthAt } from './office-words.js';
import { isPersonName, isRoleLike, opensAddress, splitHonorific, splitLeadingRole } from './official-words.js';

/** A building, as the first or last word of a line: the place an official sits, never the official. */
const BUILDING = /^(?:palace|palacio|palais|palast|palazzo|palacete|edificio|edif|building|bldg|tower|torre|complex|complejo|complexo|headquarters|gebaude|immeuble|batiment|predio|istana)$/;
/** Buildings whose word is a surname too ("Stuart Hall", "Jane House"): only where no person was named. */
const BUILDING_OR_SURNAME = /^(?:house|hall|mansion|residence|residencia|castle|chateau|casa|quinta|sede|tour|hq)$/;
/** "House of Representatives", "Casa de Nariño" is still a building; only "House of …" names a chamber. */
const CHAMBER = /^house\s+of\s/;

/** Words of a page's own organisation, as a group or section signs it ("Gruppe Kleve", "Groupe 42"). */
const OWN_GROUP = /^(?:amnesty|gruppe|ortsgruppe|hochschulgruppe|bezirk|group|groupe|grupo|gruppo|grupa|section|sektion|seccion|seccao|sezione|afdeling|briefmarathon|appellbriefe?|musterbriefe?|briefvorlage|writeathon)$/;

const CARE_OF_START = new RegExp(String.raw`^${CARE_OF}\b`, 'i');

/** Words of a field's label, not of a name ("Office Number", "Phone", "Anrede"). */
const LABEL_WORD = /^(?:number|nummer|numero|address|adresse|direccion|anschrift|phone|telephone|telefon|telefono|fax|email|e-mail|mail|courriel|correo|twitter|website|web|salutation|anrede|tratamiento|saludo|contact|kontakt|contacto|form|formular|formulaire|formulario)$/;

/** Words that open a sentence or a phrase, never a name ("On March", "In Haft", "Seit 2019", "Dear …"). */
const SENTENCE_START = /^(?:on|in|at|by|for|from|since|after|before|until|during|dear|the|this|these|those|our|your|we|im|am|seit|nach|vor|bis|wahrend|unser|unsere|ihre|der|die|das|dem|dans|depuis|apres|avant|pendant|notre|nos|vos|votre|desde|hasta|durante|tras|segun|nuestro|nuestra|para|por|sehr|liebe|cher|chere|estimado|estimada)$/;

/** A courtesy title that opens a person's name, found after a name's first word. */
const COURTESY_INSIDE = /(?:^|\s)(?:zijne|hare|his|her|seine[rm]?|ihre[rm]?|su|son|sa|sua) (?:excellentie|excellency|exzellenz|excelencia|excellence|eccellenza|majesteit|majesty|majestat|majestad|majeste|maesta)\b/;

/** The words that join two names in a list ("…, Ministro A y Ministro B"). */
const JOIN_WORD = /^(?:y|and|et|und|e|&|och)$/;

/** The small words a person's name may open with in lower case ("de Souza", "van der Berg", "al-Sisi", "bin Salman"). */
const NAME_PARTICLE = /^(?:de|da|di|do|du|dos|das|del|della|van|von|der|den|ter|ten|la|le|al|el|bin|bint|ibn|ben|abu|zu|y|e|st|mac|(?:al|el|ad|as|ash|at|az|an|ar)-.+)$/;

/** Courtesy words a flattened line may print after the name ("Jane Doe Honorable"). */
const COURTESY_AFTER = /^(?:honou?rable|hon\.?|excellency|excelencia|excellence|exzellenz|esq\.?)$/;

/** Small words that join an office to what it is of ("Minister of Justice", "Representative at Peace Talks"). */
const OFFICE_JOIN = /^(?:of|for|at|to|in|on|de|del|la|las|los|el|du|des|d'|l'|et|y|e|und|fur|von|der|die|das|im|beim|para|pour|aupres|ante|bei|i|och|da|do|dos|della|dello|delle|degli)$/;

export type NameProblem =
  | 'a country'
  | 'a label or a remark in brackets'
  | 'an address line'
  | 'a building'
  | "the page's own group or section"
  | 'a sentence, not a name'
  | 'an institution word alone'
  | "two people's names run together";

/** A quotation's opening mark; an apostrophe before a capitalised word that no mark closes opens a transliterated name ("‘Ali Example"). */
const QUOTED = /^["“«]|^['‘](?!\p{Lu}\p{Ll}[^'’]*$)/u;

const words = (text: string): string[] => text.trim().split(/\s+/).filter((w) => w !== '');
/** A word folded and stripped of the commas and full stops around it. */
const bare = (word: string): string => fold(word).replace(/^[("'“‘]+|[)"'”’,.;:]+$/g, '');

/**
 * Why `name` cannot be an official's name, or undefined when it can. `office` says the name stands
 * for an office or an institution (no person was named), which may then be an institution's name.
 */
export function nameProblem(name: string, office: boolean): NameProblem | undefined {
  const text = name.trim();
  const list = words(text);
  if (list.length === 0) return undefined;
  if (/[()[\]{}:;|<>]/.test(text) || QUOTED.test(text)) return 'a label or a remark in brackets';
  // "Örnekköy 2 No’lu F Tipi Hapishanesi" (Prison No. 2): Turkish numbers its prisons in their names,
  // as other pages do ("Penal Colony No. 5", "Director of … Region No. 1 Prison", "District 9 Court").
  if (/@/.test(text) || (/\d/.test(text) && !(office && (isTurkishInstitution(text) || isNumberedInstitution(fold(text))))) || CARE_OF_START.test(text)) return 'an address line';
  // "Việt Nam", "Egypt": a flattened address's last words, never whom to write to.
  if (list.length <= 6 && countryCode(text.replace(/[.,]$/, '')) !== undefined) return 'a country';
  const folded = list.map(bare);
  const first = folded[0] ?? '';
  const last = folded.at(-1) ?? '';
  if (folded.some((w) => OWN_GROUP.test(w))) return "the page's own group or section";
  const building = (w: string) => BUILDING.test(w) || (office && BUILDING_OR_SURNAME.test(w));
  if ((building(first) && !CHAMBER.test(fold(text))) || building(last)) return 'a building';
  if (folded.some((w) => LABEL_WORD.test(w))) return 'a label or a remark in brackets';
  // A sentence ends in a full stop after a word, not after an abbreviation ("Jr.", "Esq."), in any
  // case; a sentence's last words ("… Liberi e Uguali.") are no name either.
  if (list.length >= 3 && (/[!?]$/.test(text) || /\p{L}{4,}\.$/u.test(text))) return 'a sentence, not a name';
  // An office may open with an article ("The Office of the Supreme Leader", "Der Generalstaatsanwalt").
  // An online action's form writes to "Your Governor" ("Votre député", "Tu alcalde"): the office it
  // fills in for each signer, the possessive and an office word after it, nothing else.
  if (SENTENCE_START.test(first) && !(office && (/^(?:the|der|die|das)$/.test(first) || signersOffice(first, list)))) return 'a sentence, not a name';
  // "Koning Voorbeeld Zijne Excellentie de …": a courtesy title inside the name opens a second person's,
  // as two address blocks printed side by side leave them on one line. Never one official of the two.
  if (COURTESY_INSIDE.test(folded.slice(1).join(' '))) return "two people's names run together";
  // "Alejandro Ejemplo y Ministro Eva Prueba": a join word, then an office, opens a second official's name.
  if (folded.some((w, i) => i > 0 && JOIN_WORD.test(w) && isRoleLike(list[i + 1] ?? '') && /^\p{Lu}/u.test(list[i + 2] ?? ''))) return "two people's names run together";
  // "attraverso il SITO del Governatore": a name or an office opens with a capital, or with a particle.
  // "russischer Generalstaatsanwalt": a German office may open with its country's adjective, in lower case.
  if (/^\p{Ll}/u.test(list[0] ?? '') && !NAME_PARTICLE.test(first) && !(office && opensWithCountryAdjective(text))) return 'a sentence, not a name';
  // Japanese and Chinese write an office as one run with no spaces ("大統領府報道官"): one "word" is no sign there.
  if (office && list.length === 1 && !CJK.test(text) && !isRoleLike(text.replace(/s$/, ''))) return 'an institution word alone';
  if (office && list.length === 1 && /^(?:office|ministry|embassy|department|bureau|cabinet|oficina|ministerio|embajada|ambassade|ministere|botschaft|ministerium|presidency|government)$/.test(first)) return 'an institution word alone';
  return undefined;
}

/** "your", "votre", "tu", "ihre": the possessive before the office a form fills in for each signer. */
const SIGNERS = /^(?:your|votre|vos|tu|tus|su|sus|ihre?|dein|uw|je)$/;

/** "Your Governor", "Your State Senator", "Votre député": the possessive, then up to three words that make an office. */
function signersOffice(first: string, list: readonly string[]): boolean {
  return SIGNERS.test(first) && list.length >= 2 && list.length <= 4 && isRoleLike(list.slice(1).join(' '));
}

/** The office an online action's form fills in for each signer ("Your State Senator"): no person's name ends it. */
export function isSignersOffice(text: string): boolean {
  const list = words(text);
  return signersOffice(bare(list[0] ?? ''), list);
}

/** A person's name and the office or courtesy words printed after it, parted. */
export interface NameParts {
  name: string;
  /** "Representative at Peace Talks", "Fiscal General". */
  office?: string | undefined;
  /** "Honorable". */
  courtesy?: string | undefined;
  /** "Labour" of "Jane Example Labour Minister": the name's last word, which may be the office's first. */
  maybeOffice?: string | undefined;
}

/**
 * "Jane Doe Honorable" → Jane Doe + courtesy "Honorable"; "Juan Pérez Fiscal General" → Juan Pérez +
 * office "Fiscal General"; "Hans Muster Generalstaatsanwalt" → Hans Muster + "Generalstaatsanwalt".
 * The office is the run from its first office word to the end, when every word of it is an office
 * word, or follows a joining word ("of", "at", "de"): "Sheikh Attar" ends in a surname, not an office.
 * `surname`, the word the letter greets the person by ("Dear Mr. Doe"), ends the name when an office
 * follows: the capitalised words between them qualify the office ("Doe Ansarullah Representative").
 * Returns undefined when nothing is parted.
 */
export function splitTrailingOffice(name: string, surname?: string): NameParts | undefined {
  const list = words(name);
  if (list.length < 3) return undefined;
  for (let i = 2; i < list.length; i++) {
    const tail = list.slice(i);
    const head = list.slice(0, i).join(' ');
    if (!isPersonName(head)) continue;
    if (tail.every((w) => COURTESY_AFTER.test(fold(w)))) return { name: head, courtesy: tail.join(' ') };
    if (!isOfficeRun(tail)) continue;
    const at = surname === undefined ? -1 : list.slice(0, i).findIndex((w) => bare(w) === fold(surname));
    if (at >= 1 && at < i - 1 && isPersonName(list.slice(0, at + 1).join(' '))) {
      return { name: list.slice(0, at + 1).join(' '), office: list.slice(at + 1).join(' ') };
    }
    // "Jane Example Labour Minister": three words and an office word alone; no greeting tells
    // whether the third is a surname or the office's field.
    const maybeOffice = tail.length === 1 && i >= 3 && at < 0 ? list[i - 1] : undefined;
    return { name: head, office: tail.join(' '), ...(maybeOffice === undefined ? {} : { maybeOffice }) };
  }
  return undefined;
}

/**
 * "Minister of Justice", "Fiscal General", "Generalstaatsanwalt", "Prime Minister", "Adalet Bakanı",
 * "Министр здравоохранения": all office. It opens with an office word or an office the lists know
 * in full (office-words.ts); what follows is office words, anything after a joining word, or words
 * in lower case of a script other than Latin (no part of a name). A Turkish possessive office alone
 * ("Bakanı") is no sure office: the field printed before it may be a name's last word.
 */
function isOfficeRun(run: readonly string[]): boolean {
  const [lead] = run;
  if (lead === undefined) return false;
  const known = officeLengthAt(run, 0);
  // "Jean Dupont ministre de la Justice": French and Spanish write the office in lower case.
  if (known === 0 && !isRoleLike(lead.replace(/[,;]$/, ''))) return false;
  if (known <= 1 && needsField(lead)) return false;
  let joined = false;
  for (const w of run.slice(Math.max(known, 1))) {
    const f = bare(w);
    if (OFFICE_JOIN.test(f)) joined = true;
    else if (!joined && !isRoleLike(w.replace(/[,;]$/, '')) && !LOWER_NOT_LATIN.test(w)) return false;
  }
  return !OFFICE_JOIN.test(bare(run.at(-1) ?? ''));
}

/** "здравоохранения": a word in lower case, in a script other than Latin. */
const LOWER_NOT_LATIN = /^(?!.*\p{Script=Latin})\p{Ll}/u;

/**
 * "Ayşe Örnek Sağlık Bakanı", "Jan Kowalski Minister Zdrowia": a person's name, then words that
 * may be an office the lists do not know in full ("Sağlık" may be a surname, "Zdrowia" the
 * office's field), and no sure cut between them. The name is kept as printed; the words that may
 * be the office are returned, for a TODO. A courtesy title ("Ali Reza Sheikh Attar") is no office.
 */
export function unsureOfficeOnName(name: string): string | undefined {
  const list = words(name);
  if (list.length < 3 || list.length > 9) return undefined;
  for (let i = 2; i < list.length; i++) {
    const w = list[i] ?? '';
    if (officeLengthAt(list, i) === 0 && !isRoleLike(w.replace(/[,;]$/, ''))) continue;
    // "Sağlık Bakanı": the field before a possessive office is the office's, if it is an office.
    const from = needsField(w) ? i - 1 : i;
    const tail = list.slice(from).join(' ');
    if (from < 2 || splitHonorific(tail).honorific !== undefined || !isPersonName(list.slice(0, from).join(' '))) return undefined;
    return tail;
  }
  return undefined;
}

/** The word a greeting calls a person by: "Dear Mr. Doe" → "Doe", "Sehr geehrter Herr Muster" → "Muster". */
export function greetedSurname(greeting: string): string | undefined {
  const m = /\b(?:Mr|Mrs|Ms|Miss|Dr|Herr|Herrn|Frau|M|Mme|Sr|Sra|Señor|Señora|Monsieur|Madame)\.?\s+(\p{Lu}[\p{L}'’-]+)\s*[,:!]?\s*$/u.exec(greeting.trim());
  return m?.[1];
}

/** What a run-together name line holds besides the name: an office before it, a place after it. */
export interface NameLine {
  name: string;
  /** "Président": an office printed before the name. */
  office?: string | undefined;
  /** "Jane", "Mr.": a courtesy title before the name. */
  courtesy?: string | undefined;
  /** "Palais Al Ittihadia Le Caire, Égypte": a building or street (and what follows it) after the name. */
  place?: string | undefined;
  /** ", Ethiopia", "Union Home": what follows a comma after the name. */
  after?: string | undefined;
}

/**
 * "Président Jane Doe Palais Exemple Capitale, Ruritanie" (a page run onto one line): the name is
 * cut where a comma, a building word or a street word follows it, and an office or courtesy title
 * before it is parted — only when what is left is a person's name. Undefined when nothing is cut.
 */
export function salvageName(text: string): NameLine | undefined {
  if (isPersonName(text) || text.length > 200) return undefined;
  const comma = text.indexOf(',');
  let head = comma > 0 ? text.slice(0, comma).trim() : text.trim();
  const after = comma > 0 ? text.slice(comma + 1).trim() : undefined;
  const list = words(head);
  // "… Region No. 1 Prison": "No." there numbers an institution of the office's name, not a house.
  const numbered = isNumberedInstitution(fold(head));
  const at = list.findIndex((w, i) => i >= 2 && (BUILDING.test(bare(w)) || (opensAddress(w) && !numbered)));
  const place = at > 0 ? [list.slice(at).join(' '), after].filter((p) => p !== undefined && p !== '').join(', ') : undefined;
  if (at > 0) head = list.slice(0, at).join(' ');
  const { honorific, rest } = splitHonorific(head);
  const leading = isPersonName(rest) ? undefined : (splitLeadingRole(rest) ?? acronymOffice(rest));
  // "Head of Government Mr.Jane Example": the courtesy title after the office (glued to the name or
  // not) is the person's, never the first word of the name.
  const inner = leading ? splitHonorific(leading.name) : undefined;
  const name = inner?.rest ?? rest;
  if (!isPersonName(name) || name === text.trim()) return undefined;
  const left = [leading && 'after' in leading ? leading.after : undefined, at > 0 ? undefined : after].filter((p) => p !== undefined && p !== '').join(', ');
  return { name, office: leading?.title, courtesy: honorific ?? inner?.honorific, place, after: left === '' ? undefined : left };
}

/**
 * "Prime Minister Jane Doe FDRE Prime Minister Capital City": an office, the name, then a second
 * office opened by an acronym in capitals ("FDRE", "UN", "PNP"). The name ends at the acronym.
 */
function acronymOffice(text: string): { title: string; name: string; after: string } | undefined {
  const list = words(text);
  for (let k = 1; k <= Math.min(4, list.length - 3); k++) {
    const title = list.slice(0, k).join(' ');
    if (!isRoleLike(title) || !list.slice(0, k).every((w) => /^\p{Lu}/u.test(w))) continue;
    const rest = list.slice(k);
    const j = rest.findIndex((w, i) => i >= 2 && /^\p{Lu}{2,6}$/u.test(w) && isRoleLike(rest.slice(i + 1, i + 4).join(' ')));
    if (j > 0 && isPersonName(rest.slice(0, j).join(' '))) return { title, name: rest.slice(0, j).join(' '), after: rest.slice(j).join(' ') };
  }
  return undefined;
}

/**
 * "Amit Example Shah Union Home" / title "Minister of Ruritania", greeted "Dear Union Home Minister":
 * the office wrapped or cut before its last words, its first words left on the name. The name's
 * last words move to the title when, with the title's first word, they are the office the letter
 * greets. Returns the name and title, or undefined.
 */
export function officeWordsOnName(name: string, title: string, greetings: readonly string[]): { name: string; title: string } | undefined {
  const list = words(name);
  const lead = words(title)[0];
  if (lead === undefined || list.length < 3) return undefined;
  // "Dear Mr. Jane Example, Ambassador …": a comma ends the name, the words before it are none of the office.
  const greeted = greetings.flatMap((g) => g.split(/[,;:]/u)).map((g) => ` ${words(g).map(bare).join(' ')} `);
  for (let k = Math.min(3, list.length - 2); k >= 1; k--) {
    const tail = list.slice(-k);
    const run = ` ${[...tail, lead].map(bare).join(' ')} `;
    const head = list.slice(0, -k).join(' ');
    if (greeted.some((g) => g.includes(run)) && isPersonName(head)) return { name: head, title: `${tail.join(' ')} ${title}` };
  }
  return undefined;
}

/**
 * Small words an address writes in lower case ("rue de la", "entre … y", "of the", "bei", "presso
 * l'Unione"), and an article elided onto the next word ("dell'Iran", "l'Unione", "d'Egitto").
 */
const ADDRESS_SMALL = /^(?:a|al|de|del|la|las|los|el|y|e|of|the|and|du|des|d|le|les|et|von|der|und|i|da|do|dos|das|di|della|dello|delle|degli|dei|presso|rue|avenue|av|calle|carrera|entre|esquina|piso|bis|zu|am|an|im|c\/o|bp|s\/n|no|nr|n|ex|ul|per|pr|str|d|(?:l|d|dell|dall|all|nell|sull)'\p{L}+)$/u;

/**
 * "Background Jane Doe is a student who …", "The authorities can also be reached on social media.
 * Prime Minister – …": running text run onto an official's address when a page lost its line
 * breaks. Five words in lower case or more, outnumbering the capitalised ones, are a sentence: no
 * address line is written so.
 */
export function isRunningText(line: string): boolean {
  if (line.length < 40) return false;
  const list = words(line);
  const lower = list.filter((w) => /^\p{Ll}/u.test(w) && !ADDRESS_SMALL.test(bare(w))).length;
  const upper = list.filter((w) => /^\p{Lu}/u.test(w)).length;
  return lower >= 5 && lower > upper;
}

/**
 * "[c/o] Office of the Head of the Judiciary, Pasteur St.", "Calle Mayor, 12 Av.": an address line
 * that ends in a street's abbreviation ends in its stop, as a sentence does. With no word in lower
 * case but an address's small words (one at most: "south of", "corner"), it is the address line,
 * never a sentence of the page.
 */
const STREET_ABBREVIATION_END = /(?:(?:^|[\s,])(?:St|Ave|Av|Avda|Rd|Blvd|Str|Sq|Pl|Hwy|Ctra|Pza|Jl|Ul)|\p{Ll}str)\.$/u;
export function endsInStreetAbbreviation(line: string): boolean {
  if (!STREET_ABBREVIATION_END.test(line)) return false;
  return words(line).filter((w) => /^\p{Ll}/u.test(w) && !ADDRESS_SMALL.test(bare(w))).length <= 1;
}
