// Lines that stand inside an official's block but are none of its fields: a postage note under the
// address ("Standardbrief Luftpost bis 20 g: 1,10 €"), a remark in brackets ("(Betreffzeile: …)"),
// the one-word headings of a letter template ("INHALT", "Encabezado"), a heading or a sentence of
// the page ("Here's why it matters", "The authorities can also be reached on social media.").
// Printed on an envelope, each would send the letter nowhere, so each is left out and reported.
// The tests are on the shape of such lines, in any language the importer reads, not on one page's
// words: a name, an office or an address line has no verb, no pronoun and few words in lower case.
import { isClosing } from './closing.js';
import { fold } from './fold.js';
import { hasInstructionWord, isPersonName, splitHonorific } from './official-words.js';

export type BlockFurniture = 'a note marked ※' | 'a postage note' | 'a note of the way to send it' | 'a price' | 'a page counter' | 'a remark in brackets' | 'a button of the page' | "a letter template's heading" | "a letter's closing" | 'a heading of the page' | 'a sentence of the page';

/**
 * Notes that annotate the official they stand in (under his address, at a page break in his block),
 * and the buttons a web page puts beside his address ("Download PDF", "Print", "Share"): they end nothing.
 */
export const ANNOTATIONS: ReadonlySet<string> = new Set<BlockFurniture>(['a postage note', 'a note of the way to send it', 'a price', 'a page counter', 'a remark in brackets', 'a button of the page']);

const WRITERS_BLANK = /^[\p{L} /.]{0,30}:?\s*(?:_{3,}|\.{5,}|…{2,})[\s_.…]*$/u;

/** Why a line inside an official's block is no field of it; undefined when it may be one. */
export function blockFurnitureKind(line: string): BlockFurniture | undefined {
  const text = line.trim();
  if (text.length === 0 || text.length > 400) return undefined;
  // "※ 手紙は…", "※ Les lettres doivent …": the reference mark opens the page's own notes (to the
  // writer, in Japanese and in pages copied from them), never an official's field; the lines under
  // them (the campaign's "Contact : …") are the page's, not the block's above.
  if (text.startsWith('※')) return 'a note marked ※';
  if (isPostageNote(text)) return 'a postage note';
  // Turkish letter pages list the ways a letter goes, "… aracılığıyla" ("by way of …"); one with no
  // value after a colon ("Türkiye Washington Büyükelçiliği aracılığıyla") names a route, no address line.
  if (text.endsWith('aracılığıyla')) return 'a note of the way to send it';
  if (PRICE.test(fold(text))) return 'a price';
  if (PAGE_COUNTER.test(fold(text))) return 'a page counter';
  if (/^\([^()]*\)$|^\[[^[\]]*\]$/.test(text)) return 'a remark in brackets';
  // "Datum: ______", "Unterschrift: ........": a blank the writer fills in.
  if (TEMPLATE_HEADING.test(fold(text)) || WRITERS_BLANK.test(text)) return "a letter template's heading";
  // "Solidarische Grüße" above the officials: the page's own letter ends there, and its signer follows.
  if (isClosing(fold(text))) return "a letter's closing";
  if (WEB_PAGE_BUTTON.test(fold(text)) || DOCUMENT_SITE.test(fold(text))) return 'a button of the page';
  if (WEB_PAGE_FURNITURE.test(fold(text))) return 'a heading of the page';
  const words = lowerWords(text);
  if ((HEADING_OPENER.test(fold(text)) && words.length >= 2) || isInstructionHeading(text)) return 'a heading of the page';
  if (isSentence(text, words) || isListOfNames(text)) return 'a sentence of the page';
  return undefined;
}

/**
 * "Jane Doe, John Roe and Mary Major": the people at risk, named together as a page's caption or
 * heading prints them — two names or more, joined by commas and "and" — never an address line.
 */
