// A Japanese (or Chinese) page that asks for protest mail lists the officials as items, each opened
// by a mark ("＊", "*", "・", "●"), its postcode, address and numbers on the lines under it:
//   ＊駐日フィリピン大使 ホセ・サンプロ / 〒106-0031 東京都港区… / FAX 03-… / ＊木村例子外務大臣
// No heading or label of the Latin-script readers is there to find them. An item is read only when
// it names an office ("…大使", "…外務大臣", "首相府") or has an address or number under it, and never
// when it reads as a sentence: the demands a page lists with the same marks ("・即時釈放すること")
// are no officials.
import { emailsIn } from './contact-line.js';
import { CJK, cjkCountry, isCjkInstitution, mayHoldCjk, splitCjkHead, type CjkHead } from './cjk-words.js';
import type { ImportedOfficial } from './official-block.js';
import { isAddressLike } from './official-words.js';
import { readAddresseeSections } from './ja-addressee.js';
import { readPetitionHead } from './cjk-envelope.js';
import { readKoreanRecipients } from './ko-contact.js';
import { readKoreanLetter } from './ko-letter.js';
import { readDashedSamples } from './ja-dashed-sample.js';
import { isSpacedRange, separates } from './spacing.js';
import { isBlank, lineAt } from './text.js';
import { found, sourceLine, type Finding, type ImportText, type Located } from './types.js';

/** The mark that opens an item ("＊", "*", "・", "●"; the text reader has made "●" a "•"). */
const ITEM = /^[＊*・●•◆◇■□◎○]\s*/u;
/** A sentence's marks and endings: an item that holds one is a demand or a remark, not an official. */
const SENTENCE = /[。、「」『』？！?!を]|ください|こと$|ます|です|ました|ません|ように|について|により|による|への|ため/u;
/** No item naming an official runs this long. */
const MAX_HEAD = 40;
/** A page lists far fewer officials: the rest of a very long page is not read. */
const MAX_ITEMS = 60;

/** "〒102-0084" as printed, in any width, with any dash; China's "邮编：100600". */
const POSTCODE = /^(〒\s*[0-9０-９]{3}\s*[-－‐−–ー]\s*[0-9０-９]{4}|(?:邮编|郵編|郵遞區號|邮政编码|郵政編碼)\s*[:：]?\s*[0-9０-９]{5,6})\s*/u;
/** "地址：", "住所：": the address's own label, not part of it. */
const ADDRESS_LABEL = /^(?:地址|住所|所在地)\s*[:：]\s*/u;
/**
 * A Japanese or Chinese address: a prefecture or province, or a ward or city and a number, or a
 * block or house number ("番地", "丁目", "8号").
 */
