// A blog's list of places to write, one a line, each the office or person before a colon and the
// email after it, with no blocks around them:
//   President Example: comments@example.gov
//   Chairperson Sample: senator@example.gov
//   European Union
//   Economic sanctions: a@example.eu          (lines labelled in sentence case under a line that
//   President's mail: b@example.eu             names an office with nothing of its own: that office's)
//   Ruritania, Ministry of Foreign Affairs: No. 2, Example Street, Capital, 100701 webmaster@example.rt
// The block readers join such lines into one official, each email landing on whichever name came
// first. Here each line is an official of its own: the words before the colon name him (a country
// before a comma is the office's country, printed as the address's last line), the emails after it
// are his, and an address printed between the colon and the email is his address line. Lines of the
// run that name no one with an email (an address alone, a name alone, a remark) are left out and
// reported, never joined to a neighbour.
import { readCallee } from './call-in-name.js';
import { emailsIn, EMAIL } from './contact-line.js';
import { foldedLabels, labelsOf } from './field-labels.js';
import { fold } from './fold.js';
import type { ImportedOfficial } from './official-block.js';
import type { OfficialsResult, SkippedLine } from './officials.js';
import { isOwnEmail } from './own-emails.js';
import { countryCode } from '../channels/countries.js';
import { isSpacedRange, separates } from './spacing.js';
import { isBlank, lineAt } from './text.js';
import { found, sourceLine, type ImportText } from './types.js';

/** "Who: … email": the words before the first colon, then the rest. */
const ENTRY = /^([^:@\d]{2,80}?)\s*:\s+(.*\S)$/u;
/** A field label ("Email:", "Fax:") is no one's name: such a line is a block's, not a list's. */
const FIELD = new RegExp(`^(?:${foldedLabels(labelsOf('email', 'phone', 'fax', 'twitter', 'otherChannel', 'salutation'))})$`);
/** Copies and the campaign's own asks are no officials. */
const NOT_AN_OFFICIAL = /\b(?:cc|copy|copies|send|write|email|e-mail|please|us|our)\b/iu;
/** Fewer entries are no list: a page's one "Minister: x@y" line is read by the block readers. */
const MIN_ENTRIES = 3;
/** A line of the list's run that is neither an entry nor a heading over labelled lines. */
const OTHER_LINES = 4;

interface Entry {
  n: number;
  who: string;
  /** Printed between the colon and the email: an address. */
  address: string;
  emails: string[];
}

/** "President's mail", "Economic sanctions": a label in sentence case, the holder's not a name. */
const isSentenceCaseLabel = (who: string): boolean => {
  const words = who.split(/\s+/);
  return words.length >= 2 && /^\p{Lu}/u.test(words[0] ?? '') && words.slice(1).every((w) => /^\p{Ll}/u.test(w));
};

/** "European Union", "Office of the Prosecutor": a short name in title case, no punctuation. */
const isTitleCaseName = (text: string): boolean => text.length <= 60 && !/[:,.@\d!?()]/u.test(text) && text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|for|on|de|del|la|des|du)$/u.test(w));

function entryOf(doc: ImportText, n: number): Entry | undefined {
  const text = lineAt(doc, n).trim();
  // Cheap tests first: an entry holds an "@" and a colon.
  if (!text.includes('@') || !text.includes(':') || text.length > 300) return undefined;
  const m = ENTRY.exec(text);
  if (!m) return undefined;
  const who = (m[1] ?? '').trim();
  if (!/^\p{Lu}/u.test(who) || FIELD.test(fold(who)) || NOT_AN_OFFICIAL.test(who)) return undefined;
  const rest = m[2] ?? '';
  const emails = emailsIn(rest);
  if (emails.length === 0 || emails.some(isOwnEmail)) return undefined;
  const address = rest.replace(EMAIL, ' ').replace(/[\s,;/]+$/u, '').replace(/^[\s,;/]+/u, '').replace(/\s{2,}/g, ' ').trim();
  // Anything but an address between the colon and the email (a sentence) is no entry.
  if (address !== '' && (!/\d/.test(address) || /[.!?]$/u.test(address))) return undefined;
  return { n, who, address, emails };
}

interface ListRun {
  officials: ImportedOfficial[];
  lines: Set<number>;
  skipped: SkippedLine[];
}

/** The officials of the first run of such entries, or undefined. */
function colonEmailList(doc: ImportText): ListRun | undefined {
  for (let n = 1; n <= doc.lines.length; n++) {
    if (entryOf(doc, n) === undefined) continue;
    const run = readRun(doc, n);
    if (run) return run;
  }
  return undefined;
}

