// Call-in pages: a campaign or prisoner-support post (often US, often forwarded by a mailing list or
// a blog) that asks readers to PHONE officials. There is no postal address and often no letter, only
// a phone script, so the block reader finds nobody, or takes the headline for an official. Here:
// - a list under a call heading ("Make Calls to:", "Who to Call:", "Call these offices:"), each callee
//   a line of its own with the number on it ("NY Governor Pat Sample: (555) 010-4000") or under it
//   ("Phone: …", "fax: …"), a remark in brackets apart, even one wrapped onto the next line;
// - sentences that ask to call someone at a number ("Please call Ohio Governor Lee Example at
//   555–010–7100 to …", "Call Attorney General Robin Sample at …");
// - a campaign's "make a call" widget, one block per official: "Make a call to Senator (D-Exampleland)
//   Jane Example's Office", his numbers under it ("Phone: …", "District Phone: …", a second one
//   joined "a / b"), then the widget's own buttons ("Log a call to …", "This is done");
// - a later "tweet @A and @B" gives the handles to the officials of those sentences in order, only
//   when there are as many of each: otherwise whose is whose is a guess, and each is a TODO.
// The page's own lines above the list (a mailing list's headline, "Start Calling Today!", "Dear
// Friends,") are never read for a callee.
import { reachableBy, type ImportedOfficial } from './official-block.js';
import type { OfficialsResult, SkippedLine } from './officials.js';
import { readCallee, type Callee } from './call-in-name.js';
import { callsWithNumberLater } from './call-in-possessive.js';
import { nameHolders } from './call-in-holder.js';
import { withFullOffices } from './call-in-full-office.js';
import { calleesUnderRequest } from './call-request-list.js';
import { isCallHeading } from './call-heading.js';
import { callLineRuns, callSeries } from './call-lines.js';
import { readPlaceCallLine } from './place-call-line.js';
import { parseContactLine } from './contact-line.js';
import { isProse } from './line-kinds.js';
import { nameProblem } from './official-name.js';
import { isAddressLike } from './official-words.js';
import { fold, isBlank, lineAt } from './text.js';
import { found, sourceLine, type ImportText } from './types.js';

/** A US-shaped phone number: "(555) 010-2000", "555-010-2000", "555.010.2000", "555–010–7100", "+1 555 010 2000". */
export const US_NUMBER = String.raw`(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.\u2010-\u2015-]?\d{3}[\s.\u2010-\u2015-]\d{4}(?:\s*(?:ext\.?|x)\s*\d{1,5})?`;
const NAME_THEN_NUMBER = new RegExp(String.raw`^(.*?\p{L}[^\d]*?)\s*(?:[:,]|[\u2010-\u2015-]\s)?\s*(${US_NUMBER})\s*[.;,]?$`, 'u');
const ANY_NUMBER = new RegExp(US_NUMBER, 'u');
/** Where a call list ends: the script, or a heading of another part of the page. */
const LIST_END = /^(?:(?:sample |suggested |phone |call )?script|what to say|talking points|sample (?:message|letter)|background|more (?:info|information)|update|tweet)\b/;
/** How many lines under its heading a call list may run. */
const LIST_LINES = 60;
/** How far down the page call sentences are read. */
const SENTENCE_LINES = 300;

interface CallIn {
  officials: ImportedOfficial[];
  /** Doc lines read for the callees (headings, their lines, their sentences). */
  lines: Set<number>;
  skipped: SkippedLine[];
}

/**
 * The block readers' officials, or, on a call-in page, its callees: when the call list or the call
 * sentences name someone, and no official the block readers found has a postal address, email or
 * fax printed outside the lines read for callees (a UA whose officials have an address is read as one).
 */
