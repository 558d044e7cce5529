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
import { emailsIn } from './contact-line.js';
import { CJK, hanCalledName, isCjkOffice, splitCjkHead } from './cjk-words.js';
import { findLandmarks } from './landmarks.js';
import { follows, isSpacedRange, separates } from './spacing.js';
import type { ImportedOfficial } from './official-block.js';
import { headLines, isBlank, lineAt } from './doc-lines.js';
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
const greets = (greeting: string, name: string): boolean => greeting.includes(hanCalledName(name));

// A Japanese postcard page prints its envelopes whole under "宛先", each opened by the office it
// reaches in brackets and closed by the name line, as the postcard is written:
//   (国家主席) / 中国 100016 / 北京市 国家主席 / 胡示例 主席 收
// ("收": to be received by), then "<写しの宛先>" and the envelopes to copy the same way:
//   [駐日中国大使] / 〒106-0046 / 東京都港区… / 中国大使館 特命全権大使 / 崔示例 閣下 / Email: …
// The lines between the bracket and the name line are the address as printed; a name line that
// holds only an office ("廳長 收") names no person: the office stands for the official. A blank
// line ends an envelope; the first line after one that opens no envelope ends them all.

/** "(国家主席)", "[駐日中国大使]", "（司法廳）": an office or institution alone in brackets. */
const BRACKET_OFFICE = /^[(（[［]\s*([^()（）[\]［］\s:：=＝]{2,16})\s*[)）\]］]$/u;
/** A note wholly in round brackets, with a label's colon or a sum in it: "(葉書:国外=70円、日本国内=50円)". */
const BRACKET_NOTE = /^[(（][^()（）]*[:：=＝][^()（）]*[)）]$/u;
/** "<写しの宛先>", "＜コピー送付先＞": the envelopes under it are copies. */
const COPIES_HEAD = /^[<＜〈【■]?\s*(?:写し|コピー|副本|抄送)[^>＞〉】]{0,8}[>＞〉】]?$/u;
/** The courtesy closing the name line: 收/収 (to be received by), 殿, 様, 宛, 閣下 (Excellency). */
const RECEIVED = /\s*(收|収|殿|様|宛|閣下|阁下)$/u;
/** "中国 100016", "〒106-0046": the postcode line. */
const POSTCODE_LINE = /^(?:\p{Script=Han}{1,6}\s*)?(?:〒\s*)?[0-9０-９]{3}[-－]?[0-9０-９]{3,4}$/u;
const CONTACT_LINE = /^(?:e-?mail|メール|fax|tel|電話)\s*[:：]?\s*(\S.*)$/iu;
/** An email alone on its line under the name, as an envelope's last line prints it. */
const BARE_EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
/** An office alone ("廳長", "所長", "局長"): no person named. */
const OFFICE_ALONE = /^\p{Script=Han}{1,6}(?:長|主席|大使|知事)$/u;

export interface BracketEnvelopes {
  officials: ImportedOfficial[];
  /** The document line where the last envelope ends. */
  to: number;
}

/** The envelopes printed whole from `from` (the line under the heading), or undefined when none opens there. */
export function readBracketEnvelopes(doc: ImportText, from: number, to: number): BracketEnvelopes | undefined {
  const out: ImportedOfficial[] = [];
  let copy = false;
  let last = from - 1;
  // A page with a blank line after every line (spacing.ts): one blank line ends no envelope.
  const spaced = isSpacedRange(doc, { from, to });
  let n = from;
  for (; n <= to; n++) {
    const text = lineAt(doc, n).trim();
    if (isBlank(text)) continue;
    if (COPIES_HEAD.test(text)) {
      copy = true;
      last = n;
      continue;
    }
    const office = BRACKET_OFFICE.exec(text)?.[1];
    // "(葉書:国外=70円、…)": a note in brackets under the heading, before the first envelope (the
    // postage), is the page's, no envelope's; it does not end the envelopes before they begin.
    if (office === undefined && out.length === 0 && !copy && BRACKET_NOTE.test(text)) continue;
    if (office === undefined) break;
    const lines: number[] = [];
    let named = false;
    for (let k = n + 1; k <= doc.lines.length; k++) {
      const line = lineAt(doc, k).trim();
      if (isBlank(line)) {
        if (separates(doc, k, spaced)) break;
        continue;
      }
      // The next envelope's bracket, or past the name line anything but an email or number: the envelope's end.
      if (BRACKET_OFFICE.test(line) || COPIES_HEAD.test(line) || (named && !CONTACT_LINE.test(line.normalize('NFKC')) && !BARE_EMAIL.test(line))) break;
      named ||= RECEIVED.test(line);
      lines.push(k);
    }
    const o = bracketEnvelope(doc, n, office, lines, copy);
    if (o === undefined) break;
    out.push(o);
    last = lines.at(-1) ?? n;
    n = last;
  }
  return out.length === 0 ? undefined : { officials: out, to: last };
}

