// News items, church and NGO posts give the appeal address inside a sentence, not as a block: "The
// letter can be sent to the following address: Sayın Bakan Ayşe Örnek, TC Örnek Bakanlığı, 06580
// Çankaya, Ankara, Turkey.", "Die Appelladresse lautet: Staatspräsident Max Beispiel via Botschaft
// der Republik Beispiel, Musterweg 10, 3006 Bern." Such a line is cut into the sentence up to its
// colon, one line per part of the address, and the rest of the text, so that the block reader reads
// the address as it reads one printed a line a part. Only after a word that announces an address
// ("address:", "Adresse lautet:", "l'adresse suivante :", "dirección:") with a sentence's words
// before it (a line that opens with "Address:" is a label, read elsewhere), and only when the first
// part opens an official and the others look like an address (a street and its number, a postcode
// and its town, a country). Anything else is left whole.
import { countryCode } from '../channels/countries.js';
import { CARE_OF } from './address-words.js';
import { parseContactLine } from './contact-line.js';
import { fold } from './fold.js';
import { opensOfficial } from './write-to-inline.js';
import { isPersonName, splitHonorific, splitLeadingRole } from './official-words.js';
import { hasOfficeWord } from './office-words.js';
import { splitCareOfRun } from './care-of-run.js';

/** The words that announce an address, then its colon (folded text). */
const ANNOUNCED = /\b(?:address(?:es)?(?: is| reads)?|(?:appell|post|brief)?adressen?(?: lautet| lauten| ist| suivante| postale)?|anschrift(?: lautet| ist)?|direcci[oó]n(?: postal| siguiente)?|indirizzo(?: postale| seguente)?|endere[cç]o(?: postal| seguinte)?|adres(?: is)?|adressen är)\s?:\s+(?=\S)/u;
/**
 * The sentence is about the letter: it names writing, sending or the appeal ("The letter can be
 * sent to", "Die Appelladresse", "Envoyez votre carte à l'adresse"). A family's or a prison's
 * address in the story is no place to write to.
 */
const ABOUT_THE_LETTER = /\b(?:writ|send|sent|mail|post|letter|appeal|petition|card|schreib|schick|sende|brief|appell|karte|ecri|envo|lettre|appel|carte|escrib|envi|carta|llamamiento|scriv|invia|lettera|appello|escrev|apelo|skriv|skicka|brev|vykort|yaz|gonder|mektup|pisz|listy?\b|napisz|schrijf|stuur|kaart)/u;
/**
 * Where readers report back, or the page's own address ("let us know at our address: …", "unsere
 * Adresse:"): the campaign's people and offices, never an official. Nor is the address for cards
 * of solidarity ("Messages of support can be sent to the following address: Mr … , Prison …"),
 * nor one the reader writes to as "him" or "her" ("you can write to him at this address: …", "send
 * her a card of hope"): the person the action is about, not one to appeal to.
 */