function isListOfNames(text: string): boolean {
  // The "and" is what tells it from a town and its region ("Example Barracks, Example City").
  if (!/\s(?:and|und|et|y|e|och|en|i)\s/.test(text) || text.length > 160) return false;
  const names = text.split(/\s*,\s*|\s+(?:and|und|et|y|e|och|en|i)\s+/).filter((n) => n !== '');
  // "Frau Anna Muster und Herrn Max Beispiel": each with a courtesy title, as an envelope names its addressees.
  if (names.every((n) => splitHonorific(n).honorific !== undefined)) return false;
  return names.length >= 2 && names.every((n) => isPersonName(n));
}

/**
 * Words that only a postage or printing note holds, in en/fr/de/es/sv/no/da/nl/pl/it ("Luftpost",
 * "airmail", "par avion", "Frankering", "postzegel", "opłata pocztowa", "affrancatura"). German and
 * the Nordic languages write them in compounds ("Luftpostbrief", "Auslandsporto", "frimärket"):
 * the word's start is enough.
 */
const POSTAGE_ONLY = /\b(?:(?:luftpost|standardbrief|kompaktbrief|auslandsporto|briefporto|briefmarke|frankierung|frankering|frankeren|frimarke|frimerke|frimærke|postzegel|luchtpost|flygpost|affranchissement|affrancatura|francoboll|franqueo|frankowanie|znacz\p{L}* pocztow|op[lł]at\p{L}* pocztow)\p{L}*|airmail|air mail|par avion|por avion|posta aerea|posta prioritaria|correo aereo|postage|franking|tarifs? postaux|tarif postal|tarifa postal|tariffa postale|portokosten|portotarie\p{L}*)/u;
/** Words a postage note shares with names and places ("Porto", "Tarifa", "Stamp", "Timbre"): a postage note only with a weight or a price, or as a label alone ("Porto:"). */
const POSTAGE_WORD = /\b(?:porto|port|tarif|tarifa|tariffa|timbre|stamps?|sello|sellos|gro(?:ss|ß)brief|maxibrief)\b/u;
const WEIGHT = /\b\d+\s?g\b/;
const POSTAGE_LABEL = /^\(?(?:porto|port|tarif|tarifa|tariffa|timbre|stamps?|sello|sellos)\s*:\s*\)?$/;

/** "Aucun timbre requis", "No postage required": mail to a parliament that needs no stamp. */
const NO_STAMP = /^(?:aucun timbre (?:requis|necessaire)|sans timbre|(?:no )?(?:postage|stamps?) (?:is )?(?:not )?(?:required|needed)|port paye|franchise postale)\.?$/;

export function isPostageNote(text: string): boolean {
  const f = fold(text);
  return NO_STAMP.test(f.trim()) || POSTAGE_ONLY.test(f) || (POSTAGE_WORD.test(f) && (WEIGHT.test(f) || PRICE.test(f))) || POSTAGE_LABEL.test(f) || isPostageClass(f);
}

/**
 * The class of post a section asks for, printed under the address ("A-Post", "B-Post", "Priority",
 * "Prioritaire", "Economy", "A-Post / Priority", "Priority Mail"). Alone these words name no person
 * and no place, but "Economy" or "Post" sit in offices and streets ("Ministry of Economy", "Post
 * Road"): the line must be made only of such words, and one of them must name a class.
 */
const POSTAGE_CLASS = new Set(['a-post', 'b-post', 'a-priority', 'a-prioritaire', 'b-economy', 'b-economique', 'priority', 'prioritaire', 'priorite', 'prioritario', 'prioritaria', 'prioritar', 'prioritat', 'prioritaer', 'economy', 'economique', 'economico', 'economica', 'ekonomi']);
/** Words that go with a class on such a line ("Priority Mail", "Lettre prioritaire", "Par avion / Prioritaire"). */
const POSTAGE_CLASS_COMPANION = new Set(['mail', 'post', 'poste', 'letter', 'lettre', 'brief', 'courrier', 'correo', 'posta', 'international', 'internationale', 'internacional', 'par', 'avion', 'airmail', 'luftpost', 'a', 'b', 'or', 'ou', 'oder', 'o']);

function isPostageClass(folded: string): boolean {
  if (folded.length > 60) return false;
  const words = folded.split(/[\s/|,;:()–—]+/).filter((w) => w !== '' && w !== '-');
  return words.some((w) => POSTAGE_CLASS.has(w)) && words.every((w) => POSTAGE_CLASS.has(w) || POSTAGE_CLASS_COMPANION.has(w));
}

