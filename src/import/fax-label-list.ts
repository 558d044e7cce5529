// Some UAs give the officials' blocks without their numbers, then every fax under one "Fax:" label
// alone on its line, one official a line, each named as his block names him:
//   "Fax:" / "Minister of Justice: +1 555 0100" / "President: +1 555 0101"
// Read as lines of the block above, the items became address lines of the last official ("President:
// +1 555 0101" in his address), and no official got a fax. The list is left out of the blocks, and
// each number goes to the one official its label names (his office, his name, or both): a label that
// names nobody, or more than one, or an official another label names too, gives no one a number.
import { fold } from './fold.js';
import type { ImportedOfficial } from './official-block.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';
import type { LineRange } from './summary.js';

/** "Fax:", "Faxes:", "Fax numbers:", "Fax nos.:", "Telefax:", "Fax-Nummern:" alone on the line. */
const FAX_LABEL_ALONE = /^(?:tele)?fax(?:es)?(?:[\s-]*(?:numbers?|nos?\.?|nummern?|numeros?))?\s*:$/iu;
/** "Minister of Justice: +1 555 0100": whom, a colon, and the number alone. */
const ITEM = /^(\p{L}[\p{L}\s.'’-]{1,78}?)\s*:\s*(\+?\(?\d[\d\s()./–-]{5,}\d)\s*$/u;
/** How many items such a list may hold: one official a line, a handful. */
const MAX_ITEMS = 8;

export interface FaxLabelList {
  /** The label's line. */
  label: number;
  /** The last item's line. */
  last: number;
  items: Array<{ n: number; whom: string; value: string }>;
}

/** The list under a "Fax:" label alone on line `n` (document lines, up to `until`), or undefined. */
export function faxLabelListAt(doc: ImportText, n: number, until: number): FaxLabelList | undefined {
  const label = lineAt(doc, n).trim();
  // Cheap test first: a short line ending in a colon, opening with the word.
  if (label.length > 24 || !label.endsWith(':') || !FAX_LABEL_ALONE.test(label)) return undefined;
  const items: FaxLabelList['items'] = [];
  // A page that spaces every line out puts a blank line between the items too.
  for (let m = nextPrinted(doc, n + 1, until); m !== undefined && items.length < MAX_ITEMS; m = nextPrinted(doc, m + 1, until)) {
    const item = ITEM.exec(lineAt(doc, m).trim());
    if (!item || (item[2] ?? '').replace(/\D/g, '').length < 7) break;
    items.push({ n: m, whom: (item[1] ?? '').trim(), value: (item[2] ?? '').trim() });
  }
  const last = items.at(-1);
  return last ? { label: n, last: last.n, items } : undefined;
}

/** The first printed line from `n`, over two blank lines at most, up to `until`. */
function nextPrinted(doc: ImportText, n: number, until: number): number | undefined {
  for (let m = n; m <= Math.min(until, n + 2); m++) if (!isBlank(lineAt(doc, m))) return m;
  return undefined;
}

/** The lists under "Fax:" labels in the ranges read for officials. */
export function faxLabelLists(doc: ImportText, ranges: readonly LineRange[]): FaxLabelList[] {
  const out: FaxLabelList[] = [];
  for (const r of ranges) {
    for (let n = r.from; n <= r.to; n++) {
      const list = faxLabelListAt(doc, n, r.to);
      if (!list) continue;
      out.push(list);
      n = list.last;
    }
  }
  return out;
}

/** The ways a list's label may name an official: his office, his name, or his office and name together. */
function namesOf(o: ImportedOfficial): Set<string> {
  const title = o.title?.value;
  const name = o.nameFromOffice ? undefined : o.name?.value;
  const out = [title, name, o.nameFromOffice ? o.name?.value : undefined, o.organisation?.value, title && name ? `${title} ${name}` : undefined, o.honorific && name ? `${o.honorific.value} ${name}` : undefined];
  return new Set(out.filter((s): s is string => s !== undefined && s !== '').map((s) => fold(s).replace(/[.,]/g, '').replace(/\s+/g, ' ').trim()));
}

/** Each list's numbers go to the officials their labels name (see above); the officials are changed in place. */
export function withFaxLabelLists(lists: readonly FaxLabelList[], officials: readonly ImportedOfficial[]): void {
  const addressed = officials.filter((o) => !o.copy && o.fax === undefined);
  for (const list of lists) {
    const whom = list.items.map((item) => {
      const label = fold(item.whom).replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();
      const named = addressed.filter((o) => namesOf(o).has(label));
      return named.length === 1 ? named[0] : undefined;
    });
    list.items.forEach((item, i) => {
      const o = whom[i];
      // An official two labels name is unclear: neither number is his.
      if (o && whom.filter((x) => x === o).length === 1) o.fax = { value: item.value, line: item.n };
    });
  }
}
