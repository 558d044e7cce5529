// A Japanese page's addressee section: a heading that says "where to send" ("■アピールの宛先",
// "＜抗議先＞"), or a numbered label ("1.宛 先", "1. 宛 名") with the addressee after it, then
// the lines of one envelope — the postcode line "〒100-0000 千代田区…" (above the name, as Japanese
// envelopes print it, or under it), the office and name with a courtesy suffix ("例務大臣 山田 太郎
// 殿"), and the numbers, often with a word before the label ("例務省FAX(大臣官房): 03-…") or the
// label alone on its line and the numbers under it ("⑶FAX" / "03-… (例衛省)"). Sections of numbered
// pages ("❷−1 首相官邸" / "1.宛 先 …" / "2.宛 所" / "⑴…" / "※抗議手段…") are read the same way,
// one official per section; a remark ("※…") or a sentence is the page's instruction, never a field.
import { countryCode } from '../channels/countries.js';
import { readBracketEnvelopes } from './cjk-envelope.js';
import { emailsIn } from './contact-line.js';
import { CJK, splitCjkHead, type CjkHead } from './cjk-words.js';
import { isAddressLike } from './official-words.js';
import type { ImportedOfficial } from './official-block.js';
import { isSpacedRange } from './spacing.js';
import { isBlank, lineAt } from './text.js';
import { sourceLine, type ImportText, type Located } from './types.js';

export interface AddresseeSections {
  officials: ImportedOfficial[];
  skipped: Array<{ line: number; text: string; why: string }>;
  /** The document lines the sections cover, heading included: no other CJK reader reads them. */
  spans: Array<{ from: number; to: number }>;
}

/**
 * The words for "addressee" or "where to send": 宛先, 宛て先, あて先, 宛名, 宛所, 送付先, 抗議先, 要請先, 送り先;
 * a Taiwanese or Chinese page's "【訴求對象】" ("the appeal's target") heads its officials the same way.
 */
const ADDRESSEE_WORD = /宛\s*て?\s*先|あて\s*先|宛\s*名|送\s*付\s*先|送\s*り\s*先|抗\s*議\s*先|要\s*請\s*先|アピール\s*先|訴\s*求\s*對\s*象|诉\s*求\s*对\s*象/u;
/** A heading's mark or brackets ("■", "【…】", "＜…＞"), or a numbered label's "1." / "⑴" / "①". */
const HEAD_MARK = /^(?:[■□◆◇●○◎▼▽★☆]|[【［[〈《＜<]|[0-9０-９]{1,2}\s*[.．、)）]|[⑴-⒇①-⑳])/u;
/** A top-level mark of a numbered page ("❷−1", "➋", "第2"): a new section, whatever follows it. */
const SECTION_MARK = /^(?:[❶-❿➀-➓]|第[0-9０-９一二三四五六七八九十]+[\s、.．])/u;
/** The marks of a list's items: such a list is read item by item, not as one envelope. */
const ITEM = /^[＊*・●•◆◇]/u;
/** No addressee section runs longer than this. */
const MAX_LINES = 30;
/** "〒100-0000" in any width and dash: a Japanese postcode, the address's first word. */
const POSTCODE = /〒\s*[0-9０-９]{3}\s*[-－‐−–ー]\s*[0-9０-９]{4}/u;
/** Courtesy suffixes after a name: "殿", "様" (Mr/Ms), "宛" (to), "御中" (to an office), "閣下" (His Excellency). */
const SUFFIX = /\s*(殿|様|宛|御中|閣下)$/u;
const CONTACT = /(fax|ファクス|ファックス|ファクシミリ|tel|電話(?:番号)?|e-?mail|eメール|メール(?:アドレス)?)/iu;
const NUMBER = /\+?[0-9][0-9()-]*(?:\s?[0-9()-]+)*[0-9]/u;
/** A sentence's marks: a remark or an instruction to the reader, no field of an official. */
const SENTENCE = /[。「」『』]|ください|して下さい|します|です|ます$/u;

/** The addressee sections of a Japanese page, or undefined when it has none. */
export function readAddresseeSections(doc: ImportText): AddresseeSections | undefined {
  const out: AddresseeSections = { officials: [], skipped: [], spans: [] };
  for (let n = 1; n <= doc.lines.length; n++) {
    const head = lineAt(doc, n).trim();
    if (!opensSection(head)) continue;
    const to = sectionEnd(doc, n);
    const read = readSection(doc, n, to);
    if (read.officials.length === 0) continue;
    out.officials.push(...read.officials);
    out.skipped.push(...read.skipped);
    out.spans.push({ from: n, to: read.to ?? to });
    n = read.to ?? to;
  }
  return out.officials.length > 0 ? out : undefined;
}

