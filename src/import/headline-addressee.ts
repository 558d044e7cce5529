// Open letters and petitions whose headline, or the sentence that presents them, names whom they
// are written to, with no block of contact details anywhere on the page:
//   Carta Aberta a Sua Excia Jacinto Exemplo,        (his office on the next line)
//   Presidente da Republica
//   Carta al Fiscal General de la República de Ejemplo, Darío Muestra Cura
//   Exijamos al gobernador Juan Manuel Ejemplo que pare de …
//   Der Appell geht an den Präsidenten von Exemplarien, Paul Muster:
// Only a person's name with an office beside it (before it, after a comma, or alone on the next
// line) makes an official: a headline that names no one to write to gives none.
import { germanNominative } from './german-office-case.js';
import { hasOfficeWord } from './office-words.js';
import type { ImportedOfficial } from './official-block.js';
import { isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole } from './official-words.js';
import { fold, nextNonBlank } from './text.js';
import { headLines, lineAt } from './doc-lines.js';
import { findLandmarks } from './landmarks.js';
import { greetingStack } from './greeting-stack.js';
import { afterKicker } from './letter-heading.js';
import { mentionsIn } from './prose-emails.js';
import { holderInAnyLanguage } from './office-holder.js';
import type { ImportText } from './types.js';

/** "Carta Aberta a …", "Carta al …", "(An) open letter to …", "Lettre ouverte à …", "Offener Brief an …" (after a blog's kicker, "El mundo merece saberlo: "): the headline's opening, then whom. */
// English puts an article before it ("An open letter to …", "My letter to …").
// "Open letter from the Secretary General Jane Doe to President …": the sender after "from", "von", is passed over, never taken.
const LETTER_TO = /^(?:(?:an?|my|our)\s+)?(?:carta(?: aberta| abierta)?|open letter|letter|lettre(?: ouverte)?|(?:offener )?brief)(?:\s+(?:from|von)\s+[^,:;]{3,80}?)?\s+(?:a|ao|à|al|a la|to|an|an den|an die)\s+(\S.{3,150}?)\s*,?$/iu;
/** "Der Appell geht an den …, Name:", "This appeal is addressed to the …, Name:": the sentence, then the office, a comma and the name. */
const APPEAL_TO = /^(?:(?:der|die|das|unser|dieser|this|the|our)\s+)?(?:appell|aufruf|brief|petition|appeal|letter)\s+(?:geht|richtet sich|is addressed|goes)\s+(?:an|to)\s+(?:den|die|das|dem|the)?\s*(\S[^,:]{3,100}),\s+([^,:]{3,60}?)\s*[:.]$/iu;
/** "Exijamos al gobernador Juan Manuel Ejemplo que …", "Demand the governor Jane Doe to …": a demand of an office in lower case, the name, then what. */
const DEMAND = /^(?:exijamos|exijan|exige|exigimos|pidamos|pidan|pide|pedimos|demand|urge|tell)\s+(?:al|a la|a|the)\s+(\p{Ll}[\p{L} ]{2,40}?)\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){1,4})\s+(?:que|to)\s/u;
/** "Sua Excia", "Su Excelencia", "Vossa Excelência": the courtesy before the name (folded). */
const COURTESY = /^(?:(?:sua|su|vossa) (?:excia\.?|excelencia)|s\.\s?exa\.?)\s+/u;
/** The headline is one of the page's first lines. */
const HEAD_LINES = 4;

export function headlineAddressees(doc: ImportText): ImportedOfficial[] {
  for (const { n, line } of headLines(doc, HEAD_LINES)) {
    const text = line.trim();
    const officials = text.length <= 200 ? letterTo(doc, text, n) ?? asList(demanded(text, n)) : undefined;
    if (officials) return officials;
  }
  return appealSentence(doc);
}

function official(line: number, name: string, title: string, titleLine = line, honorific?: string): ImportedOfficial {
  return { line, confidence: 'low', nameFromOffice: false, name: { value: name, line }, ...(honorific ? { honorific: { value: honorific, line } } : {}), title: { value: title, line: titleLine }, address: [], emails: [], copy: false, unsure: [] };
}

