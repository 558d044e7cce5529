// A forum mail or a short post that gives no blocks, only addresses to email, one a line under a
// heading, a name in brackets after some:
//   Adressen (deutsch):
//   kanzler@kanzler.example.de
//   Adressen (englisch):
//   president@example.gov (Jan Example)
// Each address is an official: the name in brackets is his name when it is a person's; an address
// alone is an official with that address and no name (the draft's TODO asks for it), never one
// made up from the address's words. Read only where no block of officials was found, and only
// when every line of the list is such an address or a heading over them.
import { emailsIn } from './contact-line.js';
import { isPersonName } from './official-words.js';
import type { ImportedOfficial } from './official-block.js';
import { isOwnEmail } from './own-emails.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "president@example.gov", perhaps followed by "(Jan Example)". */
const EMAIL_LINE = /^(\S+@\S+?)[.,;]?(?:\s*\(([^()]{2,80})\))?$/u;
/** "Adressen (deutsch):", "Addresses:": a short line ending with a colon, no address of its own. */
const HEADING = /^[^@:]{2,50}:$/u;
/** A list of one address is no list: a sentence's email is read elsewhere. */
const MIN_EMAILS = 2;

interface LineRange {
  from: number;
  to: number;
}

/** The officials of the ranges when they hold such a list and nothing else, else undefined. */
export function emailListOfficials(doc: ImportText, ranges: readonly LineRange[]): ImportedOfficial[] | undefined {
  const out: ImportedOfficial[] = [];
  let headed = false;
  for (const r of ranges) {
    // "Addresses:" read as the heading that opens the range stands just above it.
    headed ||= HEADING.test(lineAt(doc, r.from - 1).trim());
    for (let n = r.from; n <= r.to; n++) {
      const text = lineAt(doc, n).trim();
      if (isBlank(text)) continue;
      if (HEADING.test(text)) {
        headed = true;
        continue;
      }
      const official = emailOfficial(text, n);
      // Any other line (an address, a name alone, a sentence) is a layout of its own: left to its readers.
      if (official === undefined) return undefined;
      out.push(official);
    }
  }
  return headed && out.length >= MIN_EMAILS ? out : undefined;
}

function emailOfficial(text: string, line: number): ImportedOfficial | undefined {
  const m = EMAIL_LINE.exec(text);
  const email = m ? emailsIn(m[1] ?? '')[0] : undefined;
  if (!m || email === undefined || email !== m[1] || isOwnEmail(email)) return undefined;
  const bracket = m[2]?.trim();
  const official: ImportedOfficial = { line, confidence: 'low', nameFromOffice: false, address: [], emails: [{ value: email, line }], copy: false, listed: true, unsure: [] };
  if (bracket === undefined) return official;
  // "(Jan Example)": his name. Anything else in brackets ("(Presse)", "(Bundeskanzler)") is asked about, not taken.
  if (isPersonName(bracket)) official.name = { value: bracket, line };
  else official.unsure.push({ value: bracket, line, why: 'printed in brackets after the email address: is it the name of the one to write to?' });
  return official;
}
