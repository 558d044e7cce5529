// A list run onto one line keeps no comma inside an address: "Ministry of Justice Courthouse
// Square Sampletown Republic of the Sudan" is the institution, the street, the town and the
// country, the official's address (it had been his organisation, the address lost).
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (record: string): string =>
  `URGENT ACTION\nSTUDENT LEADER HELD INCOMMUNICADO\nKarim Testperson, a student leader, was arrested on 3 March in Sampletown and has been held without access to a lawyer since.\nWrite to the officials listed below: ${record}\nPlease send appeals before 20 April 2024.\n`;

describe("an institution's address run together with no commas is cut at its known starts", () => {
  const rows = [
    {
      record: 'Minister of Justice: His Excellency Adel Mockname Ministry of Justice Courthouse Square Sampletown Republic of the Sudan Fax : +888 21 6612345 Email: justice@example.org Salutation: Your Excellency',
      address: ['Ministry of Justice', 'Courthouse Square', 'Sampletown', 'Republic of the Sudan'],
    },
    {
      record: 'Prosecutor General: His Excellency Samir Placeholder Office of the Prosecutor General Justice Road Examplebad Islamic Republic of Pakistan Fax: +888 21 556 0071 Salutation: Dear Prosecutor General',
      address: ['Office of the Prosecutor General', 'Justice Road', 'Examplebad', 'Islamic Republic of Pakistan'],
    },
    {
      record: 'Minister of Health: His Excellency Nour Sample Ministry of Health Garden Street Samplecity Jordan Fax: +888 21 331 1114 Salutation: Your Excellency',
      address: ['Ministry of Health', 'Garden Street', 'Samplecity', 'Jordan'],
    },
  ];
  it.each(rows)('$address.0, $address.1', ({ record, address }) => {
    const [target] = draftTargets(importDocument(page(record), { source: 'test.txt' }).caseText);
    expect(target?.address).toEqual(address);
  });
});