/**
 * A price: a currency's sign or code beside a number ("1,80 €", "£2.20", "30 kr", "CHF 2.30",
 * "11 zł", "NOK 20"). No name, office or address line holds one; an index ("EUR 49/4191/2021")
 * is a code before a number and a slash, no price.
 */
const CURRENCY = String.raw`(?:€|£|\$|zł|zl|eur|euros?|usd|gbp|chf|sfr|fr|sek|nok|dkk|pln|kr)`;
const PRICE = new RegExp(String.raw`(?:^|[^\p{L}\d])(?:\d+(?:[.,]\d{1,2})?\s?${CURRENCY}(?![\p{L}\d])|${CURRENCY}\.?\s?\d+(?:[.,]\d{1,2})?(?![\d/]))`, 'u');

/**
 * "Page 2 of 3", "Seite 2 von 3", "Sida 1 av 2", "Strona 2 z 3", "Pagina 2 di 3", "Page 1/2": a page's
 * counter. An older Urgent Action counts its pages by its own reference ("Page 2 of EXTRA 19/92",
 * "Page 3 of UA 123/93", "Seite 2 von UA-Nr. 45/94").
 */
const PAGE_COUNTER = /^(?:page|seite|pagina|sida|side|strona|blad|pag\.)\s*\d{1,3}\s*(?:(?:of|von|de|di|av|af|z|van|sur|\/)\s*(?:\d{1,3}|(?:ua|eua|extra|fu|urgent action)(?:[\s-]?(?:nr|no)\.?)?\s*\d{1,4}\/\d{2,4}))?$/;

/**
 * The headings of a letter template in en/es/fr/de/sv/pt, alone on a line ("INHALT", "Betreff:",
 * "Encabezado", "Objet :", "Asunto"): where the writer puts the subject or the text, not a line of
 * the addressee's.
 */
const TEMPLATE_HEADING = /^(?:kontakt(?:daten)?|anschriften|adressen|direcciones|contactos?|coordonnees|enderecos|contatos|adresser|inhalt|betreff(?:zeile)?|anliegen|briefinhalt|brieftext|text|encabezado|encabezamiento|asunto|cuerpo(?: de la carta)?|contenido|objet|contenu|corps(?: de la lettre)?|texte|subject(?: line)?|content|body|heading|re|amne|arende|innehall|assunto|conteudo|corpo)\s*:?$/;

/**
 * The buttons that act on the page itself, alone on a line ("Download PDF", "Print", "Share",
 * "Herunterladen", "Télécharger"): a web page prints them beside an official's address, and the
 * address goes on under them, so they end no block.
 */
/** A document site's own lines about the file: "Download 9.55 Kb.", "Size9.55 Kb.", "Date conversion29.04.2016". */
const DOCUMENT_SITE = /^(?:download\s*\d[\d.,]*\s?[kmg]b\.?|size\s*\d[\d.,]*\s?[kmg]b\.?|date conversion\s*[\d./-]+|file size:?\s*\d.*|pages?:?\s*\d{1,4})$/;
const WEB_PAGE_BUTTON = /^(?:share(?: this(?: page| action)?| on \p{L}+)?|teilen|compartir|partager|condividi|udostepnij|dela|print(?: this page| this)?|drucken|seite drucken|imprimir|imprimer|stampa|drukuj|skriv ut|(?:download|descargar|telecharger|scarica|pobierz|last ned|ladda ner|downloaden|herunterladen)(?: (?:the|el|le|la|il))?(?: pdf| page| pagina| letter| brief| carta| lettre)?|(?:hent|hamta) pdf|(?:pdf|brief|musterbrief|briefvorlage) (?:herunterladen|downloaden|download)|pdf (?:telecharger|descargar)|copy link|link kopieren|copier le lien|copiar enlace)\s*:?$/u;

