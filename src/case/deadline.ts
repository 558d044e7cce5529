/** Is there still time to act, and by which means? */
import type { Channel } from '../channels/types.js';
import { RefusedError } from '../errors.js';
import { daysBetween } from './dates.js';
import type { Case, PlainDate } from './types.js';

export interface DeadlineStatus {
  /** Days from today to the deadline: 0 on the deadline day itself, negative after it. */
  daysLeft: number;
  expired: boolean;
  closed: boolean;
}

/** The deadline is the last day to act, so a case expires the day after it. */
export function deadlineStatus(c: Case, today: PlainDate): DeadlineStatus {
  const daysLeft = daysBetween(today, c.deadline);
  return { daysLeft, expired: daysLeft < 0, closed: c.status === 'closed' };
}

/** Library words; the command line names its flag instead (src/cli/flag-hints.ts). */
const HINT = 'Set ignoreDeadline to generate anyway';

/** Refuses (exit 2) a closed or expired case, unless the user asked to go ahead. */
export function assertActionable(c: Case, today: PlainDate, options: { ignoreDeadline: boolean }): void {
  if (options.ignoreDeadline) return;
  const { daysLeft, expired, closed } = deadlineStatus(c, today);
  if (closed) throw new RefusedError(`${c.file}: the case is closed (status: closed)`, 'case.closed', HINT);
  if (expired) {
    const ago = -daysLeft;
    throw new RefusedError(`${c.file}: the deadline was ${c.deadline}, ${ago} day${ago === 1 ? '' : 's'} ago`, 'case.expired', HINT);
  }
}

export interface ChannelAdvice {
  /** The channels worth using, most effective first. */
  channels: Channel[];
  text: string;
}

/**
 * Urgent Action guides ask for a posted letter when it can still arrive in time, about a week
 * for international post, and for faster means (email or fax, a call, a public post) when not.
 */
export function channelAdvice(daysLeft: number): ChannelAdvice {
  // The text follows "N days left." in generate's summary line, so it does not repeat the count.
  if (daysLeft >= 7) {
    return {
      channels: ['letter', 'email', 'fax', 'call', 'tweet'],
      text: 'There is time for a posted letter: print and post it, and email, fax, call or post online as well.',
    };
  }
  if (daysLeft >= 0) {
    return {
      channels: ['email', 'fax', 'call', 'tweet'],
      text: 'A posted letter may arrive too late: email or fax, call, or post online instead.',
    };
  }
  return {
    channels: ['email', 'fax', 'call', 'tweet'],
    text: 'The deadline has passed: if you still act, use the fastest means (email or fax, a call, a post online).',
  };
}
