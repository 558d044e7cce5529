// "COPIES TO: diplomatic representatives of Ruritania accredited to your country.": an older UA
// names on the copy label's own line whom copies go to, by what they are rather than by name, with no
// address (the reader looks it up). That is a recipient of copies, named as printed; read only when
// the value is such a description (diplomatic representatives, the embassy) holding no contact, so
// that a flattened block after the label is left to the block readers.
import { fold } from './fold.js';
import type { ImportedOfficial } from './official-block.js';

const LABELLED = /^\s*(?:copies|copy)\s+to\s*:\s*(.+?)\s*\.?\s*$/iu;
const DESCRIBED = /^(?:the\s+)?(?:diplomatic\s+representatives?|embass(?:y|ies)|ambassadors?)\s+(?:of|from)\s+\S.*\b(?:accredited\s+to|in)\s+your\s+country$/u;

/** The recipient the line describes ("diplomatic representatives of X accredited to your country"), or undefined. */
export function copiesToRepresentatives(text: string): string | undefined {
  if (!text.includes(':')) return undefined;
  const value = LABELLED.exec(text)?.[1];
  if (value === undefined || /[\d@:;]/.test(value) || value.length > 140) return undefined;
  // Named with a capital, as a recipient's name opens (a lower-case start is a sentence's words).
  return DESCRIBED.test(fold(value)) ? value.charAt(0).toUpperCase() + value.slice(1) : undefined;
}

/** The recipient as an official to copy, named by the description (no person is named: medium confidence). */
export function describedCopy(n: number, recipient: string): ImportedOfficial {
  return { line: n, confidence: 'medium', name: { value: recipient, line: n }, nameFromOffice: true, address: [], emails: [], copy: true, unsure: [] };
}
