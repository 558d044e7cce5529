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
// …", "à l'ambassade : …"). Anything less clear is left to the reader.
import { countryCode } from '../channels/countries.js';
import { emailsIn } from './contact-line.js';
import { isInstruction } from './furniture.js';
import { opensAddress } from './official-words.js';
import { sentenceClauses } from './sentence-clauses.js';
import type { ImportedOfficial } from './official-block.js';
import { fold } from './text.js';
import { sourceLine, type ImportText } from './types.js';

/** The verb that makes the line an instruction to write or send ("écrivez", "envoyez-le", "write", "copiez-collez"). */
const WRITE_VERB = /\b(?:geschickt|schicken sie|appellschreiben|ecri(?:re|vez|vant)|envoye[zr]|envoyant|adresse[zr]|adressant|copie[zr]|write|send|email|copy|scriv(?:ete|i|ere)|invia(?:te|re)?|escrib[ae]n?|escribele|envi[ae]n?|copia|schreiben sie|senden sie|kopieren sie|richten sie|skriv|skicka|escreva|envie|copie|dirig(?:e|id[ao]s?|iendo|ete|irse)|dirijan?)\b/;

/** "au", "to the", "al", "an den": the preposition before the office (folded text). */
const TO = String.raw`(?:au|a la|a l'|aux|to(?: the)?|al|alla|all'|allo|ai|agli|a|an den|an die|an|ao|a|till)`;
/** Words that open an office: the phrase may go on in lower case ("Responsable du pouvoir judiciaire iranien"). */
const OFFICE_WORD = String.raw`(?:president|presidente|presidenta|roi|reine|king|queen|emir|sultan|rey|reina|ministre|minister|ministro|ministra|prime minister|premier ministre|procureur|prosecutor|attorney general|fiscal|responsable|head|chef|jefe|jefa|chief|directeur|directrice|director|directora|gouverneur|governor|gobernador|gobernadora|procuratore|procuratrice|governatore|ambasciatore|ambasciatrice|prasident(?:en|in)?|konig|ministerprasident(?:en|in)?|generalstaatsanwalt|staatsanwalt|justizminister(?:in)?|innenminister(?:in)?)`;
/** A word of the office itself, capitalised or not ("Prime Minister", "Attorney General", "Procureur Général"). */
const OFFICE_TOKEN = new RegExp(String.raw`^(?:${OFFICE_WORD}|general|generale|generala|public|publique|publico|publica|national|nacional|supreme|supremo|suprema|federal|deputy|vice|adjoint|premier)$`, 'u');
/** Where the addressee's words start: after "to" and its kind ("à l'", "all'" run on), or after a verb that takes him as its object ("Email the Minister at …"). */
const LEAD = String.raw`(?:${TO}\s+|a l'|all'|(?:e-?mail|contact) the\s+)`;
const OFFICE_START = new RegExp(String.raw`(?:^|\s)${LEAD}(?=${OFFICE_WORD}\b)`, 'u');

