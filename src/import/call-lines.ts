// A call-in page may list the people to phone one a line with no heading over them: a foreign
// ministry's desk officers, an embassy's staff, each line an office and a name and a number, with
// wide spaces, a colon or a comma between them and sometimes a remark after the number:
//   "Director of the Northern Bureau: Jane Example    202-555-0176"
//   "Deputy Director John Example  202-555-0143 Central Region Affairs"
//   "Desk Officer (Ruritania) Ana Example  202-555-0199"
//   "Office of Southern Affairs: Director Chris Example, 202-555-0187"
// or an institution's switchboard alone ("Contact the Foreign Ministry Switchboard: 202-555-0100").
// Each line is one callee: the person, the office as his title (a rank before his name too), the
// number as printed; the remark after the number is no part of the number nor of the name (a TODO).
// Only a run of two such lines, or one line that asks to call or names a switchboard, is a list: a
// lone "Name 555-0100" in running text says nothing of whom the page asks to call.
import { readCallee, type Callee } from './call-in-name.js';
import { isPressContact } from './press-contact.js';
import { isOrganisation, isPersonName, isRoleLike, splitLeadingRole } from './official-words.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/**
 * A phone number as call pages print it: US-shaped, or dialled abroad ("011-504-555-0100",
 * "+504 2555-0100"), with its extension ("ext #42"): an extension stays with its number.
 */
export const CALL_NUMBER = String.raw`(?:\+\s?)?\(?\d[\d().\s\u2010-\u2015-]{5,22}\d(?:,?\s*(?:ext\.?|extension|x)\s*#?\s*\d{1,5})?`;
// The remark after the number may stand in brackets: "555-010-4041 (Phone Number to the Mayor's Office)".
const LINE = new RegExp(String.raw`^([^\d@]*?\p{L}[^\d@]*?)\s*[:,\u2013\u2014]?\s*(${CALL_NUMBER})(?:[\s.;,]+(\p{L}[^@]*?|\([^()@]*\)))?\s*[.;,]?$`, 'u');
/** "Contact the …", "Call the …": the line asks to call, so one line alone is a list. */
const CALL_VERB = /^(?:(?:you (?:can|may|could)|or|also|and)\s+(?:also\s+)?)?(?:please\s+)?(?:contact\s+the|call|phone|ring|telephone)\s+(?:the\s+)?(?=\p{Lu})/iu;
/**
 * The page's own staff and lines ("Urgent Action Coordinator", "our Media Office", "Amnesty's
 * activism team"): whom readers call with questions, never an official.
 */
const OWN_STAFF = /\b(?:urgent action|amnesty|our|campaigns?|network|activism|outreach|volunteers?|media|press|communications?|membership|fundraising|supporter care)\b[^,:]{0,40}\b(?:coordinator|office|officer|team|director|manager|staff|desk|line|hotline)\b/iu;
/** An institution's line that any caller may ring ("Foreign Ministry Switchboard", "Parliament Hotline"). */
const SWITCHBOARD = /\b(?:switchboard|hotline|helpline|main line|front desk|operator|reception)$/iu;
/** Words of a desk officer's office that no office list holds ("Desk Officer", "Country Desk", "Director adjunto"). */
// A candidate for an office ("Lt. Governor Candidate Jane Example") is named after the office too.
const DESK_WORD = /\b(?:officer|desk|candidate|nominee|designate|director|directora|deputy|head|chief|secretary|secretario|secretaria|adviser|advisor|coordinator|coordinador|coordinadora|asesor|asesora|jefe|jefa|adjunt[oa]|analyst|counsellor|counselor|attache|attaché|consul)\b/iu;
/** Labels before a colon that name a channel, not an office. */
const LABEL = /^(?:contact|phone|tel|telephone|call|fax|mobile|cell|number|numbers|office|switchboard)$/iu;
/** A line naming the reader's own officials ("Your Senator:", "your local MP"), with no number. */
const YOUR_OWN = /^\s*(?:[•*·–-]\s*)?(?:and\s+)?your\s+[^\d@]{0,100}$/iu;
/**
 * "President Jane Example, Fax 555-…", "Civil Administration Commander: Fax …": the channel's label
 * printed between the callee and the number says which of his numbers it is; it is no part of his name.
 */
