// A Vietnamese letter names whom it goes to under "Kính gửi:" ("respectfully sent to"), one dashed
// line each, above its greeting ("Thưa quý vị!"):
//   Kính gửi:
//   – Ông Trần Văn Mẫu, Chủ tịch Nước CHXHCN Việt Nam.
//   – Trưởng Văn phòng Cao ủy nhân quyền Liên Hiệp Quốc.
// A line opening with a courtesy word (Ông, Bà: Mr, Mrs; Ngài: His Excellency) names a person, his
// office after the comma; any other line names an office or a body alone, read as printed (no dash,
// no final stop). The list ends at the first line with no dash (the greeting); a line that
// reads as a sentence (longer than an addressee's line) ends it too, so the letter is never read.
import type { ImportedOfficial } from './official-block.js';
import { fold } from './fold.js';
import { nameProblem } from './official-name.js';
import { isBlank, lineAt } from './text.js';
import { sourceLine, type ImportText } from './types.js';

/** "Kính gửi:" (folded, "đ" kept apart), with the first addressee after it on the same line or none. */
const TO = /^kinh gui\s*[:：]?\s*(.*)$/u;
/** "Thưa quý vị", "Thưa Chủ tịch" (folded): the greeting under the list. */
const GREETING = /^thua\s\S/u;
/** A dash or bullet opening an item. */
const DASH = /^[-–—•+*·]\s*/u;
/** The courtesy word before a person's name, then the name (capitalised words), then his office. */
const PERSON = /^(Ông|Bà|Ngài|Anh|Chị|Ông bà)\s+((?:\p{Lu}\p{L}*\s+){1,5}\p{Lu}\p{L}*)\s*(?:,\s*(.+))?$/u;
/** No addressee's line runs longer: a longer one is the letter's prose. */
const LONGEST = 140;
/** How many lines may stand under "Kính gửi:" before its list is given up. */
const MOST = 12;

export function vietnameseAddressees(doc: ImportText): ImportedOfficial[] {
  for (let n = 1; n <= doc.lines.length; n++) {
    const raw = lineAt(doc, n).trim();
    // Cheap first: the line opens with a K and is short.
    if (raw.length > LONGEST || (raw[0] !== 'K' && raw[0] !== 'k')) continue;
    const m = TO.exec(fold(raw));
    if (!m) continue;
    const inline = raw.slice(raw.length - (m[1] ?? '').length).trim();
    const out: ImportedOfficial[] = [];
    if (inline !== '') addItem(out, inline, n);
    for (let k = n + 1; k <= Math.min(doc.lines.length, n + MOST); k++) {
      const line = lineAt(doc, k).trim();
      // Blank lines may stand between the items (a page with one between every line).
      if (isBlank(line)) continue;
      if (!DASH.test(line) && out.length > 0) break;
      if (line.length > LONGEST || !addItem(out, line, k)) break;
    }
    if (out.length > 0) return withGreeting(doc, out, n);
  }
  return [];
}

/**
 * "Thưa quý vị!" ("Dear all") under the list greets every one listed: each official's own salutation,
 * so no office is left to the draft's matching of greeting to name.
 */
function withGreeting(doc: ImportText, out: ImportedOfficial[], from: number): ImportedOfficial[] {
  const last = out.at(-1)?.line ?? from;
  for (let k = from + 1; k <= Math.min(doc.lines.length, from + MOST + 3); k++) {
    if (sourceLine(doc, k) <= sourceLine(doc, last)) continue;
    const line = lineAt(doc, k).trim();
    if (isBlank(line)) continue;
    if (!GREETING.test(fold(line))) break;
    const value = line.replace(/\s*[!！,:;.]+$/u, '');
    return out.map((o) => ({ ...o, salutation: { value, line: k, confidence: 'medium' } }));
  }
  return out;
}

/** One dashed line as an official: the person and his office, or the office or body as printed. */
function addItem(out: ImportedOfficial[], line: string, at: number): boolean {
  const text = line.replace(DASH, '').replace(/[.;,]+$/u, '').trim();
  // A greeting or a sentence is no addressee.
  if (text === '' || /[!?]$/u.test(text) || text.split(/\s+/u).length > 20) return false;
  const base = { line: at, confidence: 'low' as const, address: [], emails: [], copy: false, unsure: [] };
  const person = PERSON.exec(text);
  if (person) {
    const [, honorific = '', name = '', office] = person;
    out.push({ ...base, nameFromOffice: false, honorific: { value: honorific, line: at }, name: { value: name.trim(), line: at }, ...(office ? { title: { value: office.trim(), line: at } } : {}) });
  } else if (nameProblem(text, true) === undefined) out.push({ ...base, nameFromOffice: true, name: { value: text, line: at } });
  // "Bộ trưởng Ngoại giao các nước: Hoa Kỳ, Đức" (the ministers of several countries): no one official; the list goes on.
  return true;
}