export function withCallIn(doc: ImportText, read: OfficialsResult): OfficialsResult {
  const calls = readCallIn(doc);
  if (calls.officials.length === 0) return read;
  const outside = (l: { line: number }) => !calls.lines.has(l.line);
  // A heading taken into an address ("Script") is no postal address: only a line shaped as one counts.
  const postal = (a: { line: number; value: string }) => outside(a) && isAddressLike(a.value);
  // An official the block readers found with no name, office or institution printed (a link read
  // where a name stands) is nobody a letter can go to: his numbers never outweigh the callees.
  const named = (o: ImportedOfficial) => (o.name !== undefined && nameProblem(o.name.value, o.nameFromOffice) === undefined) || o.title !== undefined || o.organisation !== undefined;
  const theirs = (read.officials.found ? read.officials.value : []).filter(named);
  if (theirs.some((o) => o.emails.some(outside) || (o.fax !== undefined && outside(o.fax)) || o.address.some(postal))) return read;
  // An official the block readers found with a number or handle no callee has is never dropped for the callees.
  const covered = (o: ImportedOfficial) => calls.officials.some((c) => samePhone(c, o) || sameName(c, o)) || (o.phone === undefined && o.twitter === undefined) || (o.phone !== undefined && !outside(o.phone));
  // "Write to: President …" with his phone, then "You can also call Attorney General … at …": a page
  // whose block names an official none of the callees is, is read as its blocks give it (a callee
  // added beside them would be a guess at whom the page means the letters to go to).
  if (!theirs.every(covered)) return read;
  const taken = new Set([...calls.lines].map((n) => sourceLine(doc, n)));
  const skipped = [...read.skipped.filter((s) => !taken.has(s.line)), ...calls.skipped];
  const first = Math.min(...calls.officials.map((o) => o.line));
  return { officials: found(calls.officials, 'medium', first, 'a call-in page: the officials to phone'), skipped };
}

export function readCallIn(doc: ImportText): CallIn {
  const out: CallIn = { officials: [], lines: new Set(), skipped: [] };
  for (let n = 1; n <= doc.lines.length; n++) {
    const line = lineAt(doc, n);
    if (isCallHeading(line)) n = readList(doc, n, out);
    // Cheap test first: the widget's line opens with "Make" or "Place".
    else if (/^\s*(?:make|place)\s/i.test(line) && MAKE_A_CALL.test(line)) n = readWidget(doc, n, out);
  }
  // "In the US: President Exampleton, the White House Comment Line 202-…, fax 202-…" (place-call-line.ts).
  for (let n = 1; n <= Math.min(doc.lines.length, SENTENCE_LINES); n++) {
    const call = out.lines.has(n) ? undefined : readPlaceCallLine(lineAt(doc, n));
    if (!call) continue;
    const o = officialOf(call.callee, n, call.phone);
    if (call.fax !== undefined) o.fax = { value: call.fax, line: n };
    for (const value of call.emails) o.emails.push({ value, line: n });
    if (call.remark !== undefined) o.unsure.push({ value: call.remark, line: n, why: 'the name of the line the number reaches, not part of the name' });
    out.lines.add(n);
    out.officials.push(o);
  }
  // A list with no heading over it, one callee a line (call-lines.ts).
  for (const { line, call } of callLineRuns(doc, out.lines, SENTENCE_LINES)) {
    const o = officialOf(call.callee, line, call.phone);
    if (call.fax !== undefined) o.fax = { value: call.fax, line };
    if (out.officials.some((k) => samePhone(k, o) || sameFax(k, o))) continue;
    if (call.remark !== undefined) o.unsure.push({ value: call.remark, line, why: 'printed in brackets or after the number: a remark, not part of the name or the number' });
    out.lines.add(line);
    out.officials.push(o);
  }
  // Holders listed under a request to call, no number printed (call-request-list.ts).
  for (const { callee, line } of calleesUnderRequest(doc, out.lines)) {
    out.lines.add(line);
    out.officials.push({ ...officialOf(callee, line, undefined), confidence: 'medium' });
  }
  const sentences = [...callSentences(doc, out), ...numbersLater(doc, out)];
  for (const o of sentences) if (!out.officials.some((k) => samePhone(k, o))) out.officials.push(o);
  handlesInOrder(doc, sentences, out);
  // "call the Governor at …" on a page that names him elsewhere (call-in-holder.ts).
  nameHolders(doc.lines, out.officials);
  // "BOARD OF PARDONS AND PAROLES: 555-…" under "Call the Exampleland Board of Pardons and Paroles …" (call-in-full-office.ts).
  withFullOffices(doc.lines, out.officials);
  return out;
}

