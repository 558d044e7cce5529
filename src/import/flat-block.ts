// A whole official's block run onto one line with single spaces and no commas between its lines
// (a web page that dropped the block's line breaks, an AIUSA page with an official on one line, a
// German letter download's "Appell an" block): "INNENMINISTER Karl Muster Hauptstr. 10 01024 Kyiv
// UKRAINE (Anrede: Dear Minister / Sehr geehrter Herr Minister) Fax: (00 380) 44 000 00 00 E-Mail:
// a@b.ua BOTSCHAFT DER UKRAINE S.E. Herrn …". Such a line is cut back into the lines it was made
// of, before the line-based block reader runs, so that everything the reader knows applies
// unchanged. Cuts are made only at points of a general kind (a label, the end of a label's value,
// a salutation in brackets, a heading in capitals, an honorific, an office or institution after a
// name, a street and its number, a postcode and its city, a country in capitals); where the end
// of a piece is unsure the line is left as it was there.
import { fieldsOf, type Field } from './flat-fields.js';
import { cutOfficialHead, type HeaderSplit } from './flat-head.js';
import { NOT_A_SENTENCE_END, hasInstructionWord, splitHonorific, splitLeadingRole } from './official-words.js';
import { isContactHeading, isHeading, isInstruction } from './furniture.js';
import { cutSemicolonRecord } from './semicolon-record.js';

/** Longer lines are left whole: a page run onto one line is a few thousand characters. */
const MAX_LINE = 40_000;

/**
 * The lines a flattened official's block was made of, or undefined for a line that holds no such
 * block (fewer than two fields of a block, or a short line).
 */
export function cutFlatBlock(line: string, splitHeader: HeaderSplit): string[] | undefined {
  const record = cutSemicolonRecord(line);
  if (record) return record;
  if (line.length < 100 || line.length > MAX_LINE) return undefined;
  const fields = fieldsOf(line);
  if (fields.length < 2 && !(fields.length === 1 && headedField(line, fields[0], splitHeader))) return undefined;
  if (interleaved(line, fields)) return undefined;
  const out: string[] = [];
  let at = 0;
  fields.forEach((f, i) => {
    out.push(...cutFree(line.slice(at, f.start), i === 0, splitHeader));
    const next = fields[i + 1]?.start ?? line.length;
    let end = f.end === undefined ? next : Math.min(f.end, next);
    // What follows the value up to the next label belongs to it when it is a label of no known kind
    // ("Email: … Copies to: …") or only more addresses ("Fax: …, www.example.org, info@…").
    if (KEEP_WITH_VALUE.test(line.slice(end, next).trim())) end = next;
    out.push(line.slice(f.start, end).trim());
    at = end;
  });
  out.push(...cutTail(line.slice(at)));
  return out.filter((l) => l !== '');
}

const ADDRESS = String.raw`(?:\S+@\S+|(?:https?:\/\/|www\.)\S+|\[email protected\])`;
const KEEP_WITH_VALUE = new RegExp(String.raw`^(?:[^\s:]+(?:\s[^\s:]+){0,2}:)?(?:[,;]?\s*${ADDRESS})*$`, 'u');

/**
 * The same label twice with only other fields between ("Twitter: @a | Facebook: @a Email: … Twitter:
 * @b"): two officials' columns read across (a PDF's text dump), or one official's list that this
 * cutter cannot tell apart from that. Such a line is left to the other rules.
 */
function interleaved(line: string, fields: readonly Field[]): boolean {
  const seen = new Set<string>();
  let previousEnd = 0;
  for (const f of fields) {
    if (f.start > previousEnd && !SEPARATOR_ONLY.test(line.slice(previousEnd, f.start).trim())) seen.clear();
    const label = /^[^:]*/u.exec(line.slice(f.start, f.start + 40))?.[0].trim().toLowerCase() ?? '';
    if (f.kind !== 'bracket' && seen.has(label)) return true;
    seen.add(label);
    previousEnd = f.end ?? f.start;
  }
  return false;
}

/**
 * One field after an official's head and nothing else of the page ("Skriv till: Minister of Home
 * Affairs Jane Doe Example Secretariat Dhaka, Bangladesh E-post: minister@…"): the head opens with
 * an office and a name, or an honorific, after a contact heading at most, holds no sentence, and
 * comes apart into lines.
 */
