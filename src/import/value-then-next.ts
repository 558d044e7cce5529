// "Twitter: @Official Ambassador Jane Doe Embassy of Ruritania 12 Example Road, Capital": a page
// flattened one official a line runs the last contact field of one official into the name and
// office of the next. An email, handle or number field holds only addresses, handles, digits and
// the separators between them: what follows, when it opens an official (an office, a courtesy
// title, an institution or a person's name), is the next official's header, and the contact lines
// after it are that official's — never the previous one's.
import { labelsOf, printedLabels } from './field-labels.js';
import { opensOfficial } from './write-to-inline.js';

const VALUE_LABEL = new RegExp(String.raw`^(?:${printedLabels(labelsOf('email', 'twitter', 'otherChannel', 'phone', 'fax'))})\s*\.?:\s*`, 'u');
/** One item of such a value: an email, a hidden email, a handle, a number, a separator. */
// Sticky: read item after item where the last one ended, with no copy of the rest of the line.
const VALUE_ITEM = /(?:[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+|\[email protected\]|@[\p{L}\d_.]+|\+?\(?\d[\d().\-/]*|[;,|·/]|I(?=\s+\+?\d))\s*/uy;

/** The field and the next official's header (to be cut as one), or undefined when the value runs into nothing of the kind. */
export function splitValueThenNext(piece: string): [string, string] | undefined {
  const label = VALUE_LABEL.exec(piece);
  if (!label || piece.length > 400) return undefined;
  let at = label[0].length;
  let items = 0;
  VALUE_ITEM.lastIndex = at;
  for (let m = VALUE_ITEM.exec(piece); m && m[0] !== ''; m = VALUE_ITEM.exec(piece)) {
    at = VALUE_ITEM.lastIndex;
    items++;
  }
  const rest = piece.slice(at).trim();
  // Nothing after the value, or no value: the line is what it says.
  if (items === 0 || rest === '' || !/^\p{Lu}/u.test(rest) || !opensOfficial(rest)) return undefined;
  return [piece.slice(0, at).trim(), rest];
}
