// A page saved from a search index's excerpt ends where the excerpt did, often inside a line:
// "Fax: +8", "Email: jane@ministry.ex", "Salutation: Your". Read as it stands, such a contact
// field gives a number cut short, an email that does not exist or half a greeting. A text that
// ends with no line break after a contact field of this kind is taken to be cut there: that last
// field is left out and reported (the reader copies it from the whole page), never guessed at.
import { parseContactLine } from './contact-line.js';

/** Whether the text stops inside its last line: a saved file ends with a line break. */
export const endsMidLine = (text: string): boolean => text !== '' && !/\n\s*$/u.test(text);

/**
 * Whether a page's last line, cut short, would give a contact field's value: a number, an email, a
 * handle. A salutation is cut only when one word is left of it ("Salutation: Your"): a greeting of
 * two words or more ("Salutation: Dear Governor") is as often a page's whole last line.
 */
export function isContactField(line: string): boolean {
  if (line.trim() === '') return false;
  const field = parseContactLine(line);
  if (field === undefined) return false;
  const reaches = field.emails.length > 0 || field.fax !== undefined || field.phone !== undefined || field.twitter !== undefined;
  return reaches || (field.salutation !== undefined && field.salutation.trim().split(/\s+/u).length < 2);
}

export const CUT_FIELD_WHY = "the page's text ends inside this contact field (no line break after it): its value may be cut short; copy it from the whole page";

