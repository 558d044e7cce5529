// A Korean letter as a section prints it to be copied out: the sender's placeholders ("이름 장소,
// 날짜": name, place, date), the addressee's town and postcode ("서울 110-000"), the greeting
// "존경하는 홍길동 대통령님" (respected + name + office + 님, a courtesy word) and the letter. A later
// block names a second official by his office alone, over his address: "법무부 장관" / "경기도 과천시
// …" / "정부과천청사". No label or "Dear" is there for the other readers to find.
// Never invent: the placeholders are the sender's, never an address; a greeting names an official
// only with a name, or with an address printed above it; an office line counts only over an address.
import { cjkCountry } from './cjk-words.js';
import { koreanRecipient } from './ko-contact.js';
import type { ImportedOfficial } from './official-block.js';
import type { Paragraph } from './paragraphs.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "존경하는 홍길동 대통령님", "존경하는 장관님께,": the greeting, and what it greets. */
const GREETING = /^존경하는\s+(\S.{0,30}?)\s*님(?:께)?\s*[,:：，!]?$/u;
/** The sender's placeholders, alone or several on a line ("이름 장소, 날짜"). */
const PLACEHOLDER = /^(?:이름|성명|장소|주소|날짜|일자|서명|보내는\s*사람)(?:[\s,，/]+(?:이름|성명|장소|주소|날짜|일자|서명))*$/u;
/** A Korean address: a province or city first, a road and number, a postcode, a government building. */
const ADDRESS = /^(?:대한민국|한국|서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충청|충북|충남|전라|전북|전남|경상|경북|경남|제주)|\S(?:로|길|동)\s*\d|(?:^|\s)\d{3}-\d{3}(?:\s|$)|(?:^|\s)\d{5}(?:\s|$)|(?:청사|빌딩|회관)$/u;
/** A sentence's ending: a letter's line, never an address or an office. */
const SENTENCE = /(?:다|요|오|까|니다)[.!?]?$|[.!?。]$/u;
/** The words that close a Korean letter above the signature ("올림", "드림": offered by). */
const CLOSING = /^(?:\S+\s+)?(?:올림|드림|배상)$/u;
const MAX_ADDRESS = 5;
const MAX_LETTER = 60;

export interface KoreanLetter {
  officials: ImportedOfficial[];
  /** The lines each official's block covers: no other CJK reader reads them. */
  spans: Array<{ from: number; to: number }>;
  /** The first greeting's letter. */
  letter?: { paragraphs: Paragraph[]; first: number; closed: boolean } | undefined;
}

const isAddress = (text: string): boolean => text.length <= 60 && /\p{Script=Hangul}|\d/u.test(text) && ADDRESS.test(text) && !SENTENCE.test(text) && !PLACEHOLDER.test(text);

/** The page's greeted officials and office blocks, or undefined when it greets no one in Korean. */
export function readKoreanLetter(doc: ImportText): KoreanLetter | undefined {
  const greetings: number[] = [];
  for (let n = 1; n <= doc.lines.length; n++) if (lineAt(doc, n).trimStart().startsWith('존경하는')) greetings.push(n);
  if (greetings.length === 0) return undefined;
  const out: KoreanLetter = { officials: [], spans: [] };
  const used = new Set<number>();
  // The office blocks first: a greeting under one is its official's.
  for (let n = 1; n <= doc.lines.length; n++) {
    const block = officeBlock(doc, n);
    if (!block) continue;
    const greeting = nextNonBlankLine(doc, block.to + 1);
    if (greeting !== undefined && greetings.includes(greeting)) {
      const g = GREETING.exec(lineAt(doc, greeting).trim());
      if (g) {
        block.official.salutation = { value: lineAt(doc, greeting).trim().replace(/\s*[,:：，!]$/u, ''), line: greeting, confidence: 'high' };
        used.add(greeting);
      }
    }
    out.officials.push(block.official);
    out.spans.push({ from: n, to: block.to });
    n = block.to;
  }
  for (const n of greetings) {
    if (used.has(n)) continue;
    const o = greeted(doc, n);
    if (!o) continue;
    out.officials.push(o.official);
    out.spans.push({ from: o.from, to: n });
  }
  const first = greetings.find((n) => GREETING.test(lineAt(doc, n).trim()));
  out.letter = first === undefined ? undefined : letterAfter(doc, first, out.spans);
  out.officials.sort((a, b) => a.line - b.line);
  return out.officials.length > 0 || out.letter ? out : undefined;
}

