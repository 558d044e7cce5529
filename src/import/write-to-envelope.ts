// A letter-writing marathon's page (Amnesty's "Maraton pisania listów", "Maraton psaní dopisů", the
// Italian or Dutch Write for Rights pages) shows case after case in the page's own language, each
// with a "write a letter to:" heading ("Napisz list do:", "Scrivi a:", "Schrijf een brief naar:"),
// the words of a button or two under it ("Pobierz wzór listu w wersji PDF", "Podpisz online"), and
// then the official's envelope in English with its line breaks lost: "Prime Minister of Exampleland
// 80 Example Street Capital City, Province A1B 2C3", "Governor of Example State H.E. Jane Doe
// Governor's Office Example Town". Under such a heading the line can only be the envelope: its
// leading office and person are the addressee, everything after them (an office's building, the
// street, the town) is the address. Each heading is read, not only the first, since every case has
// its own official; the other readers' reading stands wherever it already found an address there.
import { isWriteToLine } from './landmarks.js';
import { parseContactLine } from './contact-line.js';
import { labelsOf, printedLabels } from './field-labels.js';
import { parseBlock, reachableBy, type BlockLine, type ImportedOfficial } from './official-block.js';
import type { OfficialsResult, SkippedLine } from './officials.js';
import { NOT_A_SENTENCE_END, honorificAlone, isAddressLike, isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole } from './official-words.js';
import { splitHeader } from './unflatten.js';
import { fold, isBlank, lineAt, nextNonBlank } from './text.js';
import { found, sourceLine, type ImportText } from './types.js';