/** A courtesy title just before the name ("M.", "Mme", "Mr", "Herrn", "Sr."). */
const COURTESY = /^(?:M\.|Mme\.?|Mlle\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sr\.|Sra\.|Herrn?|Frau|S\.\s?E\.|H\.\s?E\.|Excmo\.|Excma\.)$/u;
/** Small words that join a name's parts ("bin", "al", "de los"). */
const PARTICLE = /^(?:al|el|bin|ibn|bint|abu|ben|de|del|da|dos|das|do|van|von|der|la|los|las|y)$/u;
/** Small words inside an office after which a capitalised word belongs to it ("de la République", "of Justice"). */
const OFFICE_JOIN = /^(?:de|du|des|d['’]\S*|of|del|della|dello|delle|degli|dei|di|der|des|von|la|le|les|the|en|in|para|pour|for|fur|für)$/iu;
/** Words that stand for a state or an institution, never a person's first name ("République Emmanuel Macron"). */
const STATE_WORD = /^(?:r[ée]publique|republic|rep[uú]blica|repubblica|republik|nation|naci[oó]n|estado|[ée]tat|state|staat|justice|justicia|justiz|int[ée]rieur|interior|cour|court|tribunal|royaume|kingdom|reino|regno)$/iu;

interface Found {
  title: string;
  honorific?: string | undefined;
  name: string;
  /** Index in the line just after the name. */
  end: number;
}

export function sentenceOfficials(doc: ImportText, limit = 80): ImportedOfficial[] {
  for (let n = 1; n <= Math.min(doc.lines.length, limit); n++) {
    const named = officialsOnLine(doc, n);
    if (named.length > 0) return named;
  }
  return [];
}

/** Every instruction near the top that names an official, line by line: on a page with blocks, each may give an email a block lacks. */
export function everySentenceOfficial(doc: ImportText, limit = 80): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  for (let n = 1; n <= Math.min(doc.lines.length, limit); n++) out.push(...officialsOnLine(doc, n));
  return out;
}

function officialsOnLine(doc: ImportText, n: number): ImportedOfficial[] {
  const line = doc.lines[n - 1] ?? '';
  if (line.length > 600) return [];
  const f = fold(line);
  if (!WRITE_VERB.test(f) && !isInstruction(line)) return [];
  // fold() keeps one character for one (accents dropped), so the offsets hold in the original line.
  if (f.length !== line.length) return [];
  const office = OFFICE_START.exec(f);
  const who = office ? officeAndName(line, office.index + office[0].length) : nameThenOffice(line, f);
  const at = sourceLine(doc, n);
  const role = !who && office ? roleOnly(line, office.index + office[0].length) : undefined;
  if (role) {
    const { own, copies } = sentenceClauses(line.slice(role.end));
    const emails = role.email === undefined ? own.flatMap(emailsIn) : [role.email];
    return [roleOfficial(role.title, role.address, emails, at), ...copies.map((c) => copyOf(c.institution, c.emails, at))];
  }
  const institution = !who && !role ? institutionOnly(line, f) : undefined;
  if (institution) return [institutionOfficial(institution, at), ...sentenceClauses(line.slice(institution.end)).copies.map((c) => copyOf(c.institution, c.emails, at))];
  if (!who) return [];
  const postal = addressAfter(line, who.end);
  const { own, copies } = sentenceClauses(line.slice(postal?.end ?? who.end));
  const official: ImportedOfficial = {
    line: at,
    confidence: 'low',
    nameFromOffice: false,
    name: { value: who.name, line: at },
    honorific: who.honorific === undefined ? undefined : { value: who.honorific, line: at },
    title: who.title === '' ? undefined : { value: nominative(who.title.charAt(0).toUpperCase() + who.title.slice(1)), line: at },
    address: (postal?.lines ?? []).map((value) => ({ value, line: at })),
    emails: own.flatMap(emailsIn).map((value) => ({ value, line: at })),
    copy: false,
    unsure: [],
  };
  return [official, ...copies.map((c) => copyOf(c.institution, c.emails, at))];
}

/**
 * "Justizminister (minister@…)", "Minister of Justice: minister@…", "the Minister at minister@…",
 * "fiscal general a fiscal@…": an office, then its email in brackets, after a colon, or after "at".
 */
const ROLE_THEN_EMAIL = /^([^():@,;.!?]{3,60}?)\s*(?:\(\s*([^\s()]+@[^\s()]+)\s*\)|(?::|\s(?:at|a|à|an|unter|all'indirizzo))\s*([^\s,;()]+@[^\s,;()]+))/u;

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
    return !/amnesty/i.test(email) && officeOnly(title) ? { title, email, address: [], end: from + m[0].length } : undefined;
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
  const title = nominative(office.charAt(0).toUpperCase() + office.slice(1));
  return { line, confidence: 'low', nameFromOffice: false, title: { value: title, line }, address: address.map((value) => ({ value, line })), emails: emails.map((value) => ({ value, line })), copy: false, unsure: [] };
}

/** Words that open an embassy or a consulate named as the one to write to ("à l'ambassade", "an die Botschaft"). */
const INSTITUTION_WORD = String.raw`(?:ambassade|embassy|embajada|botschaft|ambasciata|embaixada|consulat|consulate|consulado|konsulat|consolato|mission permanente|permanent mission|mision permanente|missione permanente)`;
const INSTITUTION_START = new RegExp(String.raw`(?:^|\s)${LEAD}(?=${INSTITUTION_WORD}\b)`, 'u');

/**
 * "Envoyez votre lettre par courriel à l'ambassade : a@…", "Write to the Embassy of Exampleland
 * at a@…": an embassy or consulate named with its email and no person. The institution, as
 * printed, is the organisation; the name is left to the reader, nobody is made up to head it.
 */
function institutionOnly(line: string, folded: string): { institution: string; email: string; end: number } | undefined {
  const start = INSTITUTION_START.exec(folded);
  if (!start) return undefined;
  const from = start.index + start[0].length;
  const m = ROLE_THEN_EMAIL.exec(line.slice(from));
  const email = m ? emailsIn(m[2] ?? m[3] ?? '')[0] : undefined;
  const institution = m?.[1]?.trim() ?? '';
  if (!m || email === undefined || /amnesty/i.test(email) || institution.split(/\s+/).length > 8) return undefined;
  return { institution: institution.charAt(0).toUpperCase() + institution.slice(1), email, end: from + m[0].length };
}

function institutionOfficial(found: { institution: string; email: string }, line: number): ImportedOfficial {
  return { line, confidence: 'low', nameFromOffice: false, organisation: { value: found.institution, line }, address: [], emails: [{ value: found.email, line }], copy: false, unsure: [] };
}

/** "00100 Roma", "10115 Berlin", "F-75008 Paris", "London SW1A 2AA": a postcode and its town, a postal address's last line before the country. */
const POSTCODE_TOWN = /^(?:(?:\p{Lu}{1,2}-)?\d{4,6}\s+\p{Lu}[\p{L}'’ -]{1,40}|\p{Lu}[\p{L}'’ -]{1,40}\s+\p{Lu}{1,2}\d[\p{Lu}\d]?\s?\d\p{Lu}{2})$/u;
/** An address part before the postcode: a street, a building, a box — a few words opening with a capital or a number. */
const ADDRESS_PART = /^[\p{Lu}\d][\p{L}\p{N}'’./ -]{1,50}$/u;

/**
 * "…, Herrn Max Muster, Beispielstraße 1, 10115 Berlin", "…, Mario Rossi, Palazzo Esempio, 00100
 * Roma": the postal address run on after the name, a part between commas each, read only when it
 * ends in a postcode and its town (and perhaps the country): anything else is the sentence's.
 */
function addressAfter(line: string, from: number): { lines: string[]; end: number } | undefined {
  const parts: Array<{ text: string; end: number }> = [];
  const next = /,\s*([^,;:@]{2,60})/uy;
  next.lastIndex = from;
  for (let m = next.exec(line); m && parts.length < 6; m = next.exec(line)) parts.push({ text: m[1] ?? '', end: next.lastIndex });
  const lines: string[] = [];
  for (const [i, part] of parts.entries()) {
    const text = part.text.trim().replace(/\.$/u, '');
    if (POSTCODE_TOWN.test(text)) {
      const country = parts[i + 1]?.text.trim().replace(/\.$/u, '');
      const withCountry = country !== undefined && countryCode(country) !== undefined;
      return { lines: [...lines, text, ...(withCountry ? [country] : [])], end: (withCountry ? parts[i + 1]?.end : undefined) ?? part.end };
    }
    if (i >= 3 || !ADDRESS_PART.test(text) || text.split(/\s+/).length > 6) return undefined;
    lines.push(text);
  }
  return undefined;
}

/** "an den Präsidenten": the German office after "an den" takes an ending the address line does not ("Präsident"). */
const nominative = (title: string): string => title.replace(/^((?:Minister|Bundes|Staats)?[Pp]räsident)en$/u, '$1');

/** "to Jane Doe, Minister …", "à Jean Exemple, ministre …": the name right after "to", then a comma. */
const NAME_START = new RegExp(String.raw`(?:^|\s)${TO}\s+(?=\S)`, 'gu');
const OFFICE_AFTER = new RegExp(String.raw`^${OFFICE_WORD}\b`, 'u');

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
    const name = run.map(clean).join(' ');
    const nameEnd = line.indexOf(run.at(-1) ?? '', from) + (run.at(-1)?.length ?? 0);
    const rest = line.slice(nameEnd);
    const office = /^\s*([^,:;@]{3,80}?)\s*(?=[,:;]|\s(?:at|via|par|por|per|unter|an)\s|$)/u.exec(rest);
    const title = office?.[1]?.trim();
    if (!title || !OFFICE_AFTER.test(fold(title))) continue;
    return { title, name, end: nameEnd + (office?.[0].length ?? 0) };
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
    if (COURTESY.test(token)) {
      honorific = token;
      continue;
    }
    if (!capitalised(token) || (honorific === undefined && OFFICE_TOKEN.test(fold(clean(token))))) continue;
    let run = nameRun(tokens.slice(i).map((t) => t.text));
    let start = i;
    if (honorific === undefined && OFFICE_JOIN.test(previous)) {
      // "de la République Jane Doe": the state word is the office's, the rest the name.
      if (!STATE_WORD.test(clean(token)) || run.length < 3 || !capitalised(run[1] ?? '') || /,$/u.test(token)) {
        i += run.length - 1;
        continue;
      }
      run = run.slice(1);
      start = i + 1;
    }
    // "…della Repubblica, Palazzo Esempio, 00100 Roma": a building or a street, not a person.
    if (run.length < 2 || run.length > 7 || PLACE_WORD.test(clean(run[0] ?? '')) || opensAddress(clean(run[0] ?? ''))) return undefined;
    const last = tokens[start + run.length - 1];
    if (!last) return undefined;
    const title = line.slice(tokens[0]?.at ?? from, tokens[honorific ? start - 1 : start]?.at ?? from).replace(/[\s,]+$/u, '').trim();
    return { title, honorific, name: run.map(clean).join(' '), end: last.at + clean(last.text).length };
  }
  return undefined;
}

/** The capitalised words (and particles) from here; a word ending in a comma, colon or stop ends it. */
function nameRun(words: readonly string[]): string[] {
  const run: string[] = [];
  for (const w of words) {
    if (!capitalised(w) && !PARTICLE.test(w)) break;
    run.push(w);
    if (/[,:;.!?]$/u.test(w) && !/^\p{Lu}\.$/u.test(w)) break;
  }
  // A name does not end in a particle ("… Doe and" was cut before "and"; "de" at the end is no part of it).
  while (run.length > 0 && PARTICLE.test(run.at(-1) ?? '')) run.pop();
  return run;
}

/** Words that open a building's or a square's name, never a person's ("Palazzo Esempio", "Piazza …"). */
const PLACE_WORD = /^(?:palazzo|palais|palace|palacio|palácio|palast|schloss|piazza|largo|corso|castello)$/iu;

/** "Jean-Marc", "Mohseni", "al-Sissi", "O'Brien". */
function capitalised(word: string): boolean {
  return /^[‘'’]?\p{Lu}[\p{L}\p{M}'’.-]*[,:;.!?]?$/u.test(word) || /^(?:al|el|ad|as|ash|an|bin|ibn)-\p{Lu}/u.test(word);
}

const clean = (word: string): string => word.replace(/[,:;!?]+$/u, '').replace(/(?<=\p{L}{2})\.$/u, '');
