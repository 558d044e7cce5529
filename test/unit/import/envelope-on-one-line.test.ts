import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// The letter's envelope on one line above its greeting, its commas standing for line breaks ("Minister
// Jane Example, Ministry of Interior, Block R, Pak Secretariat, Islamabad, Pakistan"), or run together
// with the greeting and the letter's first sentence, as a flattened PDF gives it, with or without commas.
// The person is the official, the office word his title, the pieces after his institution his address.
const page = (head: string) =>
  [
    'URGENT ACTION',
    'LAWYER DETAINED FOR HIS WORK',
    '',
    'Lawyer Ali Sample was detained at his office on 3 May 2026. Please send appeals before 20 June 2026.',
    '',
    head,
    'I urge you to release him immediately and unconditionally, and to ensure that lawyers can do their work without fear.',
    'Yours sincerely,',
    '',
  ].join('\n');

interface Row {
  what: string;
  head: string;
  expected: Record<string, unknown>;
}

describe('an envelope printed on one line above the greeting', () => {
  const rows: Row[] = [
    {
      what: 'after the person and his ministry, the parts up to the country are the address',
      head: 'Minister Jane Example, Ministry of Interior, Block R, Pak Secretariat, Islamabad, Pakistan\n\nDear Minister,\n',
      expected: { name: 'Jane Example', title: 'Minister', salutation: 'Dear Minister', address: ['Ministry of Interior', 'Block R', 'Pak Secretariat', 'Islamabad', 'Pakistan'] },
    },
    {
      what: 'the envelope, the greeting and the letter run onto one line, commas between the envelope\'s lines',
      head: 'Counsellor Hassan Example, Public Prosecutor, Office of the Public Prosecutor, Madinat al-Rehab, Cairo, Egypt Dear Counsellor, I am writing to you about the lawyer Ali Sample, who is held without charge for his work.',
      expected: { name: 'Hassan Example', title: 'Public Prosecutor', salutation: 'Dear Counsellor', address: ['Office of the Public Prosecutor', 'Madinat al-Rehab', 'Cairo', 'Egypt'] },
    },
    {
      what: 'the envelope with no commas, then the greeting',
      head: 'Minister of Justice Jane Example Ministry of Justice 12 Court Road Example City Examplestan Dear Minister,',
      expected: { name: 'Jane Example', title: 'Minister of Justice', salutation: 'Dear Minister', address: ['Ministry of Justice', '12 Court Road Example City Examplestan'] },
    },
  ];
  for (const r of rows) {
    it(r.what, () => {
      const { caseText } = importDocument(page(r.head), { source: 'p.txt' });
      expect(draftTargets(caseText)).toMatchObject([r.expected]);
    });
  }

  it('an office that goes on after a comma, with no country ending the line, stays the institution (guard)', () => {
    const { caseText } = importDocument(page('Minister Jane Example, Ministry of Justice, Human Rights and Worship\n12 Court Road\nExample City\n\nDear Minister,\n'), { source: 'p.txt' });
    const [target] = draftTargets(caseText);
    expect(target?.address).toEqual(['Ministry of Justice, Human Rights and Worship', '12 Court Road', 'Example City']);
  });
});