/** "■アピールの宛先", "＜宛先＞", "1.宛 先 内閣総理大臣 …", "宛名：…": a heading or label naming where to send. */
function opensSection(line: string): boolean {
  if (line.length > 60 || SENTENCE.test(line)) return false;
  const m = ADDRESSEE_WORD.exec(line);
  return m !== null && m.index <= 12 && (HEAD_MARK.test(line) || m.index === 0);
}

/** The last line of the section that opens at `from`: before the next heading that is no part of an envelope, or a new numbered section. */
function sectionEnd(doc: ImportText, from: number): number {
  let last = from;
  // A page with a blank line after every line prints the same section on twice the lines.
  const most = isSpacedRange(doc, { from, to: Math.min(doc.lines.length, from + 2 * MAX_LINES) }) ? 2 * MAX_LINES : MAX_LINES;
  for (let n = from + 1; n <= Math.min(doc.lines.length, from + most); n++) {
    const line = lineAt(doc, n).trim();
    if (isBlank(line)) continue;
    if (SECTION_MARK.test(line) || (isHeading(line) && !isEnvelopeLabel(line))) break;
    last = n;
  }
  return last;
}

/** A marked heading ("■手紙の文例", "【背景】"), not a numbered item. */
const isHeading = (line: string): boolean => /^(?:[■□◆◇▼▽★☆]|[【［〈《＜])/u.test(line) && line.length <= 40;

/** A heading that still belongs to an envelope: where to send, the address, the numbers. */
const isEnvelopeLabel = (line: string): boolean => ADDRESSEE_WORD.test(line) || /宛\s*所|住\s*所|連\s*絡\s*先|fax|ファクス|ファックス|電話|メール/iu.test(line);

interface State {
  official?: ImportedOfficial | undefined;
  /** Lines read before the section's name line (the postcode above the name): the first official's. */
  before: ImportedOfficial;
  /** "⑶FAX" alone: the numbers under it are faxes. */
  pending?: 'fax' | 'phone' | 'email' | undefined;
  /** The line before was an English addressee's name ("Mr. MA Ying Example"): an English office may follow. */
  latinName?: boolean;
  skipped: AddresseeSections['skipped'];
}

/** How far postcard envelopes printed whole may run under their heading (three or four, and copies). */
const ENVELOPE_LINES = 80;

function readSection(doc: ImportText, from: number, to: number): { officials: ImportedOfficial[]; skipped: AddresseeSections['skipped']; to?: number } {
  const officials: ImportedOfficial[] = [];
  const st: State = { before: blank(from), skipped: [] };
  // "＜宛先＞" over items marked "＊", "・": a list of officials, read item by item (cjk-officials.ts).
  for (let n = from + 1; n <= to; n++) if (ITEM.test(lineAt(doc, n).trim())) return { officials, skipped: st.skipped };
  // "宛先" over "(国家主席)" / its lines / "胡示例 主席 收": postcard envelopes printed whole (cjk-envelope.ts).
  if (afterAddresseeWord(lineAt(doc, from).trim()) === '') {
    const envelopes = readBracketEnvelopes(doc, from + 1, Math.min(doc.lines.length, from + ENVELOPE_LINES));
    if (envelopes) return { officials: envelopes.officials, skipped: [], to: envelopes.to };
  }
  for (let n = from; n <= to; n++) {
    const raw = lineAt(doc, n).trim();
    if (isBlank(raw)) continue;
    // The heading's own words ("■アピールの宛先") are no field; a label's value after it may be ("1.宛 先 内閣総理大臣 …").
    const text = n === from ? afterAddresseeWord(raw) : raw;
    if (text === '') continue;
    if (readEnglishAddressee(doc, n, to, text, officials, st)) continue;
    const name = nameLine(text, n === from || ADDRESSEE_WORD.test(raw));
    if (name) {
      const o = officials.length === 0 ? st.before : blank(n);
      setName(o, name, n);
      if (officials.length > 0 || o !== st.official) officials.push(o);
      st.official = o;
      st.pending = undefined;
      st.latinName = false;
      continue;
    }
    readLine(st.official ?? st.before, text, n, st, doc);
    st.latinName = false;
  }
  return { officials, skipped: st.skipped };
}

/** "Mr. MA Ying Example", "H.E. Jane Example": an English addressee's courtesy title and name. */
const LATIN_NAME = /^(Mr|Mrs|Ms|Miss|Dr|Madam|H\.\s?E)\.?\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4})$/u;
/** "台湾政府 総統": a short line in a CJK script, no number nor sentence: a gloss of the office. */
const isGloss = (text: string): boolean => text.length <= 24 && CJK.test(text) && !/[0-9０-９@:：。、]/u.test(text) && !SENTENCE.test(text);

