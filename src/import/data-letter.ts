// Letters and Urgent Actions kept as data: campaign repositories hold them as JSON files or as
// JavaScript/TypeScript modules (`const letter: Email = { to: […], subject: '…', body: `…` }`, one
// entry of a list of countries' letters, a UA parsed into JSON with its line breaks escaped), and
// people pass those files on. Read as prose they give nothing, so their string values are written
// out as the labelled page the rest of the importer reads (Amnesty International's template:
// "URGENT ACTION TITLE:", the letter, "TARGET'S CONTACT DETAILS", "PREFERRED LANGUAGE…", "APPEAL
// DEADLINE NOTICE:"), a key's name saying which label its value takes, in any case style. Each
// line keeps the source line its value was written on. The addresses under `to`/`recipients`
// (written to) and `cc`/`bcc` (copies) are recipients by the file's own word, even with no name
// printed: they are handed on as such (data-recipients.ts), never given a name.
import { readDataLiterals, type DataValue } from './data-literal.js';
import { recogniseSalutation } from './salutation.js';
import { toImportText } from './text.js';
import type { DataRecipient, ImportText } from './types.js';

type Role = 'title' | 'country' | 'issued' | 'reference' | 'index' | 'summary' | 'letter' | 'contacts' | 'salutation' | 'language' | 'deadline' | 'copies' | 'to' | 'cc' | 'previous' | 'background';

/** Key names (folded: lower case, letters only) → what their value is. */
const ROLES: ReadonlyArray<readonly [Role, readonly string[]]> = [
  ['title', ['title', 'subject', 'headline', 'uatitle', 'urgentactiontitle']],
  ['country', ['country', 'countryname']],
  ['issued', ['date', 'publicationdate', 'published', 'publishedon', 'issued']],
  ['reference', ['number', 'uanumber', 'reference', 'urgentactiontypeandnumber']],
  ['index', ['index', 'indexnumber']],
  ['summary', ['summary', 'urgentactionsummary']],
  ['letter', ['body', 'letter', 'text', 'message', 'content', 'sampleletter', 'lettertext', 'letterbody', 'urgentactionletter']],
  ['contacts', ['targetcontactdetails', 'targetscontactdetails', 'contactdetails', 'contacts', 'contact', 'target', 'targets', 'officials', 'official', 'addressees', 'addressee']],
  ['salutation', ['salutation', 'greeting']],
  ['language', ['language', 'languages', 'lang', 'locale', 'preferredlanguage', 'preferredlanguages', 'preferredlanguagetoaddresstarget']],
  ['deadline', ['deadline', 'appealdeadline', 'appealdeadlinenotice', 'expires', 'expiry', 'expireson', 'expirydate', 'enddate']],
  ['copies', ['sendcopies', 'sendcopiesto', 'copiesto', 'alsosendcopiesto']],
  ['to', ['to', 'recipients', 'recipient', 'emails', 'email', 'mailto']],
  ['cc', ['cc', 'bcc', 'copies', 'copy']],
  ['previous', ['previous', 'previousua', 'linktopreviousua']],
  ['background', ['background', 'backgroundinformation', 'additionalinformation']],
];
const ROLE_OF = new Map(ROLES.flatMap(([role, keys]) => keys.map((k) => [k, role] as const)));
const foldKey = (key: string): string => key.toLowerCase().replace(/[^a-z]/g, '');

/** The labelled page's order and labels (the template's); a role with no label is written bare. */
const PAGE: ReadonlyArray<readonly [Role, string | undefined]> = [
  // The country above the headline: under it, a "Country:" line would read as the summary's paragraph.
  ['country', 'Country: '],
  ['title', 'URGENT ACTION TITLE: '],
  ['issued', 'PUBLICATION DATE: '],
  ['reference', 'URGENT ACTION TYPE AND NUMBER: '],
  ['index', 'INDEX NUMBER: '],
  ['summary', 'URGENT ACTION SUMMARY:'],
  ['letter', 'URGENT ACTION LETTER:'],
  // The template's heading without its '& "COPIES TO"': the key names the officials written to.
  ['contacts', "TARGET'S CONTACT DETAILS"],
  ['salutation', 'Salutation: '],
  ['language', 'PREFERRED LANGUAGE TO ADDRESS TARGET: '],
  ['deadline', 'APPEAL DEADLINE NOTICE: '],
  ['copies', 'Copies to:'],
  ['previous', 'LINK TO PREVIOUS UA: '],
  ['background', 'BACKGROUND INFORMATION:'],
];
/** Labels whose value goes on the label's own line; the others head the lines under them. */
const ON_LINE = (label: string): boolean => label.endsWith(' ');

