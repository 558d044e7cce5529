import { describe, expect, it } from 'vitest';
import { STALE_AFTER_DAYS, staleContacts, staleContactsOfOpenCase } from '../../../src/case/contacts.js';

describe('staleContacts', () => {
  const today = '2025-07-01';
  it.each([
    { name: 'checked 181 days ago', c: { contactsChecked: '2025-01-01' }, stale: true, since: '2025-01-01' },
    { name: 'checked exactly 180 days ago', c: { contactsChecked: '2025-01-02' }, stale: false },
    { name: 'checked recently on an old case', c: { contactsChecked: '2025-06-01', issued: '2020-01-01' }, stale: false },
    { name: 'not checked, issued 181 days ago', c: { issued: '2025-01-01' }, stale: true, since: '2025-01-01' },
    { name: 'not checked, issued 180 days ago', c: { issued: '2025-01-02' }, stale: false },
    { name: 'neither date', c: {}, stale: false },
  ])('$name → stale: $stale', ({ c, stale, since }) => {
    const result = staleContacts(c, today);
    expect(result !== undefined).toBe(stale);
    if (since) expect(result?.since).toBe(since);
  });

  it('names the date and the days in its message, and says which date it went by', () => {
    expect(staleContacts({ contactsChecked: '2024-12-01' }, '2025-07-01')).toEqual({
      since: '2024-12-01',
      checked: true,
      days: 212,
      message: "the officials' contact details were last checked on 2024-12-01, 212 days ago: check each name, address and email with the issuing organisation before sending",
    });
    expect(staleContacts({ issued: '2024-12-01' }, '2025-07-01')?.message).toBe(
      "the case was issued on 2024-12-01, 212 days ago, and does not say when the officials' contact details were checked (contacts_checked): check each name, address and email with the issuing organisation before sending",
    );
    expect(STALE_AFTER_DAYS).toBe(180);
  });

  it('says nothing for a case past its deadline or closed (validate and list)', () => {
    const old = { issued: '2024-01-01', deadline: '2025-08-01', status: 'open' as const };
    expect(staleContactsOfOpenCase(old, '2025-07-01')).toBeDefined();
    expect(staleContactsOfOpenCase({ ...old, deadline: '2025-06-30' }, '2025-07-01')).toBeUndefined();
    expect(staleContactsOfOpenCase({ ...old, status: 'closed' }, '2025-07-01')).toBeUndefined();
  });
});
