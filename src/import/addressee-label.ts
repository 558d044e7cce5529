// "Do:" (Polish), "До" (Bulgarian), "Címzett:" (Hungarian): the word "To" that heads a letter's
// addressee block, alone on its line or before the addressee's name on it. It is no part of the
// official: alone it is dropped from his block, before a name it is cut off the line.

/** A block's line as the officials' reader keeps it (official-block.ts's BlockLine, which imports this file). */
interface LabelledLine {
  text: string;
  address: boolean;
}

/** The label, its colon optional (a Bulgarian letter prints "До" alone above the block). Cheap: a short word and a colon or the line's end. */
const LABEL = /^(?:Do|DO|До|ДО|Címzett|CÍMZETT|Adresat|Адресат)\s*(?::\s*|$)/u;

/** The block's lines without the label: a line that is the label alone left out, a line it opens cut after it. */
export function withoutAddresseeLabel<T extends LabelledLine>(lines: readonly T[]): T[] {
  const out: T[] = [];
  for (const line of lines) {
    const m = line.address ? null : LABEL.exec(line.text.trimStart());
    if (!m) out.push(line);
    else if (line.text.trim().length > m[0].trim().length) out.push({ ...line, text: line.text.trimStart().slice(m[0].length).trim() });
  }
  return out;
}