/** The headline's office and person ("…, Darío Muestra Cura"), or its person with his office alone on the next line. */
function letterTo(doc: ImportText, text: string, n: number): ImportedOfficial[] | undefined {
  const kicked = afterKicker(text);
  const whom = (kicked === undefined ? undefined : LETTER_TO.exec(kicked)?.[1]) ?? LETTER_TO.exec(text)?.[1];
  if (whom === undefined) return undefined;
  const offices = twoOffices(doc, whom, n);
  if (offices) return offices;
  const comma = /^([^,]{3,100}),\s+([^,]{3,60})$/u.exec(whom);
  if (comma) {
    const [office = '', name = ''] = [comma[1]?.replace(/^(?:el|la|the|le|o|a|den|die)\s+/iu, ''), comma[2]];
    return isOffice(office) && isPerson(name) ? [official(n, name, office)] : undefined;
  }
  const courtesy = COURTESY.exec(fold(whom))?.[0].length ?? 0;
  const name = whom.slice(courtesy).trim();
  const { honorific, rest } = splitHonorific(name);
  const person = honorific === undefined ? name : rest;
  // "… to President Jane Example": the office, then his name, in the headline.
  const role = isPerson(person) ? undefined : splitLeadingRole(person);
  if (role && isPerson(role.name)) return [official(n, role.name, role.title, n, honorific)];
  if (!isPerson(person)) return officeGreeted(doc, whom, n);
  // "Carta Aberta a Sua Excia Jacinto Exemplo," / "Presidente da Republica": his office under the headline.
  const next = nextNonBlank(doc, n + 1, n + 2) ?? n + 1;
  const office = lineAt(doc, next).trim().replace(/[,.]$/u, '');
  if (!isOffice(office)) return undefined;
  const printed = [courtesy > 0 ? whom.slice(0, courtesy).trim() : undefined, honorific].filter((h) => h !== undefined).join(' ');
  return [official(n, person, office, next, printed === '' ? undefined : printed)];
}

/** How far under the headline the letter's greeting is looked for, when the headline names an office alone. */
const GREETING_LINES = 6;

/**
 * "An open letter to Bahrain's ambassador" / "Your Excellency,": a headline that names an office and
 * no person, right above the letter's greeting, writes to whoever holds it. The office stands in for
 * the name (as a page that names no one is drafted), at low confidence; a headline with no greeting
 * under it (a news item about a letter) names no one to write to.
 */
function officeGreeted(doc: ImportText, whom: string, n: number): ImportedOfficial[] | undefined {
  const office = whom.replace(/^the\s+/iu, '').replace(/[.:]$/u, '');
  if (!isOffice(office) || office.split(/\s+/u).length > 6 || isPersonName(office)) return undefined;
  const salutation = findLandmarks(doc).salutation;
  if (salutation === undefined || salutation <= n || salutation > n + GREETING_LINES) return undefined;
  // "Letter to the King of Exampleland" on a page that names him under it, in its own language
  // ("… aan Koning Karel bin Voorbeeld"): the office stands in for no one (office-holder.ts).
  const holder = holderInAnyLanguage(doc, office);
  if (holder === null) return undefined;
  if (holder) return [{ line: n, confidence: 'low', nameFromOffice: false, name: { value: holder.name, line: holder.line }, title: { value: office, line: n }, address: [], emails: [], copy: false, unsure: [] }];
  return [{ line: n, confidence: 'low', nameFromOffice: true, name: { value: office, line: n }, address: [], emails: [], copy: false, unsure: [] }];
}

/** How far under the headline the line naming an office's holder is looked for. */
const HOLDER_LINES = 3;