/** The page's navigation and petition tabs copied with it ("Donate", "Jetzt spenden", "Back to top", "Menu", "Sign the Petition", "Our Petition"), alone on a line. */
const WEB_PAGE_FURNITURE = /^(?:donate(?: now)?|(?:sign|our|the) (?:the |our )?petition|sign now|(?:jetzt )?unterschreiben|firma(?: la peticion| ahora)?|signez(?: la petition)?|(?:jetzt )?spenden|faire un don|haz un donativo|newsletter|menu|menue|home|inicio|accueil|startseite|back to top|nach oben|volver arriba|retour en haut|follow us(?: on \p{L}+)?|folgen sie uns(?: auf \p{L}+)?|siguenos(?: en \p{L}+)?|suivez-nous(?: sur \p{L}+)?)\s*:?$/u;

/**
 * A heading of the web page or a call to act ("Here's why it is so important", "Why it matters",
 * "Pourquoi c'est important", "Warum das wichtig ist"): it opens with a question or pointing word.
 * Two words in lower case after it keep a name ("How Sokha") out.
 */
const HEADING_OPENER = /^(?:here'?s|here is|here are|why|how|what|find out|learn more|read more|more info(?:rmation)?|share this|sign the|join us|take part|por que|como|que|aqui|mas informacion|lee mas|comparte|pourquoi|comment|voici|en savoir plus|lire la suite|partagez|warum|wie|hier|mehr erfahren|weiterlesen|jetzt)\b/;

/** The prepositions a heading that announces the officials ends with ("… TO", "… A", "… AN", "… AUX", "… TILL"). */
const ENDS_WITH_TO = /\s(?:to|a|al|an|au|aux|till|para|ate|naar|aan)\s*:?$/;
/** "AND ALSO TO", "Y TAMBIÉN A", "ET AUSSI À", "UND AN": a heading for the next officials, no words of its own. */
const AND_ALSO = /^(?:and|y|e|et|und|och|also|as well)\b/;

/**
 * A short line announcing whom to write to, whatever its words ("APPEAL TO", "ESCRÍBANLE A",
 * "Appeals should be sent to", "SCHICKEN SIE KOPIEN AN", "EMAIL THE MINISTER", "AND ALSO TO"):
 * a word of writing and a closing preposition, or in capitals, or a conjunction then a preposition.
 * A name ending in "An" ("NGUYEN VAN AN") has no word of writing.
 */
export function isInstructionHeading(text: string): boolean {
  // A colon inside the line makes it a label and its value ("Email: … Copies to: …"), not a heading.
  if (text.length > 100 || /[\d@]|:\s*\S/.test(text) || text.split(/\s+/).length > 10) return false;
  const f = fold(text).trim();
  const instruction = hasInstructionWord(text);
  const toEnd = ENDS_WITH_TO.test(` ${f}`);
  return (instruction && (toEnd || !/\p{Ll}/u.test(text) || startsWithInstruction(f))) || (toEnd && AND_ALSO.test(f));
}

/** "SCHICKEN SIE KOPIEN AN", "ENVÍEN COPIAS A", "Please send copies to": a heading whose officials get a copy. */
export function isCopiesAnnouncement(text: string): boolean {
  return /\b(?:cc|cop(?:y|ies|ia|ias|ie)|kopi(?:e|en|a|or))\b/.test(fold(text)) && (isInstructionHeading(text) || isSpeltOutAnnouncement(text));
}

/**
 * "Please also send copies of your appeal letters via the Embassy in London:": a writers' group
 * spells the instruction out, longer than a heading, yet it opens with the imperative and ends at
 * its colon, over the block it announces.
 */
function isSpeltOutAnnouncement(text: string): boolean {
  return text.length <= 160 && /:\s*$/.test(text) && !/[\d@]|:\s*\S/.test(text) && text.split(/\s+/).length <= 20 && startsWithInstruction(fold(text).trim());
}

/** A courtesy, time or joining word before the imperative ("Please write…", "Bitte schicken…", "Now send…", "Also send copies", "Please also send…", "Y también envíe…"). */
const LEAD = /^(?:(?:and|y|et|und|e)\s+)?(?:also\s+|tambien\s+|aussi\s+|auch\s+)?(?:please|bitte|now|ahora|maintenant|jetzt|por favor,?|merci d')?\s*(?:also\s+)?/;
/** "You can also send copies to …:": a modal before the imperative, in a line that ends at its colon (a sentence with it is running text). */
const MODAL_LEAD = /^(?:you can|you may|you could|puedes|puede|pueden|vous pouvez|tu peux|sie konnen|ihr konnt|voce pode)\s+(?=.*:\s*$)/;

/** "Et si vous le pouvez, envoyez-la aussi en copie à :", "If you can, also send …": a condition, then the imperative. */
const CONDITION_LEAD = /^(?:(?:and|et|und|y|e)\s+)?(?:si vous (?:le )?pouvez|si possible|if (?:you can|possible)|wenn (?:moglich|sie konnen)|si (?:puede|puedes|es posible)|se possibile|se puder)\s*,\s*/;

/** The line opens with a word of writing ("Email the minister", "Now appeal", "Copies to the embassy"). */
const startsWithInstruction = (folded: string): boolean => hasInstructionWord(folded.replace(CONDITION_LEAD, '').replace(MODAL_LEAD, '').replace(LEAD, '').split(/\s+/, 1)[0] ?? '');

/** Words of a sentence that no name, office or address holds: verbs that join, pronouns, question words. */
const SENTENCE_WORD = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'can', 'could', 'will', 'would', 'should', 'must', 'may', 'it', 'we', 'you', 'your', 'our', 'they', 'them', 'their', 'this', 'that', 'these', 'those', 'why', 'how', 'what', 'also', 'please', 'has', 'have', 'had', 'not',
  'es', 'son', 'esta', 'estan', 'fue', 'que', 'se', 'puede', 'pueden', 'debe', 'deben', 'hay', 'usted', 'ustedes', 'nosotros', 'tambien', 'muy', 'porque',
  'est', 'sont', 'qui', 'peut', 'peuvent', 'doit', 'vous', 'nous', 'ils', 'elle', 'elles', 'aussi', 'pourquoi', 'tres', 'ne', 'pas',
  'ist', 'sind', 'war', 'kann', 'konnen', 'muss', 'mussen', 'wird', 'werden', 'wir', 'sie', 'ihr', 'auch', 'bitte', 'nicht', 'warum', 'dass',
  'ar', 'kan', 'ska', 'vi', 'ni', 'inte', 'ocksa', 'att', 'som',
]);

