// A Chinese letter may name its addressees above its greeting as envelopes do: each one's name
// line, then his address a line at a time, then (after the last) the greeting. The name line is
// his name with his office glued after it (a foreign head of state):
//   巴拉克・示例总统 / 美国华盛顿特区20500 / 宾夕法尼亚大道西北1600号 / 白宫 / 尊敬的示例总统:
// or his office, his name and a courtesy word (a petition to the country's own leaders, one
// envelope each above the one greeting):
//   国家主席张例先生 / 北京市示例路1号 / (blank) / 国务院总理李样先生 / 北京市样例街2号 / 尊敬的张主席、李总理:
// (blank lines between them or not). Read from the greeting upwards: address lines (no sentence's
// punctuation, short) up to a name line, then the envelope above it the same way; any other line
// ends the stack. The greeting must name each one too (his surname, or the name's last part after
// the dot), so a headline, an office's own line ("国家主席办公室") or a name in the text never
// becomes an addressee.
import { findLandmarks } from './landmarks.js';
import type { ImportedOfficial } from './official-block.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** The name (a foreign one parted by a middle dot), then the office or courtesy word glued after it. */
const NAME_THEN_OFFICE = /^(\p{Script=Han}{1,6}(?:[・·•‧]\p{Script=Han}{1,8})?)(总统|總統|主席|总理|總理|部长|部長|大使|先生|女士)$/u;
/** The office (what it heads, then the post), the name (two or three characters), a courtesy word or none. */
const OFFICE_THEN_NAME = /^(\p{Script=Han}{0,10}?(?:主席|总统|總統|总理|總理|部长|部長|大使|省长|省長|市长|市長|书记|書記|院长|院長|检察长|檢察長|委员长|委員長))(\p{Script=Han}{2,3}?)(先生|女士|阁下|閣下)?$/u;
/** Courtesy words, no office: the honorific. */
const COURTESY = new Set(['先生', '女士']);
/** An address line: Han, digits and a few marks, no sentence's punctuation. */
const ADDRESS = /^[\p{Script=Han}0-9０-９\s\-－号號()（）]{2,40}$/u;
/** How many non-blank lines above the greeting, or above the envelope under it, a name may stand. */
const ABOVE = 7;

export function cjkEnvelope(doc: ImportText): ImportedOfficial[] {
  const greeting = findLandmarks(doc).salutation;
  const greetingText = greeting === undefined ? '' : lineAt(doc, greeting).trim();
  if (greeting === undefined || !greetingText.startsWith('尊敬的')) return [];
  const out: ImportedOfficial[] = [];
  let address: number[] = [];
  let seen = 0;
  for (let n = greeting - 1; n >= 1 && seen < ABOVE; n--) {
    const text = lineAt(doc, n).trim();
    if (isBlank(text)) continue;
    seen++;
    const named = nameLine(text);
    if (named) {
      if (address.length === 0 || !greets(greetingText, named.name)) break;
      out.unshift(envelope(doc, n, named, address));
      [address, seen] = [[], 0];
      continue;
    }
    if (!ADDRESS.test(text)) break;
    address.unshift(n);
  }
  return out;
}

interface NameLine {
  name: string;
  office?: string | undefined;
  courtesy?: string | undefined;
}

function nameLine(text: string): NameLine | undefined {
  // The office first: "国家主席张例先生" would read as the name "国家主席张例" with a courtesy word.
  const before = OFFICE_THEN_NAME.exec(text);
  if (before?.[1] && before[2]) return { name: before[2], office: before[1], courtesy: before[3] };
  const after = NAME_THEN_OFFICE.exec(text);
  if (after?.[1] && after[2]) return COURTESY.has(after[2]) ? { name: after[1], courtesy: after[2] } : { name: after[1], office: after[2] };
  return undefined;
}

function envelope(doc: ImportText, n: number, named: NameLine, address: readonly number[]): ImportedOfficial {
  const line = n;
  return {
    line,
    confidence: 'low',
    nameFromOffice: false,
    name: { value: named.name, line },
    ...(named.office ? { title: { value: named.office, line } } : {}),
    ...(named.courtesy ? { honorific: { value: named.courtesy, line } } : {}),
    address: address.map((k) => ({ value: lineAt(doc, k).trim(), line: k })),
    emails: [],
    copy: false,
    unsure: [],
  };
}

/** "尊敬的示例总统" greets "巴拉克・示例" (the part after the dot); "尊敬的张先生" greets "张例" (the surname). */
function greets(greeting: string, name: string): boolean {
  const last = name.split(/[・·•‧]/u).at(-1) ?? name;
  return name.includes('・') || name.includes('·') || name.includes('•') || name.includes('‧') ? greeting.includes(last) : greeting.includes(name.slice(0, 1));
}
