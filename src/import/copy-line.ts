// The UK section's template prints the embassy to copy on one line, with no labels at all: "HER
// EXCELLENCY JANE DOE Embassy of X Suite 3 1 Example Street W8 4DB 020 7000 0000 Fax 020 7000 0001
// office@example.org www.example.org", or the same with commas, and sometimes right after the
// sentence that asks for copies. Such a line is cut back into the sentence, the person and address
// part (which the unflattener cuts as it cuts any official's header) and the contact details.
import { emailsIn } from './contact-line.js';
import { labelsOf, printedLabels } from './field-labels.js';
import { splitHonorific, startsWithOrganisation } from './official-words.js';
import { opensOfficial } from './write-to-inline.js';

/** "Also send copies to diplomatic representatives accredited to your country." and the official after it. */
const COPIES_SENTENCE = /^((?:and |also )?(?:please )?send copies to [^.:]{5,120}\.)\s+(?=\p{Lu})/iu;

/** [the sentence asking for copies, the rest of the line], or undefined. */
export function splitCopiesSentence(line: string): [string, string] | undefined {
  // Every line is tried: its words and the sentence's full stop first, so that the pattern's
  // Unicode class is compiled only for a page that asks for copies in a sentence.
  if (!/send copies to/iu.test(line) || !/\.\s/.test(line)) return undefined;
  const m = COPIES_SENTENCE.exec(line);
  return m ? [(m[1] ?? '').trim(), line.slice(m[0].length).trim()] : undefined;
}

/** The salutation's label and value closing such a line, in the languages UAs come in. */
const TRAILING_SALUTATION = new RegExp(String.raw`[\s,;]+(?:${printedLabels(labelsOf('salutation'))})\s*:\s*[^:@]{2,60}$`, 'u');

/** "Fax 020 7000 0001", "Tel +44 20 …": a bare label, then the number, inside the line. */
const BARE_NUMBER = new RegExp(String.raw`\s+(?=(?:${printedLabels(labelsOf('phone', 'fax'))})\.?\s+\+?\(?\d)`, 'u');
const WEB = /^(?:https?:\/\/|www\.)\S+$/i;

export interface CopyLine {
  /** The honorific, name, institution and address, with an unlabelled phone at its end. */
  head: string;
  /** "Fax 020 …", the emails and web addresses, one a line. */
  tail: string[];
}

/**
 * An official flattened onto one line without labels: it opens with an honorific ("HIS
 * EXCELLENCY", "Her Excellency", "Mr") and ends in an email address (and perhaps a web address).
 * A line with a label or a sentence in it is left to the other rules.
 */
export function splitCopyLine(line: string): CopyLine | undefined {
  // "…, www.example.org, Salutation: Your Excellency": the one label such a line may end with.
  const saluted = TRAILING_SALUTATION.exec(line);
  if (saluted) {
    const rest = splitCopyLine(line.slice(0, saluted.index));
    return rest && { head: rest.head, tail: [...rest.tail, saluted[0].replace(/^[\s,;]+/u, '')] };
  }
  if (line.length > 400 || line.includes(':') || !line.includes('@') || splitHonorific(line).honorific === undefined) return undefined;
  const words = line.split(/\s+/);
  const tail: string[] = [];
  while (words.length > 0) {
    const word = (words.at(-1) ?? '').replace(/[,;]$/, '');
    if (emailsIn(word).length === 0 && !WEB.test(word)) break;
    tail.unshift(word);
    words.pop();
  }
  if (tail.length === 0 || !tail.some((w) => w.includes('@'))) return undefined;
  const [head = '', ...numbers] = words.join(' ').replace(/[\s,;]+$/, '').split(BARE_NUMBER);
  // A sentence is no official's line ("Mr Doe was arrested. Write to him at …").
  if (/[.!?]\s/.test(head.replace(/\b\p{L}{1,3}\./gu, ''))) return undefined;
  return { head, tail: [...numbers.map((n) => n.replace(/[\s,;]+$/, '')), ...tail] };
}

/** "Kopie aan:", "Copies to:", "CC:", "Copia a:" opening a line, as printed (capitalised, lower case or capitals). */
const COPY_HEAD = new RegExp(String.raw`^((?:${printedLabels(labelsOf('copy'), { lowerFirst: true, capitals: true })}|cc)\s?:)\s+(?=[\p{Lu}])`, 'u');

/**
 * "copy to Omar Beispiel, Minister of Foreign Affairs" / "Vul. Example 19, …": a list of officials one
 * a line writes the copy's label with no colon, the official after it. Only the labels that end in
 * their preposition ("copy to", "Kopie an"), so that "Copy" alone opening a sentence is left.
 */
const COPY_TO_HEAD = new RegExp(String.raw`^(${printedLabels(labelsOf('copy').filter((l) => / (?:to|a|à|au|aux|an|aan|naar|para)$/u.test(l)), { lowerFirst: true, capitals: true })})\s+(?=\p{Lu})`, 'u');

/**
 * "Kopie aan: Ambassade van Voorbeeldland" / "Dorpsweg 79" / …: the heading of the copies and the
 * first line of the official to copy run together. Cut at the colon, so that the heading opens the
 * copies wherever it stands (under the letter's closing too) and the official's block keeps its
 * first line. Only when an institution, an office, a courtesy title or a name follows the colon.
 */
export function splitCopyHead(line: string): [string, string] | undefined {
  if (line.length > 600) return undefined;
  const m = line.includes(':') ? COPY_HEAD.exec(line) : COPY_TO_HEAD.exec(line);
  if (!m?.[1]) return undefined;
  const rest = line.slice(m[0].length);
  return startsWithOrganisation(rest) || opensOfficial(rest) ? [m[1], rest] : undefined;
}
