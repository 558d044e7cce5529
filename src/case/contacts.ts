// Officials' contact details go stale: ministers change after every election or reshuffle, an
// embassy moves, an address stops taking mail. A case says when they were checked
// (`contacts_checked`); past STALE_AFTER_DAYS the user is told before writing to them.
import { daysBetween } from './dates.js';
import type { Case, PlainDate } from './types.js';

export const STALE_AFTER_DAYS = 180;

export interface StaleContacts {
  /** `contacts_checked`, or the case's `issued` date when it does not say. */
  since: PlainDate;
  /** Whether `since` is contacts_checked (true) or issued (false). */
  checked: boolean;
  days: number;
  /** "contacts last checked 2024-01-10, 234 days ago: …" — for `file: message` lines. */
  message: string;
}

/**
 * Stale when `contacts_checked` is more than 180 days before today, or when it is absent on a case
 * issued more than 180 days before today. A case with neither date says nothing to go on.
 */
export function staleContacts(c: Pick<Case, 'contactsChecked' | 'issued'>, today: PlainDate): StaleContacts | undefined {
  return staleSince(c, today);
}

/**
 * The same for a case still open to action: past its deadline or closed, nobody will write to the
 * officials (generate refuses it), so `validate` and `list` do not add this to that news.
 */
export function staleContactsOfOpenCase(c: Pick<Case, 'contactsChecked' | 'issued' | 'deadline' | 'status'>, today: PlainDate): StaleContacts | undefined {
  if (c.status === 'closed' || daysBetween(today, c.deadline) < 0) return undefined;
  return staleSince(c, today);
}

function staleSince(c: Pick<Case, 'contactsChecked' | 'issued'>, today: PlainDate): StaleContacts | undefined {
  const since = c.contactsChecked ?? c.issued;
  if (since === undefined) return undefined;
  const days = daysBetween(since, today);
  if (days <= STALE_AFTER_DAYS) return undefined;
  const checked = c.contactsChecked !== undefined;
  const what = checked
    ? `the officials' contact details were last checked on ${since}, ${days} days ago`
    : `the case was issued on ${since}, ${days} days ago, and does not say when the officials' contact details were checked (contacts_checked)`;
  return { since, checked, days, message: `${what}: check each name, address and email with the issuing organisation before sending` };
}
