// A blog post that asks its readers to write gives the officials and their emails in running text:
//   I urge all readers to write to Ruritania's Justice Minister Jane Example. Emails (type all
//   three in the address bar): a@justice.example, b@justice.example, c@justice.example.
//   You may also wish to write to Prime-Minister John Example (email: pm@example.org) and Ana
//   Example, Minister of Foreign Affairs (email: press@mfa.example).
// Only a line that asks the reader to write is read. A person is taken only where the sentence
// brings him in as one written to (after "write to", after "and" or a comma that follows one, or
// with his office before or after his name); an email is his only when it follows him in the same
// sentence, in brackets, or in the next sentence that opens with "Email(s)". A quoted salutation
// the page asks for ('use the "Your Excellency" salutation') greets each of them. A paragraph
// printed twice gives each official once.
import { emailsIn } from './contact-line.js';
import { hasOfficeWord } from './office-words.js';
import { isPersonName, isRoleLike, splitLeadingRole } from './official-words.js';
import type { ImportedOfficial } from './official-block.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/**
 * "write to", "wish to write to", "écrire à", "escribir a", "schreiben Sie an" (folded): the reader is
 * asked to write. Not "email" alone: "the group sent an email to the Minister (email: …)" reports
 * what was done, and a report names no one to write to.
 */
const ASKS_TO_WRITE = /\b(?:write to|ecri(?:re|vez) (?:a|au|aux)|escrib(?:ir|an|a) (?:a|al)|schreiben sie (?:an|dem|der))\b/u;
/** Runs of capitalised words (with a name's small particles), each a candidate for an office and a name. */
const CAPITALISED = /\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:de|da|do|dos|van|von|der|al|bin|el|la)\s+)?\p{Lu}[\p{L}’'-]*)*/gu;
/** "Ruritania's ", "Ejemplia’s ": a country's possessive before the office is no part of it. */
const POSSESSIVE = /^\p{Lu}[\p{L}-]*['’]s\s+/u;
/** What brings a person in as one written to, right before his office or name (folded). */
const INTRODUCED = /(?:\bto|\band|\bet|\by|\bund|\ban|\bau|\bal|\bao|\ba|,)\s*$/u;
/** "Emails (type all three…):", "E-mail:": a sentence that gives the emails of the one named before it (folded). */
const EMAILS_SENTENCE = /^(?:e-?mails?|e-?mail address(?:es)?)\b/u;
/** 'use the "Your Excellency" salutation', 'salutation: "Dear Minister"'. */
const ASKED_SALUTATION = /\b(?:use|with) the ["“]([^"”]{3,40})["”] (?:salutation|greeting|form of address)|\bsalutation:?\s+["“]([^"”]{3,40})["”]/iu;
/** How far an email may stand from the person it belongs to, in characters between them. */
const NEAR = 90;

export interface Mention {
  name: string;
  title?: string;
  start: number;
  end: number;
}

export function proseEmailOfficials(doc: ImportText): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  let salutation: { value: string; line: number } | undefined;
  for (let n = 1; n <= doc.lines.length; n++) {
    const text = lineAt(doc, n);
    const asked = text.includes('"') || text.includes('“') ? ASKED_SALUTATION.exec(text) : null;
    if (asked) salutation ??= { value: (asked[1] ?? asked[2] ?? '').trim(), line: n };
    // Cheap first: an email and a request to write.
    if (!text.includes('@') || text.length > 2000 || !ASKS_TO_WRITE.test(fold(text))) continue;
    for (const o of officialsIn(text, n)) {
      const same = out.find((k) => fold(k.name?.value ?? '') === fold(o.name?.value ?? ''));
      if (same) for (const e of o.emails) { if (!same.emails.some((x) => x.value === e.value)) same.emails.push(e); }
      else out.push(o);
    }
  }
  if (salutation) for (const o of out) o.salutation = { ...salutation, confidence: 'low' };
  return out;
}

function officialsIn(text: string, line: number): ImportedOfficial[] {
  const mentions = mentionsIn(text);
  if (mentions.length === 0) return [];
  const owned = new Map<Mention, string[]>();
  let from = 0;
  let last: { owner: Mention; end: number } | undefined;
  for (const email of emailsIn(text)) {
    const at = text.indexOf(email, from);
    if (at < 0) continue;
    from = at + email.length;
    // "a@…, b@…, c@…": an email right after another is the same one's.
    const owner = last && /^[\s,;]*(?:and|or|et|ou|y|o|und|oder)?[\s,;]*$/u.test(text.slice(last.end, at)) ? last.owner : ownerBefore(text, mentions, at);
    if (!owner) {
      last = undefined;
      continue;
    }
    owned.set(owner, [...(owned.get(owner) ?? []), email]);
    last = { owner, end: from };
  }
  return [...owned].map(([m, emails]) => ({
    line,
    confidence: 'low',
    nameFromOffice: false,
    name: { value: m.name, line },
    ...(m.title ? { title: { value: m.title, line } } : {}),
    address: [],
    emails: emails.map((value) => ({ value, line })),
    copy: false,
    unsure: [],
  }));
}

/** The last person named before the email, when nothing but his office, a bracket's label or an "Emails" sentence stands between. */
function ownerBefore(text: string, mentions: readonly Mention[], at: number): Mention | undefined {
  const owner = mentions.filter((m) => m.end <= at).at(-1);
  if (!owner || at - owner.end > NEAR) return undefined;
  const between = text.slice(owner.end, at);
  // A sentence ends between them: only one that opens with "Emails" goes on giving his.
  const stop = /[.!?]\s+(\S.*)$/su.exec(between);
  if (stop && !EMAILS_SENTENCE.test(fold(stop[1] ?? ''))) return undefined;
  return owner;
}

/** The people the line brings in as ones written to, with the office printed before or after the name. */
export function mentionsIn(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(CAPITALISED)) {
    const run = m[0];
    const start = m.index ?? 0;
    const possessive = POSSESSIVE.exec(run)?.[0] ?? '';
    const words = run.slice(possessive.length).replace(/[.’']+$/u, '');
    const split = splitLeadingRole(words);
    const name = split?.name ?? (isPersonName(words) ? words : undefined);
    if (name === undefined || !isPersonName(name) || hasOfficeWord(fold(name))) continue;
    const end = start + possessive.length + words.length;
    // "Ana Example, Minister of Foreign Affairs (…": the office after a comma, up to a bracket or the clause's end.
    // "Jane Beispiel, Oberste Justizautorität via die Botschaft": "via" and what follows is the way, not the office.
    const after = /^,\s+((?:the\s+)?\p{Lu}[^,;:()]{2,60}?)\s*(?=[(;:]|,|\s+via\s|\.(?:\s|$)|$)/u.exec(text.slice(end));
    const office = (after?.[1] ?? '').trim();
    const title = split?.title ?? (after && (hasOfficeWord(fold(office)) || isRoleLike(office)) ? office : undefined);
    const before = fold(text.slice(Math.max(0, start - 12), start));
    if (!INTRODUCED.test(before)) continue;
    // A person with no office beside him may be the one at risk ("send greetings to Karim Example"): no official.
    if (title === undefined) continue;
    out.push({ name, ...(title ? { title } : {}), start, end: title && !split && after ? end + after[0].length : end });
  }
  return out;
}