/** The list under the heading at `head`; returns the last line read. */
function readList(doc: ImportText, head: number, out: CallIn): number {
  out.lines.add(head);
  let current: { official: ImportedOfficial; open: boolean } | undefined;
  let remarkOpen = false;
  let last = head;
  const skip = (n: number, why: string) => out.skipped.push({ line: sourceLine(doc, n), text: lineAt(doc, n), why });
  const end = Math.min(doc.lines.length, head + LIST_LINES);
  for (let n = head + 1; n <= end; n++) {
    const text = lineAt(doc, n).trim();
    if (isBlank(text)) continue;
    const f = fold(text);
    if (isCallHeading(text) || LIST_END.test(f)) break;
    // "… (the desk says she" / "has left)": the remark wrapped onto the next line is still the remark.
    if (remarkOpen) {
      out.lines.add(n);
      remarkOpen = !text.includes(')');
      current?.official.unsure.push({ value: text, line: n, why: 'a remark in brackets, not part of the name' });
      continue;
    }
    const contact = parseContactLine(text);
    if (contact && (contact.phone || contact.fax || contact.emails.length > 0) && current) {
      out.lines.add(n);
      const o = current.official;
      if (contact.phone) addPhone(o, contact.phone, n);
      if (contact.fax) o.fax ??= { value: contact.fax, line: n };
      for (const value of contact.emails) o.emails.push({ value, line: n });
      last = n;
      continue;
    }
    const inline = NAME_THEN_NUMBER.exec(text);
    const callee = readCallee(inline ? inline[1] ?? '' : text);
    if (callee && (inline || !sentenceLike(text.replace(/\s*\([^)]*\)?\s*$/u, '')))) {
      out.lines.add(n);
      // The line above named someone with no number under him: no one to call.
      if (current && !reachable(current.official)) dropCallee(doc, current.official, out);
      const official = officialOf(callee, n, inline?.[2]);
      out.officials.push(official);
      current = { official, open: true };
      remarkOpen = /\([^)]*$/u.test(text);
      last = n;
      continue;
    }
    // A line under a callee with no number yet: his institution ("Example Valley State Prison").
    if (current && !reachable(current.official) && !current.official.organisation && !isProse(text) && callee === undefined && /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= 8 && !ANY_NUMBER.test(text)) {
      skip(n, 'under a callee before his number: is it his institution?');
      out.lines.add(n);
      continue;
    }
    // Running text ends the list: the script or the rest of the page.
    if (isProse(text) || sentenceLike(text) || out.officials.length > 0) break;
    skip(n, 'under the call heading, but names no one to call');
  }
  if (current && !reachable(current.official)) dropCallee(doc, current.official, out);
  return last;
}

/** "Make a call to Senator (D-Exampleland) Jane Example's Office": a call widget's head, the callee after "to". */
const MAKE_A_CALL = /^\s*(?:make|place)\s+a\s+(?:phone\s+)?call\s+to\s+(?=\S)/iu;
/** The widget's buttons under the numbers: "Log a call to …", "Report your call", "This is done", "I made this call". */
const WIDGET_BUTTON = /^(?:(?:log|record|report)\s+(?:a|your|the|my)\s+call\b.*|this is done|done|i (?:made|placed) (?:this|the|my) call|i called)[.!]?$/iu;
/** How far under its head a widget's numbers and buttons may run (a page with a blank line after every line). */
const WIDGET_LINES = 16;

/**
 * A call widget's block at `head`: the callee its head names, with the numbers under it, and its
 * buttons taken as furniture. A head with no number under it names no one to call. Returns the last
 * line read.
 */
function readWidget(doc: ImportText, head: number, out: CallIn): number {
  const text = lineAt(doc, head).trim();
  const callee = readCallee(text.replace(MAKE_A_CALL, ''));
  if (!callee) return head;
  const official = officialOf(callee, head, undefined);
  const taken: number[] = [head];
  let last = head;
  for (let n = head + 1; n <= Math.min(doc.lines.length, head + WIDGET_LINES); n++) {
    const line = lineAt(doc, n).trim();
    if (isBlank(line)) continue;
    if (WIDGET_BUTTON.test(line)) {
      taken.push(n);
      last = n;
      continue;
    }
    const contact = parseContactLine(line);
    if (!contact || !(contact.phone || contact.fax || contact.emails.length > 0)) break;
    if (contact.phone) addPhone(official, contact.phone, n);
    if (contact.fax) official.fax ??= { value: contact.fax, line: n };
    for (const value of contact.emails) official.emails.push({ value, line: n });
    taken.push(n);
    last = n;
  }
  if (!reachable(official)) return head;
  for (const n of taken) out.lines.add(n);
  out.officials.push(official);
  return last;
}

/**
 * "Phone: (202) 555-0104" then "District Phone: (907) 555-0115": a callee's second number (another
 * office of his) is his too, written "a / b" as the case format holds two numbers.
 */
function addPhone(o: ImportedOfficial, value: string, line: number): void {
  if (o.phone === undefined) o.phone = { value, line };
  else if (!digits(o.phone.value).includes(digits(value))) o.phone = { value: `${o.phone.value} / ${value}`, line: o.phone.line };
}

function dropCallee(doc: ImportText, o: ImportedOfficial, out: CallIn): void {
  const at = out.officials.indexOf(o);
  if (at >= 0) out.officials.splice(at, 1);
  out.skipped.push({ line: sourceLine(doc, o.line), text: o.name?.value ?? '', why: 'named under the call heading with no number to call' });
}

