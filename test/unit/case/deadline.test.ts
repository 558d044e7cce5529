import { describe, expect, it } from 'vitest';
import { assertActionable, channelAdvice, deadlineStatus } from '../../../src/case/deadline.js';
import type { Case } from '../../../src/case/types.js';
import { EXIT, RefusedError } from '../../../src/errors.js';

const aCase = (status: 'open' | 'closed' = 'open'): Case => ({
  file: 'cases/x.md', id: 'x', title: 'T', country: 'C', deadline: '2024-09-27', languages: ['en'], subjects: [], links: {},
  hashtags: [], status, bcc: [], targets: [], sections: [], extra: {},
});

describe('deadlineStatus', () => {
  const cases = [
    { today: '2024-09-01', expected: { daysLeft: 26, expired: false, closed: false } },
    { today: '2024-09-27', expected: { daysLeft: 0, expired: false, closed: false } },
    { today: '2024-09-28', expected: { daysLeft: -1, expired: true, closed: false } },
    { today: '2026-11-23', expected: { daysLeft: -787, expired: true, closed: false } },
    { today: '2024-03-30', expected: { daysLeft: 181, expired: false, closed: false } },
  ];
  it.each(cases)('on $today the deadline day counts as the last day to act', ({ today, expected }) => {
    expect(deadlineStatus(aCase(), today)).toEqual(expected);
  });

  it('says when a case is closed', () => {
    expect(deadlineStatus(aCase('closed'), '2024-09-01').closed).toBe(true);
  });
});

describe('assertActionable', () => {
  const refusal = (c: Case, today: string): RefusedError => {
    try {
      assertActionable(c, today, { ignoreDeadline: false });
    } catch (error) {
      return error as RefusedError;
    }
    throw new Error('not refused');
  };

  it('lets a case through on its deadline day', () => {
    expect(() => assertActionable(aCase(), '2024-09-27', { ignoreDeadline: false })).not.toThrow();
  });

  it.each([
    { today: '2026-11-24', message: 'cases/x.md: the deadline was 2024-09-27, 788 days ago' },
    { today: '2024-09-28', message: 'cases/x.md: the deadline was 2024-09-27, 1 day ago' },
  ])('refuses an expired case with exit 2 and a hint: $message', ({ today, message }) => {
    const error = refusal(aCase(), today);
    expect(error).toBeInstanceOf(RefusedError);
    expect([error.message, error.hint, error.exitCode, error.code]).toEqual([message, 'Set ignoreDeadline to generate anyway', EXIT.badInput, 'case.expired']);
  });

  it('refuses a closed case even before its deadline', () => {
    const error = refusal(aCase('closed'), '2024-09-01');
    expect([error.message, error.code, error.hint]).toEqual(['cases/x.md: the case is closed (status: closed)', 'case.closed', 'Set ignoreDeadline to generate anyway']);
  });

  it('lets expired and closed cases through with ignoreDeadline', () => {
    expect(() => assertActionable(aCase('closed'), '2030-01-01', { ignoreDeadline: true })).not.toThrow();
  });
});

describe('channelAdvice', () => {
  const posted = 'There is time for a posted letter: print and post it, and email, fax, call or post online as well.';
  const fast = 'A posted letter may arrive too late: email or fax, call, or post online instead.';
  const cases = [
    { daysLeft: 30, channels: ['letter', 'email', 'fax', 'call', 'tweet'], text: posted },
    { daysLeft: 7, channels: ['letter', 'email', 'fax', 'call', 'tweet'], text: posted },
    { daysLeft: 6, channels: ['email', 'fax', 'call', 'tweet'], text: fast },
    { daysLeft: 0, channels: ['email', 'fax', 'call', 'tweet'], text: fast },
    { daysLeft: -3, channels: ['email', 'fax', 'call', 'tweet'], text: 'The deadline has passed: if you still act, use the fastest means (email or fax, a call, a post online).' },
  ];
  it.each(cases)('with $daysLeft days left advises $channels', ({ daysLeft, channels, text }) => {
    expect(channelAdvice(daysLeft)).toEqual({ channels, text });
  });
});
