// An official named only inside the instruction to the reader, with no block of contact lines:
// "… envoyez-le par email au Président Abdel Fattah al-Sissi : p.spokesman@op.gov.eg.", "Veuillez
// écrire une lettre … au roi Salman bin Abdulaziz al Saoud:", "Please write to President Jane
// Doe: office@example.org", "… au Ministre de la Justice du pays, M. Jean Exemple, à l'adresse
// email : a@… ou b@…, mettez en copie l'ambassade à Bruxelles : c@…". Read only when no block of
// officials was found, and only from a line that tells the reader to write, send or copy: the
// office phrase after "to", the name in capitals (with its particles), and the emails of the
// clauses that follow. Anything less clear is left to the reader.
import { emailsIn } from './contact-line.js';
import { isInstruction } from './furniture.js';
import { sentenceClauses } from './sentence-clauses.js';
import type { ImportedOfficial } from './official-block.js';
import { fold } from './text.js';
import { sourceLine, type ImportText } from './types.js';

/** The verb that makes the line an instruction to write or send ("écrivez", "envoyez-le", "write", "copiez-collez"). */
const WRITE_VERB = /\b(?:geschickt|schicken sie|appellschreiben|ecri(?:re|vez|vant)|envoye[zr]|envoyant|adresse[zr]|adressant|copie[zr]|write|send|email|copy|escrib[ae]n?|escribele|envi[ae]n?|copia|schreiben sie|senden sie|kopieren sie|richten sie|skriv|skicka|escreva|envie|copie|dirig(?:e|id[ao]s?|iendo|ete|irse)|dirijan?)\b/;

/** "au", "to the", "al", "an den": the preposition before the office (folded text). */
const TO = String.raw`(?:au|a la|a l'|aux|to(?: the)?|al|a|an den|an die|an|ao|a|till)`;
/** Words that open an office: the phrase may go on in lower case ("Responsable du pouvoir judiciaire iranien"). */
const OFFICE_WORD = String.raw`(?:president|presidente|presidenta|roi|reine|king|queen|emir|sultan|rey|reina|ministre|minister|ministro|ministra|prime minister|premier ministre|procureur|prosecutor|attorney general|fiscal|responsable|head|chef|jefe|jefa|chief|directeur|directrice|director|directora|gouverneur|governor|gobernador|gobernadora|prasident(?:en|in)?|konig|ministerprasident(?:en|in)?|generalstaatsanwalt|staatsanwalt|justizminister(?:in)?|innenminister(?:in)?)`;
/** A word of the office itself, capitalised or not ("Prime Minister", "Attorney General", "Procureur Général"). */
const OFFICE_TOKEN = new RegExp(String.raw`^(?:${OFFICE_WORD}|general|generale|generala|public|publique|publico|publica|national|nacional|supreme|supremo|suprema|federal|deputy|vice|adjoint|premier)$`, 'u');
const OFFICE_START = new RegExp(String.raw`(?:^|\s)${TO}\s+(?=${OFFICE_WORD}\b)`, 'u');