function officialOf(callee: Callee, n: number, phone: string | undefined): ImportedOfficial {
  const at = <T>(value: T) => ({ value, line: n });
  const o: ImportedOfficial = {
    line: n,
    confidence: callee.nameFromOffice ? 'medium' : 'high',
    name: at(callee.name),
    nameFromOffice: callee.nameFromOffice,
    title: callee.title === undefined ? undefined : at(callee.title),
    organisation: callee.organisation === undefined ? undefined : at(callee.organisation),
    address: [],
    emails: [],
    // "555–010–7100": dashes of any width, as a case file writes a number with the hyphen.
    phone: phone === undefined ? undefined : at(phone.trim().replace(/[\u2010-\u2015]/gu, '-')),
    copy: false,
    unsure: callee.remark === undefined ? [] : [{ value: callee.remark, line: n, why: 'printed with the name: a remark, not part of it' }],
  };
  return o;
}

/** Running text, not a callee's line: it ends as a sentence, or more than a few of its words are in lower case. */
const sentenceLike = (text: string): boolean => /[.!?]["”’)]?$/u.test(text) || text.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:of|the|and|for|on|at|de|del|la|y)$/u.test(w)).length > 2;

const reachable = (o: ImportedOfficial): boolean => reachableBy(o, ['phone', 'fax', 'email']);
const digits = (s: string | undefined) => (s ?? '').replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
const sameName = (a: ImportedOfficial, b: ImportedOfficial) => a.name !== undefined && fold(a.name.value) === fold(b.name?.value ?? '');
const samePhone = (a: ImportedOfficial, b: ImportedOfficial) => a.phone !== undefined && digits(a.phone.value) === digits(b.phone?.value);
const sameFax = (a: ImportedOfficial, b: ImportedOfficial) => a.fax !== undefined && digits(a.fax.value) === digits(b.fax?.value);

/** "call Ohio Governor Lee Example at 555–010–7100", "Call Attorney General Robin Sample at …": the callee, then "at" and the number. */
const CALL_AT = new RegExp(String.raw`\b(?:call|phone|ring)\s+(?:the\s+)?(\p{Lu}[^.;:!?()]{1,80}?)\s+(?:at|on)\s+(?:the\s+)?(?:number\s+)?(${US_NUMBER})`, 'giu');

/** "… and ask for the appropriate office", "… and ask to be put through to your Senator": the number is a way through to someone else. */
const PUT_THROUGH = /^[\s,]*(?:and\s+)?ask\s+(?:for|to\s+be\s+(?:connected|put\s+through|transferred)\s+to)\s+(?:the\s+appropriate|your)\b/iu;

function callSentences(doc: ImportText, out: CallIn): ImportedOfficial[] {
  const found: ImportedOfficial[] = [];
  for (let n = 1; n <= Math.min(doc.lines.length, SENTENCE_LINES); n++) {
    const line = lineAt(doc, n);
    if (line.length > 1000 || !/\b(?:call|phone|ring)\b/i.test(line)) continue;
    // One request naming several callees, each before his number (call-lines.ts).
    const wrapped = wrappedRequest(doc, n);
    const series = callSeries(wrapped.text);
    if (series) {
      for (let k = n; k <= wrapped.last; k++) out.lines.add(k);
      for (const c of series) found.push({ ...officialOf(c.callee, n, c.phone), confidence: 'medium' });
      continue;
    }
    let named = false;
    for (const m of line.matchAll(CALL_AT)) {
      const callee = readCallee(m[1] ?? '');
      // "call the Capitol Switchboard at … and ask for your Senator": a switchboard that puts the
      // reader through to his own member, whom the page does not name, is nobody to write to.
      if (!callee || PUT_THROUGH.test(line.slice((m.index ?? 0) + m[0].length))) continue;
      out.lines.add(n);
      const o = officialOf(callee, n, m[2]);
      o.confidence = 'medium';
      found.push(o);
      named = true;
    }
    if (!named) found.push(...callNow(doc, n, out));
  }
  return found;
}

/**
 * "Call Example State Governor Smithers Today to say \"Stop the Execution …\" 555–463–1782", "Call
 * Governor Smithers today: 555–…": a headline's or a sentence's callee, "today" or a colon, and
 * the number ending the sentence or the line, with no other number between.
 */
const CALL_NOW = new RegExp(String.raw`\b(?:call|phone|ring)\s+(?:the\s+)?(\p{Lu}[^.;:!?()"“”\d]{1,80}?)(?:\s+(?:today|now|right now|tonight|this week)\b[^\d]{0,120}?|\s*[:\u2013\u2014]\s*)(${US_NUMBER})(?=\s*(?:[.!](?:\s|$)|$))`, 'iu');

function callNow(doc: ImportText, n: number, out: CallIn): ImportedOfficial[] {
  const line = lineAt(doc, n);
  const m = CALL_NOW.exec(line);
  // An office, or a person under his office, printed with a capital: never "our office", nor a name alone (the prisoner's).
  const printed = m?.[1] ?? '';
  const callee = /^\p{Lu}/u.test(printed) && !/^(?:our|your|my)\b/iu.test(printed) ? readCallee(printed) : undefined;
  if (!m || !callee || (!callee.nameFromOffice && callee.title === undefined)) return [];
  out.lines.add(n);
  return [{ ...officialOf(callee, n, m[2]), confidence: 'medium' }];
}

/**
 * A request whose paragraph keeps the page's line breaks ("… Jane Example at 202-555-0134 or John" /
 * "Example at 202-555-0178; or …"): the line and those under it that carry on its sentence, joined.
 */
function wrappedRequest(doc: ImportText, n: number): { text: string; last: number } {
  let text = lineAt(doc, n).trim();
  let last = n;
  // A page with a blank line after every line puts one between the halves too.
  while (last < n + 8 && last < doc.lines.length && !/[.!?:]$/u.test(text)) {
    const gap = isBlank(lineAt(doc, last + 1)) ? 1 : 0;
    const next = lineAt(doc, last + 1 + gap).trim();
    if (isBlank(next) || text.length + next.length > 1000) break;
    text = `${text} ${next}`;
    last += 1 + gap;
  }
  return { text, last };
}

/** "call Jane Example, chair of …" and, in a later sentence, "Jane Example’s Phone Number … is …" (see call-in-possessive.ts). */
function numbersLater(doc: ImportText, out: CallIn): ImportedOfficial[] {
  return callsWithNumberLater(doc.lines).map((c) => {
    out.lines.add(c.line).add(c.phoneLine);
    const o = officialOf(c.callee, c.line, undefined);
    o.phone = { value: c.phone, line: c.phoneLine };
    o.confidence = 'medium';
    return o;
  });
}

/** "tweet @GovernorExample and @Example_AG", "tag them: @A @B": a sentence that asks to tweet handles. */
const TWEET = /\b(?:tweet|tweeting|tag|@-?mention)\b/i;
const HANDLE = /(?<![\w@.])@([A-Za-z0-9_]{1,15})\b(?!\.\w)/g;

/**
 * The handles of a "tweet …" sentence under the call sentences go to their officials in the order
 * both are printed, only when there are as many of each; otherwise each handle is named in a TODO.
 */
function handlesInOrder(doc: ImportText, callees: readonly ImportedOfficial[], out: CallIn): void {
  for (let n = 1; n <= Math.min(doc.lines.length, SENTENCE_LINES); n++) {
    const line = lineAt(doc, n);
    if (!TWEET.test(line)) continue;
    const handles = [...line.matchAll(HANDLE)].map((m) => `@${m[1] ?? ''}`);
    const above = callees.filter((o) => o.line < n && o.twitter === undefined);
    if (handles.length === 0 || above.length === 0) continue;
    out.lines.add(n);
    if (handles.length === above.length && !crossed(above, handles)) {
      above.forEach((o, i) => (o.twitter = { value: handles[i] ?? '', line: n }));
      continue;
    }
    const why = `one of ${handles.length} handles the page asks to tweet, for ${above.length} officials: whose is it?`;
    for (const o of above) for (const value of handles) o.unsure.push({ value, line: n, why });
  }
}

/**
 * Two handles that each spell the other's official's surname and not their own ("@SampleGov" given
 * in Example's place and "@ExampleAG" in Sample's): the printed order is not the pairing.
 */
function crossed(officials: readonly ImportedOfficial[], handles: readonly string[]): boolean {
  const surname = (o: ImportedOfficial) => (o.nameFromOffice ? '' : fold(o.name?.value.split(/\s+/).at(-1) ?? ''));
  const spells = (h: number, o: number) => {
    const name = surname(officials[o] as ImportedOfficial);
    return name.length > 2 && fold(handles[h] ?? '').includes(name);
  };
  return officials.some((_, i) => officials.some((__, j) => j !== i && surname(officials[i] as ImportedOfficial) !== surname(officials[j] as ImportedOfficial) && spells(i, j) && !spells(i, i) && spells(j, i) && !spells(j, j)));
}
