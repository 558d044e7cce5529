// A petition page names whom it petitions only in its header, with no contact details: a petition
// site's "Petitioning Peter Example" (one per petition on a page that lists several), "Petition to
// President Jane Example", or a printed form's "To: Crown Prince Omar bin Example" (where a PDF's
// lines were run together, the next sentence follows the name on the same line). Each header names
// one official: courtesy and office stripped ("The Right Honorable …", "Crown Prince …"), the office
// kept as his title, and an office with a surname alone ("Petitioning Minister Example") named in
// full when the page prints the fuller form (fuller-name.ts). Only a person's name: an office or a
// body alone is left to other readers, and a "To:" label only with an office or a courtesy before
// the name, on a page that calls itself a petition.
import type { ImportedOfficial } from './official-block.js';
import { isPersonName, splitHonorific, splitLeadingRole } from './official-words.js';
import { fullerName } from './fuller-name.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "Petitioning …", "Petition to …", "Petition addressed to …", on a line of its own (folded). */
const HEADER = /^(?:petitioning|(?:a )?petition (?:addressed )?to:?)\s+(\S.{3,100})$/u;
/** "To: …" inside a line, the label in capitals as a form prints it. */
const TO_LABEL = /(?:^|\s)To:\s+(\S.{3,160})/u;
/** The page calls itself a petition (folded). */
const PETITION = /\bpetition/u;
/** How far down the headers are looked for. */
const LINES = 80;
/**
 * Capitalised words that open the next sentence a lost line break ran onto the name ("… bin Example
 * At least a dozen …"): a name's run ends before them.
 */
const NEXT_SENTENCE = /^(?:at|in|on|the|a|an|we|i|our|this|these|all|for|since|after|before|more|over|please|sign|since|he|she|they|his|her|their|it|its)$/u;
/** Small words inside a name ("bin", "al", "de la"). */
const PARTICLE = /^(?:al|el|bin|ibn|bint|abu|ben|de|del|da|dos|das|do|van|von|der|la|le|los|las|y)$/u;

export function petitionHeaderOfficials(doc: ImportText): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  let petition: boolean | undefined;
  for (let n = 1; n <= Math.min(doc.lines.length, LINES); n++) {
    const text = lineAt(doc, n).trim();
    // Cheap first: the header's word or the label.
    if (!/etition|To:/u.test(text)) continue;
    const header = text.length <= 120 ? HEADER.exec(fold(text)) : null;
    let official: ImportedOfficial | undefined;
    if (header) official = addressee(doc, text.slice(text.length - (header[1]?.length ?? 0)), n, false);
    else {
      const label = TO_LABEL.exec(text);
      petition ??= doc.lines.slice(0, LINES).some((l) => l.length < 5000 && PETITION.test(fold(l)));
      if (label && petition) official = addressee(doc, label[1] ?? '', n, true);
    }
    if (official && !out.some((o) => o.name?.value === official.name?.value)) out.push(official);
  }
  return out;
}

/** The person the header's words name, or undefined; `titled`: only with an office or a courtesy before the name. */
function addressee(doc: ImportText, words: string, line: number, titled: boolean): ImportedOfficial | undefined {
  const run = nameRun(words.split(/\s+/u));
  if (run.length === 0) return undefined;
  const { honorific, rest } = splitHonorific(run.join(' '));
  const role = splitLeadingRole(rest);
  let name = role ? role.name : rest;
  if (titled && role === undefined && honorific === undefined) return undefined;
  // "Minister Example": the office and his surname alone; the page's fuller form, or no one.
  if (role && !name.includes(' ')) name = fullerName(doc, name) ?? '';
  if (!isPersonName(name)) return undefined;
  return {
    line,
    confidence: 'low',
    nameFromOffice: false,
    name: { value: name, line },
    ...(honorific === undefined ? {} : { honorific: { value: honorific, line } }),
    ...(role ? { title: { value: role.title, line } } : {}),
    address: [],
    emails: [],
    copy: false,
    unsure: [],
  };
}

/** The capitalised words (and particles) from the start, up to punctuation or the next sentence's first word. */
function nameRun(words: readonly string[]): string[] {
  const run: string[] = [];
  for (const [i, w] of words.entries()) {
    const bare = w.replace(/[,:;.!?]+$/u, '');
    const capital = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(bare);
    if (!capital && !(PARTICLE.test(bare) && run.length > 0)) break;
    if (run.length > 0 && capital && NEXT_SENTENCE.test(fold(bare)) && /^\p{Ll}/u.test(words[i + 1] ?? '')) break;
    run.push(bare);
    if (bare !== w || run.length > 9) break;
  }
  while (run.length > 0 && PARTICLE.test(run.at(-1) ?? '')) run.pop();
  return run;
}
