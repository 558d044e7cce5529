// Older UAs and their reposts give the officials as a numbered fax list under a sentence that
// announces it ("Faxes should be sent to:"), one official an item, his rank, name and office run
// together with commas, and his fax at the end — or on the next line when the item wrapped:
//   "1. Major General Jane Example, Regional Commander, Fax:" / "972-2-555-0141"
//   "2. Defence Minister John Example, Fax: 972-3-555-0157"
//   "3. Military Advocate General, Brigadier General Ana Ex"   (cut off by the page)
// The block reader takes such items for headings (no address line follows) and finds nobody. Each
// item is one official: a military rank before the name is a courtesy title (honorific), an office
// his title, the number after "Fax:" his fax as printed. An item the page cut off keeps its name as
// printed, with a TODO saying no number came with it. Only numbers on the item's own line (or the
// line under a "Fax:" that ends it) are read: a number is never carried to another item.
import type { ImportedOfficial } from './official-block.js';
import type { OfficialsResult } from './officials.js';
import { isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole } from './official-words.js';
import { fold, isBlank, lineAt } from './text.js';
import { found, sourceLine, type ImportText } from './types.js';

/** "Faxes should be sent to:", "Please send faxes to:", "Fax appeals to:": the sentence over the list. */
const LIST_HEAD = /^(?:please\s+)?(?:(?:send\s+)?(?:faxes|appeals|letters|messages)\s+(?:should|can|may|must)\s+be\s+(?:sent|faxed|addressed)\s+to|send\s+(?:your\s+)?(?:faxes|appeals)\s+to|fax\s+(?:your\s+)?(?:appeals|letters|messages)\s+to|fax\s+(?:the\s+following|these\s+officials))\s*:?$/;
const ITEM = /^\s*(\d{1,2})[.)]\s+(\S.*)$/u;
/** "…, Fax: 972-3-555-0157", "… Fax:" (the number wrapped onto the next line). */
const FAX_TAIL = /^(.*?)[,;]?\s*\b(?:fax|telefax)(?:\s+(?:no\.?|number))?\s*:\s*(.*)$/iu;
const NUMBER_ALONE = /^\+?\s?\(?\d[\d\s()./\u2010-\u2015-]{5,24}\d$/u;
/** How many lines under its head such a list may run. */
const LIST_LINES = 40;

/**
 * The block readers' officials, or the numbered fax list's when the page has one: officials the
 * blocks read outside the list stay, any read from its lines give way to the list's.
 */
export function withNumberedFaxList(doc: ImportText, read: OfficialsResult): OfficialsResult {
  const list = readList(doc);
  if (list === undefined || !list.officials.some((o) => o.fax !== undefined)) return read;
  const inList = (n: number) => n >= list.from && n <= list.to;
  const others = (read.officials.found ? read.officials.value : []).filter((o) => !inList(o.line));
  const officials = [...others, ...list.officials].sort((a, b) => a.line - b.line);
  const skipped = read.skipped.filter((s) => !(s.line >= sourceLine(doc, list.from) && s.line <= sourceLine(doc, list.to)));
  return { officials: found(officials, 'medium', officials[0]?.line ?? list.from, 'a numbered fax list'), skipped };
}

function readList(doc: ImportText): { officials: ImportedOfficial[]; from: number; to: number } | undefined {
  for (let n = 1; n <= doc.lines.length; n++) {
    const line = lineAt(doc, n);
    // Cheap test first: every such head names faxes, appeals, letters or messages and is short.
    if (line.length > 80 || !/fax|appeal|letter|message/i.test(line) || !LIST_HEAD.test(fold(line.trim()).replace(/\s+/g, ' '))) continue;
    const officials: ImportedOfficial[] = [];
    let to = n;
    for (let k = n + 1; k <= Math.min(doc.lines.length, n + LIST_LINES); k++) {
      const text = lineAt(doc, k).trim();
      if (isBlank(text)) continue;
      const item = ITEM.exec(text);
      if (!item) break;
      const { official, last } = readItem(doc, k, item[2] ?? '');
      if (official === undefined) break;
      officials.push(official);
      to = last;
      k = last;
    }
    if (officials.length > 0) return { officials, from: n, to };
  }
  return undefined;
}

function readItem(doc: ImportText, n: number, text: string): { official: ImportedOfficial | undefined; last: number } {
  const tail = FAX_TAIL.exec(text);
  let fax = tail ? (tail[2] ?? '').trim().replace(/[.,;]$/u, '') : undefined;
  let last = n;
  if (fax === '') {
    // "…, Fax:" / "972-2-555-0141": the item wrapped; its number is the line under it.
    // A page with a blank line after every line puts one between them.
    const under = isBlank(lineAt(doc, n + 1)) ? n + 2 : n + 1;
    const next = lineAt(doc, under).trim();
    if (NUMBER_ALONE.test(next)) [fax, last] = [next, under];
    else fax = undefined;
  }
  if (fax !== undefined && !NUMBER_ALONE.test(fax)) return { official: undefined, last: n };
  const header = (tail ? tail[1] ?? '' : text).trim().replace(/[,;:]$/u, '');
  const o: ImportedOfficial = { line: n, confidence: 'medium', nameFromOffice: false, address: [], emails: [], copy: false, unsure: [] };
  const at = <T>(value: T) => ({ value, line: n });
  for (const part of header.split(/\s*,\s+/u)) {
    const ranked = splitHonorific(part);
    const led = splitLeadingRole(part);
    if (o.name === undefined && ranked.honorific !== undefined && isPersonName(ranked.rest)) [o.honorific, o.name] = [at(ranked.honorific), at(ranked.rest)];
    else if (o.name === undefined && led !== undefined && isPersonName(led.name)) {
      o.name = at(led.name);
      if (o.title === undefined) o.title = at(led.title);
      else o.unsure.push({ value: led.title, line: n, why: 'a second office printed with the name' });
    } else if (o.title === undefined && isRoleLike(part)) o.title = at(part);
    else if (o.organisation === undefined && isOrganisation(part)) o.organisation = at(part);
    else if (o.name === undefined && isPersonName(part) && !isRoleLike(part)) o.name = at(part);
    else o.unsure.push({ value: part, line: n });
  }
  if (o.name === undefined && o.title === undefined) return { official: undefined, last: n };
  if (o.name === undefined && o.title !== undefined) [o.name, o.nameFromOffice] = [o.title, true];
  if (fax !== undefined) o.fax = { value: fax.replace(/[\u2010-\u2015]/gu, '-'), line: last };
  else o.unsure.push({ value: text, line: n, why: 'no fax number printed with this item (the page may have cut it off): find how to reach this official' });
  return { official: o, last };
}
