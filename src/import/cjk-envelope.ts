// A Chinese letter to a foreign head of state may name him above its greeting as an envelope does:
// his name with his office glued after it, then his address a line at a time, then the greeting:
//   巴拉克・示例总统 / 美国华盛顿特区20500 / 宾夕法尼亚大道西北1600号 / 白宫 / 尊敬的示例总统:
// (blank lines between them or not). Read from the greeting upwards: address lines (no sentence's
// punctuation, short) up to the name line; any other line gives up. The greeting must name him too
// (his surname, or the name's last part after the dot), so a headline or a name in the text never
// becomes the addressee.
import { findLandmarks } from './landmarks.js';
import type { ImportedOfficial } from './official-block.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** The name (a foreign one parted by a middle dot), then the office or courtesy word glued after it. */
const NAME_THEN_OFFICE = /^(\p{Script=Han}{1,6}(?:[・·•‧]\p{Script=Han}{1,8})?)(总统|總統|主席|总理|總理|部长|部長|大使|先生|女士)$/u;
/** Courtesy words, no office: the honorific. */
const COURTESY = new Set(['先生', '女士']);
/** An address line: Han, digits and a few marks, no sentence's punctuation. */
const ADDRESS = /^[\p{Script=Han}0-9０-９\s\-－号號()（）]{2,40}$/u;
/** How many non-blank lines above the greeting the name may stand. */
const ABOVE = 7;

export function cjkEnvelope(doc: ImportText): ImportedOfficial[] {
  const greeting = findLandmarks(doc).salutation;
  const greetingText = greeting === undefined ? '' : lineAt(doc, greeting).trim();
  if (greeting === undefined || !greetingText.startsWith('尊敬的')) return [];
  const address: number[] = [];
  let seen = 0;
  for (let n = greeting - 1; n >= 1 && seen < ABOVE; n--) {
    const text = lineAt(doc, n).trim();
    if (isBlank(text)) continue;
    seen++;
    const m = NAME_THEN_OFFICE.exec(text);
    if (m?.[1] && m[2]) {
      if (address.length === 0 || !greets(greetingText, m[1])) return [];
      const line = n;
      const office = m[2];
      return [{
        line,
        confidence: 'low',
        nameFromOffice: false,
        name: { value: m[1], line },
        ...(COURTESY.has(office) ? { honorific: { value: office, line } } : { title: { value: office, line } }),
        address: address.map((k) => ({ value: lineAt(doc, k).trim(), line: k })),
        emails: [],
        copy: false,
        unsure: [],
      }];
    }
    if (!ADDRESS.test(text)) return [];
    address.unshift(n);
  }
  return [];
}

/** "尊敬的示例总统" greets "巴拉克・示例" (the part after the dot); "尊敬的张先生" greets "张例" (the surname). */
function greets(greeting: string, name: string): boolean {
  const last = name.split(/[・·•‧]/u).at(-1) ?? name;
  return name.includes('・') || name.includes('·') || name.includes('•') || name.includes('‧') ? greeting.includes(last) : greeting.includes(name.slice(0, 1));
}
