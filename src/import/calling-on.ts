// A group's weekly or monthly action page tells in a sentence whom the section calls on, by office
// or institution, with no person's name and no contact details, and points the reader to a letter
// prepared elsewhere:
//   Amnesty is calling on the Governor of Exampleshire and the Exampleshire Board of Pardons to show clemency.
//   Amnesty have prepared a standard letter, which you can personalise with a few clicks.
//   Amnesty International demande au Ministre de l'Intérieur et à la Commission nationale de …
// Each office or institution is an official, named as printed (the draft's TODO asks how to reach
// it). Only a sentence in the present ("is calling on", "calls on", "we urge"), only offices and
// institutions each ("the authorities", "the government", "the international community" are
// nobody to write to), and only on a page that asks the reader to act.
import type { ImportedOfficial } from './official-block.js';
import { isOrganisation, isPersonName, isRoleLike, splitLeadingRole } from './official-words.js';
import { fullerName } from './fuller-name.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "Amnesty is calling on …", "we call on …", "urges …", then the list, then "to" and a verb. */
const CALLS_EN = /\b(?:(?:is|are) (?:calling (?:on|upon)|urging|asking)|calls? (?:on|upon)|urges?|we ask)\s+((?:the\s+)?\p{Lu}.{3,200}?)\s+to\s+\p{Ll}/u;
/** "demande au …", "appelle le …", "exhorte les …", then the list, then "de" or "d'" and a verb in the infinitive ("de veiller", not "de l'Intérieur"). */
const CALLS_FR = /\b(?:demande|demandons|appelle|appelons|exhorte|exhortons)\s+((?:au|aux|à la|à l['’]|le|la|l['’]|les)\s*\p{Lu}.{3,200}?)\s+(?:de\s+|d['’])(?!l['’]|la\s|les?\s)\p{Ll}+(?:er|ir|re)\b/u;
/** What parts the list: a comma, "and the", "et au", "et à la" (an "and" inside a name, "Pardons and Parole", stays). */
const PARTS_EN = /\s*,\s*(?:and\s+)?(?=the\s)|\s+and\s+(?=the\s)/u;
const PARTS_FR = /\s*,\s*(?:et\s+)?(?=(?:au|aux|à la|à l['’]|le|la|les)\s)|\s+et\s+(?=(?:au|aux|à la|à l['’]|le|la|les)\s)/u;
/** The article before each one listed. */
const ARTICLE = /^(?:the|au|aux|à la|à l['’]|le|la|l['’]|les)\s*/u;
/** Those called on who are no one to write to (folded). */
const NOBODY = /\b(?:authorit|government|gouvernement|international community|communaute internationale|states?|etats?|world leaders|all parties|members?|everyone|people|public|you|us|vous|nous)\b/u;
/** The page asks its reader to act (folded): an action, a prepared letter, a petition. */
const ACTS = /\b(?:this action|take action|standard letter|(?:prepared|draft|model|sample|template) letter|write to|write a letter|sign the petition|agissez|lettre type|modele de lettre|signez|ecrivez)\b/u;
/** How far down the page the sentence is looked for. */
const LINES = 80;

export function callingOnOfficials(doc: ImportText): ImportedOfficial[] {
  let acts: boolean | undefined;
  for (let n = 1; n <= Math.min(doc.lines.length, LINES); n++) {
    const text = lineAt(doc, n);
    // Cheap first: a sentence with one of the verbs' letters.
    if (text.length < 30 || text.length > 2000 || !/call|urg|ask|demand|appel|exhort/u.test(text)) continue;
    const en = CALLS_EN.exec(text);
    const fr = en ? undefined : CALLS_FR.exec(text);
    const list = (en ?? fr)?.[1];
    if (list === undefined) continue;
    const officials = listed(doc, list, en === null, n);
    if (officials.length === 0) continue;
    acts ??= doc.lines.some((l) => l.length < 2000 && ACTS.test(fold(l)));
    return acts ? officials : [];
  }
  return [];
}

/** Each office or institution of the list, or none when any part is neither. */
function listed(doc: ImportText, list: string, french: boolean, line: number): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  for (const part of list.split(french ? PARTS_FR : PARTS_EN)) {
    const item = part.trim().replace(ARTICLE, '').replace(/[.,;]$/u, '');
    if (item.length < 4 || item.length > 80 || /[@\d:;()"“”]/u.test(item) || NOBODY.test(fold(item))) return [];
    // "Governor Jane Example": an office and a person's name.
    // "Minister Example": his office and surname alone; the page's fuller form of the name ("Petitioning Jane Example") is the one to address him by.
    const role = splitLeadingRole(item) ?? officeAndSurname(item);
    const name = role && !role.name.includes(' ') ? fullerName(doc, role.name) : role?.name;
    if (role && name !== undefined && isPersonName(name) && !isRoleLike(name)) {
      out.push({ line, confidence: 'low', nameFromOffice: false, name: { value: name, line }, title: { value: role.title, line }, address: [], emails: [], copy: false, unsure: [] });
      continue;
    }
    // An office or an institution, capitalised as a name is ("Governor of Exampleshire", "Ministre de
    // l'Intérieur"; an office in lower case is a phrase the name gate takes for running text), never a person's name.
    if (!/^\p{Lu}/u.test(item) || isPersonName(item) || !(isRoleLike(item) || isOrganisation(item))) return [];
    out.push({ line, confidence: 'low', nameFromOffice: true, name: { value: item, line }, address: [], emails: [], copy: false, unsure: [] });
  }
  return out;
}

/** "Minister Example": office words, then one capitalised word, his surname. */
function officeAndSurname(item: string): { title: string; name: string } | undefined {
  const words = item.split(/\s+/u);
  const surname = words.at(-1) ?? '';
  const title = words.slice(0, -1).join(' ');
  return words.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(surname) && !isRoleLike(surname) && isRoleLike(title) ? { title, name: surname } : undefined;
}
