// An open letter or appeal may open with its addressees one a line, each opened by a "to" word,
// the dative that addresses a letter, with no way to reach any of them:
//   - al Segretario generale dell'Esempio          A Sua Excelência o Senhor Presidente da …
//   - agli Alti commissari per …                    Fulano Exemplo
//   - a tutti i parlamentari italiani               Ao Primeiro Ministro da República …
//   e per opportuna conoscenza                      Excelentíssimo Senhor Beltrano Exemplo
//   - al Ministro degli affari esteri               Aos Presidentes dos Partidos na Assembleia …
//   - ai mezzi d'informazione
//   To the Prosecutor General of the Republic of Exampleland / B. N. Sampleov / To the Commissioner …
// Each office is one official: with the person's name on the very next line, that person with the
// office as title; else the office itself, without its article, names him ("tutti i parlamentari
// italiani"). Offices after a copies line ("e per opportuna conoscenza") are copies; the media
// ("ai mezzi d'informazione") are nobody to write to, left out and reported. Never invent: the stack
// starts at a "to" word, every item is a short line with no sentence in it, the first names an office,
// at least two are read, and a greeting or the letter's text follows it closely.
import { isCopiesHeading } from './furniture.js';
import { findLandmarks } from './landmarks.js';
import { isProse } from './line-kinds.js';
import { greetsEveryone } from './addressee-stack.js';
import { reachableBy, type ImportedOfficial } from './official-block.js';
import type { OfficialsResult } from './officials.js';
import { isOrganisation, isPersonName, isRoleLike, splitHonorific } from './official-words.js';
import { follows, isSpacedRange } from './spacing.js';
import { NOT_AN_OFFICE, officeAfterToWord } from './to-word.js';
import { fold, isBlank, lineAt, nextNonBlank } from './text.js';
import { isDateline } from './written-date.js';
import { found, sourceLine, type ImportText } from './types.js';

/** Lines looked at for the stack's first line: an open letter's head, not a page. */
const SEARCH_LINES = 80;
/** Lines from the stack's first that tell whether the page puts a blank line after every line. */
const SPACED_LOOK = 12;
/** Blank lines at most between two lines of the stack. */
const MAX_GAP = 2;

