// A scanned journal's page runs its list of officials onto one line, each record opened by the
// office and its colon, then the courtesy title and the name ("Minister of Defence: His Excellency
// General Jane Doe Ministry of Defence … Salutation: Your Excellency"): the office is each
// official's title (it had been skipped as a heading), and a judicial rank before the name
// ("Counsellor") is a courtesy title, no part of the name.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (records: string): string =>
  `URGENT ACTION\nSTUDENT LEADER HELD INCOMMUNICADO\nKarim Testperson, a student leader, was arrested on 3 March in Sampletown and has been held without access to a lawyer since.\nWrite to the officials listed below: ${records}\nPlease send appeals before 20 April 2024.\n`;

describe('an office and its colon open each record of a list run onto one line', () => {
  const rows = [
    {
      records: 'Interior Minister: His Excellency Tarek Fictus Ministry of the Interior Liberty Avenue Sampletown Republic of the Sudan Fax: +888 21 445 1290 Salutation: Your Excellency Minister of Justice: His Excellency Adel Mockname Ministry of Justice Courthouse Square Sampletown Republic of the Sudan Fax : +888 21 6612345 Email: justice@example.org Salutation: Your Excellency',
      expected: [
        { name: 'Tarek Fictus', title: 'Interior Minister', fax: '+888 21 445 1290' },
        { name: 'Adel Mockname', title: 'Minister of Justice', fax: '+888 21 6612345' },
      ],
    },
    {
      records: 'Prosecutor General: His Excellency Counsellor Samir Placeholder Office of the Prosecutor General Justice Road Sampletown Republic of the Sudan Fax: +888 21 556 0071 Salutation: Dear Prosecutor General',
      expected: [{ name: 'Samir Placeholder', title: 'Prosecutor General', fax: '+888 21 556 0071' }],
    },
    {
      records: 'Minister of Defence: His Excellency General Ali Sample Ministry of Defence Example Square Sampletown Republic of the Sudan Fax: +888 21 223 7842 Salutation: Your Excellency',
      expected: [{ name: 'Ali Sample', title: 'Minister of Defence', fax: '+888 21 223 7842' }],
    },
  ];
  it.each(rows)('$expected.0.title: $expected.0.name', ({ records, expected }) => {
    const targets = draftTargets(importDocument(page(records), { source: 'test.txt' }).caseText);
    expect(targets.map((t) => ({ name: t.name, title: t.title, fax: t.fax }))).toEqual(expected);
  });
});
