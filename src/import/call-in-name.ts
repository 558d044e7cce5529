// Who a call-in page asks the reader to phone, from the words printed before the number: "Commissioner
// Dana Example, Department of Corrections", "NY Governor Pat Sample", "DOC Press Office", "Governor
// Example's Office", "Warden Kim Example (the desk says she has left)". Campaign and prisoner-support
// posts (mostly US) print their call lists so: an office, a person under an office, or an office
// standing alone. The state word before the office ("Ohio", "NY") says whose governor it is and is
// no part of the name or the title; a remark in brackets is no part of the name. Anything that is
// neither a person under an office, a person's name nor an office is no callee (a headline, a
// slogan): undefined, never an official.
import { isOrganisation, isPersonName, isRoleLike, splitLeadingRole } from './official-words.js';
import { US_CODES, US_STATES } from './country.js';

export interface Callee {
  name: string;
  /** No person is named: the office stands in for the name ("DOC Press Office"). */
  nameFromOffice: boolean;
  title?: string | undefined;
  organisation?: string | undefined;
  /** A remark in brackets, or a part after a comma that is neither office nor institution: asked about, never in a field. */
  remark?: string | undefined;
}

const STATE_BEFORE = new RegExp(String.raw`^(${US_STATES.join('|')}|${US_CODES.replace(/ /g, '|')})\s+(?=\p{Lu})`, 'u');
/**
 * "Governor Example's Office", "the Warden's office": the office of the person or office before it;
 * "Governor Smithers' office": a surname ending in s takes the apostrophe alone.
 */
const POSSESSIVE_OFFICE = /^(?:the\s+)?(.+?)(?:['’]s|(?<=s)['’])\s+(?:office|offices|desk|line|hotline)$/iu;
/** The prisons and jails a prisoner-support page names after a warden ("Example Hill Correctional Facility"). */
const PRISON = /\b(?:correctional|penitentiary|prison|jail|detention|facility|institution)\b/iu;
/**
 * "(D-Exampleland)", "(R-TX)", "[D-CA-12]": a member of Congress's party and state, printed with his
 * name or office. It says whom he sits for, and is no part of the name or the title.
 */
const PARTY_TAG = /\s*[([](?:D|R|I|ID|DFL|Dem|Rep|Ind)\s?[-–‑]\s?\p{Lu}[\p{L}. ]{1,30}?(?:[-–‑]\d{1,2}|\s\d{1,2})?[)\]]/gu;

/** Words that tell a call list's line is a sentence or a headline, not a callee ("Start Calling Today!", "Who to call"). */
const NOT_A_CALLEE = /[!?]|\b(?:call(?:ing|s)?|today|now|please|strike|history|action|update|support|tell|ask|urge)\b/i;

/** The callee the words before a number name, or undefined. */
export function readCallee(printed: string): Callee | undefined {
  // "Governor Smithers' office*": a footnote's star after a word is no part of it.
  const bare = printed.trim().replace(PARTY_TAG, '').replace(/^[•*·–-]\s*/u, '').replace(/(?<=\p{L})\*+(?=\s|$)/gu, '');
  const { text, remark } = withoutRemark(bare.replace(/[\s:,–—-]+$/u, ''));
  if (text === '' || text.length > 120 || /\d|@/.test(text)) return undefined;
  const [head = '', ...rest] = text.split(/\s*,\s+/);
  const callee = calleeOf(head);
  if (!callee) return undefined;
  // "Kim Example, Warden, Example Valley State Prison": after the name, an office is his title
  // (when the name gave none) and an institution his organisation; anything else is asked about.
  const left: string[] = [];
  for (const part of rest) {
    if ((isOrganisation(part) || PRISON.test(part)) && callee.organisation === undefined) callee.organisation = part;
    else if (isRoleLike(part) && callee.title === undefined && !callee.nameFromOffice) callee.title = part;
    else left.push(part);
  }
  const extra = [remark, ...left].filter((x): x is string => x !== undefined).join('; ');
  return { ...callee, ...(extra ? { remark: extra } : {}) };
}

function calleeOf(printed: string): Callee | undefined {
  const head = printed.replace(/^the\s+/iu, '');
  const stateWord = STATE_BEFORE.exec(head);
  const words = stateWord ? head.slice(stateWord[0].length) : head;
  const possessive = POSSESSIVE_OFFICE.exec(words);
  if (possessive) {
    // "Governor Example's Office": the governor named by his surname; "the Warden's office": the office alone.
    const holder = possessive[1] ?? '';
    const person = splitLeadingRole(holder);
    if (person && isPersonName(person.name)) return { name: person.name, nameFromOffice: false, title: person.title };
    const bySurname = officeAndSurname(holder);
    if (bySurname) return bySurname;
    // "the Prime Minister's office": calling his office is calling him, and the office stands in for his name.
    return isRoleLike(holder) && !NOT_A_CALLEE.test(holder) ? { name: holder.replace(/^the\s+/iu, ''), nameFromOffice: true } : undefined;
  }
  if (NOT_A_CALLEE.test(words)) return undefined;
  const split = splitLeadingRole(words);
  if (split && isPersonName(split.name)) return { name: split.name, nameFromOffice: false, title: split.title };
  const bySurname = officeAndSurname(words);
  if (bySurname) return bySurname;
  if (isPersonName(words) && !isRoleLike(words)) return { name: words, nameFromOffice: false };
  if (isRoleLike(words) || isOrganisation(words)) return { name: words, nameFromOffice: true };
  return undefined;
}

/** "Governor Example", "President Example": an office, then the holder's surname alone. */
function officeAndSurname(text: string): Callee | undefined {
  const split = splitLeadingRole(`${text} Name`);
  const surname = split?.name.replace(/ Name$/u, '');
  return split && surname && /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(surname) && !isRoleLike(surname) && !isOrganisation(surname) ? { name: surname, nameFromOffice: false, title: split.title } : undefined;
}

/** "Warden Kim Example (the desk says she has left)": the remark in brackets, apart from the name. */
function withoutRemark(text: string): { text: string; remark?: string } {
  const m = /\s*\(([^()]*)\)?\s*$/u.exec(text);
  if (!m || m.index === 0) return { text };
  return { text: text.slice(0, m.index).trim(), remark: (m[1] ?? '').trim() };
}