function bracketEnvelope(doc: ImportText, n: number, office: string, lines: readonly number[], copy: boolean): ImportedOfficial | undefined {
  const at = lines.findIndex((k) => RECEIVED.test(lineAt(doc, k).trim()));
  const nameAt = lines[at];
  if (nameAt === undefined) return undefined;
  const raw = lineAt(doc, nameAt).trim();
  const courtesy = RECEIVED.exec(raw)?.[1];
  const bare = raw.replace(RECEIVED, '').trim();
  const line = nameAt;
  const o: ImportedOfficial = { line: n, confidence: 'medium', nameFromOffice: false, address: [], emails: [], copy, unsure: [] };
  const head = splitCjkHead(bare);
  if (OFFICE_ALONE.test(bare) && !bare.includes(' ')) {
    o.name = { value: bare, line };
    o.nameFromOffice = true;
  } else if (head?.title !== undefined && head.name !== undefined) {
    o.name = { value: head.name, line };
    o.title = { value: head.title, line };
  } else if (/^\p{Script=Han}{2,4}$/u.test(bare) && courtesy !== undefined) {
    // "崔示例 閣下": a name alone; the bracket names his office.
    o.name = { value: bare, line };
    if (isCjkOffice(office)) o.title = { value: office, line: n };
  } else return undefined;
  if (courtesy === '閣下' || courtesy === '阁下') o.honorific = { value: courtesy, line };
  for (const k of lines) {
    if (k === nameAt) continue;
    const text = lineAt(doc, k).trim();
    const contact = BARE_EMAIL.test(text) ? [text, text] : CONTACT_LINE.exec(text.normalize('NFKC'));
    if (contact?.[1] && /@/u.test(contact[1])) o.emails.push(...emailsIn(contact[1]).map((value) => ({ value, line: k })));
    else if (k < nameAt && (POSTCODE_LINE.test(text) || CJK.test(text))) o.address.push({ value: text, line: k });
    else o.unsure.push({ value: text, line: k, why: 'printed on the envelope, neither address nor email: what is it?' });
  }
  return o;
}

// A Japanese petition printed to be signed and posted opens as a letter does, under its date:
// the institution, the office and the name with its courtesy ("殿"), then the petition's title
// and its text with no greeting:
//   2001年 月 日 / 法務省入国者収容所 / 東日本入国管理センター所長 / 酒示例 明 殿 / 仮放免を求める請願書
// Read only at the page's head, the name line directly under an office line, no blank between.

/** How many non-blank lines from the top the petition's head may stand. */
const HEAD_LINES = 8;
/** "酒示例 明 殿": a name (two parts at most) and the courtesy after it. */
const NAME_COURTESY = /^([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]{1,6}(?:\s[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]{1,6})?)\s*(殿|様|閣下)$/u;
/** A line of an institution or office: CJK, short, no number nor sentence's mark. */
const HEAD_WORDS = /^[\p{Script=Han}\p{Script=Katakana}ー]{2,24}$/u;

export function readPetitionHead(doc: ImportText): ImportedOfficial | undefined {
  for (const head of headLines(doc, HEAD_LINES)) {
    const n = head.n;
    const m = NAME_COURTESY.exec(head.line.trim());
    if (!m?.[1]) continue;
    const spaced = isSpacedRange(doc, { from: 1, to: doc.lines.length });
    const at = lineAbove(doc, n, spaced);
    const office = at === undefined ? '' : lineAt(doc, at).trim();
    if (at === undefined || !HEAD_WORDS.test(office) || !isCjkOffice(office)) continue;
    const upper = lineAbove(doc, at, spaced);
    const above = upper === undefined ? '' : lineAt(doc, upper).trim();
    const line = n;
    return {
      line: at,
      confidence: 'medium',
      nameFromOffice: false,
      name: { value: m[1], line },
      title: { value: office, line: at },
      ...(upper !== undefined && HEAD_WORDS.test(above) ? { organisation: { value: above, line: upper } } : {}),
      ...(m[2] === '閣下' ? { honorific: { value: m[2], line } } : {}),
      address: [],
      emails: [],
      copy: false,
      unsure: [],
    };
  }
  return undefined;
}

/** The line right above `n` (past one blank line that means nothing on a spaced page), or undefined. */
function lineAbove(doc: ImportText, n: number, spaced: boolean): number | undefined {
  if (n > 1 && !isBlank(lineAt(doc, n - 1))) return n - 1;
  return n > 2 && follows(doc, n - 2, n, spaced) && !isBlank(lineAt(doc, n - 2)) ? n - 2 : undefined;
}