const CHANNEL_BEFORE_NUMBER = /[\s,;:\u2013\u2014-]*\b(fax|telefax|facsimile|phone|tel|telephone|ph|mobile|cell)\b\.?(?:\s*(?:no\.?|number))?\s*:?$/iu;
/** A remark after the number runs to a few words; a longer tail is a sentence ("… to ask him to …"). */
const REMARK_WORDS = 8;

/**
 * The number as a case file holds it: dashes of any width as hyphens ("555–010–7100"), and its
 * extension written "ext 42" ("ext #42", "extension 42", ", ext. 42"), the form a phone field takes.
 */
function asPrinted(number: string): string {
  return number.trim().replace(/[\u2010-\u2015]/gu, '-').replace(/,?\s*(ext\.?|extension|x)\s*#?\s*(\d{1,5})$/iu, (_, word: string, digits: string) => ` ${/^extension$/iu.test(word) ? 'ext' : word} ${digits}`);
}

export interface CallLine {
  callee: Callee;
  /** The number, unless a fax label is printed before it. */
  phone?: string | undefined;
  /** The number printed after a fax label ("…, Fax 555-…"). */
  fax?: string | undefined;
  /** The words printed after the number ("Central Region Affairs"): asked about, never in a field. */
  remark?: string | undefined;
  /** The line asks to call, or names a switchboard: it is a list on its own. */
  alone: boolean;
}

/** The callee, number and remark of one call list's line, or undefined for a line that is none. */
export function readCallLine(printed: string): CallLine | undefined {
  // Cheap tests first: a number holds three digits together, and no list's line is long.
  if (printed.length > 200 || !/\d{3}/.test(printed) || isPressContact(printed) || OWN_STAFF.test(printed)) return undefined;
  const m = LINE.exec(printed.trim().replace(/^[•*·–-]\s*/u, ''));
  if (!m) return undefined;
  const phone = asPrinted(m[2] ?? '');
  const digits = phone.replace(/(?:ext|extension|x).*$/iu, '').replace(/\D/g, '').length;
  let remark = m[3]?.trim().replace(/^\((.*)\)$/u, '$1');
  if (digits < 7 || digits > 15 || (remark !== undefined && (remark.split(/\s+/).length > REMARK_WORDS || /^(?:to|and|or|if|for|at|on|and ask)\b/iu.test(remark)))) return undefined;
  let head = (m[1] ?? '').trim();
  const channel = CHANNEL_BEFORE_NUMBER.exec(head);
  if (channel && channel.index > 0) head = head.slice(0, channel.index);
  const isFax = channel !== null && channel.index > 0 && /^(?:fax|telefax|facsimile)$/iu.test(channel[1] ?? '');
  // "Jane Example (currently Mayor of Exampleton)- 555-…": the bracket before the number is a remark
  // on the person, and its office ("Mayor") is none of the callee's.
  const said = /\s*\(([^()]*)\)[\s\u2010-\u2015-]*$/u.exec(head);
  if (said && said.index > 0) {
    head = head.slice(0, said.index);
    remark = [said[1]?.trim(), remark].filter((x) => x !== undefined && x !== '').join('; ');
  }
  const verb = CALL_VERB.exec(head);
  if (verb) head = head.slice(verb[0].length);
  const callee = calleeOfHead(head.replace(/\s+(?:at|on)$/iu, ''));
  if (!callee) return undefined;
  return { callee, ...(isFax ? { fax: phone } : { phone }), remark, alone: verb !== null || (callee.nameFromOffice && SWITCHBOARD.test(callee.name)) };
}

function calleeOfHead(head: string): Callee | undefined {
  const text = head.replace(/\s{2,}/g, ' ');
  // "Director of the Northern Bureau: Jane Example", "Office of Southern Affairs: Director Chris Example".
  const colon = /^([^:]{3,80}):\s+(.+)$/u.exec(text);
  if (colon) {
    const office = (colon[1] ?? '').trim();
    const who = person(colon[2] ?? '');
    if (who && !LABEL.test(office) && /^\p{Lu}/u.test(office)) {
      if (who.title === undefined) return { name: who.name, nameFromOffice: false, title: office };
      return isOrganisation(office) ? { name: who.name, nameFromOffice: false, title: who.title, organisation: office } : { name: who.name, nameFromOffice: false, title: `${who.title}, ${office}` };
    }
    if (LABEL.test(office)) return readCallee(colon[2] ?? '');
  }
  // "Desk Officer (Ruritania) Ana Example": the office with its remark in brackets, then the name.
  const bracket = /^(\p{Lu}[^()]{1,60}\([^()]{1,40}\))\s+(.+)$/u.exec(text);
  const inBracket = bracket ? person(bracket[2] ?? '') : undefined;
  if (bracket && inBracket && inBracket.title === undefined) return { name: inBracket.name, nameFromOffice: false, title: bracket[1] };
  const who = person(text);
  return who ? { name: who.name, nameFromOffice: false, title: who.title } : readCallee(text);
}

/** "Deputy Director John Example", "Director adjunto Jane Example", "Jane Example": a rank or office, then a person. */
function person(text: string): { name: string; title?: string | undefined } | undefined {
  const t = text.trim().replace(/[,;]$/u, '');
  const words = t.split(/\s+/);
  // The longest name first ("María José Ejemplo"), whose first word is no office word.
  for (let k = Math.min(4, words.length - 1); k >= 2; k--) {
    const name = words.slice(-k).join(' ');
    const title = words.slice(0, -k).join(' ');
    // "BOARD OF" + "PARDONS AND PAROLES": an office never ends in a joining word; the words after it are the office's too.
    if (!words.slice(-k).every((w) => /^\p{Lu}/u.test(w)) || DESK_WORD.test(words[words.length - k] ?? '') || isRoleLike(name) || endsInJoin(title) || !isPersonName(name)) continue;
    if (isRoleLike(title) || DESK_WORD.test(title)) return { name, title };
  }
  const split = splitLeadingRole(t);
  if (split && isPersonName(split.name)) return split;
  if (words.length >= 2 && words.length <= 4 && isPersonName(t) && !isRoleLike(t) && !DESK_WORD.test(t)) return { name: t };
  return undefined;
}

/**
 * The call lists of `doc` that no heading opens: runs of call lines with only blank lines between
 * them, of two lines at least, or one that asks to call or names a switchboard. `taken` lines (read
 * under a call heading) are left to that reader.
 */
export function callLineRuns(doc: ImportText, taken: ReadonlySet<number>, last: number): Array<{ line: number; call: CallLine }> {
  const out: Array<{ line: number; call: CallLine }> = [];
  let run: Array<{ line: number; call: CallLine }> = [];
  const close = () => {
    if (run.length >= 2 || (run.length === 1 && run[0]?.call.alone === true)) out.push(...run);
    run = [];
  };
  for (let n = 1; n <= Math.min(doc.lines.length, last); n++) {
    const text = lineAt(doc, n);
    if (isBlank(text)) continue;
    const call = taken.has(n) ? undefined : readCallLine(text);
    if (call) run.push({ line: n, call });
    // "Your State Representative and Your Senator:": the reader's own, whom the page cannot name
    // nor number; the list goes on under it.
    else if (run.length > 0 && YOUR_OWN.test(text)) continue;
    else close();
  }
  close();
  return out;
}

const NUMBER_IN_TEXT = new RegExp(CALL_NUMBER, 'gu');
/** Where a call request opens in running text ("Call the …", "please phone …"). */
const CALL_REQUEST = /\b(?:call|phone|ring|telephone)\s+(?:the\s+)?(?=\p{Lu})/giu;

/**
 * "Call the Foreign Ministry, Ruritania desk, Jane Example at 202-555-0134 or John Example at
 * 202-555-0178; or the Ambassador in Capital City at 011-504-555-0100 ext #42.": one request that
 * names several callees, each right before "at" and his number. Each is the person printed last
 * before his number (an office printed alone stands in for a name); the words before him in the
 * first part (the ministry, its desk) are no name. Fewer than two callees: undefined (the sentence
 * reader reads one).
 */
export function callSeries(line: string): Array<{ callee: Callee; phone: string; at: number }> | undefined {
  if (line.length > 1000) return undefined;
  for (const verb of line.matchAll(CALL_REQUEST)) {
    const from = (verb.index ?? 0) + verb[0].length;
    const rest = line.slice(from);
    // The request runs to its sentence's end: a full stop before a space and a capital, or the line's end.
    const end = /[.!?](?=\s+\p{Lu}|\s*$)/u.exec(rest.replace(/\bext\.|\b\p{Lu}\./gu, (s) => s.replace('.', ',')));
    const sentence = end ? rest.slice(0, end.index) : rest;
    const found: Array<{ callee: Callee; phone: string; at: number }> = [];
    let start = 0;
    for (const m of sentence.matchAll(NUMBER_IN_TEXT)) {
      const before = sentence.slice(start, m.index);
      start = (m.index ?? 0) + m[0].length;
      const at = /\s+(?:at|on)\s+(?:the\s+)?(?:number\s+)?$/iu.exec(before);
      const digits = m[0].replace(/(?:ext|extension|x).*$/iu, '').replace(/\D/g, '').length;
      // "Please phone President Jane Example 555-0100-00, Prime Minister …": an older page prints
      // each number right after its callee, no "at" between; then only an office and a name (a
      // rank alone, or a name alone, before a number may be anything in running text).
      if ((!at && !/\p{L}\s+$/u.test(before)) || digits < 7 || digits > 15) return undefined;
      const head = before.slice(0, at ? at.index : before.length).replace(/^[\s;,]*(?:(?:or|and)\s+)?(?:the\s+)?/iu, '').trim();
      const callee = OWN_STAFF.test(head) ? undefined : seriesCallee(head);
      if (!callee || (!at && (callee.title === undefined || callee.nameFromOffice || callee.remark !== undefined))) return undefined;
      found.push({ callee, phone: asPrinted(m[0]), at: from + (m.index ?? 0) });
    }
    if (found.length >= 2) return found;
  }
  return undefined;
}

function seriesCallee(head: string): Callee | undefined {
  const parts = head.split(/\s*,\s+/u);
  const last = parts.at(-1) ?? '';
  const who = person(last);
  if (who && !endsInPreposition(who.title)) {
    const [first, ...middle] = parts.slice(0, -1);
    const organisation = first !== undefined && isOrganisation(first) ? first : undefined;
    const left = [...(organisation === undefined && first !== undefined ? [first] : []), ...middle];
    return { name: who.name, nameFromOffice: false, title: who.title, organisation, ...(left.length > 0 ? { remark: left.join('; ') } : {}) };
  }
  if (parts.length > 1) return undefined;
  // "the Ambassador in Capital City": an office with its place, no person named; the office as printed stands in for the name.
  if (who && /^\p{Lu}/u.test(last) && isRoleLike(last)) return { name: last, nameFromOffice: true };
  const callee = readCallee(last);
  return callee && endsInPreposition(callee.title) ? undefined : callee;
}

/** "Board of", "Minister for": words that end in a joining word, the office's end printed after them. */
const endsInJoin = (title: string): boolean => /\s(?:of|for|and|de|del|du|des|di|da|do)$/iu.test(title);

/** "Ambassador in" / "Capital City": a split of an office before its place, not an office before a name. */
const endsInPreposition = (title: string | undefined): boolean => title !== undefined && /\s(?:in|of|to|for|at|en|de|del|da|do|à|au|in der|im)$/iu.test(title);
