// An official named only inside the instruction to the reader, with no block of contact lines:
// "… envoyez-le par email au Président Abdel Fattah al-Sissi : p.spokesman@op.gov.eg.", "Veuillez
// écrire une lettre … au roi Salman bin Abdulaziz al Saoud:", "Please write to President Jane
// Doe: office@example.org", "… au Ministre de la Justice du pays, M. Jean Exemple, à l'adresse
// email : a@… ou b@…, mettez en copie l'ambassade à Bruxelles : c@…". Read only when no block of
// officials was found, and only from a line that tells the reader to write, send or copy: the
// office phrase after "to", the name in capitals (with its particles), and the emails of the
// clauses that follow, or a postal address run on after the name up to its postcode and town
// ("Scrivete al Presidente della Repubblica, Mario Rossi, Palazzo Esempio, 00100 Roma"). An office
// or an embassy named with its email and no person is kept with no name ("Email the Minister at
// …", "à l'ambassade : …"); where no block lists anyone, so is an office named alone ("Write to the
// Chief Justice asking him …"), its name taken only from a greeting that names its holder. A second
// official after "and" keeps the email right after him; an email after both, when the first was
// given none, is either's: left out, named in a TODO. Anything less clear is left to the reader.
import { escapeRegExp } from '../regexp-escape.js';
import { countryCode } from '../channels/countries.js';
import { isGenitiveCountry } from './country-genitive.js';
import { adjectiveOfKey } from './country-adjectives.js';
import { GERMAN_OFFICE_ADJECTIVE, officeAsTitle } from './german-office-case.js';
import { emailsIn } from './contact-line.js';
import { isInstruction } from './furniture.js';
import { hasOfficeWord, officePattern } from './office-words.js';
import { hasStreetWord, isOrganisation, isPersonName, opensAddress } from './official-words.js';
import { isOwnEmail } from './own-emails.js';
import { firstSentence, sentenceClauses, type SentenceClauses } from './sentence-clauses.js';
import { reachableBy, type ImportedOfficial } from './official-block.js';
import { findLandmarks } from './landmarks.js';
import { greetedName } from './greeted-name.js';
import { withAddressedAs } from './address-as.js';
import { inlineCopyAt } from './copy-in-line.js';
import { withLabelledUnder } from './labelled-under-sentence.js';
import { honouredInside } from './flat-head.js';
import { fold, lineAt, nextNonBlank } from './text.js';
import type { ImportText } from './types.js';

/**
 * The verb that makes the line an instruction to write or send ("écrivez", "envoyez-le", "write",
 * "copiez-collez"), or that says where the reader's petition or appeal goes, with its "to" ("… Faxe an den … zu
 * schicken", "enviaremos esta petición … al rey …", "as assinaturas serão entregues ao …", "an appeal
 * directed at the Minister …").
 */
