// Call-in alerts forwarded by mailing lists and churches ask in one sentence whom to call and give
// the number in another: "… urge people to call Jane Example, chair of the Board of Pardons, and
// urge her to …" then "Jane Example’s Phone Number in Exampletown at the Board is (512) 555-0100";
// "Call Governor Karl Beispiel and urge him … Gov Beispiel’s phone number is 512-555-0199." The
// number goes to the one the page asks to call when the possessive names him: his surname, and
// before it only words of his name or the start of his office ("Gov" for "Governor"). A number whose
// holder matches no one, or more than one, is nobody's here.
import { readCallee, type Callee } from './call-in-name.js';
import { fold } from './fold.js';

/** "call Jane Example, chair of …", "Call Governor Karl Beispiel": whom, up to where the sentence asks something of him or ends. */
const CALL_WHOM = /\b(?:[Cc]all|[Pp]hone|[Rr]ing)\s+(?:the\s+)?(\p{Lu}[^.;:!?()@\d]{1,100}?)(?=,?\s+and\s+(?:urge|ask|tell|request|demand|plead|politely|respectfully)\b|\s+(?:to|asking|urging|and tell|and ask|now|today)\b|\s*[.;:!?(]|\s*$)/gu;
/** "Jane Example’s Phone Number in Exampletown at the Board is (512) 555-0100", "Gov Beispiel's phone number is 512-555-0199". */
const POSSESSIVE_NUMBER = /(?:^|[.!?]\s+|\s)(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}?)(?:['’]s|(?<=s)['’])\s+(?:(?:direct|office|main|work)\s+)?(?:[Pp]hone|[Tt]elephone|PHONE)(?:\s+(?:[Nn]umber|NUMBER))?\b[^.;!?:]{0,60}?\s(?:is|:)\s*:?\s*(\+?\(?\d[\d\s().\u2010-\u2015-]{5,}\d)/gu;
/** How far down the page such sentences are read. */
const LINES = 300;

export interface NumberLater {
  callee: Callee;
  /** The line that asks to call him. */
  line: number;
  phone: string;
  /** The line that gives his number. */
  phoneLine: number;
}

/** The callees of "call …" sentences whose number a later possessive sentence gives (line numbers are the doc's, 1-based). */
export function callsWithNumberLater(lines: readonly string[]): NumberLater[] {
  const last = Math.min(lines.length, LINES);
  const asked: Array<{ callee: Callee; line: number }> = [];
  const out: NumberLater[] = [];
  for (let n = 1; n <= last; n++) {
    const text = lines[n - 1] ?? '';
    if (text.length > 1000) continue;
    if (/\b(?:call|phone|ring)\s/iu.test(text)) {
      for (const m of text.matchAll(CALL_WHOM)) {
        const callee = readCallee(m[1] ?? '');
        if (callee && !callee.nameFromOffice) asked.push({ callee, line: n });
      }
    }
    // An apostrophe and "phone" first: the possessive's pattern (~0.8 ms to compile) runs only where both are.
    if (!/['’]/.test(text) || !/phone/i.test(text) || !/(?:['’]s|s['’])\s+(?:\S+\s+)?(?:phone|telephone)/iu.test(text)) continue;
    for (const m of text.matchAll(POSSESSIVE_NUMBER)) {
      const phone = (m[2] ?? '').trim().replace(/[\u2010-\u2015]/gu, '-');
      if (phone.replace(/\D/gu, '').length < 7) continue;
      const whose = asked.filter((a) => holds(m[1] ?? '', a.callee));
      const [one] = whose;
      if (whose.length !== 1 || !one || out.some((o) => o.callee === one.callee)) continue;
      out.push({ callee: one.callee, line: one.line, phone, phoneLine: n });
    }
  }
  return out;
}

/** "Jane Example" or "Gov Beispiel" names the callee Jane Example / Governor Karl Beispiel: his surname last, his name's words or his office's start before it. "Jane Examples’ phone" is the possessive of a name ending in s. */
function holds(holder: string, callee: Callee): boolean {
  const words = fold(holder).replace(/\./gu, '').split(/\s+/u);
  const name = fold(callee.name).split(/\s+/u);
  const office = fold(callee.title ?? '').split(/\s+/u)[0] ?? '';
  const byOffice = (w: string) => w.length >= 2 && office.startsWith(w);
  // "Call Governor Perry" / "Gov Perry's phone number is …": a surname alone will do when the office is named with it both times.
  if (words.at(-1) !== name.at(-1) || (name.length < 2 && !(words.length === 2 && byOffice(words[0] ?? '')))) return false;
  return words.slice(0, -1).every((w) => name.includes(w) || byOffice(w));
}
