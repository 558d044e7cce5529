// A Korean page's labelled addressee: "수신 : 홍길동 대통령 귀하" (수신, to; 귀하, a courtesy word
// after the name, no part of it), then "주소 :", "전화 :", "팩스 :", "이메일 :" lines. A page often
// runs the phone onto the address line ("주소 : 03048/서울특별시 종로구 예시로 1 (예시동)전화
// 02)555-5800"): each label found inside a line ends the value before it. Korean writes the name
// before the office ("홍길동 대통령") or after it ("법무부 장관 홍길동"); an office alone stands in for
// the name. The Latin-script readers know none of these labels, so such a page gave no official.
import { emailsIn } from './contact-line.js';
import type { ImportedOfficial } from './official-block.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText, Located } from './types.js';

export interface KoreanRecipients {
  officials: ImportedOfficial[];
  /** The lines the recipients' blocks cover: no other CJK reader reads them. */
  spans: Array<{ from: number; to: number }>;
}

/** "수신 :", "수신자:", "받는 사람:": the label that opens an addressee. */
const TO = /^(?:수\s*신(?:\s*자)?|받는\s*(?:사람|분))\s*[:：]\s*/u;
/** The labels of the lines under it, where a line may hold several. */
const LABEL = /(주\s*소|우편\s*번호|전\s*화(?:\s*번호)?|팩\s*스|이\s*메\s*일|전자\s*우편|e-?mail)\s*[:：]?\s*/giu;
const LABEL_FIRST = new RegExp(`^${LABEL.source}`, 'iu');
/** Courtesy words after a name: 귀하 (to you, sir/madam), 님, 께, 앞 (to). */
const COURTESY = /\s*(?:귀하|님께|님|께|앞)$/u;
/** The words that end a Korean office: president, prime minister, minister, ambassador, prosecutor general, commissioner, mayor, governor, speaker, chair, judge. */
const OFFICE = /(?:대통령|국무총리|총리|장관|차관|대사|총장|청장|시장|도지사|지사|의장|위원장|원장|국장|판사|검사장|검사|총영사|영사)$/u;
/** A ministry or institution that opens an office ("법무부 장관"): part of the title. */
const INSTITUTION = /(?:부|청|처|원|위원회|대사관|검찰청|법원|경찰청)$/u;
const HANGUL_NAME = /^[\p{Script=Hangul}]{2,5}$/u;
/** A ministry, agency or court ("법무부", "검찰청"): before an office it opens the title, never a name. */
const MINISTRY = /^\p{Script=Hangul}{2,}(?:부|청|처|위원회|대사관|법원)$/u;
const NUMBER = /\+?[0-9][0-9()-]*(?:\s?[0-9()-]+)*[0-9]/u;
const MAX_LINES = 12;

export function readKoreanRecipients(doc: ImportText): KoreanRecipients | undefined {
  const out: KoreanRecipients = { officials: [], spans: [] };
  for (let n = 1; n <= doc.lines.length; n++) {
    const line = lineAt(doc, n).trim();
    const to = TO.exec(line);
    if (!to || line.length > 60) continue;
    const o = koreanRecipient(line.slice(to[0].length), n);
    if (!o) continue;
    let last = n;
    for (let m = n + 1; m <= Math.min(doc.lines.length, n + MAX_LINES); m++) {
      const text = lineAt(doc, m).trim();
      if (isBlank(text)) continue;
      if (!LABEL_FIRST.test(text) || TO.test(text)) break;
      readLabelled(o, text, m);
      last = m;
    }
    out.officials.push(o);
    out.spans.push({ from: n, to: last });
    n = last;
  }
  return out.officials.length > 0 ? out : undefined;
}

/** "홍길동 대통령 귀하" → name 홍길동, title 대통령; "법무부 장관 홍길동"; "대통령비서실 귀하" alone stands in. */
export function koreanRecipient(raw: string, n: number): ImportedOfficial | undefined {
  const text = raw.replace(COURTESY, '').trim();
  if (text === '' || text.length > 40 || /[.!?。]/u.test(text) || !/\p{Script=Hangul}/u.test(text)) return undefined;
  const words = text.split(/\s+/u);
  const o: ImportedOfficial = { line: n, confidence: 'high', nameFromOffice: false, address: [], emails: [], copy: false, unsure: [] };
  const isOffice = (w: string) => OFFICE.test(w) || INSTITUTION.test(w);
  // The name before the office: "홍길동 (법무부) 장관".
  if (words.length >= 2 && HANGUL_NAME.test(words[0] ?? '') && !MINISTRY.test(words[0] ?? '') && OFFICE.test(words.at(-1) ?? '') && words.slice(1).every(isOffice)) {
    o.name = { value: words[0] ?? '', line: n };
    o.title = { value: words.slice(1).join(' '), line: n };
    return o;
  }
  // The office before the name: "법무부 장관 홍길동".
  if (words.length >= 2 && HANGUL_NAME.test(words.at(-1) ?? '') && OFFICE.test(words.at(-2) ?? '') && words.slice(0, -1).every(isOffice)) {
    o.name = { value: words.at(-1) ?? '', line: n };
    o.title = { value: words.slice(0, -1).join(' '), line: n };
    return o;
  }
  // An office or institution alone: it stands in for the name.
  if (words.every(isOffice) || (words.length <= 3 && isOffice(words.at(-1) ?? ''))) {
    o.name = { value: text, line: n };
    o.nameFromOffice = true;
    o.confidence = 'medium';
    return o;
  }
  return undefined;
}

/** A line of labelled values, several to a line: each value runs to the next label. */
function readLabelled(o: ImportedOfficial, text: string, n: number): void {
  const labels = [...text.matchAll(LABEL)];
  for (const [i, m] of labels.entries()) {
    const value = text.slice((m.index ?? 0) + m[0].length, labels[i + 1]?.index ?? text.length).trim();
    if (value === '') continue;
    const label = (m[1] ?? '').replace(/\s+/gu, '');
    if (/^(?:주소|우편번호)$/u.test(label)) o.address.push({ value, line: n });
    else if (/^(?:이메일|전자우편|e-?mail)$/iu.test(label)) {
      for (const e of emailsIn(value)) if (!o.emails.some((x) => x.value === e)) o.emails.push({ value: e, line: n });
    } else number(o, label.startsWith('팩스') ? 'fax' : 'phone', value, n);
  }
}

function number(o: ImportedOfficial, kind: 'phone' | 'fax', value: string, n: number): void {
  const found = NUMBER.exec(value)?.[0];
  const had: Located<string> | undefined = o[kind];
  if (found === undefined || had !== undefined) {
    o.unsure.push({ value, line: n, why: `not read as the ${kind} number: check it` });
    return;
  }
  o[kind] = { value: found, line: n };
  const rest = value.slice((NUMBER.exec(value)?.index ?? 0) + found.length).trim();
  if (rest !== '') o.unsure.push({ value: rest, line: n, why: `printed after the ${kind} number` });
}