const WRITE_VERB = /\b(?:appele[rz]|faxez|faxen sie|telephone[rz]|call|phone|llam[ae]n?|llamar|rufen sie|anrufen|chiamate|telefonate|ligue(?:m)?|geschickt|schicken sie|zu schicken|zu senden|zu faxen|appellschreiben|ecri(?:re|vez|vant)|envoye[zr]|envoyant|adresse[zr]|adressant|copie[zr]|write|send|email|copy|urge|scriv(?:ete|i|ere)|(?:ho|abbiamo) scritto|(?:i|we) (?:have )?(?:wrote|written)|(?:j'ai|nous avons) ecrit|invia(?:te|re)?|escrib[ae]n?|escribele|escribir|envi[ae]n?|enviar|copia|schreiben sie|zu schreiben|schick(?:e|t)? bitte|senden sie|kopieren sie|richten sie|skriv|skicka|escreva|escrever|escrevam|envie|copie|dirig(?:e|id[ao]s?|iendo|ete|irse)|dirijan?|directed at|enviaremos|delivered to|entregues? (?:ao|a|as|aos)|entregad[ao]s (?:al|a)|remises? (?:au|a|aux)|consegnat[aeio] (?:al|alla|a|ai))\b/;

/** "au", "to the", "al", "an den": the preposition before the office (folded text). */
const TO = String.raw`(?:au|a la|a l'|aux|to(?: the)?|al|alla|all'|allo|ai|agli|a|an den|an die|an|ao|a|till)`;
/**
 * Office words (office-words.ts) that open no office after "to" in an instruction: a qualifier
 * alone ("to the general public"); the standing of those an action is often about, whom a reader
 * is asked to send solidarity to ("… to deputy Jane Doe", "to attorney …", "al defensor …"); and
 * "chargé d’affaires", whose "d’" reads as a joining word and would take the name for the office's.
 */
export const NOT_AFTER_TO = [
  'general', 'generale', 'generalny', 'generalnyy', 'generalnyi', 'heneralnyi', 'heneralnyy',
  'leader', 'líder', 'dirigeant', 'defensor', 'defensora', 'attorney', 'deputy', 'diputado', 'diputada', 'député', 'senator', 'senador', 'sénateur', 'sheikh',
  'chargé d’affaires',
  // An office that ends in its "of" ("Amir of the State of …") names its place before any name.
  'amir of',
];
/**
 * Words that open an office after "to the" only: "oberster", "responsable" are no office alone;
 * "au roi", "al Rey" name the monarch, but in a name's block "Rey", "Leroi" are surnames; "an den
 * Präsidenten" is the office in the case "to" gives it (see german-office-case.ts).
 */
const AFTER_TO_ONLY = String.raw`oberste[rn]?|responsable|roi|reine|rey|reina|[a-z]*prasidenten|[a-z]*staatsanwaltin`;
/** Words that open an office: the phrase may go on in lower case ("Responsable du pouvoir judiciaire iranien"). */
const OFFICE_WORD = String.raw`(?:${officePattern(NOT_AFTER_TO)}|${AFTER_TO_ONLY})`;
/** A word of the office itself, capitalised or not ("Prime Minister", "Attorney General", "Procureur Général"). */
const OFFICE_TOKEN = new RegExp(String.raw`^(?:${OFFICE_WORD}|general|generale|generala|public|publique|publico|publica|national|nacional|supreme|supremo|suprema|federal|deputy|vice|adjoint|premier)$`, 'u');
/** A verb that asks the reader to phone (folded): the office or person after it is the one to call. */
const CALL = String.raw`(?:call|phone|ring|appele[rz]|telephoner a|telephonez a|llam[ae]n?(?: a)?|llamar a|rufen sie|chiamate|telefonate a|ligue(?:m)? (?:para|a))`;
/** "le bureau du premier ministre", "the office of the President": calling his office is calling him. */
const OFFICE_OF = String.raw`(?:bureau|cabinet|office|oficina|gabinete|ufficio|buro)\s+(?:du|de la|de l'|des|of the|of|del|de|des|dell[ao]?|do|da)`;
/** Where the addressee's words start: after "to" and its kind ("à l'", "all'" run on), or after a verb that takes him as its object ("Email the Minister at …"). */
/** "all'attuale Ambasciatore", "to the current Minister": a word that says he holds the office now, before it. */
const CURRENT = String.raw`(?:(?:attuale|actuel|actuelle|current|present|actual|jetzigen?|derzeitigen?|amtierenden?)\s+)?`;
/**
 * "Schreiben Sie dem belarussischen Botschafter in der Schweiz: …": German gives the one written to in
 * the dative, with no "an", right after the verb; a country's adjective may stand before the office.
 * Only after the verb: "der", "dem" elsewhere in a sentence are no one to write to.
 */
const DATIVE = String.raw`(?:schreiben sie|schicken sie|senden sie|mailen sie)(?: bitte)? (?:dem|der) (?:[a-z]+(?:ischen|sischen) )?`;
/**
 * "Please fax in addition, Ambassador Karl Example, …", "send a fax to the Minister …": a request to
 * fax him (folded). Only with a word that makes it a request: a "Fax" label of a block is no lead.
 */
const FAX = String.raw`(?:(?:please|kindly|also) fax(?: also| too| as well| in addition)?,?|send (?:a |your )?fax(?:es)? to|faxez(?: aussi| egalement)?|faxen sie(?: bitte)?(?: an)?)`;
const LEAD = String.raw`(?:${DATIVE}|${FAX}\s+(?:${TO}\s+)?(?:the\s+)?|(?:${TO}:?\s+|a l'|all')${CURRENT}|(?:e-?mail|contact)(?: the)?\s+|urge (?:the\s+)?|directed at (?:the\s+)?|${CALL}\s+(?:(?:the|le|la|l'|al|el|a la|den|die|das|il|lo|o|a)\s*)?(?:${OFFICE_OF}\s+)?)`;
/**
 * "an den russischen Generalstaatsanwalt", "an die ägyptische Innenministerin": German may put the
 * country's adjective between "an den" / "an die" and the office; it is the office's, and kept
 * with it (german-office-case.ts gives both in the nominative).
 */
const GERMAN_AN = String.raw`an (?:den|die)\s+(?=${GERMAN_OFFICE_ADJECTIVE}\s+(?:${OFFICE_WORD})\b)`;
const OFFICE_START = new RegExp(String.raw`(?:^|\s)(?:${LEAD}(?=${OFFICE_WORD}\b)|${GERMAN_AN})`, 'u');

/** A courtesy title just before the name ("M.", "Mme", "Mr", "Herrn", "Sr."). */
const COURTESY = /^(?:M\.|Mme\.?|Mlle\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Dott\.?|Dottor|Dottore|Dott\.ssa|Dottoressa|Sr\.|Sra\.|Herrn?|Frau|S\.\s?E\.|H\.\s?E\.|Excmo\.|Excma\.)$/u;
/** Small words that join a name's parts ("bin", "al", "de los"). */
const PARTICLE = /^(?:al|el|bin|ibn|bint|abu|ben|de|del|da|dos|das|do|van|von|der|la|los|las|y)$/u;
/** Small words inside an office after which a capitalised word belongs to it ("de la République", "of Justice"). */
const OFFICE_JOIN = /^(?:de|du|des|d['’]\S*|of|del|della|dello|delle|degli|dei|di|da|do|das|dos|der|des|von|la|le|les|the|en|in|para|pour|for|fur|für)$/iu;
/** Words that stand for a state or an institution, never a person's first name ("République Emmanuel Macron"). */
const STATE_WORD = /^(?:r[ée]publique|republic|rep[uú]blica|repubblica|republik|f[öo]deration|federation|f[ée]d[ée]ration|federaci[oó]n|federazione|nation|naci[oó]n|estado|[ée]tat|state|staat|justice|justicia|justi[çc]a|giustizia|justiz|int[ée]rieur|interior|cour|court|tribunal|royaume|kingdom|reino|regno)$/iu;
/** The form of a state after its word ("République Islamique d’Iran", "Republic of the Union", "República Bolivariana de Venezuela"): the office's too. */
const STATE_FORM_WORD = /^(?:islami(?:que|c|ca|sche)|isl[aá]mica|arab|arabe|[aá]rabe|araba|democratic|d[ée]mocratique|democr[aá]tica|democratica|popular|populaire|socialist|socialiste|socialista|f[ée]d[ée]rale?|federal|federativa|bolivarian|bolivarienne|bolivariana|plurinational|plurinacional)$/iu;

interface Found {
  title: string;
  honorific?: string | undefined;
  name: string;
  /** Index in the line just after the name. */
  end: number;
  /** "President Jane Doe The Example House, 1 Main Street, …": the building run on after the name, the address's first line, and the index just after it. */
  building?: { text: string; end: number };
}

export function sentenceOfficials(doc: ImportText, limit = 80): ImportedOfficial[] {
  // "Écrivez au président de la République pour …" above "Envoyez-la au Président Jean X : a@…": an
  // office named alone is read only when no later instruction names someone or how to reach him.
  let bare: ImportedOfficial[] | undefined;
  for (let n = 1; n <= Math.min(doc.lines.length, limit); n++) {
    const named = officialsOnLine(doc, n, true);
    if (named.length === 0) continue;
    if (named.some((o) => !o.copy && (o.name || reachable(o)))) {
      // "… please call and e-mail Governor Example." over "The phone is …" / "The email: …".
      withLabelledUnder(doc, n, named);
      const all = withGreetedNames(doc, [...named, ...copiesUnder(doc, n, named), ...laterCases(doc, n, named, limit)]);
      withAddressedAs(doc, all, n);
      return all;
    }
    // "… please write to the Ambassador calling on him … His Excellency Mr Jan Example Embassy of …
    // 429 Strand London": the addressee flattened onto the end of the paragraph names the holder;
    // the office alone would be an official with nothing else, so none is made from that line.
    if (!honouredInside(lineAt(doc, n)) && !named.some((o) => holderPrintedUnder(doc, n, o))) bare ??= named;
  }
  return bare ? withGreetedNames(doc, bare) : [];
}

/** How many lines under the instruction the office's own address may stand. */
const HOLDER_LINES = 4;

/**
 * "… Briefe an den iranischen Religionsführer …" over "Schreiben Sie … an den: Religionsführer
 * Ayatollah Jan Beispiel The Office of …": the page prints the office again right under it, after a
 * colon or opening a line, with the holder's name after it — his address, which no reader could
 * take apart. The office alone would stand for a person the page names: it is not read, and the
 * official is left to the reader.
 */
function holderPrintedUnder(doc: ImportText, n: number, o: ImportedOfficial): boolean {
  const office = o.name === undefined ? o.title?.value : undefined;
  const word = office?.split(' ').find((w) => /^\p{Lu}/u.test(w));
  if (word === undefined || word.length < 5) return false;
  // A field label after the office ("President Salutation: …") opens the office's own record: no holder.
  const again = new RegExp(String.raw`(?:^|:\s*)${escapeRegExp(word)}\s+\p{Lu}[\p{L}'’-]*(?![\p{L}'’-]|\s*:)`, 'u');
  for (let m = n + 1; m <= Math.min(doc.lines.length, n + HOLDER_LINES); m++) if (again.test(lineAt(doc, m).trim())) return true;
  return false;
}

/**
 * A post about several cases asks, under each, to write to that case's official ("Vamos escrever
 * ao Presidente valdoriano, Tomás Exemplo, …" … "Vamos escrever ao Presidente da Valdória, Jan
 * Example, …"): each later instruction that names a person by office and name adds him. An office
 * alone, a copy, a person named again, or a letter the post tells of having sent ("In May we wrote
 * to the Minister, Jane Doe, …") adds no one.
 */
const SENT_BEFORE = /\b(?:wrote|written|ecrit|scritto|geschickt|escribimos|escrevemos|skrev)\b/u;

function laterCases(doc: ImportText, n: number, named: readonly ImportedOfficial[], limit: number): ImportedOfficial[] {
  const known = named.filter((o) => o.name !== undefined);
  const out: ImportedOfficial[] = [];
  for (let m = n + 1; m <= Math.min(doc.lines.length, limit); m++) {
    if (SENT_BEFORE.test(fold(lineAt(doc, m)))) continue;
    const more = officialsOnLine(doc, m, false).filter((o) => !o.copy && o.name !== undefined && o.title !== undefined);
    for (const o of more) {
      const same = known.find((k) => samePerson(fold(k.name?.value ?? ''), fold(o.name?.value ?? '')));
      // "Urge Secretary Kerry …" in the headline, "… Secretary of State John Kerry …" under it: one
      // official, with the name and office as the fuller mention prints them.
      if (same) {
        if ((o.name?.value.length ?? 0) > (same.name?.value.length ?? 0)) [same.name, same.title] = [o.name, o.title ?? same.title];
        continue;
      }
      known.push(o);
      out.push(o);
    }
  }
  return out;
}

/** "Kerry" in a headline and "John Kerry" in the text under it: a surname alone is the person named in full. */
function samePerson(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.split(' ').length < b.split(' ').length ? [a, b] : [b, a];
  return !short.includes(' ') && long.split(' ').at(-1) === short;
}

/** How many lines under the instruction a copy's own sentence may stand ("Vous pouvez aussi …"). */
const COPY_LINES = 3;
/** "en copie", "a copy", "con copia", "eine Kopie": the sentence sends a copy, not the letter. */
const COPY_WORD = /\b(?:copie|copy|copies|copia|copias|kopie|kopien|cc)\b/;

/**
 * "… envoyez-le au Procureur général Jean Modèle : jm@…" / "Vous pouvez aussi envoyer votre message
 * en copie à l'ambassade d'Exemplie à Bruxelles : amb@…": an institution with its email, in a
 * sentence of its own on one of the next lines, is a further recipient (a copy when the sentence
 * says so). Only an institution and its email: a person named there is left to the reader.
 */
function copiesUnder(doc: ImportText, n: number, named: readonly ImportedOfficial[]): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  const known = new Set(named.flatMap((o) => o.emails.map((e) => e.value.toLowerCase())));
  for (let m = n + 1; m <= Math.min(doc.lines.length, n + COPY_LINES); m++) {
    const line = lineAt(doc, m);
    const f = fold(line);
    if (line.length > 600 || f.length !== line.length || !isInstruction(line) || OFFICE_START.test(f)) continue;
    const found = institutionOnly(line, f);
    if (!found || known.has(found.email.toLowerCase())) continue;
    known.add(found.email.toLowerCase());
    const official = institutionOfficial(found, m);
    out.push(COPY_WORD.test(f.slice(0, f.indexOf(fold(found.institution)))) ? { ...official, copy: true } : official);
  }
  return out;
}

/**
 * "Write to the Chief Justice …" above a letter that opens "Dear Chief Justice John Smith,": the
 * office the instruction names is given the name its greeting gives it (see greeted-name.ts); with
 * none, the name stays empty and the draft's TODO asks for it.
 */
function withGreetedNames(doc: ImportText, officials: ImportedOfficial[]): ImportedOfficial[] {
  const { salutation } = findLandmarks(doc);
  if (salutation === undefined) return officials;
  const greeting = lineAt(doc, salutation);
  const nameless = officials.filter((o) => !o.copy && !o.name && o.title);
  for (const o of nameless) {
    const name = o.title && nameless.length === 1 ? greetedName(greeting, o.title.value) : undefined;
    if (name !== undefined) o.name = { value: name, line: salutation };
  }
  return officials;
}

/** Every instruction near the top that names an official, line by line: on a page with blocks, each may give an email a block lacks. */
export function everySentenceOfficial(doc: ImportText, limit = 80): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  for (let n = 1; n <= Math.min(doc.lines.length, limit); n++) out.push(...officialsOnLine(doc, n, false));
  return out;
}

/** Line `n` is an instruction that names an official by name ("… au Président de la République, Jane Doe par email : …"). */
export const namesOfficials = (doc: ImportText, n: number): boolean => officialsOnLine(doc, n, false).some((o) => o.name !== undefined);

/** A letter the writer tells of having sent ("I wrote to …", "ho scritto all'…", "j'ai écrit au …"), folded. */
const WROTE = /\b(?:wrote|written|(?:ho|abbiamo) scritto|(?:j'ai|nous avons) ecrit)\b/u;
const EVERY_WROTE = new RegExp(WROTE.source, 'gu');

/**
 * `bare`: an office named with no person and no way to reach it is an official too ("Write to the Chief Justice asking him …"), where no block lists any.
 * A post that only tells of letters sent ("I wrote to Exampleland's Prime Minister, Minister for
 * Justice and Attorney General today.") asks nothing of the reader: whom it names is an official
 * only with the email it gives him (a blogger's "ho scritto all'Ambasciatore, emb@…" is the way to reach him).
 */
function officialsOnLine(doc: ImportText, n: number, bare: boolean): ImportedOfficial[] {
  const line = doc.lines[n - 1] ?? '';
  if (line.length <= 600) return officialsInSentence(doc, n, line, bare);
  // A blog's paragraph of several sentences, one of them asking the reader to write ("Se volete
  // potete scrivere anche voi al Prefetto di …, Dottor … (a@…), o al …"): each such sentence is
  // read on its own. A longer paragraph is running text throughout.
  if (line.length > MAX_PARAGRAPH) return [];
  return line.split(SENTENCE_END).filter((s) => s.length <= 600).flatMap((s) => officialsInSentence(doc, n, s, bare));
}

const MAX_PARAGRAPH = 3000;
/** Between two sentences: a full stop, "!" or "?" after a word in lower case (not an initial, "W.", nor "Sr."), then a capital (or an opening quote). */
// A number of one or two digits before the stop is a German ordinal, most often a date's day ("bis 30. Juni 2021"), no sentence's end.
const SENTENCE_END = /(?<=[\p{Ll}\p{N})"”»]{2}[.!?])(?<!(?:^|\s)\d{1,2}\.)\s+(?=["“«(]?\p{Lu})/u;

function officialsInSentence(doc: ImportText, n: number, line: string, bare: boolean): ImportedOfficial[] {
  const f = fold(line);
  if (!WRITE_VERB.test(f) && !isInstruction(line)) return [];
  const found = withInlineCopy(doc, n, line, f, bare);
  const toldOnly = found.length > 0 && WROTE.test(f) && !WRITE_VERB.test(f.replace(EVERY_WROTE, ' ')) && !isInstruction(line);
  return toldOnly ? found.filter((o) => o.emails.length > 0) : found;
}

/**
 * "Lettre ouverte au Préfet …, M. Jean Exemple, avec copie à la Maire …, Mme Anne Modèle": the
 * words after the copy phrase name a copy (copy-in-line.ts), never the one written to; each part
 * is read on its own.
 */
function withInlineCopy(doc: ImportText, n: number, line: string, f: string, bare: boolean): ImportedOfficial[] {
  const cut = inlineCopyAt(line);
  const copies = cut ? officialsInInstruction(doc, n, `to ${line.slice(cut.end)}`, `to ${f.slice(cut.end)}`, false) : [];
  // An embassy to copy ("…, con copia a la Embajada de X: e@…") is read with the sentence's clauses, as before: only a person named there is parted off.
  if (!cut || !copies.some((o) => o.name !== undefined)) return officialsInInstruction(doc, n, line, f, bare);
  const own = officialsInInstruction(doc, n, line.slice(0, cut.index), f.slice(0, cut.index), bare);
  return [...own, ...copies.map((o) => ({ ...o, copy: true }))];
}

function officialsInInstruction(doc: ImportText, n: number, line: string, f: string, bare: boolean): ImportedOfficial[] {
  // fold() keeps one character for one (accents dropped), so the offsets hold in the original line.
  if (f.length !== line.length) return [];
  const office = countryAdjectiveOnly(OFFICE_START.exec(f), line, f);
  const at = n;
  const first = addresseeAt(line, f, office ? office.index + office[0].length : undefined, at, bare);
  if (!first) {
    const institution = institutionOnly(line, f);
    if (!institution) return personOnly(line, at);
    // "… la représentation de l'Iran à l'ONU : a@… et l'ambassade d'Iran à Bruxelles : b@…": each with its email.
    const more: ImportedOfficial[] = [];
    let end = institution.end;
    for (let next = institutionOnly(line.slice(end), f.slice(end)); next && more.length < 3; next = institutionOnly(line.slice(end), f.slice(end))) {
      more.push(institutionOfficial(next, at));
      end += next.end;
    }
    return [institutionOfficial(institution, at), ...more, ...sentenceClauses(line.slice(end)).copies.map((c) => copyOf(c.institution, c.emails, at))];
  }
  const second = nextAddressee(line, f, first.rest, at, bare);
  const mine = sentenceClauses(line.slice(first.rest, second?.at));
  withClauses(first, mine, at);
  if (office && CALL_START.test(f.slice(0, office.index + office[0].length))) first.official.phone ??= callNumber(doc, n, line.slice(first.rest, second?.at));
  if (office && FAX_START.test(f.slice(0, office.index + office[0].length))) first.official.fax ??= faxAfter(line.slice(first.rest, second?.at), at);
  if (!second) {
    // "… envoyez-le au Procureur général. Vous pouvez également envoyer un email à l'ambassade de … :
    // a@…": after an office named alone, an institution with its email is an official of its own.
    const after = !first.official.name && !reachable(first.official) && mine.copies.length === 0 ? institutionOnly(line.slice(first.rest), f.slice(first.rest)) : undefined;
    return [first.official, ...(after ? [institutionOfficial(after, at)] : []), ...mine.copies.map((c) => copyOf(c.institution, c.emails, at))];
  }
  const theirs = sentenceClauses(line.slice(second.addressee.rest));
  withClauses(second.addressee, theirs, at);
  // "Write to the Minister, Jane Doe, and the Prosecutor General, John Smith, at a@…": the email
  // after both may be either's, or both's. It is nobody's here, and a TODO on each names it.
  const [a, b] = [first.official, second.addressee.official];
  if (!reachable(a) && b.emails.length > 0) {
    const why = `given after both ${who(a)} and ${who(b)} in one sentence: whose is it?`;
    for (const e of b.emails.splice(0)) for (const o of [a, b]) o.unsure.push({ value: e.value, line: at, why });
  }
  return [a, b, ...[...mine.copies, ...theirs.copies].map((c) => copyOf(c.institution, c.emails, at))];
}

/**
 * "an den russischen Generalstaatsanwalt": the word read before the office must be a country's
 * adjective (country-adjectives.ts); "an den katholischen Bischof" names no state's office. Read so
 * only for the office named alone: "an den ecuadorianischen Präsidenten Beispiel" names its holder,
 * whom the page's greeting may name in full, and is left to the readers of names.
 */
function countryAdjectiveOnly(office: RegExpExecArray | null, line: string, f: string): RegExpExecArray | null {
  if (!office) return null;
  const from = office.index + office[0].length;
  const word = /^[a-z]+ische[n]?\s/u.exec(f.slice(from))?.[0].trim();
  if (word === undefined) return office;
  return adjectiveOfKey(word, 'de') !== undefined && !officeAndName(line, from) ? office : null;
}

interface Addressee {
  official: ImportedOfficial;
  /** Where the clauses after him begin (his email, a copy, a second addressee). */
  rest: number;
  /** The office phrase carried its own email ("the Minister at a@…"): the clauses add none. */
  ownEmail: boolean;
  /** Only an office, with words of the sentence between it and any email ("… pour demander sa libération : a@…"): such an email is asked about, not taken. */
  bare?: boolean;
}

/** The official whose office phrase starts at `from` (with a name, or the office alone), or, with no office, the name right after "to". */
function addresseeAt(line: string, f: string, from: number | undefined, at: number, bare: boolean): Addressee | undefined {
  const who = from !== undefined ? officeAndName(line, from) : nameThenOffice(line, f);
  if (who) {
    // "…, Dottor Mario Esempio (prefettura@example.it), o al …": an email in brackets right after him is his.
    const bracketed = BRACKETED_EMAIL.exec(line.slice(who.end));
    const email = bracketed ? emailsIn(bracketed[1] ?? '')[0] : undefined;
    if (bracketed && email !== undefined && !isOwnEmail(email)) {
      const official = personOfficial(who, [], at);
      official.emails.push({ value: email, line: at });
      return { official, rest: who.end + bracketed[0].length, ownEmail: true };
    }
    // A building after the name is kept only with the postal address it opens.
    const postal = who.building ? withBuilding(who.building.text, addressAfter(line, who.building.end)) : addressAfter(line, who.end);
    return { official: personOfficial(who, postal?.lines ?? [], at), rest: postal?.end ?? who.end, ownEmail: false };
  }
  const role = from !== undefined ? roleOnly(line, from) : undefined;
  if (role) return { official: roleOfficial(role.title, role.address, role.email === undefined ? [] : [role.email], at), rest: role.end, ownEmail: role.email !== undefined };
  // "Send a copy to the Minister …" asks for a copy: the office is no addressee of its own.
  const office = bare && from !== undefined && !COPY_BEFORE.test(fold(line.slice(0, from))) ? officePhrase(line, from) : undefined;
  return office ? { official: roleOfficial(office.title, [], [], at), rest: office.end, ownEmail: false, bare: true } : undefined;
}

function withBuilding(building: string, postal: { lines: string[]; end: number } | undefined): { lines: string[]; end: number } | undefined {
  return postal && { lines: [building, ...postal.lines], end: postal.end };
}

/** "(a@example.org)" right after the name, perhaps after a comma. */
const BRACKETED_EMAIL = /^,?\s*\(\s*([^\s()]+@[^\s()]+)\s*\)/u;

/** A copy asked for before the office: "send a copy to", "avec copie au", "con copia al", "cc". */
const COPY_BEFORE = /\b(?:cop(?:y|ie|ia|ies)|cc|kopie)\b/u;
/** Words that join an office's words ("Minister of Justice", "Ministre de la Justice", "Bundesminister für Justiz"); "in", "en" do not ("President in Spanish"). */
const PHRASE_JOIN = /^(?:of|the|for|de|du|des|del|della|dello|delle|degli|dei|di|da|do|das|dos|der|von|fur|la|le|les|pour|para|[ld]['’])$/u;
/** Office words that qualify the next word, which is then the office's whatever it is ("Oberste Justizautorität", "Supreme Leader"). */
const QUALIFIER = /^(?:oberste[rn]?|supreme|supremo|suprema|national|nacional|federal|deputy|vice|chief|grand)$/u;

/**
 * "the Chief Justice asking him to …", "die Oberste Justizautorität und fordern Sie …", "le président
 * de la République pour demander …": the office's words alone, up to the first word in lower case
 * that is not the office's (a joining word and what it joins are) or to a comma or stop. At most
 * six words, and not one of them a name's: a capital is taken only as an office or state word, after
 * a joining word, or after a qualifier.
 */
function officePhrase(line: string, from: number): { title: string; end: number } | undefined {
  const tokens = [...line.slice(from).matchAll(/\S+/gu)].slice(0, 12);
  const kept: Array<{ word: string; end: number }> = [];
  for (const [i, t] of tokens.entries()) {
    if (i === 8) return undefined;
    const printed = t[0].replace(/[,:;.!?]+$/u, '');
    // "the President’s office", "the Prime Minister's office": the office ends at its possessive.
    const possessive = /^(.+)['’]s$/u.exec(printed)?.[1];
    const word = possessive ?? printed;
    const folded = fold(word);
    const before = fold(kept.at(-1)?.word ?? '');
    const joined = PHRASE_JOIN.test(before) || /^[ld]['’]/u.test(before);
    const stateForm = STATE_FORM_WORD.test(word) && (STATE_WORD.test(kept.at(-1)?.word ?? '') || STATE_FORM_WORD.test(kept.at(-1)?.word ?? ''));
    const own = i === 0 || OFFICE_TOKEN.test(folded) || STATE_WORD.test(word) || stateForm || PHRASE_JOIN.test(folded) || /^[ld]['’]\p{L}/u.test(word) || QUALIFIER.test(before) || (joined && /^\p{Lu}/u.test(word));
    if (!own && /^\p{Lu}/u.test(word) && i > 0) {
      // "an den Staatsanwalt der Region" + "Rostow am Don.": a capital after the office's words is
      // no boundary. After a region's word ("Region", "Province of") it goes on with the region's name, read to the phrase's real end;
      // else the office's end cannot be told, and no office is read (a cut one would be made up).
      const place = kept.some((k) => REGION_WORD.test(fold(k.word))) ? placeName(line, from, tokens.slice(i)) : undefined;
      if (!place) return undefined;
      kept.push(...place);
      break;
    }
    if (!own || word === '' || word.includes('@')) break;
    kept.push({ word, end: from + (t.index ?? 0) + word.length });
    if (word !== t[0]) break;
  }
  while (kept.length > 0 && PHRASE_JOIN.test(fold(kept.at(-1)?.word ?? ''))) kept.pop();
  const last = kept.at(-1);
  if (!last || kept.length > 9) return undefined;
  return { title: kept.map((k) => k.word).join(' '), end: last.end };
}

/** An administrative region's word, after which its name follows ("Region Rostow am Don", "Province of …"). */
const REGION_WORD = /^(?:region|regione|province|provinz|provincia|oblast|district|bezirk|distrito|kreis|kanton|canton|departement|department|departamento|state|staat|estado|gouvernement|governorate|prefecture|prefektur|county|stadt|city|ciudad|ville)$/u;
/** Words inside a place's name ("Rostow am Don", "Frankfurt an der Oder", "Stratford-upon-Avon", "Châlons-en-Champagne"). */
const PLACE_JOIN = /^(?:am|an|der|im|on|upon|sur|en|de|del|di|da|do|du|la|le|el)$/u;

/**
 * The capitalised words of a place's name from the first of `tokens` to the phrase's real end: a
 * stop or comma on a word, or a word in lower case that joins none of its words. Undefined when no
 * such end comes within four words: the name's end cannot be told.
 */
function placeName(line: string, from: number, tokens: readonly RegExpMatchArray[]): Array<{ word: string; end: number }> | undefined {
  const out: Array<{ word: string; end: number }> = [];
  for (const t of tokens.slice(0, 5)) {
    const word = t[0].replace(/[,:;.!?)]+$/u, '');
    const capital = /^\p{Lu}/u.test(word);
    if (!capital && !(PLACE_JOIN.test(word) && out.length > 0)) {
      while (out.length > 0 && PLACE_JOIN.test(out.at(-1)?.word ?? '')) out.pop();
      return out.length > 0 ? out : undefined;
    }
    out.push({ word, end: from + (t.index ?? 0) + word.length });
    if (word !== t[0]) return capital ? out : undefined;
    if (out.length > 4) return undefined;
  }
  // The line ends after the place's words.
  return out.length > 0 && tokens.length <= 5 && /^\p{Lu}/u.test(out.at(-1)?.word ?? '') ? out : undefined;
}

/** His own clauses' emails; an email the sentence gives a second recipient ("and to Mr Other at b@…") is named in a TODO, not lost. */
function withClauses(to: Addressee, clauses: SentenceClauses, at: number): void {
  const own = clauses.own.flatMap(emailsIn);
  if (to.bare) for (const value of own) to.official.unsure.push({ value, line: at, why: 'given later in the sentence that names only this office: is it the address to write to?' });
  else if (!to.ownEmail) to.official.emails.push(...own.map((value) => ({ value, line: at })));
  for (const value of clauses.leftOut) to.official.unsure.push({ value, line: at, why: 'given in the same sentence after a second recipient: not taken as this official\'s' });
}

/** "… and the Prosecutor General …", "… et au procureur général …", "… y al Fiscal General …": a second office after "and", within the sentence. */
// "… o al vicesindaco …", "… or to the Minister …": a second one to write to, the reader's choice, is an official too.
// "or", "o", "ou" only with their "to" ("o al", "ou au", "or to the"): a bare "o" is the Portuguese article.
const AND_OFFICE = new RegExp(String.raw`\s(?:(?:and|et|y|und|e|as well as)\s+(?:${LEAD}|the\s+)?|(?:or|ou|o|oder|oppure)\s+${LEAD})(?=${OFFICE_WORD}\b)`, 'gu');

function nextAddressee(line: string, f: string, from: number, at: number, bare: boolean): { at: number; addressee: Addressee } | undefined {
  const sentenceEnd = from + firstSentence(line.slice(from)).length;
  AND_OFFICE.lastIndex = from;
  const m = AND_OFFICE.exec(f);
  if (!m || m.index >= sentenceEnd) return bare ? andInstitution(line, f, from, sentenceEnd, at) : undefined;
  const addressee = addresseeAt(line, f, m.index + m[0].length, at, bare);
  return addressee ? { at: m.index, addressee } : undefined;
}

/**
 * "… an den Gouverneur von Texas, Greg Example, und an den Texas Board of Pardons and Paroles zu
 * schreiben", "… and to the State Parole Board": a body to write to beside the office, named by its
 * words in capitals (and the small words joining them) after "and" and its "to". Only where the
 * phrase reads as an institution (official-words.ts): a person or a place after "and to" is left.
 */
const AND_TO = /\s(?:and|und|y|et|e)\s+(?:to the|to|an den|an die|an das|al|a la|au|a l'|ao|a)\s+(?=\S)/gu;
const INSTITUTION_JOIN = /^(?:of|and|for|the|de|del|la|las|los|y|du|des|et|der|die|des|fur|und|do|da|dos|das|e)$/u;

function andInstitution(line: string, f: string, from: number, sentenceEnd: number, at: number): { at: number; addressee: Addressee } | undefined {
  AND_TO.lastIndex = from;
  const m = AND_TO.exec(f);
  if (!m || m.index >= sentenceEnd) return undefined;
  const start = m.index + m[0].length;
  const words: string[] = [];
  let end = start;
  for (const t of line.slice(start, sentenceEnd).matchAll(/\S+/gu)) {
    const word = t[0].replace(/[,;:.!?]+$/u, '');
    if (words.length >= 10 || !(/^\p{Lu}/u.test(word) || (words.length > 0 && INSTITUTION_JOIN.test(fold(word))))) break;
    words.push(word);
    end = start + (t.index ?? 0) + word.length;
    if (word !== t[0]) break;
  }
  while (words.length > 0 && INSTITUTION_JOIN.test(fold(words.at(-1) ?? ''))) words.pop();
  const name = words.join(' ');
  if (words.length < 2 || !isOrganisation(name)) return undefined;
  const official: ImportedOfficial = { line: at, confidence: 'low', nameFromOffice: true, name: { value: name, line: at }, address: [], emails: [], copy: false, unsure: [] };
  return { at: m.index, addressee: { official, rest: Math.min(end, start + name.length), ownEmail: false } };
}

function personOfficial(who: Found, address: readonly string[], at: number): ImportedOfficial {
  return {
    line: at,
    confidence: 'low',
    nameFromOffice: false,
    name: { value: who.name, line: at },
    honorific: who.honorific === undefined ? undefined : { value: who.honorific, line: at },
    title: who.title === '' ? undefined : { value: officeAsTitle(who.title), line: at },
    address: address.map((value) => ({ value, line: at })),
    emails: [],
    copy: false,
    unsure: [],
  };
}

const reachable = (o: ImportedOfficial): boolean => reachableBy(o, ['email', 'address', 'phone']);

/** The call verb right before the office ("call President …", "appeler le bureau du premier ministre"). */
const CALL_START = new RegExp(String.raw`(?:^|\s)${CALL}\s+(?:${TO}\s+|(?:the|le|la|l'|al|el|a la|den|die|das|il|lo|o|a)\s*)?(?:${OFFICE_OF}\s+)?$`, 'u');
/** A phone number: digits with spaces, dashes, dots or brackets, seven digits at least (checked apart). */
const NUMBER = String.raw`\+?\(?\d[\d\s().\/-]{5,}\d`;
/** "… at +1 555 010 2030 and urge him …", "… au 613-555-0142 pour …", "… unter +49 30 … an": the number right after the one to call. */
const NUMBER_AFTER = new RegExp(String.raw`^(?:['’]s)?,?\s*(?:(?:office|bureau|cabinet|oficina|ufficio|buro)\s*)?(?:at|au|al|unter|on|a|alla|ao|no|:)\s*(?:(?:the )?(?:number|numero|nummer|telephone|tel\.?|phone)\s*:?\s*)?(${NUMBER})`, 'u');
/** "… le bureau du premier ministre au" / "613-555-0142" / ".": the sentence ends with its preposition, the number alone under it. */
const NUMBER_UNDER = new RegExp(String.raw`^\s*(?:at|au|al|unter|on|a|alla|ao|no)?\s*:?\s*$`, 'u');
const NUMBER_ALONE = new RegExp(String.raw`^(${NUMBER})\s*[.,]?$`, 'u');

/** The phone of the office or person a call instruction names: given right after him, or alone on the line under the sentence. */
function callNumber(doc: ImportText, n: number, rest: string): { value: string; line: number } | undefined {
  const inline = NUMBER_AFTER.exec(fold(rest));
  if (inline) return phoneAt(inline[1] ?? '', n);
  if (!NUMBER_UNDER.test(fold(rest))) return undefined;
  const under = nextNonBlank(doc, n + 1, n + 2);
  const alone = under === undefined ? null : NUMBER_ALONE.exec(lineAt(doc, under).trim());
  return alone && under !== undefined ? phoneAt(alone[1] ?? '', under) : undefined;
}

/** The fax verb right before the office ("Please fax in addition, Ambassador …"). */
const FAX_START = new RegExp(String.raw`(?:^|\s)${FAX}\s+(?:${TO}\s+)?(?:the\s+)?$`, 'u');
/**
 * "…, who is the chairperson of the Example Committee on +33-1-…": the number after him, perhaps
 * after a clause that says who he is; no other number, email or sentence's end between.
 */
const FAX_AFTER = new RegExp(String.raw`^,?\s*(?:(?:who|qui|der|die|quien|que)\s[^,;:.!?@\d]{0,80}?\s)?(?:on|at|to|au|al|unter|:)\s*(?:(?:the )?(?:number|numero|nummer|fax)\s*:?\s*)?(${NUMBER})`, 'u');

function faxAfter(rest: string, line: number): { value: string; line: number } | undefined {
  const m = FAX_AFTER.exec(fold(rest));
  // fold() keeps one character for one here (the number has no letters): the printed number at the same place.
  const at = m ? m.index + m[0].length - (m[1] ?? '').length : -1;
  return m ? phoneAt(rest.slice(at, at + (m[1] ?? '').length), line) : undefined;
}

const phoneAt = (value: string, line: number): { value: string; line: number } | undefined => (value.replace(/\D/g, '').length >= 7 ? { value: value.trim(), line } : undefined);
/** "Jane Doe (Minister of Justice)", or the office alone: how a TODO names an official. */
const who = (o: ImportedOfficial): string => (o.name ? `"${o.name.value}"` : `"${o.title?.value ?? ''}"`);

/**
 * "Justizminister (minister@…)", "Minister of Justice: minister@…", "the Minister at minister@…",
 * "fiscal general a fiscal@…": an office, then its email in brackets, after a colon, or after "at";
 * a blog's running text gives it right after a comma ("… all'attuale Ambasciatore in Italia,
 * emb@… e sto …"): only an email right after the office is his.
 */
const ROLE_THEN_EMAIL = /^([^():@,;.!?]{3,60}?)\s*(?:\(\s*(?:(?:e-?mail|courriel|correo(?:-e)?|posta elettronica)\s*:\s*)?([^\s()]+@[^\s()]+)\s*\)|(?::|,|\s(?:at|a|à|an|unter|all'indirizzo))\s*([^\s,;()]+@[^\s,;()]+))/u;

/**
 * "… per E-Mail an den Justizminister (minister@…) geschickt werden", "Write to the Minister of
 * Justice: minister@…": the page names the office and its email, and no person. The office is the
 * title; the name is left empty for the reader (a TODO), not filled with the office. The office's
 * words are its own: lower case, office words, or a capital after "of", "de", "der" ("of Justice").
 */
function roleOnly(line: string, from: number): { title: string; email?: string; address: string[]; end: number } | undefined {
  const m = ROLE_THEN_EMAIL.exec(line.slice(from));
  const email = m ? emailsIn(m[2] ?? m[3] ?? '')[0] : undefined;
  if (m && email !== undefined) {
    const title = m[1]?.trim() ?? '';
    return !isOwnEmail(email) && officeOnly(title) ? { title, email, address: [], end: from + m[0].length } : undefined;
  }
  // "Scrivete al Presidente della Repubblica, Palazzo Esempio, 00100 Roma": the office, then its postal address.
  const head = /^([^():@,;.!?]{3,60}?)(?=,)/u.exec(line.slice(from));
  const title = head?.[1]?.trim() ?? '';
  const postal = head ? addressAfter(line, from + head[0].length) : undefined;
  return postal && officeOnly(title) ? { title, address: postal.lines, end: postal.end } : undefined;
}

/** The office's words alone: lower case, office words, or a capital after "of", "de", "della" ("of Justice"). */
function officeOnly(title: string): boolean {
  const words = title.split(/\s+/);
  return words.length <= 6 && words.every((w, i) => i === 0 || !/^\p{Lu}/u.test(w) || OFFICE_TOKEN.test(fold(clean(w))) || OFFICE_JOIN.test(words[i - 1] ?? '') || STATE_WORD.test(clean(w)));
}

function roleOfficial(office: string, address: readonly string[], emails: readonly string[], line: number): ImportedOfficial {
  const title = officeAsTitle(office);
  return { line, confidence: 'low', nameFromOffice: false, title: { value: title, line }, address: address.map((value) => ({ value, line })), emails: emails.map((value) => ({ value, line })), copy: false, unsure: [] };
}

/** As ROLE_THEN_EMAIL, the institution perhaps after its state's shortened adjective ("kolumb. Botschaft"). */
const INSTITUTION_THEN_EMAIL = new RegExp(String.raw`^((?:\p{L}{2,12}\.\s+)?` + ROLE_THEN_EMAIL.source.slice(2), 'u');
/** "hiesige", "local": the embassy in the reader's own country, a word of place, no part of its name (folded). */
const HERE = String.raw`(?:hiesigen?|ortlichen?|zustandigen?|local|nearest|nachsten?|locale|proche)`;
/** Words that open an embassy or a consulate named as the one to write to ("à l'ambassade", "an die Botschaft"). */
const INSTITUTION_WORD = String.raw`(?:ambassade|embassy|embajada|botschaft|ambasciata|embaixada|consulat|consulate|consulado|konsulat|consolato|mission permanente|permanent mission|mision permanente|missione permanente|representation|representacion|delegation|delegacion)`;
// "à l'ambassade", and the institution as the verb's object: "Interpellez par email la représentation …".
// "an die hiesige kolumb. Botschaft (…)", "to the local Exampleland embassy": where it stands and whose
// it is may come first, one word or a shortened one each; the place word is dropped, the state's kept.
const INSTITUTION_START = new RegExp(String.raw`(?:^|\s)(?:${LEAD}|(?:la|le|l'|the)\s*)(?:${HERE}\s+)?(?=(?:(?!(?:la|le|les|the|die|der|den|das|el|il|lo|o|a|an|de|du)\s)[\p{L}-]+\.?\s+)?${INSTITUTION_WORD}\b)`, 'u');

/**
 * "Envoyez votre lettre par courriel à l'ambassade : a@…", "Write to the Embassy of Exampleland
 * at a@…": an embassy or consulate named with its email and no person. The institution, as
 * printed, is the organisation; the name is left to the reader, nobody is made up to head it.
 */
function institutionOnly(line: string, folded: string): { institution: string; email: string; more: string[]; end: number } | undefined {
  const start = INSTITUTION_START.exec(folded);
  if (!start) return undefined;
  const from = start.index + start[0].length;
  const m = INSTITUTION_THEN_EMAIL.exec(line.slice(from));
  const email = m ? emailsIn(m[2] ?? m[3] ?? '')[0] : undefined;
  const institution = m?.[1]?.trim() ?? '';
  if (!m || email === undefined || isOwnEmail(email) || institution.split(/\s+/).length > 10) return undefined;
  const joined = AND_EMAIL.exec(line.slice(from + m[0].length));
  const more = joined ? emailsIn(joined[1] ?? '').filter((e) => !isOwnEmail(e)) : [];
  const end = from + m[0].length + (joined && more.length > 0 ? joined[0].length : 0);
  return { institution: institution.charAt(0).toUpperCase() + institution.slice(1), email, more, end };
}

/** "… à Jean Modèle : jm@…", "… to Jane Doe: jd@…": a person's name, no office, then a colon and the email. */
const PERSON_THEN_EMAIL = /\s(?:à|a|to|an|al)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*:\s*([^\s,;()]+@[^\s,;()]+)/u;

/** "Please report your actions to Jane Smith: …", "une copie à …": the campaign's own people, not an official. */
const REPORT_BACK = /\b(?:report|let us know|tell us|feedback|cop(?:y|ies)|copie|copia|kopie|informez|informer|informar|melden|ruckmeldung|avisar|coordinat\w*|organi[sz]er\w*)\b/;

/**
 * "Adressez le message ci-dessous à Jean Modèle : jm@example.gouv.fr": the instruction names the
 * person with no office, his email right after the colon. Only a name and only that email.
 */
function personOnly(line: string, at: number): ImportedOfficial[] {
  const m = PERSON_THEN_EMAIL.exec(line);
  const name = m?.[1] ?? '';
  const email = emailsIn(m?.[2] ?? '')[0];
  if (!m || email === undefined || isOwnEmail(email) || !isPersonName(name) || REPORT_BACK.test(fold(line.slice(0, m.index)))) return [];
  return [{ line: at, confidence: 'low', nameFromOffice: false, name: { value: name, line: at }, address: [], emails: [{ value: email, line: at }], copy: false, unsure: [] }];
}

function institutionOfficial(found: { institution: string; email: string; more?: string[] }, line: number): ImportedOfficial {
  const emails = [found.email, ...(found.more ?? [])].map((value) => ({ value, line }));
  return { line, confidence: 'low', nameFromOffice: false, organisation: { value: found.institution, line }, address: [], emails, copy: false, unsure: [] };
}

/** "… : a@example.org et b@example.org demandez …": a second email joined to the first by "and" is the same institution's. */
const AND_EMAIL = /^\s+(?:et|and|und|y|e)\s+([^\s,;()]+@[^\s,;()]+)/u;

/** "00100 Roma", "10115 Berlin", "F-75008 Paris", "London SW1A 2AA": a postcode and its town, a postal address's last line before the country. */
const POSTCODE_TOWN = /^(?:(?:\p{Lu}{1,2}-)?\d{4,6}\s+\p{Lu}[\p{L}'’ -]{1,40}|\p{Lu}[\p{L}'’ -]{1,40}\s+\p{Lu}{1,2}\d[\p{Lu}\d]?\s?\d\p{Lu}{2})$/u;
/** An address part before the postcode: a street, a building, a box — a few words opening with a capital or a number. */
const ADDRESS_PART = /^[\p{Lu}\d][\p{L}\p{N}'’./#°º -]{1,50}$/u;
/**
 * A street and its house number, either way round ("1 Example Street", "12 rue de l'Exemple", "Calle
 * Ejemplo 123"), or a post box. Colombian and Venezuelan streets are numbered, the house by its cross
 * street and the metres from it after a number sign ("Carrera 8 No. 7-83", "Calle 26 # 13-19", "Avenida
 * 5 N° 10-20"): the street's word, its number, then the sign and the numbers.
 */
const STREET_NUMBER = /^(?:\d{1,5}[a-z]?\s+\p{L}|(?:P\.?\s?O\.?\s?Box|B\.\s?P\.|Apartado(?: Postal)?|Casilla|Postfach)\s+\d)|\p{L}\s\d{1,5}[a-z]?$|^\p{L}+\s\d{1,3}[A-Za-z]?\s(?:No\.?|N[°º]\.?|Nro\.?|#)\s?\d{1,3}[A-Za-z]?\s?-\s?\d{1,3}$/iu;
/** "à l'adresse Ministère …", "at the address …", "a la dirección …": the words that announce the postal address, not a part of it. */
const ADDRESS_LEAD = /^(?:à l['’]adresse(?: postale)?|at the address|to the address|at(?: the)?(?=\s+\p{Lu})|a la direcci[oó]n(?: postal)?|en la direcci[oó]n(?: postal)?|an die (?:Post)?[Aa]dresse|unter der (?:Post)?[Aa]dresse|all['’]indirizzo)\s*:?\s+/u;
/** A full stop that ends the sentence, not an abbreviation's or an initial's ("P.O. Box", "St. Mary"). */
const SENTENCE_STOP = /(?<!(?:^|[\s.])(?:\p{Lu}|St|No|Nr|Av|Ave|Avda|Blvd|Rd))\.\s+(?=\p{Lu})/u;

/**
 * "…, Herrn Max Muster, Beispielstraße 1, 10115 Berlin", "…, Mario Rossi, Palazzo Esempio, 00100
 * Roma": the postal address run on after the name, a part between commas each, read when it ends in
 * a postcode and its town (and perhaps the country). A page that prints no postcode ("…, Jane Doe,
 * Office of the Prosecutor General, 1 Example Street, Exampletown, or email her at …") ends the
 * address where the sentence goes on in lower case or ends: its parts are taken only when one is a
 * street with its number or a post box. Anything else is the sentence's.
 */
function addressAfter(line: string, from: number): { lines: string[]; end: number } | undefined {
  const parts: Array<{ text: string; end: number }> = [];
  const next = /,\s*([^,;:@]{2,60})/uy;
  next.lastIndex = from;
  for (let m = next.exec(line); m && parts.length < 7; m = next.exec(line)) {
    const text = m[1] ?? '';
    // "…, Exampletown. Send a copy to …": the sentence ends inside the part, and the address with it.
    const stop = SENTENCE_STOP.exec(text);
    if (stop) {
      parts.push({ text: text.slice(0, stop.index), end: m.index + m[0].length - text.length + stop.index }, { text: '', end: m.index + m[0].length });
      break;
    }
    parts.push({ text, end: next.lastIndex });
  }
  const lines: string[] = [];
  let end = from;
  for (const [i, part] of parts.entries()) {
    const text = (i === 0 ? part.text.trim().replace(ADDRESS_LEAD, '') : part.text.trim()).replace(/\.$/u, '');
    // "1600 Example Avenue NW Town": a house number of four digits and its street read as a postcode and a town; a street's word says which it is.
    if (POSTCODE_TOWN.test(text) && !hasStreetWord(text)) {
      const country = parts[i + 1]?.text.trim().replace(/\.$/u, '');
      const withCountry = country !== undefined && countryCode(country) !== undefined;
      return { lines: [...lines, text, ...(withCountry ? [country] : [])], end: (withCountry ? parts[i + 1]?.end : undefined) ?? part.end };
    }
    // The sentence goes on in lower case ("or email her at …", "calling on her …") or ends: no postcode came.
    if (text === '' || /^\p{Ll}/u.test(text)) return lines.length >= 2 && lines.some((l) => STREET_NUMBER.test(l)) ? { lines, end } : undefined;
    // "…, Kremlin, Moscow, Russian Federation": a country closes the address when two parts came before it and none is a person's name.
    const country = countryClosing(part.text);
    if (country !== undefined && (i === parts.length - 1 || country.runOn) && lines.length >= 2 && (lines.some((l) => STREET_NUMBER.test(l)) || !lines.some(isPersonName))) {
      // A country named by its bracket ("Union of Myanmar(Burma)") is no line the country reader can take as printed: it ends the address, unkept.
      const kept = countryCode(country.printed) === undefined ? lines : [...lines, country.printed];
      return { lines: kept, end: part.end - (country.runOn ? part.text.length - part.text.indexOf(country.printed) - country.printed.length : 0) };
    }
    if (i >= 5 || !ADDRESS_PART.test(text) || text.split(/\s+/).length > 6) return undefined;
    lines.push(text);
    end = part.end;
  }
  // The line ends after the address: the last part is its last line.
  return parts.length > 0 && end === parts.at(-1)?.end && /^\s*\.?\s*$/u.test(line.slice(end)) && lines.length >= 2 && lines.some((l) => STREET_NUMBER.test(l)) ? { lines, end } : undefined;
}

/**
 * The country an address run into a sentence ends with, as printed: the part alone ("Russian
 * Federation.", "Union of Myanmar(Burma).\"", a name the bracket gives), or the country and then the
 * next sentence that a lost line break ran onto it ("Russian Federation Urge him to"): `runOn`.
 */
function countryClosing(part: string): { printed: string; runOn: boolean } | undefined {
  const text = part.trim().replace(/[.,;"”'’»]+$/u, '');
  const bracket = /^(.+?)\s*\(([^()]+)\)$/u.exec(text);
  if (countryCode(text) !== undefined || (bracket && (countryCode(bracket[1] ?? '') ?? countryCode(bracket[2] ?? '')) !== undefined)) return { printed: text, runOn: false };
  const words = text.split(/\s+/u);
  for (let k = Math.min(4, words.length - 2); k >= 1; k--) {
    const head = words.slice(0, k).join(' ');
    if (countryCode(head) !== undefined && /^\p{Lu}\p{Ll}+$/u.test(words[k] ?? '') && /^\p{Ll}/u.test(words[k + 1] ?? '')) return { printed: head, runOn: true };
  }
  return undefined;
}

/** "to Jane Doe, Minister …", "à Jean Exemple, ministre …": the name right after "to", then a comma. */
const NAME_START = new RegExp(String.raw`(?:^|\s)${TO}\s+(?=\S)`, 'gu');
const OFFICE_AFTER = new RegExp(String.raw`^${OFFICE_WORD}\b`, 'u');
/**
 * "…, líder da República Islâmica do Irã", "…, Supreme Leader of Iran": after a name and a comma, a
 * leader is an office only as a state's ("leader" alone is as often a movement's, whose leader may be
 * the person at risk), folded.
 */
const STATE_LEADER = /^(?:supreme leader|leader supremo|lider supremo|guida suprema|guide supreme|(?:leader|lider) (?:of the|of|da|de la|de|do|della) (?:republic|republica|repubblica|islamic|nation|state|estado))\b/u;
/**
 * A military or clerical rank before the name in a sentence ("Senior General …", as Dutch and Nordic
 * pages glue it, "Seniorgeneral …"; "Ayatollah", the Portuguese "Aiatolá"): printed, no part of the name.
 */
const RANK_BEFORE_NAME = /^(?:(?:vice[- ]?)?senior[- ]?general|field marshal|(?:grand )?ayatollah|ayatol[aá]|aiatol[aá])\s+/iu;

/**
 * "Please write to Jane Example Doe, Minister of Justice, at …", "Écrivez à Jean Exemple, ministre
 * de l'Intérieur : …": the name first, then the office after a comma, up to the next comma or colon.
 */
function nameThenOffice(line: string, folded: string): Found | undefined {
  for (const m of folded.matchAll(NAME_START)) {
    const from = m.index + m[0].length;
    const words = line.slice(from).split(/\s+/).slice(0, 24);
    const run = nameRun(words);
    if (run.length < 2 || run.length > 7 || !/,$/u.test(run.at(-1) ?? '') || OFFICE_TOKEN.test(fold(clean(run[0] ?? '')))) continue;
    // "to Exampleland's Prime Minister, …": a possessive names whose office it is (a country's), never a person.
    if (run.some((w) => /\p{L}['’]s,?$/u.test(w))) continue;
    const printed = run.map(clean).join(' ');
    const nameEnd = line.indexOf(run.at(-1) ?? '', from) + (run.at(-1)?.length ?? 0);
    const rest = line.slice(nameEnd);
    const office = /^\s*([^,:;@]{3,80}?)\s*(?=[,:;]|\s(?:at|via|par|por|per|unter|an)\s|$)/u.exec(rest);
    const title = office?.[1]?.trim();
    if (!title || !(OFFICE_AFTER.test(fold(title)) || STATE_LEADER.test(fold(title)))) continue;
    // "Seniorgeneral Thán Shwe, Chairman …", "Aiatolá Sayed Ali Exemplo, líder …": his rank is no part of his name.
    const rank = RANK_BEFORE_NAME.exec(printed);
    const name = rank ? printed.slice(rank[0].length) : printed;
    if (rank && !name.includes(' ')) continue;
    return { title, ...(rank ? { honorific: rank[0].trim() } : {}), name, end: nameEnd + (office?.[0].length ?? 0) };
  }
  return undefined;
}

/**
 * "l'ambassade de RDC à Bruxelles : c@…" → a copy recipient named by its institution, which stands
 * in for the name (and is not kept as the organisation too, or a letter would print it twice).
 */
function copyOf(institution: string, emails: readonly string[], line: number): ImportedOfficial {
  const name = institution.charAt(0).toUpperCase() + institution.slice(1);
  return { line, confidence: 'low', nameFromOffice: true, name: { value: name, line }, address: [], emails: emails.map((value) => ({ value, line })), copy: true, unsure: [] };
}

/**
 * From the office word on: the office's words up to the name, a courtesy title, and the name — two
 * to seven capitalised words. A capitalised run right after "de", "of" is the office's own ("de
 * RDC", "of Justice"); after a state word ("de la République Jane Doe") the rest may be the name.
 */
function officeAndName(line: string, from: number): Found | undefined {
  const tokens = [...line.slice(from).matchAll(/\S+/gu)].slice(0, 24).map((m) => ({ text: m[0], at: from + m.index }));
  let honorific: string | undefined;
  for (let i = 1; i < tokens.length && i <= 12; i++) {
    const previous = tokens[i - 1]?.text ?? '';
    // The office's phrase ends at a colon, an email or a sentence's end: no name came.
    if (/[:;.!?]$/u.test(previous) && !COURTESY.test(previous) || previous.includes('@')) return undefined;
    const token = tokens[i]?.text ?? '';
    // "au Premier ministre pour lui demander de protéger Jane Doe": the sentence went on past the
    // office; a capitalised name after that is whoever the letter is about, not the office holder.
    if (SENTENCE_GOES_ON.test(fold(token))) return undefined;
    if (COURTESY.test(token)) {
      honorific = token;
      continue;
    }
    if (!capitalised(token) || (honorific === undefined && OFFICE_TOKEN.test(fold(clean(token))))) continue;
    let run = nameRun(tokens.slice(i).map((t) => t.text));
    let start = i;
    // "le guide suprême d'Iran, Ali Exemple,": a comma after the joined word closes the office; the name follows.
    if (honorific === undefined && OFFICE_JOIN.test(previous) && !previous.endsWith(',')) {
      // "de la République Jane Doe": the state word is the office's, the rest the name.
      if (!STATE_WORD.test(clean(token)) || run.length < 3 || !capitalised(run[1] ?? '') || /,$/u.test(token)) {
        // "the President of Exampleland Mr J K Example": the office's own words end at a courtesy
        // title, and the name comes after it (its words are no part of the office).
        const courtesy = run.findIndex((w, k) => k > 0 && COURTESY.test(w));
        i += (courtesy > 0 ? courtesy : run.length) - 1;
        continue;
      }
      run = run.slice(1);
      start = i + 1;
    }
    // "President Jane Doe The Example House, 12 Main Street, …": the envelope run into the sentence; the building's name is no part of his.
    const building = buildingAfterName(run);
    if (building !== undefined) run = run.slice(0, building);
    // "au Premier ministre Trudeau au …", "call President Example at …": the office holder named by his surname alone.
    if (run.length === 1 && isSurnameAfterOffice(tokens, start)) run = [run[0] ?? ''];
    // "…della Repubblica, Palazzo Esempio, 00100 Roma": a building or a street, not a person.
    else if (run.length < 2 || run.length > 7 || PLACE_WORD.test(clean(run[0] ?? '')) || opensAddress(clean(run[0] ?? ''))) return undefined;
    const last = tokens[start + run.length - 1];
    if (!last) return undefined;
    const title = line.slice(tokens[0]?.at ?? from, tokens[honorific ? start - 1 : start]?.at ?? from).replace(/[\s,]+$/u, '').trim();
    const found: Found = { title, honorific, name: run.map(clean).join(' '), end: last.at + clean(last.text).length };
    const house = building === undefined ? undefined : tokens.slice(start + building).findIndex((t) => t.text.endsWith(','));
    const houseEnd = house === undefined ? undefined : tokens[start + (building ?? 0) + house];
    if (houseEnd) found.building = { text: line.slice(tokens[start + (building ?? 0)]?.at ?? 0, houseEnd.at + clean(houseEnd.text).length), end: houseEnd.at + clean(houseEnd.text).length };
    return found;
  }
  return undefined;
}

/** "Office", "Palace": a capitalised word after an office that names his institution, never his surname. */
const INSTITUTION_AFTER = /^(?:office|bureau|cabinet|ministry|ministere|ministerio|ministerium|ministero|palace|palais|palacio|house|council|conseil|consejo|court|cour|department|secretariat|government|gouvernement|gobierno|regierung|service|services|agency|authority|administration|commission|committee|police|army|forces|guard|unit|staff|team|delegation|mission|embassy)$/u;

/**
 * A surname alone right after the office ("Premier ministre Trudeau au …", "President Example at
 * …", "Präsident Beispiel unter …"): one word of letters, no office, state, place, institution or
 * country, the office's last word right before it, and the sentence going on in lower case, a
 * number or a stop after it. Anything else is no name.
 */
function isSurnameAfterOffice(tokens: ReadonlyArray<{ text: string }>, at: number): boolean {
  const word = tokens[at]?.text ?? '';
  const bare = clean(word);
  const before = fold(clean(tokens[at - 1]?.text ?? ''));
  const after = tokens[at + 1]?.text;
  // After a qualifier the word is the office's own ("Oberste Justizautorität", "Supreme Leader").
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(bare) || !(OFFICE_TOKEN.test(before) || hasOfficeWord(before)) || QUALIFIER.test(before)) return false;
  // "an den Ministerpräsidenten Vietnams", "the President of Exampleland's …": a country in the
  // genitive says whose office it is, and is never the holder's name.
  if (hasOfficeWord(fold(bare)) || STATE_WORD.test(bare) || PLACE_WORD.test(bare) || INSTITUTION_AFTER.test(fold(bare)) || opensAddress(bare) || countryCode(bare) !== undefined || isGenitiveCountry(bare)) return false;
  return after === undefined || /[,:;.!?]$/u.test(word) || /^(?:\p{Ll}|[+(\d])/u.test(after);
}

/** Words that carry the sentence on after the office (a purpose, a pronoun, a verb of asking): no name of the office holder comes after them. */
const SENTENCE_GOES_ON = /^(?:pour|afin|to|asking|urging|calling|demanding|um|lui|leur|him|her|them|ihn|ihm|que|qui|that|who|which|whom|demander|demandant|exiger|exigeant|pidiendo|pidiendole|exigiendo|solicitando|fordern|auffordern|chiedendo|chiedere|pedindo|exigindo)$/u;

/** The capitalised words (and particles) from here; a word ending in a comma, colon or stop ends it. */
function nameRun(words: readonly string[]): string[] {
  const run: string[] = [];
  for (const w of words) {
    if (!capitalised(w) && !PARTICLE.test(w)) break;
    // "Call Governor Jane Example NOW!": a shouted "now" or "today" after the name urges; it is no surname.
    if (run.length > 0 && URGING.test(fold(clean(w)))) break;
    run.push(w);
    if (/[,:;.!?]$/u.test(w) && !/^\p{Lu}\.$/u.test(w)) break;
  }
  // A name does not end in a particle ("… Doe and" was cut before "and"; "de" at the end is no part of it).
  while (run.length > 0 && PARTICLE.test(run.at(-1) ?? '')) run.pop();
  return run;
}

/** Words of urging a call-to-action shouts after the name ("… NOW!", "… Today!"), folded. */
const URGING = /^(?:now|today|tonight|immediately|asap|urgently|ahora|hoy|ya|maintenant|aujourd'hui|jetzt|heute|sofort|subito|oggi|agora|hoje)$/u;

/**
 * A name's words run on into the envelope's next line ("Jane Doe The Example House,", "Jan Beispiel
 * Palais Exemple,", "Juan Ejemplo Ministerio de …,"): an article or a building's or ministry's word,
 * after two words of the name at least, opens the building, up to the comma that ends it. Where it
 * starts, or undefined.
 */
const BUILDING_OPENER = /^(?:the|palazzo|palais|palace|palacio|palácio|palast|ministry|ministere|ministère|ministerio|ministério|ministerium|ministero)$/iu;
function buildingAfterName(run: readonly string[]): number | undefined {
  if (!/,$/u.test(run.at(-1) ?? '')) return undefined;
  const at = run.findIndex((w, k) => k >= 2 && BUILDING_OPENER.test(w));
  return at > 0 && at < run.length - 1 && isPersonName(run.slice(0, at).join(' ')) ? at : undefined;
}

/** Words that open a building's or a square's name, never a person's ("Palazzo Esempio", "Piazza …"). */
const PLACE_WORD = /^(?:palazzo|palais|palace|palacio|palácio|palast|schloss|piazza|largo|corso|castello)$/iu;

/** "Jean-Marc", "Mohseni", "al-Sissi", "O'Brien". */
function capitalised(word: string): boolean {
  return /^[‘'’]?\p{Lu}[\p{L}\p{M}'’.-]*[,:;.!?]?$/u.test(word) || /^(?:al|el|ad|as|ash|an|bin|ibn)-\p{Lu}/u.test(word);
}

const clean = (word: string): string => word.replace(/[,:;!?]+$/u, '').replace(/(?<=\p{L}{2})\.$/u, '');
