// A Thai letter names its addressee on one line opening "เรียน" ("to"; it greets him as well, so
// the letter has no other greeting), courtesy and office before the name, a rank or Mr/Mrs/Miss
// glued to the given name, the surname after a space, his office sometimes after it:
//   เรียน ฯพณฯ ท่านนายกรัฐมนตรี นางสาวตัวอย่าง สมมติ
//   เรียน พลเอกตัวอย่าง สมมติ ผู้นำรัฐบาล
// ฯพณฯ and ท่าน are "His Excellency"; the rank (พลเอก, general) and นาย/นาง/นางสาว are no part of
// the name. The sender's own address printed at the top (a prison's, the group's) is never read:
// only the "เรียน" line names whom the letter goes to, and the letter is the paragraphs under it.
import type { ImportedOfficial } from './official-block.js';
import { lineAt } from './text.js';
import type { ImportText } from './types.js';

const TO = /^เรียน\s+(\S.{2,160})$/u;
/** "His Excellency": ฯพณฯ alone, ท่าน alone or glued before the office. */
const EXCELLENCY = /^(?:ฯพณฯ|ฯ\s*พณ\s*ฯ)$/u;
const HONOURED = /^ท่าน/u;
/** Office words that open a token (prime minister, minister, president, chief, director-general, governor, commander, ambassador, attorney-general). */
const OFFICE = /^(?:นายกรัฐมนตรี|รองนายกรัฐมนตรี|รัฐมนตรี|ประธาน|หัวหน้า|ผู้นำ|ผู้บัญชาการ|อธิบดี|ผู้ว่าราชการ|เอกอัครราชทูต|อัยการสูงสุด|ปลัด|เลขาธิการ|ผู้อำนวยการ|นายทหาร|แม่ทัพ)/u;
/** A rank or Mr/Mrs/Miss glued to the given name; the longer forms first (นางสาว before นาง). */
const RANK = /^(พลตำรวจเอก|พลตำรวจโท|พลตำรวจตรี|พลอากาศเอก|พลเรือเอก|พลเอก|พลโท|พลตรี|ว่าที่ร้อยตรี|ดร\.|นางสาว|นาง|นาย)(?=\p{Script=Thai})/u;
/** A surname: Thai letters only. */
const THAI_WORD = /^[\u0e00-\u0e7f]+$/u;

export function thaiAddressee(doc: ImportText): ImportedOfficial[] {
  const at = thaiAddresseeLine(doc);
  if (at === undefined) return [];
  const m = TO.exec(lineAt(doc, at).trim());
  const parsed = m?.[1] === undefined ? undefined : parse(m[1]);
  if (!parsed) return [];
  const line = at;
  const here = (value: string) => ({ value, line });
  return [{
    line,
    confidence: 'low',
    nameFromOffice: parsed.name === undefined,
    name: here(parsed.name ?? parsed.office ?? ''),
    ...(parsed.honorific ? { honorific: here(parsed.honorific) } : {}),
    ...(parsed.name !== undefined && parsed.office ? { title: here(parsed.office) } : {}),
    address: [],
    emails: [],
    copy: false,
    unsure: [],
  }];
}

/** The document line of the "เรียน …" addressee, the first of the page's first 40 lines. */
export function thaiAddresseeLine(doc: ImportText): number | undefined {
  for (let n = 1; n <= Math.min(doc.lines.length, 40); n++) {
    const line = lineAt(doc, n).trim();
    if (line.startsWith('เรียน') && TO.test(line)) return n;
  }
  return undefined;
}

interface Parsed {
  name?: string | undefined;
  honorific?: string | undefined;
  office?: string | undefined;
}

function parse(text: string): Parsed | undefined {
  const tokens = text.trim().split(/\s+/u);
  if (tokens.some((t) => !THAI_WORD.test(t.replace(/[ฯ.]/gu, '')))) return undefined;
  const courtesy: string[] = [];
  const offices: string[] = [];
  let name: string | undefined;
  let rank: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i] ?? '';
    if (EXCELLENCY.test(token)) {
      courtesy.push(token);
      continue;
    }
    if (HONOURED.test(token) && token !== 'ท่าน' && OFFICE.test(token.slice(4))) {
      courtesy.push('ท่าน');
      token = token.slice(4);
    } else if (token === 'ท่าน') {
      courtesy.push(token);
      continue;
    }
    if (OFFICE.test(token)) {
      offices.push(token);
      continue;
    }
    const r = RANK.exec(token);
    const surname = tokens[i + 1];
    if (r && name === undefined && surname !== undefined && !OFFICE.test(surname) && !RANK.test(surname)) {
      rank = r[1];
      name = `${token.slice(r[0].length)} ${surname}`;
      i++;
      continue;
    }
    // A word that is neither: an office's further words ("แห่งชาติ") after an office, else no name is sure.
    if (offices.length > 0) offices[offices.length - 1] += ` ${token}`;
    else return undefined;
  }
  if (name === undefined && offices.length === 0) return undefined;
  return { name, honorific: [...courtesy, ...(rank ? [rank] : [])].join(' ') || undefined, office: offices.join(' ') || undefined };
}