interface PageLine {
  text: string;
  line: number;
}

/** A data file's letter as the text the importer reads, or undefined when the text is no such file. */
export function readDataLetter(raw: string, source: string): ImportText | undefined {
  const values = readDataLiterals(raw);
  const letter = values && theLetter(values);
  if (!letter) return undefined;
  const byRole = new Map<Role, Array<{ key: string; value: DataValue }>>();
  const dropped: Array<{ text: string; line: number; why: string }> = [];
  const recipients: Array<Omit<DataRecipient, 'line'> & { source: number }> = [];
  for (const { key, value } of letter.entries) {
    const role = roleOf(key, letter);
    if (role === 'to' || role === 'cc') {
      // Bare addresses are recipients; anything more ("Jane Example, Minister of …") is read as contacts.
      const emails = addressesIn(value);
      if (emails) {
        recipients.push(...emails.map((e) => ({ ...e, copy: role === 'cc' })));
        continue;
      }
    }
    // A copy given with more than its address is printed under a heading of the copies.
    const kept = role === 'to' ? 'contacts' : role === 'cc' ? 'copies' : role;
    if (kept === undefined || value.kind === 'other') {
      // Reported, never lost in silence: a key the importer has no label for, or a value the file
      // computes (a name, a template with an expression in it) rather than holds.
      const text = kept === undefined ? firstText(value) : key;
      if (text !== undefined) dropped.push({ text: kept === undefined ? `${key}: ${text}` : key, line: value.line, why: kept === undefined ? `a key of the data file the importer does not read ("${key}")` : `the data file computes this value ("${key}") rather than writing it out: not read` });
      continue;
    }
    byRole.set(kept, [...(byRole.get(kept) ?? []), { key, value }]);
  }
  const page: PageLine[] = [{ text: 'URGENT ACTION', line: letter.line }];
  for (const [role, label] of PAGE) for (const { value } of byRole.get(role) ?? []) page.push(...written(role, label, value));
  return asImportText(page, recipients, dropped, source);
}

/** The one object in the file that holds a letter: several (a whole list of countries' letters) are no one draft. */
function theLetter(values: readonly DataValue[]): Extract<DataValue, { kind: 'object' }> | undefined {
  const candidates: Array<Extract<DataValue, { kind: 'object' }>> = [];
  const look = (v: DataValue, depth: number): void => {
    if (depth > 3 || candidates.length > 1) return;
    if (v.kind === 'array') for (const item of v.items) look(item, depth + 1);
    if (v.kind !== 'object') return;
    if (isLetter(v)) candidates.push(v);
    else for (const e of v.entries) look(e.value, depth + 1);
  };
  for (const v of values) look(v, 0);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** A letter's object: its text, or whom it goes to, under a key the importer knows. */
function isLetter(o: Extract<DataValue, { kind: 'object' }>): boolean {
  const roles = new Set(o.entries.map((e) => roleOf(e.key, o)));
  return roles.has('letter') || ((roles.has('to') || roles.has('contacts')) && o.entries.some((e) => e.value.kind === 'string'));
}

/**
 * `name` is the country in a list of countries' letters, where each entry also gives its `code`
 * ("EX", "DEU"); elsewhere a `name` may be a person's, and is not read.
 */
function roleOf(key: string, o: Extract<DataValue, { kind: 'object' }>): Role | undefined {
  const k = foldKey(key);
  if (k === 'name') return o.entries.some((e) => /^(?:code|countrycode|iso)$/.test(foldKey(e.key)) && e.value.kind === 'string' && /^[A-Z]{2,3}$/.test(e.value.value)) ? 'country' : undefined;
  return ROLE_OF.get(k);
}

/** The first line of text a value holds, if any. */
function firstText(value: DataValue): string | undefined {
  if (value.kind === 'string') return value.value.trim() === '' ? undefined : value.value.trim().split('\n')[0];
  if (value.kind === 'array') return value.items.map(firstText).find((t) => t !== undefined);
  if (value.kind === 'object') return value.entries.map((e) => firstText(e.value)).find((t) => t !== undefined);
  return undefined;
}

const EMAIL = /^[^\s<>@,;"']+@[^\s<>@,;"']+\.[^\s<>@,;"']+$/;
/** "Jane Example <jane@example.org>": a mail's address with the name it is shown by. */
const NAMED_EMAIL = /^"?([^"<>@]{2,100}?)"?\s*<\s*([^\s<>]+)\s*>$/;