/**
 * "Brief an Bundespräsidentin und Bundesrat" / "Unser Brief an Bundespräsidentin Micheline Beispiel
 * vom …" / "Sehr geehrte Frau Bundespräsidentin" / "Sehr geehrte Bundesrätinnen und Bundesräte":
 * two offices written to, each its own official: the person a line under the headline names with
 * that office, else the office itself (a council). Each is greeted by its own line of the greetings
 * stacked at the letter's head, in the headline's order, when there is one for each.
 */
function twoOffices(doc: ImportText, whom: string, n: number): ImportedOfficial[] | undefined {
  const parts = whom.split(/\s+(?:und|and|et|y|e)\s+/u);
  if (parts.length !== 2 || !parts.every((p) => isOffice(p) && p.split(/\s+/u).length <= 4)) return undefined;
  const officials = parts.map((office) => holderUnder(doc, office, n) ?? { line: n, confidence: 'low' as const, nameFromOffice: true, name: { value: office, line: n }, address: [], emails: [], copy: false, unsure: [] });
  if (!officials.some((o) => !o.nameFromOffice)) return undefined;
  const salutation = findLandmarks(doc).salutation;
  const stack = salutation === undefined ? [] : greetingStack(doc, salutation);
  if (stack.length === officials.length) officials.forEach((o, i) => (o.salutation = { value: lineAt(doc, stack[i] ?? 0).trim(), line: stack[i] ?? 0, confidence: 'medium' }));
  return officials;
}

/** The person a line under the headline names with `office` right before his name. */
function holderUnder(doc: ImportText, office: string, n: number): ImportedOfficial | undefined {
  for (let m = n + 1; m <= Math.min(doc.lines.length, n + HOLDER_LINES); m++) {
    const text = lineAt(doc, m);
    if (!fold(text).includes(fold(office))) continue;
    const held = mentionsIn(text).find((x) => x.title !== undefined && fold(x.title) === fold(office));
    if (held) return official(m, held.name, office);
  }
  return undefined;
}

/** "Exijamos al gobernador Juan Manuel Ejemplo que …": the office demanded of, and the holder's name. */
function demanded(text: string, n: number): ImportedOfficial | undefined {
  // The verb opens the headline with a capital, the name keeps its own: only the first letter is lowered.
  const m = DEMAND.exec(text.charAt(0).toLowerCase() + text.slice(1));
  const [office = '', name = ''] = [m?.[1], m?.[2]];
  return m && hasOfficeWord(fold(office)) && isPerson(name) ? official(n, name, office) : undefined;
}

/** How far down the sentence that presents the appeal is looked for. */
const SENTENCE_LINES = 60;

/** "Der Appell geht an den Präsidenten von Exemplarien, Paul Muster:": the office and the person after it. */
function appealSentence(doc: ImportText): ImportedOfficial[] {
  for (let n = 1; n <= Math.min(doc.lines.length, SENTENCE_LINES); n++) {
    const text = lineAt(doc, n).trim();
    // Cheap first: a comma, a closing colon or stop, and the word for an appeal or a letter.
    if (text.length > 200 || !text.includes(',') || !/[:.]$/u.test(text) || !/appell|aufruf|brief|petition|appeal|letter/iu.test(text)) continue;
    const m = APPEAL_TO.exec(text);
    const [office = '', name = ''] = [nominative(m?.[1]?.trim() ?? ''), m?.[2]?.trim()];
    if (m && isOffice(office) && isPerson(name)) return [official(n, name, office)];
  }
  return [];
}

const asList = (o: ImportedOfficial | undefined): ImportedOfficial[] | undefined => (o ? [o] : undefined);

/** An office, not a person nor an institution. */
const isOffice = (text: string): boolean => text.length <= 100 && isRoleLike(text) && !isOrganisation(text) && !/[@\d:;()]/u.test(text);
/** A personal name of two words at least, no office in it. */
const isPerson = (text: string): boolean => text.split(/\s+/u).length >= 2 && !/[@\d:;()]/u.test(text) && isPersonName(text) && !isRoleLike(text);

/** "Präsidenten von Exemplarien" after "an den": the office as an address line prints it ("Präsident von Exemplarien"). */
const nominative = germanNominative;