/** The official a greeting names, with the address printed above it; undefined when it names no one. */
function greeted(doc: ImportText, n: number): { official: ImportedOfficial; from: number } | undefined {
  const text = lineAt(doc, n).trim();
  const g = GREETING.exec(text);
  if (!g?.[1]) return undefined;
  const o = koreanRecipient(g[1], n);
  if (!o) return undefined;
  // The addressee's lines above the greeting, up to the sender's placeholders or a sentence.
  const address: number[] = [];
  // One blank line may part them (a page with a blank line after every line), never two.
  for (let m = n - 1; m >= 1 && address.length < MAX_ADDRESS; m--) {
    const line = lineAt(doc, m).trim();
    if (isBlank(line)) {
      if (isBlank(lineAt(doc, m - 1)) || (address.length === 0 && m < n - 1)) break;
      continue;
    }
    if (!isAddress(line)) break;
    address.unshift(m);
  }
  // "존경하는 장관님" with nothing above: an office greeted, no one to write to.
  if (o.nameFromOffice && address.length === 0) return undefined;
  o.address = address.map((m) => ({ value: lineAt(doc, m).trim(), line: m }));
  o.salutation = { value: text.replace(/\s*[,:：，!]$/u, ''), line: n, confidence: 'high' };
  o.line = address[0] ?? n;
  o.confidence = o.nameFromOffice ? 'medium' : 'high';
  return { official: o, from: address[0] ?? n };
}

/** "법무부 장관" over its address lines: an official named by his office. */
function officeBlock(doc: ImportText, n: number): { official: ImportedOfficial; to: number } | undefined {
  const head = lineAt(doc, n).trim();
  if (head === '' || head.length > 30 || head.startsWith('존경하는') || SENTENCE.test(head) || isAddress(head)) return undefined;
  if (!/(?:대통령|총리|장관|차관|대사|총장|청장|시장|지사|의장|위원장|원장|판사|검사장|영사)$/u.test(head)) return undefined;
  const lines: number[] = [];
  for (let m = n + 1; m <= doc.lines.length && lines.length < MAX_ADDRESS; m++) {
    const line = lineAt(doc, m).trim();
    if (isBlank(line) && !isBlank(lineAt(doc, m + 1))) continue;
    if (!isAddress(line)) break;
    lines.push(m);
  }
  if (lines.length === 0) return undefined;
  const o = koreanRecipient(head, n);
  if (!o) return undefined;
  o.address = lines.map((m) => ({ value: lineAt(doc, m).trim(), line: m }));
  return { official: o, to: lines.at(-1) ?? n };
}

/** The letter under the greeting: to its closing, the sender's placeholders, or the next official's block. */
function letterAfter(doc: ImportText, greeting: number, spans: ReadonlyArray<{ from: number; to: number }>): KoreanLetter['letter'] {
  const paragraphs: Paragraph[] = [];
  let closed = false;
  for (let n = greeting + 1; n <= Math.min(doc.lines.length, greeting + MAX_LETTER); n++) {
    const line = lineAt(doc, n).trim();
    if (isBlank(line)) continue;
    if (spans.some((s) => s.from <= n && n <= s.to) || line.startsWith('존경하는') || PLACEHOLDER.test(line) || /^[-−ー=_*]{4,}$/u.test(line)) break;
    if (CLOSING.test(line)) {
      closed = true;
      break;
    }
    // A line that reads as no sentence after the letter's text has begun (a name, a signature) ends it.
    if (paragraphs.length > 0 && !SENTENCE.test(line) && line.length < 20) break;
    paragraphs.push({ text: line, line: n, bullet: false });
  }
  return paragraphs.length === 0 ? undefined : { paragraphs, first: paragraphs[0]?.line ?? greeting + 1, closed };
}

function nextNonBlankLine(doc: ImportText, from: number): number | undefined {
  for (let n = from; n <= Math.min(doc.lines.length, from + 2); n++) if (!isBlank(lineAt(doc, n))) return n;
  return undefined;
}

/** A Korean address's first word: a province or metropolitan city, or the country itself. */
const KOREAN_REGION = /^(?:대한민국|한국|서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충청|충북|충남|전라|전북|전남|경상|경북|경남|제주)/u;
/** Particles glued after a noun ("미얀마의", "미얀마에서"): the country is the word before them. */
const PARTICLE = /(?:에서|으로|의|에|은|는|이|가|을|를|과|와|로|도)$/u;

/**
 * Officials written to at Korean addresses ("서울 110-000", "경기도 과천시 …"), none an embassy, on a
 * page whose text above them names no other country: a Korean section's action on its own
 * government. A page asking Seoul to press another country names that country above, and gets none.
 */
export function koreaAtHome(doc: ImportText, officials: readonly ImportedOfficial[]): { line: number; value: string } | undefined {
  const withAddress = officials.filter((o) => o.address.length > 0);
  if (withAddress.length === 0 || !withAddress.every((o) => o.address.some((a) => KOREAN_REGION.test(a.value)))) return undefined;
  if (officials.some((o) => [o.title, o.name, o.organisation].some((f) => f !== undefined && /대사|영사/u.test(f.value)))) return undefined;
  const first = Math.min(...officials.map((o) => o.line));
  for (let n = 1; n < first; n++) {
    for (const word of lineAt(doc, n).split(/[\s,.:·()「」"']+/u)) {
      if (!/^\p{Script=Hangul}{2,}$/u.test(word)) continue;
      const country = cjkCountry(word) ?? cjkCountry(word.replace(PARTICLE, ''));
      if (country !== undefined && country !== 'South Korea') return undefined;
    }
  }
  const at = withAddress[0]?.address.find((a) => KOREAN_REGION.test(a.value));
  return at === undefined ? undefined : { line: at.line, value: at.value };
}