/** Each address of a value that is only addresses (a string or a list of them), or undefined. */
function addressesIn(value: DataValue): Array<{ email: string; shownAs?: string; source: number }> | undefined {
  const strings = value.kind === 'string' ? [value] : value.kind === 'array' ? value.items : [];
  const out: Array<{ email: string; shownAs?: string; source: number }> = [];
  for (const s of strings) {
    if (s.kind !== 'string') return undefined;
    for (const part of s.value.split(/[;\n]|,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
      const named = NAMED_EMAIL.exec(part.trim());
      const email = (named?.[2] ?? part.trim()).replace(/^mailto:/i, '');
      if (email === '') continue;
      if (!EMAIL.test(email)) return undefined;
      out.push(named?.[1] ? { email, shownAs: named[1].trim(), source: s.line } : { email, source: s.line });
    }
  }
  return out.length > 0 ? out : undefined;
}

const COPIES_WORD = /\b(?:cop(?:y|ies)|copias?|copies?|kopien?)\b/i;

/** A value's page lines under its label. */
function written(role: Role, label: string | undefined, value: DataValue): PageLine[] {
  const read = linesOf(value, role === 'language' ? languageName : (s) => s, role === 'contacts' || role === 'copies');
  const paragraphs = role === 'letter' ? withGreetingApart(read) : read;
  if (paragraphs.length === 0) return [];
  const first = paragraphs[0] ?? { text: '', line: value.line };
  // "Also send copies to diplomatic representatives…" heads its own lines.
  if (label === undefined || (role === 'copies' && COPIES_WORD.test(first.text))) return paragraphs;
  // A subject printed with its own label ("Betreff: …", "Subject: …") takes the title's.
  const text = role === 'title' ? first.text.replace(/^(?:subject|re|betreff|objet|asunto|oggetto|onderwerp|ämne)\s?:\s*/i, '') : first.text;
  if (ON_LINE(label) && paragraphs.every((p) => p.text !== '')) return [{ text: label + [text, ...paragraphs.slice(1).map((p) => p.text)].join(role === 'language' ? ', ' : ' '), line: first.line }];
  return [{ text: label.trimEnd(), line: first.line }, ...paragraphs];
}

/**
 * The value's lines: a string's own lines (a template literal's each on its source line), a list's
 * items as paragraphs with a blank line between them, an official's object as his block of lines.
 */
function linesOf(value: DataValue, map: (s: string) => string, officials = false): PageLine[] {
  if (value.kind === 'string') {
    const lines = value.value.split('\n').map((text, k) => ({ text: map(text.trim()), line: value.multiline ? value.line + k : value.line }));
    while (lines[0]?.text === '') lines.shift();
    while (lines.at(-1)?.text === '') lines.pop();
    return lines;
  }
  if (value.kind === 'array') {
    const parts = value.items.map((item) => linesOf(item, map, officials)).filter((p) => p.length > 0);
    return parts.flatMap((p, i) => (i === 0 ? p : [{ text: '', line: p[0]?.line ?? value.line }, ...p]));
  }
  // A letter given as { greeting, body, closing } is its parts in order; only under the officials' keys is an object an official.
  if (value.kind === 'object') return officials ? officialLines(value) : linesOf({ kind: 'array', items: value.entries.map((e) => e.value), line: value.line }, map);
  return [];
}

/**
 * "Dear Attorney General, I am writing to …": a letter kept as a list of paragraphs often holds its
 * greeting in the first one. Put on a line of its own when the importer's salutation reader takes
 * it for a greeting; else the paragraph stays as written.
 */
function withGreetingApart(lines: PageLine[]): PageLine[] {
  const first = lines[0];
  const m = first && first.text.length > 60 ? GREETING_RUN_ON.exec(first.text) : null;
  if (!first || !m) return lines;
  const [greeting, rest] = [m[1] ?? '', m[2] ?? ''];
  const alone = recogniseSalutation(toImportText(`${greeting}\n${rest}`, 'greeting'));
  if (!alone.found || alone.line !== 1) return lines;
  return [{ text: greeting, line: first.line }, { text: rest, line: first.line }, ...lines.slice(1)];
}
/** A short opening phrase, its comma or colon, then a sentence in capitals. */
const GREETING_RUN_ON = /^([^,:.!?@]{3,80}[,:])\s+(\p{Lu}.*)$/su;

/** Field keys of an official's object, in the order a block prints them, with the label a contact line takes. */
const OFFICIAL_FIELDS: ReadonlyArray<readonly [readonly string[], string]> = [
  [['honorific', 'courtesy'], ''],
  [['name', 'fullname'], ''],
  [['title', 'office', 'position', 'role', 'function'], ''],
  [['organisation', 'organization', 'institution', 'ministry'], ''],
  [['address', 'postaladdress'], ''],
  [['email', 'emails', 'mail'], 'Email: '],
  [['fax'], 'Fax: '],
  [['phone', 'telephone', 'tel'], 'Phone: '],
  [['twitter', 'x', 'handle'], 'Twitter: '],
  [['salutation', 'greeting'], 'Salutation: '],
];

/** An official given as an object ({ name, title, address: […], email }) → the block a page prints. */
function officialLines(o: Extract<DataValue, { kind: 'object' }>): PageLine[] {
  const out: PageLine[] = [];
  for (const [keys, label] of OFFICIAL_FIELDS) {
    for (const e of o.entries.filter((x) => keys.includes(foldKey(x.key)))) {
      const lines = linesOf(e.value, (s) => s).filter((l) => l.text !== '');
      if (label === '') out.push(...lines);
      else if (lines.length > 0) out.push({ text: label + lines.map((l) => l.text).join(', '), line: lines[0]?.line ?? e.line });
    }
  }
  return out.length > 0 ? [{ text: '', line: o.line }, ...out] : [];
}

/** "de", "pt-BR" → "German", "Portuguese": the label reader knows languages by name. */
function languageName(value: string): string {
  if (!/^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/.test(value)) return value;
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(value.slice(0, value.search(/[-_]|$/))) ?? value;
  } catch {
    return value;
  }
}

