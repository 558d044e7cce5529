// A Japanese (or Chinese) sample letter under its heading ("■手紙の文例", "＜例文＞", "【抗議文例】"):
// no "Dear …" opens it, so the Latin-script readers never find it. The letter runs from under the
// heading to the next marked heading; the addressee printed at its head ("例務大臣 山田 太郎 殿")
// and the opening word ("拝啓") are the envelope's and the greeting's, the closing word ("敬具")
// and what follows it (the sender's name and address) the signature's: the templates add both.
// Read only when the text under the heading is in a CJK script: a page that gives its letter in
// English opens it with "Dear …", read by sample-letter.ts.
import { CJK } from './cjk-words.js';
import type { Paragraph } from './paragraphs.js';
import { greetingLanguage } from './salutation.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** A heading that names a sample letter: 文例, 例文, 手紙の例, 抗議文, 要請文, 范文, 信件范本, 示範信; or a petition's title (請願書). */
const LETTER_HEADING = /^(?:[■□◆◇●○◎▼▽★☆]|[【［[〈《＜<]|[0-9０-９]{1,2}\s*[.．、)）])?\s*[^。、]{0,12}(?:文例|例文|手紙の例|はがきの例|ハガキの例|抗議文|要請文|アピール文|サンプルレター|范文|範文|信件范本|示范信|示範信|範本信|范本信|請願書|嘆願書|要請書)[^。、]{0,8}$/u;
/** A marked heading: the letter's end. */
const HEADING = /^(?:[■□◆◇▼▽★☆]|[【［〈《＜])/u;
/** The opening words of a Japanese letter: the greeting, not the letter's text. */
const OPENING = /^(?:拝啓|謹啓|前略|冠省|急啓)\s*/u;
/** The closing words: the letter ends with them (敬此, 謹此: a Chinese letter's "respectfully"). */
const CLOSING = /^(?:敬具|敬白|謹白|草々|草草|かしこ|以上|此致|敬礼|此致敬礼|此致敬禮|敬此|謹此|谨此)\s*$/u;
/** "例務大臣 山田 太郎 殿", "…閣下": the addressee at the letter's head. */
const ADDRESSEE = /(?:殿|様|閣下|御中|阁下|钧鉴|鈞鑒|台鉴|台鑒)\s*[:：,，]?$/u;
/** "住所", "氏名：", "署名": the blanks for the signer's address and name. */
const SIGNER_FORM = /^(?:住所|氏名|お名前|ご住所|署名|名前)\s*[:：]?\s*$/u;
/** A line that ends a paragraph (a sentence's end); others wrap and run on. */
const ENDS = /[。！？!?」』）)]$/u;
/** A Latin-script greeting ends in a comma or colon; a sentence that opens with "Dear" runs on. */
const LATIN_GREETING_END = /^[\p{Script=Latin}][^。、]{0,80}[,:]$/u;
/** No sample letter runs longer: a page's rest is not read as one. */
const MAX_LINES = 120;

export interface CjkLetter {
  paragraphs: Paragraph[];
  /** The document line of the first paragraph. */
  first: number;
  /** True when a closing word ("敬具") ended it. */
  closed: boolean;
  /** The document line it ended on: its closing, or the line above the next letter's greeting. */
  end: number;
}

export function cjkLetterUnderHeading(doc: ImportText): CjkLetter | undefined {
  for (let n = 1; n <= doc.lines.length; n++) {
    const line = lineAt(doc, n).trim();
    if (line.length > 30 || !LETTER_HEADING.test(line)) continue;
    const letter = letterFrom(doc, n + 1);
    if (letter) return letter;
  }
  return undefined;
}

function letterFrom(doc: ImportText, from: number): CjkLetter | undefined {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  let closed = false;
  let end = from;
  for (let n = from; n <= Math.min(doc.lines.length, from + MAX_LINES); n++) {
    const raw = lineAt(doc, n).trim();
    if (isBlank(raw)) {
      current = undefined;
      continue;
    }
    // "住所" / "氏名": the form the signer fills in under a petition, no part of its text.
    if (HEADING.test(raw) || SIGNER_FORM.test(raw)) break;
    if (CLOSING.test(raw)) {
      closed = true;
      end = n;
      break;
    }
    // "Dear Secretary Example:" under the letter: its translation begins, no line of it.
    if (paragraphs.length > 0 && LATIN_GREETING_END.test(raw) && greetingLanguage(raw) !== undefined) break;
    end = n;
    // The addressee and the greeting open the letter: skipped while no paragraph has begun.
    if (paragraphs.length === 0 && (ADDRESSEE.test(raw) || OPENING.test(raw) && raw.replace(OPENING, '') === '')) continue;
    const text = paragraphs.length === 0 ? raw.replace(OPENING, '') : raw;
    if (current === undefined) {
      current = { text, line: n, bullet: false };
      paragraphs.push(current);
    } else current.text = joinCjk(current.text, text);
    if (ENDS.test(raw)) current = undefined;
  }
  const text = paragraphs.map((p) => p.text).join('');
  if (paragraphs.length === 0 || !CJK.test(text) || cjkShare(text) < 0.5) return undefined;
  return { paragraphs, first: paragraphs[0]?.line ?? from, closed, end };
}

/** A wrapped line joined to the one above: no space between CJK characters, one between Latin words. */
const joinCjk = (a: string, b: string): string => (CJK.test(a.slice(-1)) || CJK.test(b.slice(0, 1)) ? `${a}${b}` : `${a} ${b}`);

function cjkShare(text: string): number {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const cjk = letters.replace(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/gu, '');
  return letters.length === 0 ? 0 : cjk.length / letters.length;
}

/**
 * A Japanese page may give its English petition first and the same letter in Japanese after its
 * closing, under a title ("請 願 書") and the addressee's line that greets ("国家主席閣下"): no
 * "Dear …" opens it. The Japanese letter is read from under that line to its closing ("敬具").
 */
export function cjkLetterAfter(doc: ImportText, after: number, until: number): CjkLetter | undefined {
  for (let n = after + 1; n <= Math.min(until, doc.lines.length); n++) {
    const line = lineAt(doc, n).trim();
    if (line.length > 30 || !ADDRESSEE.test(line) || !CJK.test(line)) continue;
    const letter = letterFrom(doc, n + 1);
    if (letter?.closed) return letter;
  }
  return undefined;
}
