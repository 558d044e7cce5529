// The deadline of a Japanese or Chinese page: a date written "2025年6月30日" right before a limit
// word ("まで", "までに", "之前", "以前"; a weekday in brackets may stand between) or right after a
// deadline's label ("締め切り：", "期限：", "截止日期："). Any other date (when someone was arrested)
// is none: the same rule as the Latin-script reader's (deadline.ts). A Korean page writes the same
// date with its own characters ("2025년 3월 31일까지").
import type { PlainDate } from '../case/types.js';
import { found, type Finding, type ImportText } from './types.js';

const DATE = /([0-9０-９]{4})\s*[年년]\s*([0-9０-９]{1,2})\s*[月월]\s*([0-9０-９]{1,2})\s*[日일]/gu;
const LIMIT_AFTER = /^\s*(?:[(（][^)）]{1,6}[)）])?\s*(?:まで|迄|之前|以前|前|까지)/u;
const LIMIT_BEFORE = /(?:締め?切り?|〆切|期限|截止(?:日期)?|마감(?:일)?|기한)\s*(?:日)?\s*[:：は]?\s*$/u;

/** The deadline, or undefined when no date is written so. */
export function recogniseCjkDeadline(doc: ImportText): Finding<PlainDate> | undefined {
  for (const [i, line] of doc.lines.entries()) {
    if (!line.includes('年') && !line.includes('년')) continue;
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