/**
 * The page read as every page is (text.ts), each line's origin carried back to the data file's
 * line; each recipient is given a blank line of its own after the page, so that its official cites
 * the line its address was written on.
 */
function asImportText(page: readonly PageLine[], recipients: ReadonlyArray<Omit<DataRecipient, 'line'> & { source: number }>, dropped: ReadonlyArray<{ text: string; line: number; why: string }>, source: string): ImportText {
  const doc = toImportText(page.map((l) => l.text).join('\n'), source);
  const at = (n: number): number => page[n - 1]?.line ?? n;
  const lines = [...doc.lines, ...recipients.map(() => '')];
  const origin = [...doc.lines.map((_, i) => at(doc.origin?.[i] ?? i + 1)), ...recipients.map((r) => r.source)];
  const handed = recipients.map((r, i) => ({ email: r.email, copy: r.copy, line: doc.lines.length + i + 1, ...(r.shownAs ? { shownAs: r.shownAs } : {}) }));
  const unplaced = doc.unplaced?.map((u) => ({ text: u.text, line: at(u.line) }));
  const left = [...(doc.dropped ?? []).map((d) => ({ ...d, line: at(d.line) })), ...dropped];
  return { source, lines, origin, ...(unplaced ? { unplaced } : {}), ...(left.length > 0 ? { dropped: left } : {}), ...(handed.length > 0 ? { recipients: handed } : {}) };
}
