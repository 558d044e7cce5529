import { UsageError } from '../errors.js';
import type { PlainDate } from '../case/types.js';
import { isPlainDate } from '../case/dates.js';

/**
 * "Today" for letters and deadlines: --date wins, then SOURCE_DATE_EPOCH (reproducible builds'
 * convention, seconds since 1970 UTC), then the clock (local calendar date).
 */
export function resolveToday(flag: string | undefined, env: NodeJS.ProcessEnv, now: () => Date): PlainDate {
  if (flag !== undefined) {
    if (!isPlainDate(flag)) {
      // "2024-02-30" has the form; saying it has not would send the user looking for a typo.
      const problem = /^\d{4}-\d{2}-\d{2}$/.test(flag) ? 'is not a date on the calendar' : 'is not a date in the form YYYY-MM-DD';
      throw new UsageError(`--date: "${flag}" ${problem}`, 'Example: --date 2024-09-01');
    }
    return flag;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH: "${epoch}" is not a whole number of seconds`);
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  const d = now();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