const JAPANESE_ADDRESS = /^(?:東京都|北海道|京都府|大阪府|\p{Script=Han}{2,3}県|\p{Script=Han}{2,4}(?:省|自治区|自治區))|[市区區町村].*[0-9０-９]|番地|丁目|[0-9０-９]+[号號]/u;
/** A contact label, Japanese or Latin, full width folded (NFKC) before it is looked for. */
const LABEL = /(?<![\p{L}\p{N}@._-])(tel|電話(?:番号)?|电话|☎|fax|ファクス|ファックス|ファクシミリ|传真|傳真|e-?mail|eメール|メール(?:アドレス)?|mail|电邮|電郵|电子邮件|電子郵件|邮箱|郵箱|twitter|ツイッター|x(?=\s*:))\s*:?\s*/giu;
const NUMBER = /^\+?[\d(][\d\s()-]{5,}\d/u;

interface Skipped {
  line: number;
  text: string;
  why: string;
}

export interface CjkOfficials {
  officials: Finding<ImportedOfficial[]>;
  skipped: Skipped[];
}

/**
 * The officials the other readers found, with the page's marked CJK items read in their place:
 * what those readers made of an item's lines (an email line, a postcode) gives way to the item;
 * officials they read elsewhere on the page stay.
 */
export function withCjkItems(doc: ImportText, others: CjkOfficials): CjkOfficials {
  const cjk = readCjkOfficials(doc);
  if (!cjk) return others;
  const items = cjk.officials.found ? cjk.officials.value : [];
  const spans = items.map((o) => ({ from: o.line, to: lastLine(o) }));
  const inItem = (n: number) => spans.some((s) => s.from <= n && n <= s.to);
  const inItemSource = (line: number) => spans.some((s) => sourceLine(doc, s.from) <= line && line <= sourceLine(doc, s.to));
  const kept = others.officials.found ? others.officials.value.flatMap((o) => withoutItemLines(o, inItem) ?? []) : [];
  const all = [...kept, ...items].sort((a, b) => a.line - b.line);
  const worst = all.some((o) => o.confidence === 'low') ? 'low' : all.some((o) => o.confidence === 'medium') ? 'medium' : 'high';
  const note = kept.length > 0 ? 'some listed as marked items ("＊…") or under an addressee heading' : 'listed as marked items ("＊…") or under an addressee heading or label';
  return {
    officials: found(all, worst, all[0]?.line ?? 1, note),
    // A line both readers left out is reported once, with the CJK reader's reason.
    skipped: [...others.skipped.filter((s) => !inItemSource(s.line) && !cjk.skipped.some((c) => c.line === s.line)), ...cjk.skipped],
  };
}

/**
 * The official with the lines of marked items taken out (a block read above the items runs on into
 * them when no blank line parts them), or undefined when he was read from an item's own lines.
 */
function withoutItemLines(o: ImportedOfficial, inItem: (n: number) => boolean): ImportedOfficial | undefined {
  if (!linesOf(o).some(inItem)) return o;
  if (inItem(o.line) || (o.name && inItem(o.name.line))) return undefined;
  const out = (f: Located<string> | undefined) => (f === undefined || inItem(f.line) ? undefined : f);
  return {
    ...o,
    title: out(o.title),
    organisation: out(o.organisation),
    honorific: out(o.honorific),
    fax: out(o.fax),
    phone: out(o.phone),
    twitter: out(o.twitter),
    salutation: o.salutation && inItem(o.salutation.line) ? undefined : o.salutation,
    address: o.address.filter((l) => !inItem(l.line)),
    emails: o.emails.filter((l) => !inItem(l.line)),
    unsure: o.unsure.filter((l) => !inItem(l.line)),
  };
}

function linesOf(o: ImportedOfficial): number[] {
  const fields = [o.name, o.title, o.organisation, o.honorific, o.fax, o.phone, o.twitter, ...o.address, ...o.emails, ...o.unsure];
  return [o.line, ...fields.filter((f) => f !== undefined).map((f) => f.line)];
}

const lastLine = (o: ImportedOfficial): number => Math.max(...linesOf(o));

/** The officials a page lists as marked items in a CJK script, or undefined when it lists none. */
export function readCjkOfficials(doc: ImportText): CjkOfficials | undefined {
  if (!mayHoldCjk(doc.lines)) return undefined;
  // A Japanese page's addressee sections ("■アピールの宛先", "1.宛 先 …"): each an envelope.
  const sections = readAddresseeSections(doc);
  // A Korean page's "수신 : 홍길동 대통령 귀하" and its labelled lines.
  const korean = readKoreanRecipients(doc);
  // A Korean letter's greeting ("존경하는 홍길동 대통령님") and the office blocks under it.
  const greeted = korean ? undefined : readKoreanLetter(doc);
  // A Japanese page's protest samples between lines of dashes, each headed by its addressee.
  const samples = readDashedSamples(doc);
  const officials: ImportedOfficial[] = [...(sections?.officials ?? []), ...(korean?.officials ?? []), ...(greeted?.officials ?? []), ...(samples?.officials ?? [])];
  const skipped: Skipped[] = [...(sections?.skipped ?? [])];
  const spans = [...(sections?.spans ?? []), ...(korean?.spans ?? []), ...(greeted?.spans ?? []), ...(samples?.spans ?? [])];
  const inSection = (n: number) => spans.some((s) => s.from <= n && n <= s.to);
  // A page with a blank line after every line (spacing.ts): one blank line ends no item.
  let spaced: boolean | undefined;
  for (let n = 1; n <= doc.lines.length && officials.length < MAX_ITEMS; n++) {
    const item = inSection(n) ? undefined : itemHead(lineAt(doc, n));
    if (item === undefined) continue;
    spaced ??= isSpacedRange(doc, { from: 1, to: doc.lines.length });
    const details = detailLines(doc, n + 1, spaced);
    const official = readItem(item, n, details, skipped, doc);
    if (official === undefined) continue;
    officials.push(official);
    n = details.at(-1)?.n ?? n;
  }
  // A petition to be signed, its addressee at the page's head under the date ("…所長 / 酒示例 明 殿").
  const petition = officials.length === 0 ? readPetitionHead(doc) : undefined;
  if (petition) officials.push(petition);
  if (officials.length === 0) return undefined;
  officials.sort((a, b) => a.line - b.line);
  const worst = officials.some((o) => o.confidence === 'low') ? 'low' : officials.some((o) => o.confidence === 'medium') ? 'medium' : 'high';
  return { officials: found(officials, worst, officials[0]?.line ?? 1, 'listed as marked items ("＊…") or under an addressee heading or label'), skipped };
}

/** The item's text after its mark, when it may name an official. */
function itemHead(line: string): string | undefined {
  const m = ITEM.exec(line);
  if (!m) return undefined;
  const head = line.slice(m[0].length).trim();
  return head.length <= MAX_HEAD && CJK.test(head) && !SENTENCE.test(head) ? head : undefined;
}

/** The lines under an item up to a blank line, the next item, or a heading or sentence. */
function detailLines(doc: ImportText, from: number, spaced: boolean): Array<{ n: number; text: string }> {
  const out: Array<{ n: number; text: string }> = [];
  for (let n = from; n <= doc.lines.length; n++) {
    const text = lineAt(doc, n).trim();
    if (isBlank(text) && !separates(doc, n, spaced)) continue;
    if (isBlank(text) || ITEM.test(text) || /^[＜<【［[〈《]/u.test(text) || (SENTENCE.test(text) && !/@/.test(text))) break;
    out.push({ n, text });
  }
  return out;
}

function readItem(head: string, n: number, details: ReadonlyArray<{ n: number; text: string }>, skipped: Skipped[], doc: ImportText): ImportedOfficial | undefined {
  const parts: CjkHead | undefined = splitCjkHead(head);
  const o: ImportedOfficial = { line: n, confidence: 'high', nameFromOffice: false, address: [], emails: [], copy: false, unsure: [] };
  for (const d of details) readDetail(o, d.text, d.n);
  const reached = o.address.length > 0 || o.emails.length > 0 || o.fax !== undefined || o.phone !== undefined;
  if (parts === undefined) {
    // "＊ホセ・サンプロ" and his address: a name with no office, only where a way to reach him follows.
    if (!reached || !/^[\p{Script=Han}\p{Script=Katakana}ー・＝\s]{2,20}$/u.test(head)) {
      if (reached) for (const d of [{ n, text: head }, ...details]) skipped.push({ line: sourceLine(doc, d.n), text: d.text, why: 'names no person or office: not an official' });
      return undefined;
    }
    o.name = { value: head, line: n };
    o.confidence = 'medium';
    return o;
  }
  if (parts.title === undefined) {
    o.name = { value: parts.name ?? head, line: n };
    o.nameFromOffice = true;
  } else {
    o.title = { value: parts.title, line: n };
    if (parts.name !== undefined) o.name = { value: parts.name, line: n };
  }
  if (parts.honorific !== undefined) o.honorific = { value: parts.honorific, line: n };
  if (parts.unsureName && o.name) {
    o.unsure.push({ value: o.name.value, line: n, kept: true, why: `is "${o.name.value}" a person's name, or a country or place the office belongs to?` });
    o.confidence = 'medium';
  }
  return o;
}

/** One line under an item: its postcode and address, its numbers and emails, or else a TODO. */
function readDetail(o: ImportedOfficial, raw: string, n: number): void {
  const post = POSTCODE.exec(raw);
  const text = post ? raw.slice(post[0].length) : raw;
  if (post) o.address.push({ value: (post[1] ?? '').trim(), line: n });
  const folded = text.normalize('NFKC');
  const labels = [...folded.matchAll(LABEL)];
  const first = labels[0];
  // The address part: before any contact label on the line.
  // As printed where folding kept every character in its place ("〒１０２－００８４" stays so).
  const place = (first ? (text.length === folded.length ? text : folded).slice(0, first.index ?? 0) : text).trim().replace(ADDRESS_LABEL, '');
  if (place !== '') {
    if (JAPANESE_ADDRESS.test(place) || isAddressLike(place) || cjkCountry(place) !== undefined) o.address.push({ value: place, line: n });
    // "中华人民共和国外交部" under the name: his institution, the first line of the address on an envelope.
    else if (isCjkInstitution(place)) {
      if (o.organisation) o.address.push({ value: place, line: n });
      else o.organisation = { value: place, line: n };
    }
    else if (/^\S+@\S+$/u.test(place.normalize('NFKC'))) readContact(o, 'mail', place.normalize('NFKC'), n);
    else o.unsure.push({ value: place, line: n, why: 'printed under the official, neither address nor number: what is it?' });
  }
  if (!first) return;
  for (const [i, m] of labels.entries()) {
    const end = labels[i + 1]?.index ?? folded.length;
    readContact(o, (m[1] ?? '').toLowerCase(), folded.slice((m.index ?? 0) + m[0].length, end).trim(), n);
  }
}

function readContact(o: ImportedOfficial, label: string, value: string, n: number): void {
  const kind = /^(?:tel|電話|电话|☎)/u.test(label) ? 'phone' : /^(?:fax|ファ|传真|傳真)/u.test(label) ? 'fax' : /^(?:twitter|ツイッター|x)$/u.test(label) ? 'twitter' : 'email';
  if (kind === 'email') {
    const emails = emailsIn(value);
    for (const e of emails) if (!o.emails.some((x) => x.value === e)) o.emails.push({ value: e, line: n });
    // "goiken@...": an address the page cut short is no address: left out, named in a TODO.
    if (emails.length === 0 && value !== '') o.unsure.push({ value, line: n, why: 'not a whole email address (cut short by the page?): copy it from the page' });
    return;
  }
  if (kind === 'twitter') {
    const handle = /^@\w{1,15}$/u.exec(value)?.[0];
    if (handle !== undefined && o.twitter === undefined) o.twitter = { value: handle, line: n };
    else if (value !== '') o.unsure.push({ value, line: n, why: 'not a handle the case file can hold' });
    return;
  }
  const number = NUMBER.exec(value)?.[0]?.trim();
  const field: Located<string> | undefined = number === undefined ? undefined : { value: number, line: n };
  if (field === undefined || o[kind] !== undefined) {
    if (value !== '') o.unsure.push({ value, line: n, why: `not read as the ${kind} number: check it` });
    return;
  }
  o[kind] = field;
  const rest = value.slice(number?.length ?? 0).trim();
  if (rest !== '') o.unsure.push({ value: rest, line: n, why: `printed after the ${kind} number` });
}
