// A letter copied from a web page may lose the breaks around its closing, which then ends the last
// paragraph, with the signer's name glued after its comma:
//   "… to repeal the sentence against Jane Example. Yours sincerely,Ms Ann Sample"
//   "… que sea liberada de inmediato. Atentamente, Juana Muestra"
//   "… unverzüglich freizulassen. Mit freundlichen Grüßen"
// Read whole, the page has no closing: the letter runs on and what follows the signature (the list
// of whom the letter was copied to) is never looked for. The line is cut before the closing, and
// after its comma, only when the closing follows a sentence's end and ends the line, alone or with a
// short name after it (capitalised words, no sentence): "Respectfully, we ask you …" stays whole.
import { isClosing } from './closing.js';
import { fold } from './fold.js';

/** How far from the line's end the closing may start: a closing and a signer's name, not a paragraph. */
const TAIL = 90;
/** The signer after the closing's comma: a courtesy title perhaps, then up to five capitalised words. */
const SIGNER = /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sr|Sra|Mme|M|Herr|Frau)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}$/u;

/** The line cut into the paragraph, the closing (and the signer's name), or undefined. */
export function splitGluedClosing(line: string): [string, ...string[]] | undefined {
  // Cheap first: a sentence's end near the end of a line long enough to be a paragraph.
  if (line.length < 60) return undefined;
  const from = Math.max(0, line.length - TAIL);
  const end = /[.!?]["”»]?\s+(?=\p{Lu})/gu;
  end.lastIndex = from;
  for (let m = end.exec(line); m !== null; m = end.exec(line)) {
    const at = m.index + m[0].length;
    const tail = line.slice(at).trim();
    if (!isClosing(fold(tail))) continue;
    const comma = tail.indexOf(',');
    // "Yours sincerely," or "Atentamente," alone: the closing ends the line.
    if (comma < 0 || tail.slice(comma + 1).trim() === '') return [line.slice(0, at).trimEnd(), tail];
    const closing = tail.slice(0, comma + 1);
    const signer = tail.slice(comma + 1).trim();
    // The closing's words end at the comma (no sentence after "Respectfully,"), a name follows.
    if (!isClosing(fold(closing)) || closing.split(/\s+/u).length > 6 || !SIGNER.test(signer)) return undefined;
    return [line.slice(0, at).trimEnd(), closing, signer];
  }
  return undefined;
}