function readRun(doc: ImportText, first: number): ListRun | undefined {
  const out: ListRun = { officials: [], lines: new Set(), skipped: [] };
  const others: number[] = [];
  let head: { n: number; official: ImportedOfficial } | undefined;
  let entries = 0;
  let n = linesAbove(doc, first);
  for (; n <= doc.lines.length; n++) {
    const text = lineAt(doc, n).trim();
    if (isBlank(text)) {
      if (isBlank(lineAt(doc, n + 1))) break;
      continue;
    }
    const entry = entryOf(doc, n);
    if (entry && head && isSentenceCaseLabel(entry.who)) {
      // "Economic sanctions: a@…" under "European Union": the office above's.
      for (const value of entry.emails) head.official.emails.push({ value, line: n });
      head.official.unsure.push({ value: entry.who, line: n, why: 'a label over the email, not a name' });
      out.lines.add(n);
      entries++;
      continue;
    }
    const official = entry ? officialOf(entry) : undefined;
    if (entry && official) {
      out.officials.push(official);
      out.lines.add(n);
      entries++;
      head = undefined;
      continue;
    }
    // "European Union" alone: an office, its emails on the labelled lines under it.
    if (isTitleCaseName(text) && isSentenceCaseLabel(entryOf(doc, n + 1)?.who ?? '')) {
      const office: ImportedOfficial = { line: n, confidence: 'low', name: { value: text, line: n }, nameFromOffice: true, address: [], emails: [], copy: false, listed: true, unsure: [] };
      out.officials.push(office);
      out.lines.add(n);
      head = { n, official: office };
      continue;
    }
    // A line of the run that names no one with an email: reported, never joined to a neighbour.
    if (others.length >= OTHER_LINES || text.length > 300 || /[.!?]$/u.test(text) && !/\)$/u.test(text)) break;
    others.push(n);
    head = undefined;
  }
  // Lines after the last entry are not the list's.
  const last = Math.max(...out.lines);
  if (entries < MIN_ENTRIES) return undefined;
  for (const k of others.filter((k) => k < last)) {
    out.lines.add(k);
    out.skipped.push({ line: sourceLine(doc, k), text: lineAt(doc, k).trim(), why: 'in a list of officials one a line, but no name before a colon with an email after it: whose is it?' });
  }
  return out;
}

/**
 * Where the run begins: "The White House, 1600 Example Ave NW" / "US State Department, Secretary
 * Example, example@state.example" right above the first entry (no blank between) are the list's
 * first lines, printed without the colon. Read as a block, they take the next entries' emails into
 * one official; as lines of the run they are reported and left out. Only a run of lines holding an
 * email is looked back over (any other block above the list stays the block readers').
 */
function linesAbove(doc: ImportText, first: number): number {
  // On a page with a blank line under every line, a single blank line parts nothing (spacing.ts).
  const spaced = isSpacedRange(doc, { from: Math.max(1, first - 2 * OTHER_LINES), to: Math.min(doc.lines.length, first + 2 * MIN_ENTRIES) });
  let top = first;
  let lines = 0;
  let email = false;
  for (let n = first - 1; n >= 1 && lines < OTHER_LINES - 1; n--) {
    const text = lineAt(doc, n).trim();
    if (isBlank(text)) {
      if (separates(doc, n, spaced)) break;
      continue;
    }
    if (text.length > 300 || /[.!?]$/u.test(text)) break;
    [top, lines] = [n, lines + 1];
    email ||= text.includes('@') && emailsIn(text).length > 0;
  }
  return email ? top : first;
}

function officialOf(e: Entry): ImportedOfficial | undefined {
  const line = e.n;
  // "Ruritania, Ministry of Foreign Affairs": the country first, then the office.
  const parts = e.who.split(/\s*,\s+/u);
  const country = parts.length === 2 && countryCode(parts[0] ?? '') !== undefined ? parts[0] : undefined;
  const who = country === undefined ? e.who : parts[1] ?? '';
  const callee = readCallee(who);
  if (callee === undefined || callee.remark !== undefined) return undefined;
  const at = (value: string) => ({ value, line });
  return {
    line,
    confidence: 'low',
    name: at(callee.name),
    nameFromOffice: callee.nameFromOffice,
    title: callee.title === undefined ? undefined : at(callee.title),
    organisation: callee.organisation === undefined ? undefined : at(callee.organisation),
    address: [...(e.address === '' ? [] : [at(e.address)]), ...(country === undefined || e.address === '' ? [] : [at(country)])],
    emails: e.emails.map(at),
    copy: false,
    listed: true,
    unsure: [],
  };
}

/**
 * The block readers' officials, or the list's when the page has such a list and every official the
 * block readers found was read from its lines (those joined the list's lines into one).
 */
export function withColonEmailList(doc: ImportText, read: OfficialsResult): OfficialsResult {
  const list = colonEmailList(doc);
  if (list === undefined) return read;
  const theirs = read.officials.found ? read.officials.value : [];
  const inside = (o: ImportedOfficial) => [o.name, o.title, o.organisation, ...o.address, ...o.emails, o.fax, o.phone].every((f) => f === undefined || list.lines.has(f.line));
  if (!theirs.every(inside)) return read;
  const taken = new Set([...list.lines].map((n) => sourceLine(doc, n)));
  const skipped = [...read.skipped.filter((s) => !taken.has(s.line)), ...list.skipped];
  return { officials: found(list.officials, 'low', list.officials[0]?.line ?? 1, 'a list of officials one a line, each before a colon with his email after it'), skipped };
}