/** Headings read at most: a marathon page has a dozen cases or so. */
const MAX_HEADINGS = 16;
/** Lines after the heading that may hold the buttons' words before the envelope. */
const LOOK_AHEAD = 8;
/** An envelope run onto one line is short: a longer line is a paragraph. */
const MAX_ENVELOPE = 300;
/** A button's words: a few words, no number, colon, address or sentence ("Podpisz online", "Scarica la lettera (PDF)"). */
const BUTTON = /^[\p{L}(][\p{L}()'’ -]{2,60}$/u;
/**
 * The street words English writes after the street's name: the street ends there, the town
 * follows ("80 Example Street Capital City, Province A1B 2C3").
 */
const STREET_END = /^(\d{1,5}[A-Za-z]?(?:[-/]\d{1,5})?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Drive|Square|Boulevard|Way|Crescent|Close|Terrace|Highway))\s+(\p{Lu}.*)$/u;
/** Where a contact field's label starts after the envelope's lines (a short line the unflattener leaves whole). */
const FIELD_AT = new RegExp(String.raw`\s+(?=(?:${printedLabels(labelsOf('phone', 'fax', 'email', 'twitter'), { capitals: true })})\s?\.?:)`, 'u');
/** Small words an office's or a town's name writes in lower case. */
const SMALL_WORD = /^(?:of|the|and|for|on|in|de|du|des|la|le|al|el|y|e|et|di|van|der|den)$/u;

interface Envelope {
  official: ImportedOfficial;
  /** The envelope's document lines. */
  lines: number[];
  /** Lines read as nobody's (buttons' words, a label whose value the page cut off), with why. */
  left: Array<{ n: number; text: string; why: string }>;
}

export function withWriteToEnvelopes(doc: ImportText, read: OfficialsResult): OfficialsResult {
  const envelopes = readEnvelopes(doc);
  if (envelopes.length === 0) return read;
  let officials = read.officials.found ? [...read.officials.value] : [];
  let skipped = [...read.skipped];
  let added = false;
  for (const e of envelopes) {
    const envelope = new Set(e.lines);
    const overlapping = officials.filter((o) => linesOf(o).some((n) => envelope.has(n)));
    // Another reader found this envelope's address already: its reading stands.
    if (overlapping.some((o) => o.address.length > 0)) continue;
    officials = [...officials.filter((o) => !overlapping.includes(o)), e.official];
    const sources = new Set(e.lines.map((n) => sourceLine(doc, n)));
    skipped = skipped.filter((s) => !sources.has(s.line));
    for (const l of e.left) if (!skipped.some((s) => s.line === sourceLine(doc, l.n))) skipped.push({ line: sourceLine(doc, l.n), text: l.text, why: l.why } satisfies SkippedLine);
    added = true;
  }
  if (!added) return read;
  officials.sort((a, b) => a.line - b.line);
  return { officials: found(officials, 'medium', officials[0]?.line ?? 1, 'an envelope run onto one line under a "write a letter to" heading'), skipped };
}

/** Every line an official was read from: its fields' and its unsure parts'. */
const linesOf = (o: ImportedOfficial): number[] =>
  [o.line, o.name?.line, o.honorific?.line, o.title?.line, o.organisation?.line, o.fax?.line, o.phone?.line, o.twitter?.line, ...o.address.map((a) => a.line), ...o.emails.map((a) => a.line), ...o.unsure.map((u) => u.line)].filter((n): n is number => n !== undefined);

function readEnvelopes(doc: ImportText): Envelope[] {
  const out: Envelope[] = [];
  let headings = 0;
  for (let n = 1; n <= doc.lines.length && headings < MAX_HEADINGS; n++) {
    const line = lineAt(doc, n);
    // A cheap test first: the heading is a short line ending in its colon.
    if (line.length > 80 || !line.trimEnd().endsWith(':') || !isWriteToLine(fold(line))) continue;
    headings++;
    const envelope = envelopeUnder(doc, n);
    if (envelope) out.push(envelope);
  }
  return out;
}

/** The envelope under the heading at line `heading`, past the buttons' words; undefined when none. */
function envelopeUnder(doc: ImportText, heading: number): Envelope | undefined {
  const left: Envelope['left'] = [];
  for (let n = nextNonBlank(doc, heading + 1, heading + LOOK_AHEAD); n !== undefined; n = nextNonBlank(doc, n + 1, heading + LOOK_AHEAD)) {
    const text = lineAt(doc, n).trim();
    if (isButton(text)) {
      left.push({ n, text, why: 'the words of a button under the heading that announces the official (a letter to download, a form to sign)' });
      continue;
    }
    const envelope = readEnvelope(doc, n);
    return envelope ? { ...envelope, left: [...left, ...envelope.left] } : undefined;
  }
  return undefined;
}

/** A button's words: they name no one and no place, and hold nothing to reach anyone by. */
function isButton(text: string): boolean {
  return BUTTON.test(text) && text.split(/\s+/u).length <= 8 && !isRoleLike(text) && !isPersonName(text) && honorificAlone(text) === undefined && !isOrganisation(text) && !isAddressLike(text);
}

/**
 * The official of the envelope that starts at line `first`: that printed line's pieces (the
 * unflattener may have cut it already), cut further where the addressee ends and where the street
 * ends. Only a line that opens with an office or a courtesy title and a name, holds no sentence, and
 * has an address after them whose every word is capitalised, a number or a small word.
 */
function readEnvelope(doc: ImportText, first: number): Envelope | undefined {
  const source = sourceLine(doc, first);
  // The envelope is a printed line of its own: a piece of the heading's line ("Appelle an: …") is another layout.
  if (sourceLine(doc, first - 1) === source) return undefined;
  const lines: number[] = [];
  for (let n = first; n <= doc.lines.length && !isBlank(lineAt(doc, n)) && sourceLine(doc, n) === source; n++) lines.push(n);
  const printed = lines.map((n) => lineAt(doc, n)).join(' ');
  if (printed.length > MAX_ENVELOPE || endsSentence(printed)) return undefined;
  const single = lines.length === 1;
  const pieces = lines.flatMap((n) => {
    const text = lineAt(doc, n).trim();
    // "… Example Town Email: office@example.org": the labelled fields after the envelope's lines.
    const [lines = '', ...fields] = text.split(FIELD_AT);
    // A line the unflattener cut already is in its pieces: they are not cut again ("Märkisches Ufer 54").
    const cut = lines.includes(':') ? [lines] : single ? splitHeader(lines) : [lines];
    return [...cut.flatMap(cutStreetEnd), ...fields].map((t) => ({ n, text: t.trim() })).filter((p) => p.text !== '');
  });
  const head = addresseeEnd(pieces.map((p) => p.text));
  if (head === 0) return undefined;
  const rest = pieces.slice(head);
  const left: Envelope['left'] = [];
  const block: BlockLine[] = pieces.slice(0, head).map((p) => ({ n: p.n, text: p.text, address: false }));
  for (const p of rest) {
    const contact = parseContactLine(p.text);
    if (contact) {
      // "Email: info": the page cut the address off; nothing to reach him by, and said so.
      if (Object.values(contact).every((v) => v === undefined || (Array.isArray(v) && v.length === 0))) left.push({ n: p.n, text: p.text, why: 'a label whose value the page cut off: copy it from the page' });
      else block.push({ n: p.n, text: p.text, address: false });
      continue;
    }
    // A label the contact reader does not know ("Telegramme: …"), or words in lower case: no envelope.
    if (p.text.includes(':') || !isTitleCaseRun(p.text)) return undefined;
    block.push({ n: p.n, text: p.text, address: true });
  }
  if (!block.some((l) => l.address)) return undefined;
  const official = parseBlock(block, false);
  if ((!official.name && !official.title) || !reachableBy(official)) return undefined;
  return { official, lines, left };
}

/**
 * How many of the pieces name the addressee: one office and one person at most, in either order
 * ("Prime Minister of Exampleland"; "Governor of Example State" / "H.E. Jane Doe"; "Minister of
 * Justice Jane Doe"). An institution ("Governor's Office", "Ministry of Justice"), a second office
 * or a number opens the address.
 */
function addresseeEnd(pieces: readonly string[]): number {
  let office = false;
  let person = false;
  let k = 0;
  for (const text of pieces) {
    if (/\d/.test(text) || text.includes(':') || isOrganisation(text)) break;
    const { honorific, rest } = splitHonorific(text);
    const leading = splitLeadingRole(text) !== undefined;
    const isPerson = leading || (honorific !== undefined && isPersonName(rest)) || (isPersonName(text) && !isRoleLike(text));
    const isOffice = leading || isRoleLike(text);
    if ((!isPerson && !isOffice) || (isPerson && person) || (isOffice && !isPerson && office)) break;
    person ||= isPerson;
    office ||= isOffice;
    k++;
  }
  // A person alone, with no office or courtesy title, may be the case's own hero: not read.
  return office || pieces.slice(0, k).some((t) => splitHonorific(t).honorific !== undefined) ? k : 0;
}

/** "80 Example Street Capital City, Province A1B 2C3": the street, then the town's line. */
function cutStreetEnd(text: string): string[] {
  const m = /^\d/.test(text) ? STREET_END.exec(text) : null;
  return m ? [m[1] ?? '', m[2] ?? ''] : [text];
}

/** Every word capitalised, a number or a small word: an address's words, no sentence's. */
function isTitleCaseRun(text: string): boolean {
  return text.split(/\s+/u).every((w) => /^[\p{Lu}\d(]/u.test(w) || SMALL_WORD.test(w.replace(/[,.]$/u, '')));
}

/** A full stop, question or exclamation mark before a space, other than an abbreviation's. */
const endsSentence = (text: string): boolean => /[.!?]\s/u.test(text.replace(NOT_A_SENTENCE_END, ''));