/**
 * Small words that offices and addresses do hold in lower case ("Office of the President",
 * "Ministre de la justice", "Calle de los Mártires"): not counted as a sentence's words.
 */
const JOINING = /^(?:of|the|and|for|to|in|at|on|by|a|an|de|del|la|las|los|el|y|e|en|al|le|les|du|des|et|au|aux|der|die|das|den|dem|und|fur|von|zu|zum|zur|im|am|da|do|dos|och|i|pa|c\/o|s\/n)$/;

/** The words in lower case that are no joining word, folded. */
function lowerWords(text: string): string[] {
  return text
    .split(/[\s,;:()]+/)
    .filter((w) => /^\p{Ll}[\p{L}'’.-]*$/u.test(w))
    .map((w) => fold(w).replace(/[.'’-]+$/, ''))
    .filter((w) => w.length >= 2 && !JOINING.test(w));
}

/**
 * A sentence of the page, not a line of an address: six words or more in lower case, or three with
 * a verb or pronoun no address holds among them, and no digit (house numbers, postcodes) unless
 * it ends as a sentence does. An office written in lower case ("Ministre de la justice, garde des
 * sceaux") has neither.
 */
function isSentence(text: string, words: readonly string[]): boolean {
  if (words.length < 3) return false;
  const verb = words.some((w) => SENTENCE_WORD.has(w));
  // "The embassy is closed until 3 May 2024.": with a number, only a whole sentence — its full
  // stop and a verb among its words in lower case — is one; an address may hold a number and words.
  if (/\d/.test(text)) return verb && /[.!?]$/.test(text);
  return words.length >= LOWER_WORDS_OF_PROSE || verb;
}

/** An office in lower case has four such words at most ("ministre de l'intérieur, de la sécurité publique et des cultes"). */
const LOWER_WORDS_OF_PROSE = 6;