/**
 * A Japanese page that writes to foreign officials in English glosses each in Japanese above the
 * English lines: "台湾政府 総統" / "Mr. MA Ying Example" / "President, Taiwan" / street / country.
 * The gloss opens the envelope and names no one (the office, at most); the English line with a
 * courtesy title is the name, the English line under it his office. True when the line was read so.
 */
function readEnglishAddressee(doc: ImportText, n: number, to: number, text: string, officials: ImportedOfficial[], st: State): boolean {
  const latin = LATIN_NAME.exec(text);
  const current = st.official;
  if (latin && current && current.name === undefined) {
    current.name = { value: latin[2] ?? '', line: n };
    current.honorific = { value: `${latin[1] ?? ''}.`, line: n };
    current.nameFromOffice = false;
    st.latinName = true;
    return true;
  }
  // "President, Taiwan" under the name: his office as the English letter names it, in place of the gloss.
  if (st.latinName === true && current && !CJK.test(text) && !/[0-9@]/u.test(text) && text.length <= 60 && countryCode(text) === undefined && !isAddressLike(text)) {
    current.title = { value: text, line: n };
    st.latinName = false;
    return true;
  }
  if (!isGloss(text) || !LATIN_NAME.test(nextLine(doc, n, to))) return false;
  const o = officials.length === 0 ? st.before : blank(n);
  o.title = { value: text, line: n };
  if (officials.length > 0 || o !== st.official) officials.push(o);
  st.official = o;
  st.pending = undefined;
  return true;
}

function nextLine(doc: ImportText, n: number, to: number): string {
  for (let k = n + 1; k <= to; k++) if (!isBlank(lineAt(doc, k))) return lineAt(doc, k).trim();
  return '';
}

const blank = (line: number): ImportedOfficial => ({ line, confidence: 'high', nameFromOffice: false, address: [], emails: [], copy: false, unsure: [] });

/** The text after the addressee word of a heading or label, without its colon and closing bracket. */
function afterAddresseeWord(line: string): string {
  const m = ADDRESSEE_WORD.exec(line);
  if (!m) return line;
  return line.slice(m.index + m[0].length).replace(/^\s*[】］\]〉》＞>]?\s*[:：]?\s*/u, '').trim();
}

/** The name line's parts: "例務大臣 山田 太郎 殿", "斉藤 花子 様" after an addressee label, "首相官邸 御中". */
function nameLine(text: string, labelled: boolean): (CjkHead & { suffix?: string | undefined }) | undefined {
  if (text.length > 40 || SENTENCE.test(text) || POSTCODE.test(text) || CONTACT.test(text) || /[0-9０-９@:：/]/u.test(text)) return undefined;
  const s = SUFFIX.exec(text);
  const bare = (s ? text.slice(0, s.index) : text).trim();
  const suffix = s?.[1];
  const head = splitCjkHead(bare);
  if (head && (head.title !== undefined || suffix !== undefined || labelled)) return { ...head, suffix };
  // "斉藤 花子 様": a name with no office, read only with the label or the suffix that marks an addressee.
  if ((labelled || suffix !== undefined) && /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]{1,6}(?:\s[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]{1,6})?$/u.test(bare)) {
    return { name: bare, suffix };
  }
  return undefined;
}

function setName(o: ImportedOfficial, head: CjkHead & { suffix?: string | undefined }, n: number): void {
  if (head.title === undefined) {
    o.name = { value: head.name ?? '', line: n };
    // An office or institution alone ("首相官邸"): it stands in for the name.
    o.nameFromOffice = splitCjkHead(head.name ?? '') !== undefined;
  } else {
    o.title = { value: head.title, line: n };
    if (head.name !== undefined) o.name = { value: head.name, line: n };
  }
  // "閣下" (His Excellency) is a rank; "殿", "様", "宛", "御中" are the writer's courtesy, in no field.
  const honorific = head.honorific ?? (head.suffix === '閣下' ? head.suffix : undefined);
  if (honorific !== undefined) o.honorific = { value: honorific, line: n };
  if (head.unsureName && o.name) {
    o.unsure.push({ value: o.name.value, line: n, kept: true, why: `is "${o.name.value}" a person's name, or a place the office belongs to?` });
    o.confidence = 'medium';
  }
}

