// A solidarity page that asks readers in several countries to call their own government's office
// holders gives each in one line, the country first, then the holder, then his numbers (and perhaps
// an email), commas between:
//   "In the US: President Exampleton, the White House Comment Line 202-555-0111, fax 202-555-0112"
//   "In the UK: Foreign Secretary Jane Sample, phone 020 7946 0001, email fcdo@example.gov.uk"
// The call-line reader took "Comment Line" for a person (the office and the country before it for
// his title) and left the fax out. Here the line is read part by part: the holder (an office and a
// name, or a name), then each comma's part a labelled number or email, or a line's name and its
// number ("the White House Comment Line 202-…": the number is his phone, the line's name a remark).
// A part that is none of these leaves the whole line unread: no guess at what it says.
import { readCallee, type Callee } from './call-in-name.js';
import { CALL_NUMBER } from './call-lines.js';
import { countryCode } from '../channels/countries.js';

/** "In the US:", "In the United Kingdom:", "For Canada:", "USA:": the country whose office holder follows. */
const PLACE = /^((?:[Ii]n|[Ff]or)\s+(?:the\s+)?)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})\s*:\s+(?=\p{Lu})/u;
const NUMBER = new RegExp(String.raw`^(${CALL_NUMBER})$`, 'u');
const LABELLED_NUMBER = new RegExp(String.raw`^(?:and\s+|or\s+)?(?:by\s+)?(fax|phone|tel\.?|telephone|call)(?:\s+(?:number|no\.?))?\s*:?\s*(?:at\s+|on\s+)?(${CALL_NUMBER})$`, 'iu');
const LABELLED_EMAIL = /^(?:and\s+|or\s+)?e-?mail\s*:?\s*(?:at\s+)?([\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})$/iu;
/** "the White House Comment Line 202-…", "the Embassy switchboard 020 …": a line's name in words, then its number. */
const NAMED_LINE = new RegExp(String.raw`^(?:(?:at|on|via)\s+)?((?:the\s+)?\p{Lu}[^\d@,:]{1,60}?)\s*:?\s*(${CALL_NUMBER})$`, 'u');

export interface PlaceCallLine {
  callee: Callee;
  phone?: string | undefined;
  fax?: string | undefined;
  emails: string[];
  /** The line's name printed with the phone ("the White House Comment Line"): asked about, never a field. */
  remark?: string | undefined;
}

const enough = (number: string): boolean => {
  const digits = number.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
};
const asNumber = (s: string): string => s.trim().replace(/[\u2010-\u2015]/gu, '-');

/** The holder and his numbers on such a line, or undefined for a line that is none. */
export function readPlaceCallLine(printed: string): PlaceCallLine | undefined {
  // "3. In the US: …": a numbered list's number (or a bullet) before the line is no part of it.
  const text = printed.trim().replace(/^(?:\d{1,2}[.)]|[•*·–-])\s+/u, '').replace(/[.;]$/u, '');
  // Cheap tests first: a short line, a comma, a number's digits together, and a colon near its start.
  if (text.length > 240 || !text.includes(',') || !/\d{3}/.test(text) || !/^\p{Lu}[^:]{1,40}:\s/u.test(text)) return undefined;
  const place = PLACE.exec(text);
  // Without "In …" the words before the colon must be a country's name ("USA:"), not a heading or a label ("Phone:").
  if (!place || (place[1] === undefined && countryCode(place[2] ?? '') === undefined)) return undefined;
  const [who = '', ...parts] = text.slice(place[0].length).split(/\s*,\s+/u);
  const callee = readCallee(who);
  // A holder named as a person, under his office or alone; not an office standing in for him.
  if (!callee || callee.nameFromOffice || callee.remark !== undefined || parts.length === 0) return undefined;
  const out: PlaceCallLine = { callee, emails: [] };
  for (const part of parts) {
    const labelled = LABELLED_NUMBER.exec(part);
    const email = LABELLED_EMAIL.exec(part);
    const line = labelled || email ? undefined : NAMED_LINE.exec(part);
    if (labelled && enough(labelled[2] ?? '')) {
      const field = /^fax/iu.test(labelled[1] ?? '') ? 'fax' : 'phone';
      if (out[field] !== undefined) return undefined;
      out[field] = asNumber(labelled[2] ?? '');
    } else if (email) out.emails.push(email[1] ?? '');
    else if (line && enough(line[2] ?? '') && out.phone === undefined && !NUMBER.test(part)) {
      out.phone = asNumber(line[2] ?? '');
      out.remark = (line[1] ?? '').trim();
    } else return undefined;
  }
  return out.phone !== undefined || out.fax !== undefined || out.emails.length > 0 ? out : undefined;
}
