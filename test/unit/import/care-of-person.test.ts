// "c/o Jane Roe" / (blank) / "Permanent Mission of …": an official reached through a person at an
// institution abroad. The institution's block under the care-of line is his address, not another
// official; a care-of line that names an institution is an address of its own, and the block
// after it is the next official.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';


const page = (officials: readonly string[]) =>
  [
    'Urgent Action: Scholar at Risk of Execution (Examplia: UA 12.34)', '', 'On 2 May the scholar John Sample was told he would be executed.', '',
    '  1. Write a letter in your own words or using the sample below as a guide to the government official listed below. You can also email, fax, call or Tweet them.', '',
    ...officials, '', 'Dear Mr Doe,', '', 'I am writing to urge you to halt the execution of John Sample.',
  ].join('\n');

describe('a care-of line', () => {
  it('care of a person: the institution under it, across a blank line, is his address', () => {
    const targets = draftTargets(importDocument(page(['Head of the Judiciary Jane Doe', 'c/o John Roe', '', 'Permanent Mission of Examplia', '1 Example Avenue, 34th Floor', 'New York, NY 10017', 'Phone: 212 000-0000 I Fax: 212 000 0001', 'Salutation: Dear Ambassador']), { source: 'ua.txt' }).caseText);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ name: 'Jane Doe', fax: '212 000 0001' });
    expect(targets[0]?.address).toEqual(['c/o John Roe', 'Permanent Mission of Examplia', '1 Example Avenue, 34th Floor', 'New York, NY 10017']);
  });

  it('care of an institution: the block after it is the next official', () => {
    const targets = draftTargets(importDocument(page(['Head of the Judiciary Jane Doe', 'c/o Embassy of Examplia', '1 Example Road, London W1 1AA', 'Fax: 020 0000 0000', '', 'Minister of Justice John Roe', 'Ministry of Justice', '2 Example Square, Example City', 'Fax: +999 0000 0002']), { source: 'ua.txt' }).caseText);
    expect(targets.map((t) => t.name)).toEqual(['Jane Doe', 'John Roe']);
  });
});