/** One line of the envelope: its postcode and address, its numbers, a web form, or a remark. */
function readLine(o: ImportedOfficial, raw: string, n: number, st: State, doc: ImportText): void {
  const post = POSTCODE.exec(raw);
  if (post) {
    // "⑵ 郵送で〒100-0000 東京都…": the address as printed from its postcode on.
    o.address.push({ value: raw.slice(post.index).trim(), line: n });
    st.pending = undefined;
    return;
  }
  // "※FAXは24時間受け付けています。": a remark that names a channel is advice, never its number.
  if (/^[※＊*]/u.test(raw) || SENTENCE.test(raw)) {
    st.skipped.push({ line: sourceLine(doc, n), text: raw, why: 'a remark or instruction of the page, no field of the official' });
    return;
  }
  const folded = raw.normalize('NFKC');
  // "要請文の書き出し: Dear President" ("the letter opens:"): the official's salutation, given as a label.
  const opening = OPENING_LABEL.exec(folded);
  if (opening?.[1]) {
    o.salutation = { value: opening[1].trim().replace(/[,:]$/u, ''), line: n, confidence: 'high' };
    return;
  }
  // "Tel: … / Fax: …": two numbers on one line, each read after its own label.
  const labels = /[a-zA-Z]{3}/u.test(folded) || /[電メフ]/u.test(folded) ? [...folded.matchAll(CONTACTS)] : [];
  if (labels.length > 1) {
    labels.forEach((m, i) => readLine(o, folded.slice(m.index, labels[i + 1]?.index ?? folded.length).replace(/[\s/／|,、]+$/u, ''), n, st, doc));
    return;
  }
  const label = CONTACT.exec(folded);
  const value = label ? folded.slice((label.index ?? 0) + label[0].length).replace(/^\s*(?:\([^)]*\))?\s*:?\s*/u, '') : folded;
  const kind = label ? kindOf(label[1] ?? '') : st.pending;
  if (label && value.trim() === '') {
    st.pending = kind;
    return;
  }
  if (kind !== undefined && (kind === 'email' ? /@/.test(value) : NUMBER.test(value))) {
    addContact(o, kind, value, n);
    return;
  }
  if (/^https?:\/\//iu.test(value.trim()) || /https?:\/\//iu.test(raw)) {
    o.unsure.push({ value: raw, line: n, why: 'a web form or page to write through: the case file has no field for it; add it to the letter if you use it' });
    return;
  }
  if (/[⑴-⒇①-⑳]/u.test(raw.slice(0, 2)) || /^[0-9０-９]{1,2}\s*[.．]/u.test(raw)) {
    st.skipped.push({ line: sourceLine(doc, n), text: raw, why: 'a remark or item of the page, no field of the official' });
    return;
  }
  // A foreign official's address printed in Latin script under his name ("1600 Example Avenue NW").
  // "Taiwan" under a foreign street: the address's last line.
  const countryLine = o.address.length > 0 && !CJK.test(raw) && raw.length <= 40 && countryCode(raw) !== undefined;
  if ((/[都道府県市区町村].*[0-9０-９]|丁目|番地|庁舎|号館/u.test(raw) && o.address.length > 0) || (!CJK.test(raw) && isAddressLike(raw)) || countryLine) {
    o.address.push({ value: raw, line: n });
    return;
  }
  o.unsure.push({ value: raw, line: n, why: 'printed with the official, neither address nor number: what is it?' });
}

/** "要請文の書き出し:", "書き出し:": the label of the opening words of the letter. */
const OPENING_LABEL = /^(?:\p{Script=Han}{1,4}の)?書き出し\s*[:：]\s*(\S.*)$/u;
/** Each contact label of a line, not inside a word ("Hotel"). */
const CONTACTS = new RegExp(String.raw`(?<![\p{L}])${CONTACT.source}`, 'giu');

const kindOf = (label: string): 'fax' | 'phone' | 'email' => (/^(?:fax|ファ)/iu.test(label) ? 'fax' : /^(?:tel|電話)/iu.test(label) ? 'phone' : 'email');

/** A number, or an email; a second number of the same kind joins the first ("03-… / 098-…"). */
function addContact(o: ImportedOfficial, kind: 'fax' | 'phone' | 'email', value: string, n: number): void {
  if (kind === 'email') {
    for (const e of emailsIn(value)) if (!o.emails.some((x) => x.value === e)) o.emails.push({ value: e, line: n });
    return;
  }
  const number = NUMBER.exec(value)?.[0]?.trim() ?? '';
  const rest = value.slice((NUMBER.exec(value)?.index ?? 0) + number.length).trim();
  const had: Located<string> | undefined = o[kind];
  o[kind] = had === undefined ? { value: number, line: n } : { value: `${had.value} / ${number}`, line: had.line };
  // "03-5555-8018(例衛省)": the office the number reaches, asked rather than dropped.
  if (rest !== '') o.unsure.push({ value: rest, line: n, why: `printed after the ${kind} number ${number}` });
}