/** "e per opportuna conoscenza", "per conoscenza", "p.c.": the offices after it get copies (folded). */
const COPIES_LINE = /^(?:e\s+)?(?:per\s+(?:opportuna\s+)?conoscenza|p\.\s?c\.?|e\s+p\.\s?c\.?|para conhecimento|con copia a|com copia para)\s*:?$/u;
/** The media, the press: whom an appeal is also sent to, no office to write to (folded). */
const MEDIA = /^(?:i\s+|the\s+|os\s+|los\s+)?(?:mezzi d['’]?\s?informazione|organi di (?:stampa|informazione)|stampa|media|press|meios de comunicacao|comunicacao social|medios de comunicacion|prensa)\b/u;
/** "Excelentíssimo Senhor", "Excelentíssima Senhora": the courtesy over a name, glued to it on some pages ("SenhoraCicrana"), its "e" lost on some ("Exclentíssima"). */
const GLUED_COURTESY = /^((?:[Ee]xce?lent[ií]ssim[oa]|[Ee]xm[oa]\.?)\s+[Ss]enhora?|[Ss]enhora?)(?=\p{Lu}\p{Ll})/u;

interface StackItem {
  /** The document line of the office. */
  n: number;
  office: string;
  name?: { n: number; value: string; honorific?: string | undefined } | undefined;
  copy: boolean;
}

export interface ToWordStack {
  officials: ImportedOfficial[];
  /** Every line of the stack (offices, names, the copies line, the media). */
  lines: number[];
  /** The stack's last line. */
  to: number;
  /** Lines of the stack read as nobody to write to (the media). */
  left: Array<{ n: number; why: string }>;
}

/**
 * "Excelentíssimo Senhor Beltrano Exemplo", "B. N. Sampleov": a person named under an office. The
 * office's first words repeated after the name ("Senhora Cicrana Exemplo Ministra da Justiça" under
 * "À Ministra da Justiça e …") are the office again, no part of the name.
 */
function personUnder(line: string, office: string): { value: string; honorific?: string | undefined } | undefined {
  const text = line.trim().replace(/,\s*$/u, '').replace(GLUED_COURTESY, '$1 ');
  if (text.length > 90 || NOT_AN_OFFICE.test(text)) return undefined;
  const { honorific, rest } = splitHonorific(text);
  const name = withoutOfficeAfter(rest, office);
  if (name.length > 60 || !isPersonName(name) || isRoleLike(name) || isOrganisation(name)) return undefined;
  return { value: name, honorific };
}

/** `name` without the office's first two words or more at its end; as it is when they are not there. */
function withoutOfficeAfter(name: string, office: string): string {
  const words = office.split(/\s+/u);
  for (let k = words.length; k >= 2; k--) {
    const repeated = ` ${words.slice(0, k).join(' ')}`;
    if (name.endsWith(repeated)) return name.slice(0, -repeated.length).trim();
  }
  return name;
}

/** The stack of addressees opened by "to" words near the top of the page; undefined when there is none. */
export function readToWordStack(doc: ImportText): ToWordStack | undefined {
  const last = Math.min(doc.lines.length, SEARCH_LINES);
  for (let n = 1; n <= last; n++) {
    const office = officeAfterToWord(lineAt(doc, n));
    // The first office must read as one: a list's first line opened by "a" could be anything else.
    if (office === undefined || !(isRoleLike(office) || isOrganisation(office))) continue;
    const stack = stackFrom(doc, n);
    if (stack) return stack;
  }
  return undefined;
}

function stackFrom(doc: ImportText, first: number): ToWordStack | undefined {
  const items: StackItem[] = [];
  const lines: number[] = [];
  const left: ToWordStack['left'] = [];
  let copy = false;
  let end = first - 1;
  // A page with a blank line after every line parts a name from its office too (spacing.ts).
  const spaced = isSpacedRange(doc, { from: first, to: Math.min(doc.lines.length, first + SPACED_LOOK) });
  for (let n = first; n <= doc.lines.length; n++) {
    const text = lineAt(doc, n);
    // A blank line or two part the offices from the copies line; a wider gap ends the stack.
    if (isBlank(text)) {
      if (n - end > MAX_GAP) break;
      continue;
    }
    const office = officeAfterToWord(text);
    if (office !== undefined) {
      if (MEDIA.test(fold(office))) left.push({ n, why: 'the media, whom the appeal also goes to: no office to write to' });
      else items.push({ n, office, copy });
      lines.push(n);
      end = n;
      continue;
    }
    const open = items.at(-1);
    // The person under the office line, on the very next line.
    const person = open && open.name === undefined && follows(doc, open.n, n, spaced) ? personUnder(text, open.office) : undefined;
    if (open && person) {
      open.name = { n, ...person };
      lines.push(n);
      end = n;
      continue;
    }
    if (items.length > 0 && (COPIES_LINE.test(fold(text.trim())) || isCopiesHeading(text.trim()))) {
      copy = true;
      lines.push(n);
      end = n;
      continue;
    }
    break;
  }
  if (items.length < 2 || items.every((i) => i.copy) || !letterFollows(doc, end)) return undefined;
  return { officials: items.map(officialOf), lines, to: end, left };
}

/** A greeting, a dateline, or the letter's first paragraph a few lines under the stack (a heading and a signer's line may stand between). */
function letterFollows(doc: ImportText, end: number): boolean {
  const { salutation } = findLandmarks(doc);
  if (salutation !== undefined && salutation > end && salutation - end <= 8) return true;
  let n = nextNonBlank(doc, end + 1, end + 3);
  for (let k = 0; n !== undefined && k < 3; k++) {
    const text = lineAt(doc, n);
    if (isProse(text) || isDateline(text)) return true;
    if (text.length > 80) return false;
    n = nextNonBlank(doc, n + 1, n + 3);
  }
  return false;
}

function officialOf(item: StackItem): ImportedOfficial {
  const office = { value: item.office, line: item.n };
  const base = { line: item.n, confidence: 'low' as const, address: [], emails: [], copy: item.copy, unsure: [] };
  // "tutti i parlamentari italiani": named by the office, which a name's capital opens.
  if (!item.name) return { ...base, nameFromOffice: true, name: { ...office, value: office.value.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) } };
  const honorific = item.name.honorific === undefined ? undefined : { value: item.name.honorific, line: item.name.n };
  return { ...base, nameFromOffice: false, name: { value: item.name.value, line: item.name.n }, honorific, title: office };
}

/**
 * The stack's officials in place of what the block readers made of its lines, when no reader found
 * anyone to reach (an email, a fax, a number, a handle): officials read elsewhere stay. A greeting in
 * the plural right under the stack ("Egregi signori,", "Excelentíssimos Dignatários,") greets each
 * of them, those the stack sends the letter to for information ("e per opportuna conoscenza") too:
 * the greeting is in the plural because it greets every addressee listed, and theirs is the same letter.
 */
export function withToWordStack(doc: ImportText, read: OfficialsResult): OfficialsResult {
  const before = read.officials.found ? read.officials.value : [];
  if (before.some((o) => reachableBy(o, ['email', 'fax', 'phone', 'twitter']))) return read;
  const stack = readToWordStack(doc);
  if (!stack) return read;
  const inStack = new Set(stack.lines);
  const kept = before.filter((o) => ![o.line, o.name?.line, o.title?.line, ...o.address.map((a) => a.line)].some((n) => n !== undefined && inStack.has(n)));
  const { salutation } = findLandmarks(doc);
  const greeting = salutation === undefined ? '' : lineAt(doc, salutation).trim().replace(/\s*[,:]$/u, '');
  if (salutation !== undefined && salutation > stack.to && salutation - stack.to <= 8 && greeting.length <= 80 && greetsEveryone(greeting)) {
    for (const o of stack.officials) o.salutation = { value: greeting, line: salutation, confidence: 'medium' };
  }
  const officials = [...kept, ...stack.officials].sort((a, b) => a.line - b.line);
  const stackSource = new Set(stack.lines.map((n) => sourceLine(doc, n)));
  const skipped = [...read.skipped.filter((s) => !stackSource.has(s.line)), ...stack.left.map((l) => ({ line: sourceLine(doc, l.n), text: lineAt(doc, l.n), why: l.why }))];
  return { officials: found(officials, 'low', officials[0]?.line ?? 1, 'addressees one a line, each opened by a "to" word ("al …", "Ao …", "To the …"), above the letter: no address, email or number printed'), skipped };
}