/** A courtesy title just before the name ("M.", "Mme", "Mr", "Herrn", "Sr."). */
const COURTESY = /^(?:M\.|Mme\.?|Mlle\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sr\.|Sra\.|Herrn?|Frau|S\.\s?E\.|H\.\s?E\.|Excmo\.|Excma\.)$/u;
/** Small words that join a name's parts ("bin", "al", "de los"). */
const PARTICLE = /^(?:al|el|bin|ibn|bint|abu|ben|de|del|da|dos|das|do|van|von|der|la|los|las|y)$/u;
/** Small words inside an office after which a capitalised word belongs to it ("de la République", "of Justice"). */
const OFFICE_JOIN = /^(?:de|du|des|d['’]\S*|of|del|der|des|von|la|le|les|the|en|in|para|pour|for|fur|für)$/iu;
/** Words that stand for a state or an institution, never a person's first name ("République Emmanuel Macron"). */
const STATE_WORD = /^(?:r[ée]publique|republic|rep[uú]blica|republik|nation|naci[oó]n|estado|[ée]tat|state|staat|justice|justicia|justiz|int[ée]rieur|interior|cour|court|tribunal|royaume|kingdom|reino)$/iu;

interface Found {
  title: string;
  honorific?: string | undefined;
  name: string;
  /** Index in the line just after the name. */
  end: number;
}

export function sentenceOfficials(doc: ImportText, limit = 80): ImportedOfficial[] {
  for (let n = 1; n <= Math.min(doc.lines.length, limit); n++) {
    const line = doc.lines[n - 1] ?? '';
    if (line.length > 600) continue;
    const f = fold(line);
    if (!WRITE_VERB.test(f) && !isInstruction(line)) continue;
    // fold() keeps one character for one (accents dropped), so the offsets hold in the original line.
    if (f.length !== line.length) continue;
    const office = OFFICE_START.exec(f);
    const who = office ? officeAndName(line, office.index + office[0].length) : nameThenOffice(line, f);
    const at = sourceLine(doc, n);
    const role = !who && office ? roleOnly(line, office.index + office[0].length) : undefined;
    if (role) return [roleOfficial(role, at), ...sentenceClauses(line.slice(role.end)).copies.map((c) => copyOf(c.institution, c.emails, at))];
    if (!who) continue;
    const { own, copies } = sentenceClauses(line.slice(who.end));
    const official: ImportedOfficial = {
      line: at,
      confidence: 'low',
      nameFromOffice: false,
      name: { value: who.name, line: at },
      honorific: who.honorific === undefined ? undefined : { value: who.honorific, line: at },
      title: who.title === '' ? undefined : { value: who.title.charAt(0).toUpperCase() + who.title.slice(1), line: at },
      address: [],
      emails: own.flatMap(emailsIn).map((value) => ({ value, line: at })),
      copy: false,
      unsure: [],
    };
    return [official, ...copies.map((c) => copyOf(c.institution, c.emails, at))];
  }
  return [];
}

/** "Justizminister (minister@…)", "Minister of Justice: minister@…": an office, then its email in brackets or after a colon. */
const ROLE_THEN_EMAIL = /^([^():@,;.!?]{3,60}?)\s*(?:\(\s*([^\s()]+@[^\s()]+)\s*\)|:\s*([^\s,;()]+@[^\s,;()]+))/u;

/**
 * "… per E-Mail an den Justizminister (minister@…) geschickt werden", "Write to the Minister of
 * Justice: minister@…": the page names the office and its email, and no person. The office is the
 * title; the name is left empty for the reader (a TODO), not filled with the office. The office's
 * words are its own: lower case, office words, or a capital after "of", "de", "der" ("of Justice").
 */
function roleOnly(line: string, from: number): { title: string; email: string; end: number } | undefined {
  const m = ROLE_THEN_EMAIL.exec(line.slice(from));
  const email = m ? emailsIn(m[2] ?? m[3] ?? '')[0] : undefined;
  const title = m?.[1]?.trim() ?? '';
  if (!m || email === undefined || /amnesty/i.test(email)) return undefined;
  const words = title.split(/\s+/);
  if (words.length > 6) return undefined;
  const own = words.every((w, i) => i === 0 || !/^\p{Lu}/u.test(w) || OFFICE_TOKEN.test(fold(clean(w))) || OFFICE_JOIN.test(words[i - 1] ?? '') || STATE_WORD.test(clean(w)));
  return own ? { title, email, end: from + m[0].length } : undefined;
}

function roleOfficial(role: { title: string; email: string }, line: number): ImportedOfficial {
  const title = role.title.charAt(0).toUpperCase() + role.title.slice(1);
  return { line, confidence: 'low', nameFromOffice: false, title: { value: title, line }, address: [], emails: [{ value: role.email, line }], copy: false, unsure: [] };
}

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
    if (run.length < 2 || run.length > 7) return undefined;
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

/** "Jean-Marc", "Mohseni", "al-Sissi", "O'Brien". */
function capitalised(word: string): boolean {
  return /^[‘'’]?\p{Lu}[\p{L}\p{M}'’.-]*[,:;.!?]?$/u.test(word) || /^(?:al|el|ad|as|ash|an|bin|ibn)-\p{Lu}/u.test(word);
}

const clean = (word: string): string => word.replace(/[,:;!?]+$/u, '').replace(/(?<=\p{L}{2})\.$/u, '');