function headedField(line: string, field: Field | undefined, splitHeader: HeaderSplit): boolean {
  if (!field || field.start < 20 || field.kind === 'greeting' || field.kind === 'bracket') return false;
  // "… Phone: 202 000 4953 SAMPLE LETTER Dear …": a heading in capitals after the field is cut by
  // the heading's own rule, which also parts the letter's salutation from its text.
  if (CAPITALS_HEADING_AFTER.test(line.slice(field.end ?? line.length))) return false;
  let head = line.slice(0, field.start).trim();
  const heading = /^([^:]{2,40}:)\s+/u.exec(head);
  if (heading && isContactHeading(heading[1] ?? '')) head = head.slice(heading[0].length);
  const words = head.split(/\s+/u);
  if (words.length < 4 || words.length > 40 || head.includes(':') || officialStart(head) > 0 || /[.!?]\s/u.test(head.replace(NOT_A_SENTENCE_END, ''))) return false;
  const person = splitHonorific(words.slice(0, 6).join(' ')).honorific !== undefined || [2, 3, 4, 5, 6, 7].some((k) => splitLeadingRole(words.slice(0, k).join(' ')) !== undefined);
  // The head must come apart into its lines (the person, the office or institution, the place).
  return person && cutOfficialHead(head, splitHeader).length >= 2;
}

const CAPITALS_HEADING_AFTER = /(?<!\p{L})\p{Lu}{3,}\s\p{Lu}{3,}(?!\p{L})/u;

/** A separator left between two fields ("… 5400 I Fax: …", "… | Email: …"). */
const SEPARATOR_ONLY = /^(?:[|·/;,–-]|I)?$/u;

/**
 * Text between two fields (or before the first): the prose of the page, if any, then the next
 * official's heading, name, office, institution and address. The official is what follows the
 * last sentence (or instruction) of the run; a run whose end is no official's is left whole.
 */
function cutFree(run: string, first: boolean, splitHeader: HeaderSplit): string[] {
  // "…; Mr. Jane Doe, Minister of Justice, …": the separator the last field ended on is no part of the next official.
  const text = run.trim().replace(/^[;|·]\s*(?=\p{Lu})/u, '');
  if (SEPARATOR_ONLY.test(text)) return [];
  const start = officialStart(text);
  const prose = text.slice(0, start).trim();
  let official = text.slice(start).trim();
  // "Please be sure to send copies to the secretary: a@b.org": an instruction stays whole.
  if (isInstruction(official) && hasInstructionWord(official.split(/\s+/u, 3).join(' '))) return [prose, official];
  // "And copy: Her Excellency …", "Kopien an: …": the heading is a line of its own.
  const heading = /^([^:]{2,40}:)\s+(?=\p{Lu})/u.exec(official);
  const lead = heading && isContactHeading(heading[1] ?? '') ? heading[1] ?? '' : '';
  if (lead !== '') official = official.slice(heading?.[0].length ?? 0);
  // Before the first field a long run with no sentence end is the page's text, not an official.
  if (official.split(/\s+/u).length > 70) return [text];
  if (first && start === 0 && official.length > 300) return [text];
  return [...lastSentenceApart(prose), lead, ...cutOfficialHead(official, splitHeader)];
}

/**
 * "… broke into their offices. PLEASE SEND APPEALS BEFORE 21 JANUARY 2019 TO:": the sentence that
 * introduces the officials with a colon is a line of its own, as the page printed it (the reader
 * looks for it).
 */
function lastSentenceApart(prose: string): string[] {
  if (prose === '') return [];
  // "… the people we are trying to help. contact information:": a heading in lower case.
  const stop = prose.lastIndexOf('. ');
  if (stop > 0 && prose.endsWith(':') && isContactHeading(prose.slice(stop + 2))) return [prose.slice(0, stop + 1), prose.slice(stop + 2)];
  // "… to the authorities: ◼ Urging them … ◼ Calling on them …", "TAKE ACTION: - Please … - Write …":
  // a list run into the text is its lines again, so the reader sees where the list ends.
  const items = prose.split(INLINE_BULLET);
  if (items.length > 2) return [...items.slice(0, -1).map((i) => i.trim()), ...lastSentenceApart(items.at(-1) ?? '')];
  const masked = prose.replace(NOT_A_SENTENCE_END, (a) => a.replace('.', ' '));
  let at = 0;
  for (const m of masked.matchAll(BOUNDARY)) if (m.index + m[0].length < masked.length) at = m.index + m[0].length;
  // Only a sentence that announces what follows with its colon ("… TO:", "Write to:").
  return at === 0 || !prose.endsWith(':') ? [prose] : [prose.slice(0, at).trim(), prose.slice(at).trim()];
}

