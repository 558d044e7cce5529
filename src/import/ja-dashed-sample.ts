// A Japanese page that asks for protest mail gives one sample per recipient, each between lines of
// dashes ("−−−−", "ーーーー", "----"): the addressee with his office and courtesy word ("内閣総理大臣
// 山田太郎様"), the sample text, the closing dashes, then the institution it goes to ("首相官邸",
// "法務省"). The first sample's text is the letter; each addressee is an official, his institution
// where it is sent (no email is printed: the draft asks for it).
// Never invent: only a dashed block opened by an office and a name with a courtesy word is read; the
// dashes, the next sample and what follows the last (a newspaper's quote) are no part of a letter.
import { isCjkInstitution, mayHoldCjk, splitCjkHead } from './cjk-words.js';
import type { ImportedOfficial } from './official-block.js';
import type { Paragraph } from './paragraphs.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** A line of dashes or long vowel marks, in any width: the sample's frame. */
const DASHES = /^[-−－ーｰ―─━‐‑–—~〜～=＝]{4,}$/u;
/** The addressee's courtesy word: "様", "殿", "閣下". */
const COURTESY = /(?:様|殿|閣下)$/u;
const MAX_SAMPLE = 40;

export interface DashedSamples {
  officials: ImportedOfficial[];
  spans: Array<{ from: number; to: number }>;
  letter?: { paragraphs: Paragraph[]; first: number; closed: boolean } | undefined;
}

export function readDashedSamples(doc: ImportText): DashedSamples | undefined {
  if (!mayHoldCjk(doc.lines)) return undefined;
  const out: DashedSamples = { officials: [], spans: [] };
  for (let n = 1; n <= doc.lines.length; n++) {
    if (!DASHES.test(lineAt(doc, n).trim())) continue;
    const sample = sampleAt(doc, n);
    if (!sample) continue;
    out.officials.push(sample.official);
    out.spans.push({ from: n, to: sample.to });
    out.letter ??= { paragraphs: sample.text, first: sample.text[0]?.line ?? n, closed: true };
    // Back one line: the closing dashes may open the next sample.
    n = sample.to - 1;
  }
  return out.officials.length > 0 ? out : undefined;
}

/** The sample opened by the dashes on line `open`, when an addressee heads it and dashes close it. */
function sampleAt(doc: ImportText, open: number): { official: ImportedOfficial; text: Paragraph[]; to: number } | undefined {
  const headAt = nextText(doc, open + 1);
  const head = headAt === undefined ? '' : lineAt(doc, headAt).trim();
  if (headAt === undefined || head.length > 40 || !COURTESY.test(head)) return undefined;
  const parts = splitCjkHead(head);
  if (parts?.name === undefined || parts.title === undefined || parts.honorific === undefined) return undefined;
  const text: Paragraph[] = [];
  let close: number | undefined;
  for (let n = headAt + 1; n <= Math.min(doc.lines.length, headAt + MAX_SAMPLE); n++) {
    const line = lineAt(doc, n).trim();
    if (DASHES.test(line)) {
      close = n;
      break;
    }
    if (!isBlank(line)) text.push({ text: line, line: n, bullet: false });
  }
  if (close === undefined || text.length === 0) return undefined;
  const o: ImportedOfficial = {
    line: headAt, confidence: 'high', nameFromOffice: false, address: [], emails: [], copy: false, unsure: [],
    name: { value: parts.name, line: headAt },
    title: { value: parts.title, line: headAt },
    honorific: { value: parts.honorific, line: headAt },
  };
  if (parts.unsureName) o.unsure.push({ value: parts.name, line: headAt, kept: true, why: `is "${parts.name}" a person's name, or a place the office belongs to?` });
  // "首相官邸" under the closing dashes: the institution the sample is sent to.
  const under = nextText(doc, close + 1);
  const institution = under === undefined ? '' : lineAt(doc, under).trim();
  if (under !== undefined && institution.length <= 20 && isCjkInstitution(institution) && !/[。、]/u.test(institution)) {
    o.organisation = { value: institution, line: under };
    return { official: o, text, to: under };
  }
  return { official: o, text, to: close };
}

function nextText(doc: ImportText, from: number): number | undefined {
  for (let n = from; n <= Math.min(doc.lines.length, from + 2); n++) if (!isBlank(lineAt(doc, n))) return n;
  return undefined;
}