const NOT_AN_OFFICIAL = /\b(?:solidarit\w*|support|soutien|solidaridad|apoyo|sostegno|apoio|unterstutzung|encouragement|ermutigung|greetings|grusse|report|let us know|tell us|feedback|our|unsere[rn]?|notre|nos|nuestra|nuestro|nostro|nostra|nossa|nosso|vår|vart|onze|ons|sender|absender|expediteur|remitente|mittente|remetente|reply|replies|answers?|antwort|reponse|respuesta|risposta|resposta|your own|ihre eigene|votre propre|tu propia|own address|(?:to|send|write) (?:him|her|them)|ihm|ihnen|ecrivez-lui|lui ecrire|escribele|escribirle|enviale|scrivergli|scriverle|cheer|hope|hoffnung|espoir|esperanza|speranza|esperanca)\b/u;
/** A sentence's words before the colon: three at least ("Die Appelladresse lautet:"); "Postal address:" is a label. */
const MIN_HEAD_WORDS = 3;
/** A full stop that ends the sentence, not an abbreviation's ("Str.", "Av.", "S.E.", an initial). */
const SENTENCE_END = /(?<!(?:^|[\s.(])(?:\p{Lu}|St|Str|Nr|No|Av|Ave|Avda|Blvd|Rd|Dr|Mr|Mrs|Ms|Sr|Sra|Jr|Col|Tel|Exmo|Excmo|Sig|Dott))\.(?=\s+\p{Lu}|\s*$)/u;
/** A postcode and its town ("06580 Çankaya", "D-10179 Berlin", "75008 Paris"), or a town and its postcode. */
const POSTCODE_TOWN = /^(?:(?:\p{Lu}{1,2}-)?\d{4,6}\s+\p{Lu}|\p{Lu}[\p{L}'’ -]{1,40}\s+\d{4,6}$)/u;
/** A street and its number either way round, or a post box. */
const STREET_NUMBER = /^(?:\d{1,5}[a-z]?,?\s+\p{L}|(?:P\.?\s?O\.?\s?Box|B\.\s?P\.|Apartado|Casilla|Postfach|Caixa Postal)\s+\d)|\p{L}\.?\s\d{1,5}\s?[a-z]?(?:[-/]\d{1,4})?$/iu;
/** A care-of word inside the first part: the official before it, the institution after it. */
const CARE_OF_WORD = new RegExp(String.raw`\s(?=(?:via|${CARE_OF}|℅)\s*:?\s+\p{Lu})`, 'iu');
/** An address part: a few words, opening with a capital, a number or a care-of word. */
const PART = /^(?:[\p{Lu}\d℅]|(?:[Vv]ia|\[?[Cc]\/[Oo]\]?)\s)[^@]{0,80}$/u;

/**
 * "Bitte, appellieren Sie an Seine Exzellenz …", "Schreiben Sie an Frau …", "Écrivez à Monsieur …":
 * the request to write runs straight into the official, with no colon (folded text).
 */
const APPEAL_TO = /^(?:[^.:!?]{0,40}?\b)?(?:appellieren sie|schreiben sie|wenden sie sich|richten sie (?:ihren|ihre|einen) (?:appell|appelle|brief|briefe)|write|appeal|ecrivez|adressez (?:votre|vos) (?:lettre|lettres|appel|appels))(?: bitte| hoflich)? (?:an|to|a)\s+/u;
/** The verbs APPEAL_TO opens with, as printed (any case, "É" or "E"). */
const APPEAL_VERB = /appellieren|schreiben|wenden|richten|write|appeal|[ée]crivez|adressez/iu;
/** A contact field after the sentence ("Fax: 030 – 555"): the official's, printed under his address. */
const LABEL_FIRST = /^\p{L}[\p{L}. -]{0,20}:\s*\S/u;

/** The line cut into the sentence's head, the address's parts and what follows them, or undefined. */
export function splitSentenceAddress(line: string): string[] | undefined {
  if (line.length > 600) return undefined;
  const appeal = splitAppealTo(line) ?? splitCareOfSentence(line);
  if (appeal || !line.includes(':')) return appeal;
  const f = fold(line);
  // fold() keeps one character for one (accents dropped), so the offsets hold in the original line.
  if (f.length !== line.length) return undefined;
  const m = ANNOUNCED.exec(f);
  if (!m) return undefined;
  const head = line.slice(0, m.index + m[0].length).trim();
  const asked = fold(head).slice(-200);
  if (head.split(/\s+/).length < MIN_HEAD_WORDS || !ABOUT_THE_LETTER.test(asked) || NOT_AN_OFFICIAL.test(asked)) return undefined;
  const after = line.slice(m.index + m[0].length);
  const stop = SENTENCE_END.exec(after);
  const whole = stop ? after.slice(0, stop.index) : after;
  // "…, La Habana, Cuba o al email: despacho@example.org, demandándole …": the address ends where
  // the sentence offers the email instead; the email is the official's, the words after it text.
  const or = OR_EMAIL.exec(whole);
  const email = or ? EMAIL.exec(whole.slice(or.index + or[0].length)) : null;
  const tail = or && email ? whole.slice(0, or.index) : whole;
  const afterEmail = or && email ? whole.slice(or.index + or[0].length + email.index + email[0].length).replace(/^[\s,;]+/u, '').trim() : '';
  const rest = [afterEmail, stop ? after.slice(stop.index + 1).trim() : ''].filter((r) => r !== '').join(' ');
  const contact = email ? [`Email: ${email[0]}`] : [];
  // A street first ("Hidalgo Esq. 6, …") opens no official: he is named before the colon, if anywhere.
  const parts = STREET_NUMBER.test(tail.split(/\s*[,;]\s+/u)[0]?.trim() ?? '') ? undefined : addressParts(tail);
  // The text after the address ("Das Porto beträgt 1,20 Franken.") is kept, but above the sentence's
  // head: under the address its number would read as one more address line.
  if (parts) return [...(rest === '' ? [] : [rest]), head, ...parts, ...contact];
  const named = officialInHead(head, m[0].length, tail);
  return named ? [...(rest === '' ? [] : [rest]), ...named, ...contact] : undefined;
}

/** "o al email:", "o al correo electrónico", "or by email at", "ou par courriel :", "oder per E-Mail an" (any case). */
const OR_EMAIL = /\s(?:o|or|ou|oder|o bien)\s+(?:al|by|par|per|via|a través del?|at)?\s*(?:e-?mail|correo(?:\s+electr[oó]nico)?|courriel|mail)\s*(?:at|a|à|an|:)?\s*:?\s*(?=\S+@)/iu;
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[a-z]{2,}/iu;
/** The announcing words' article and order, before the word for address ("a la siguiente", "at the following", "à l'"). */
const TO_WORD = /(?:^|\s)(?:al|a|to|à|au|an|an den|an die|ao|alla)\s+/giu;

/**
 * "…deben dirigir cartas al gobernante cubano Miguel Díaz-Canel, a la dirección: Hidalgo Esq. 6, Plaza
 * de La Revolución, CP 10400, La Habana, Cuba": a news item retelling an appeal names the official
 * before the announcing words and prints only the address after them. The official is the person's
 * name that ends the words after the last "to" ("al", "a", "to", "à", "an"), and the parts between it
 * and the announcing words with an office word are his title ("…a Jane Roe, Embajadora de Cuba en
 * el Reino Unido, a la siguiente dirección:"). Read only when every part after the colon looks like
 * an address's and one is a street, a postcode or a country: the sentence is kept whole above him.
 */
function officialInHead(head: string, announcing: number, tail: string): string[] | undefined {
  const address = tail.split(/\s*[,;]\s+/u).map((p) => p.trim().replace(/[,;]$/u, '')).filter((p) => p !== '');
  if (address.length < 2 || !address.every((p) => PART.test(p) && p.split(/\s+/).length <= 8) || !address.some(isPostal)) return undefined;
  // The head without its announcing words ("…, a la siguiente dirección:"), then its parts between commas.
  const before = head.slice(0, Math.max(0, head.length - announcing)).replace(/[\s,]*(?:(?:a|at|à|to|unter|an)\s+)?(?:(?:la|the|l['’]|der|die)(?:\s+|$))?(?:siguiente|following|suivante)?\s*$/iu, '');
  const segments = before.split(/,\s+/u);
  for (let k = segments.length - 1; k >= Math.max(0, segments.length - 3); k--) {
    const segment = segments[k] ?? '';
    const to = [...segment.matchAll(TO_WORD)].at(-1);
    if (to === undefined) continue;
    const words = segment.slice(to.index + to[0].length).split(/\s+/u);
    // The person's name ends the words after "to": the capitalised words at their end ("gobernante cubano Miguel Díaz-Canel").
    let from = words.length;
    while (from > 0 && /^\p{Lu}/u.test(words[from - 1] ?? '')) from--;
    const run = words.slice(from).join(' ');
    // "Prime Minister John Example": an office in capitals before the name is his title.
    const role = isPersonName(run) ? undefined : splitLeadingRole(run);
    const name = role?.name ?? run;
    if (!isPersonName(name)) return undefined;
    const titles = segments.slice(k + 1).filter((t) => hasOfficeWord(fold(t)));
    if (titles.length !== segments.length - k - 1) return undefined;
    if (role) return [head, name, role.title, ...titles, ...address];
    // The sentence is kept whole, to its colon: a line that ends so announces what follows (a date
    // in it, "Antes del 2 de noviembre de 2023, …", would otherwise join it to the official's block).
    return [head, name, ...titles, ...address];
  }
  return undefined;
}

/** The address's lines, or undefined when the text is not an official and his address. */
function addressParts(text: string): string[] | undefined {
  const parts = text.split(/\s*[,;]\s+/u).map((p) => p.trim().replace(/[,;]$/u, '')).filter((p) => p !== '');
  const [first, ...others] = parts;
  if (first === undefined) return undefined;
  const care = first.split(CARE_OF_WORD);
  const who = care[0]?.trim() ?? '';
  const lines = [who, ...(care[1] === undefined ? [] : splitCareOfRun(care.slice(1).join(' ').trim())), ...others];
  if (!opensOfficial(who) || lines.length < 3) return undefined;
  const address = lines.slice(1);
  if (!address.every((l) => PART.test(l) || parseContactLine(l) !== undefined)) return undefined;
  if (address.some((l) => l.split(/\s+/).length > 8)) return undefined;
  return address.some(isPostal) ? lines : undefined;
}

/** A part only an address has: a postcode and its town, a street and its number, a country. */
const isPostal = (part: string): boolean => POSTCODE_TOWN.test(part) || STREET_NUMBER.test(part) || countryCode(part) !== undefined;

/**
 * "Bitte, appellieren Sie an Seine Exzellenz Jan Example, Präsident der …, via Botschaft …, Beispielallee
 * 67, D-14195 Berlin. Fax: 030 – 55529133": a church page's request runs into the official, his
 * office and the embassy that forwards the letter, with no colon. Only a courtesy title opens the
 * official here (with no colon, an office or a name after "an" may be the story's); the parts must
 * look like an address, as after "Adresse lautet:". A contact field after the sentence is his.
 */
function splitAppealTo(line: string): string[] | undefined {
  // Only a line with one of the request's verbs is folded to be read.
  if (!APPEAL_VERB.test(line)) return undefined;
  const f = fold(line);
  if (f.length !== line.length) return undefined;
  const m = APPEAL_TO.exec(f);
  // The official opens with a capital (the folded text has none): "an den Präsidenten" is left to the sentence reader.
  if (!m || !/^\p{Lu}/u.test(line.slice(m[0].length))) return undefined;
  const head = line.slice(0, m[0].length).trim();
  if (NOT_AN_OFFICIAL.test(fold(head))) return undefined;
  const after = line.slice(m[0].length);
  const stop = SENTENCE_END.exec(after);
  const tail = stop ? after.slice(0, stop.index) : after;
  const rest = stop ? after.slice(stop.index + 1).trim() : '';
  const parts = addressParts(tail);
  if (!parts || splitHonorific(parts[0] ?? '').honorific === undefined) return undefined;
  const contact = rest !== '' && LABEL_FIRST.test(rest) && parseContactLine(rest) !== undefined;
  return contact ? [head, ...parts, rest] : [...(rest === '' ? [] : [rest]), head, ...parts];
}

/** A care-of word opening an address part ("c/o Botschaft …", "via Botschaft …", "℅ …"). */
const CARE_OF_FIRST = new RegExp(String.raw`^(?:via|${CARE_OF}|℅)\s*:?\s+\p{Lu}`, 'iu');

/**
 * "Seine Exzellenz Premierminister Jan Example, c/o Botschaft der Republik Valdor, Beispielstraße 17,
 * 10785 Berlin.": under "Die Appelladresse lautet:", a parish page gives the address as a sentence
 * of its own, ended by a full stop, which makes it look like text. Read as the address it is only
 * when an office opens it (a prisoner's address for cards names no office) and the embassy that
 * forwards the letter follows it.
 */
function splitCareOfSentence(line: string): string[] | undefined {
  if (!line.endsWith('.') || !line.includes(',') || !/\s(?:via|c\/o|℅)\s/iu.test(line)) return undefined;
  const body = line.slice(0, -1);
  if (SENTENCE_END.test(body)) return undefined;
  const parts = addressParts(body);
  if (!parts || !CARE_OF_FIRST.test(parts[1] ?? '')) return undefined;
  return splitLeadingRole(splitHonorific(parts[0] ?? '').rest) === undefined ? undefined : parts;
}

/** "London SW1X 8SP": a British town and its postcode. */
const UK_POSTCODE = /\s\p{Lu}{1,2}\d[\p{Lu}\d]?\s\d\p{Lu}{2}$/u;
/** A contact word left alone at a record's end, its link lost in the copy ("…, London SW1X 8SP, email"). */
const BARE_CHANNEL = /,\s*(e-?mail|website|web ?site|web|fax|twitter)\s*\.?$/iu;

/**
 * "Mr Karl Example, High Commissioner for Exampleland, 9 Example Crescent Belgravia, London SW1X
 * 8SP, email": a page that prints the address it announced above ("His address is:") as one line,
 * its parts parted by commas. Read as the address it is only when a courtesy title or an office
 * opens it, every other part looks like an address's, and one is a street, a postcode or a country;
 * a sentence (a colon, an email, a full stop inside) is left whole. A contact word left alone at
 * the end (the address was a link that did not survive the copy) is no part of the address: it is
 * kept on a line of its own, which the block reader reports.
 */
export function splitAddressRecord(line: string): string[] | undefined {
  // A street or a postcode holds a figure: a line with none is no such record, and most lines are told by that alone.
  if (line.length > 300 || !line.includes(', ') || !/\d/.test(line) || /[:@]/u.test(line)) return undefined;
  const bare = BARE_CHANNEL.exec(line);
  const body = bare ? line.slice(0, bare.index) : line.replace(/\.$/u, '');
  if (SENTENCE_END.test(body)) return undefined;
  const parts = addressParts(body);
  const first = splitHonorific(parts?.[0] ?? '');
  const office = splitLeadingRole(first.rest);
  // A person holding an office opens it ("Mr Karl Example, High Commissioner …", "Minister Jane
  // Example, …"): a person with no office after him is whoever the page is about (a prisoner's
  // address for cards, "Mr Tom Example, Example Prison, …"), never an official.
  const person = office?.name ?? (hasOfficeWord(fold(parts?.[1] ?? '')) ? first.rest : undefined);
  // And a street or a postcode is printed: an office's or a country's name alone proves nothing.
  if (!parts || person === undefined || (office === undefined && first.honorific === undefined) || !isPersonName(person) || !parts.some((p) => POSTCODE_TOWN.test(p) || STREET_NUMBER.test(p) || UK_POSTCODE.test(p))) return undefined;
  return bare ? [...parts, bare[1] ?? ''] : parts;
}