/** A list's bullet or step number inside a line, before an item that opens with a capital. */
const INLINE_BULLET = /\s(?=(?:[◼•▪●■◾]|-|\d{1,2}[.)])\s\p{Lu})/u;

/** A sentence's end, or an instruction's colon ("… TO:", "Write to:"), before a capital. */
const BOUNDARY = /(?:[.!?]["”’)]?|:)\s+(?=[\p{Lu}(])/gu;
/** Lower-case words: prose has several, an address or a name has few. */
const LOWER_WORDS = /(?<![\p{L}])\p{Ll}{3,}(?![\p{L}.])/gu;

/**
 * Where the official starts in a run: after the last boundary whose sentence is prose (three
 * lower-case words at least) or an instruction ("PLEASE SEND APPEALS … TO:", "Appell an"). An
 * address's "No. 16. Jakarta" or "Dr. Velasco" is no boundary.
 */
function officialStart(text: string): number {
  const masked = text.replace(NOT_A_SENTENCE_END, (a) => a.replace('.', ' '));
  let start = 0;
  let from = 0;
  for (const m of masked.matchAll(BOUNDARY)) {
    const sentence = masked.slice(from, m.index + 1);
    from = m.index + m[0].length;
    const lower = sentence.match(LOWER_WORDS)?.length ?? 0;
    if (lower >= 3 || (m[0].startsWith(':') && hasInstructionWord(sentence.slice(-200)))) start = from;
  }
  // "Appell an GENERALSTAATSANWALT …", "Sende eine Kopie an KOMMISSARIN …": an instruction in
  // lower case, then the office in capitals.
  const capital = INSTRUCTION_THEN_CAPITALS.exec(masked.slice(start));
  if (capital && capital.index < 60) return start + capital.index + capital[0].length;
  return start;
}

const INSTRUCTION_THEN_CAPITALS = /(?<=\s(?:an|to|a|à))\s+(?=\p{Lu}{3,}(?:\s\p{Lu}+)*\s\p{Lu}\p{Ll})/u;

/**
 * After the last field: the letter or the page's text, left whole for the other rules, except a
 * salutation that ends in a colon or comma and runs into the letter ("Fiscal General de México:
 * Me dirijo a usted …"), which becomes a line of its own as the page printed it.
 */
const COLON_SALUTATION = /^((?:\p{Lu}[\p{L}.'’-]*|de|del|la|of|the|des|du|der)(?:\s(?:\p{Lu}[\p{L}.'’-]*|de|del|la|of|the|des|du|der)){0,7}[:,])\s+(?=\p{Lu}\p{Ll}*\s\p{Ll})/u;

function cutTail(run: string): string[] {
  // ". Members are asked …": the full stop that ended the last field's greeting ends its sentence, not the text's.
  const text = run.trim().replace(/^[.;]\s+(?=\p{Lu})/u, '');
  if (SEPARATOR_ONLY.test(text)) return [];
  // "sample letter: His Excellency, or …", "Background: …": the letter's or the next section's
  // heading is a line of its own.
  const heading = /^([^:]{2,40}:)\s+(?=\S)/u.exec(text);
  if (heading && isHeading(heading[1] ?? '')) return [heading[1] ?? '', ...cutTail(text.slice(heading[0].length))];
  const m = COLON_SALUTATION.exec(text);
  // "SAMPLE LETTER Your Excellency, I am …": a heading in capitals is left to the heading's own rule.
  if (!m || text.length - m[0].length < 20 || /\p{Lu}{2,}/u.test(m[1] ?? '')) return [text];
  return [m[1] ?? '', text.slice(m[0].length)];
}
