// Call-in alerts that ask whom to call in one sentence and give the number in a later one, by a
// possessive ("Jane Example’s Phone Number … is …", "Gov Beispiel’s phone number is …"): the number
// is the callee's when the possessive names him, and nobody's when it names someone else or is
// shared by two of the callees.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (lines: string[]) => ['Stop the execution of Tom Sample', '', 'Tom Sample is due to be executed in Texas on 3 March 2027.', '', ...lines].join('\n');
const targets = (text: string) => draftTargets(importDocument(text, { source: 'page.txt' }).caseText).map((t) => ({ name: t.name, phone: t.phone }));

const rows = [
  {
    label: 'a person with his office after a comma, his number in a sentence of its own under it',
    text: page(['We have been asked to urge people to call Jane Example, chair of the Texas Board of Pardons and Paroles, and urge her to recommend clemency.', '', 'Jane Example’s Phone Number in Austin at the Board is (512) 555-0100']),
    expected: [{ name: 'Jane Example', phone: '(512) 555-0100' }],
  },
  {
    label: 'an office and a name, the number after the office shortened and the surname ("Gov Beispiel’s")',
    text: page(['Call Governor Karl Beispiel and urge him to grant a reprieve. Gov Beispiel’s phone number is 512-555-0199.']),
    expected: [{ name: 'Karl Beispiel', phone: '512-555-0199' }],
  },
  {
    label: 'two callees, each with his own later number',
    text: page(['Please call Jane Example, chair of the Board, and urge her to act.', 'Jane Example’s phone number is (512) 555-0100.', 'Call Governor Karl Beispiel and urge him to act. Gov Beispiel’s phone number is 512-555-0199.']),
    expected: [{ name: 'Jane Example', phone: '(512) 555-0100' }, { name: 'Karl Beispiel', phone: '512-555-0199' }],
  },
  {
    label: 'a surname ending in s, its possessive an apostrophe alone ("Jane Examples’ Phone Number")',
    text: page(['We have been asked to urge people to call Jane Examples, chair of the Board of Pardons, and urge her to act.', '', 'Jane Examples’ Phone Number in Austin at the Board is (512) 555-0100']),
    expected: [{ name: 'Jane Examples', phone: '(512) 555-0100' }],
  },
  {
    label: 'an office and a surname alone, both times ("Call Governor Beispiel" / "Gov Beispiel’s phone number")',
    text: page(['Call Governor Beispiel and urge him to issue a stay of execution. Gov Beispiel’s phone number is 512-555-0199.']),
    expected: [{ name: 'Beispiel', phone: '512-555-0199' }],
  },
];

describe('a number given by a possessive under the sentence that asks to call', () => {
  it.each(rows)('$label', ({ text, expected }) => {
    expect(targets(text)).toEqual(expected);
  });

  it("gives no one a number whose possessive names someone the page does not ask to call (the prisoner's lawyer)", () => {
    const text = page(['Call Governor Karl Beispiel and urge him to grant a reprieve.', 'Anna Lawyer’s phone number is 512-555-0177.']);
    expect(targets(text).some((t) => t.phone !== undefined)).toBe(false);
  });
});
