// Ukrainian and Russian letters name their addressees in the dative, the office first and the
// person by initials and surname, with no address, email or number to reach them:
//   Президенту України            Министру МВД России В. А. Примерову
//   В. О. Прикладенку             Прокурору города Москвы С. В. Пробину
//   (blank)
//   Народним депутатам України
// (an open letter's stack, each office over its holder, or office alone; a post's list, one
// addressee a line). The block readers want an address or a contact line and find nobody. Each
// holder is an official, the name kept as printed (a nominative made up from the dative would be
// an invention), the office before it his title. An office alone is an official of its own only
// in a stack that also names a holder; a line whose holder is missing or cut off ("… — начальнику …")
// is left out and reported.
import type { ImportedOfficial } from './official-block.js';
import type { OfficialsResult } from './officials.js';
import { findLandmarks } from './landmarks.js';
import { isBlank, lineAt } from './text.js';
import { found, sourceLine, type ImportText } from './types.js';

/** Lines looked at above the letter at most: a letter's head, or a post's list. */
const MAX_LINES = 120;

/**
 * The dative an addressee's office opens with (president, prime minister, chair, minister,
 * prosecutor general, prosecutor, head, deputy, ombudsman, director, ambassador, governor, mayor,
 * judge, members of parliament…), Ukrainian and Russian.
 */
const OFFICE_START = /^(?:Президенту|Прем['’]єр-міністру|Премьер-министру|Голові|Председателю|Міністру|Министру|Генеральному|Прокурору|Начальнику|Заступнику|Заместителю|Уповноваженому|Уполномоченному|Директору|Керівнику|Руководителю|Послу|Главе|Губернатору|Меру|Мэру|Судді|Судье|Секретарю|Першому|Первому|Народним|Депутатам|Членам)(?=\s|$)/u;

/** "В. О.", "Ю.Я.": one to three initials. */
const INITIALS = String.raw`(?:\p{Lu}\.\s?){1,3}`;
/** A surname as printed, in its case ("Прикладенку", "Образцову", "Зразковій"). */
const SURNAME = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
const NAME_ALONE = new RegExp(String.raw`^(${INITIALS}\s*${SURNAME})\.?$`, 'u');
const OFFICE_THEN_NAME = new RegExp(String.raw`^(.+?)\s+(${INITIALS}\s*${SURNAME})\.?$`, 'u');

/** An office alone, whole: a few words, no sentence, not cut short by a dash or an ellipsis. */
const officeAlone = (text: string): boolean => OFFICE_START.test(text) && text.split(/\s+/u).length <= 12 && !/[.:;!?…—–-]$/u.test(text) && !text.includes('—') && !text.includes('…');

interface Item {
  n: number;
  /** Lines it takes (two for an office over its holder). */
  last: number;
  office: string;
  name?: string | undefined;
}

/** The addressees' lines, read, and the office lines left with no holder. */
function readItems(doc: ImportText, end: number): { groups: Item[][]; unnamed: Array<{ n: number; text: string }> } {
  const groups: Item[][] = [];
  const unnamed: Array<{ n: number; text: string }> = [];
  let group: Item[] = [];
  let blanks = 0;
  const close = () => {
    if (group.length > 0) groups.push(group);
    group = [];
  };
  for (let n = 1; n <= end; n++) {
    const text = lineAt(doc, n).trim();
    if (text === '') {
      if (++blanks > 1) close();
      continue;
    }
    blanks = 0;
    // Cheap test first: a Cyrillic capital opens every line read here.
    const item = /^[\u0400-\u042f\u0490\u0404\u0406\u0407]/u.test(text) ? readItem(doc, n, text, end) : undefined;
    if (item === undefined) {
      close();
      continue;
    }
    if (item.name === undefined && !officeAlone(item.office)) unnamed.push({ n, text });
    else group.push(item);
    n = item.last;
  }
  close();
  return { groups, unnamed };
}

function readItem(doc: ImportText, n: number, text: string, end: number): Item | undefined {
  if (!OFFICE_START.test(text) || text.length > 200) return undefined;
  const inline = OFFICE_THEN_NAME.exec(text);
  if (inline) return { n, last: n, office: (inline[1] ?? '').replace(/[,\s]+$/u, ''), name: inline[2] };
  // A holder's line alone is never a line of its own: it is the office's, under it or past one blank line (a page spacing every line out).
  const at = isBlank(lineAt(doc, n + 1)) ? n + 2 : n + 1;
  const under = at <= end ? NAME_ALONE.exec(lineAt(doc, at).trim()) : null;
  if (under) return { n, last: at, office: text, name: under[1] };
  return { n, last: n, office: text };
}

function officialOf(doc: ImportText, item: Item): ImportedOfficial {
  const title = { value: item.office, line: item.n };
  return {
    line: item.n,
    confidence: 'medium',
    name: item.name === undefined ? title : { value: item.name, line: item.last },
    nameFromOffice: item.name === undefined,
    title,
    address: [],
    emails: [],
    copy: false,
    unsure: [],
  };
}

/** The officials above, when the other readers found nobody. */
export function withCyrillicAddressees(doc: ImportText, read: OfficialsResult): OfficialsResult {
  if (read.officials.found) return read;
  const end = Math.min(MAX_LINES, (findLandmarks(doc).salutation ?? doc.lines.length + 1) - 1, doc.lines.length);
  const { groups, unnamed } = readItems(doc, end);
  // An office alone counts only beside a holder named in the same stack; a group naming no one is no list of addressees.
  const items = groups.filter((g) => g.some((i) => i.name !== undefined)).flat();
  if (items.length === 0) return read;
  const officials = items.map((i) => officialOf(doc, i));
  const taken = new Set([...items.flatMap((i) => [i.n, i.last]), ...unnamed.map((u) => u.n)].map((n) => sourceLine(doc, n)));
  const skipped = [
    ...read.skipped.filter((s) => !taken.has(s.line)),
    ...unnamed.map((u) => ({ line: sourceLine(doc, u.n), text: u.text, why: 'an office with no holder named after it (cut off?): left out' })),
  ];
  return { officials: found(officials, 'medium', officials[0]?.line ?? 1, 'addressees in the dative, office then initials and surname: no address, email or number printed'), skipped };
}
