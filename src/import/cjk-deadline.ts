// The deadline of a Japanese or Chinese page: a date written "2025年6月30日" right before a limit
// word ("まで", "までに", "之前", "以前"; a weekday in brackets may stand between) or right after a
// deadline's label ("締め切り：", "期限：", "截止日期："). Any other date (when someone was arrested)
// is none: the same rule as the Latin-script reader's (deadline.ts).
import type { PlainDate } from '../case/types.js';
import { found, type Finding, type ImportText } from './types.js';

const DATE = /([0-9０-９]{4})\s*年\s*([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})\s*日/gu;
const LIMIT_AFTER = /^\s*(?:[(（][^)）]{1,6}[)）])?\s*(?:まで|迄|之前|以前|前)/u;
const LIMIT_BEFORE = /(?:締め?切り?|〆切|期限|截止(?:日期)?)\s*(?:日)?\s*[:：は]?\s*$/u;

/** The deadline, or undefined when no date is written so. */
export function recogniseCjkDeadline(doc: ImportText): Finding<PlainDate> | undefined {
  for (const [i, line] of doc.lines.entries()) {
    if (!line.includes('年')) continue;
    for (const m of line.matchAll(DATE)) {
      const at = m.index ?? 0;
      if (!LIMIT_AFTER.test(line.slice(at + m[0].length)) && !LIMIT_BEFORE.test(line.slice(0, at))) continue;
      const [y, mo, d] = [m[1], m[2], m[3]].map((x) => Number((x ?? '').normalize('NFKC')));
      const date = new Date(Date.UTC(y ?? 0, (mo ?? 0) - 1, d ?? 0));
      if (date.getUTCMonth() !== (mo ?? 0) - 1 || date.getUTCDate() !== d) continue;
      return found(date.toISOString().slice(0, 10), 'high', i + 1);
    }
  }
  return undefined;
}
