// A letter download typed with its dateline on the town line of the official's address: pushed to
// the right margin ("10557 Berlin          Berlin, den 03.07.2017") or, once the page lost its
// spacing, one space after the town ("D-10179 Berlin Hamburg/Berlin 10.12.2010"). The dateline is
// never an address line's piece: the town line is kept, the dateline reported as left out.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { toImportText } from '../../../src/import/text.js';
import { draftTargets } from './helpers.js';

describe('a dateline on the address\'s town line', () => {
  const rows: Array<{ line: string; town: string; dateline: string }> = [
    // Far right, after a wide gap.
    { line: '10557 Berlin                                   Berlin, den 03.07.2017', town: '10557 Berlin', dateline: 'Berlin, den 03.07.2017' },
    { line: 'London SW1A 2AA            12 March 2019', town: 'London SW1A 2AA', dateline: '12 March 2019' },
    { line: '75008 Paris                    Paris, le 4 mai 2020', town: '75008 Paris', dateline: 'Paris, le 4 mai 2020' },
    { line: '1010 Wien\tWien, am 12. März 2019', town: '1010 Wien', dateline: 'Wien, am 12. März 2019' },
    { line: 'Washington, DC 20008          March 12, 2019', town: 'Washington, DC 20008', dateline: 'March 12, 2019' },
    { line: '114 56 Stockholm       Stockholm den 3 mars 2019', town: '114 56 Stockholm', dateline: 'Stockholm den 3 mars 2019' },
    // One space after the postcode and town.
    { line: 'D-10179 Berlin Hamburg/Berlin 10.12.2010', town: 'D-10179 Berlin', dateline: 'Hamburg/Berlin 10.12.2010' },
    { line: '10557 Berlin Berlin, 3.7.2017', town: '10557 Berlin', dateline: 'Berlin, 3.7.2017' },
    { line: '10557 Berlin 3.7.2017', town: '10557 Berlin', dateline: '3.7.2017' },
    { line: 'CH-3003 Bern, 12. März 2019', town: 'CH-3003 Bern', dateline: '12. März 2019' },
    { line: '60311 Frankfurt am Main Frankfurt am Main, 3. Juli 2017', town: '60311 Frankfurt am Main', dateline: 'Frankfurt am Main, 3. Juli 2017' },
    { line: '2585 JX Den Haag Den Haag, 3 maart 2024', town: '2585 JX Den Haag', dateline: 'Den Haag, 3 maart 2024' },
    { line: 'London SW1A 2AA 12 March 2019', town: 'London SW1A 2AA', dateline: '12 March 2019' },
    // A word that is neither the town again nor a place with its comma or slash stays with the town.
    { line: '10557 Berlin Mitte 3.7.2017', town: '10557 Berlin Mitte', dateline: '3.7.2017' },
  ];
  it.each(rows)('$line', ({ line, town, dateline }) => {
    const doc = toImportText(line, 'ua.txt');
    expect(doc.lines).toEqual([town]);
    expect(doc.dropped).toEqual([{ text: dateline, line: 1, why: expect.stringContaining('dateline') as string }]);
  });

  it('leaves a label\'s value set apart from it, a reference and a town line without a date as they were', () => {
    for (const line of ['Deadline            12 March 2019', 'UA 123/19           12 March 2019', '10557 Berlin', '1989 Berlin Wall fell 9.11.1989']) {
      const doc = toImportText(line, 'ua.txt');
      expect(doc.dropped).toBeUndefined();
    }
  });
});

describe('an official whose town line carries the letter\'s dateline', () => {
  const page = (town: string) => [
    'Briefe gegen das Vergessen',
    'Beispielland: Aktivistin in Haft',
    'Die Aktivistin Jana Beispiel wurde am 3. März festgenommen. Bitte schreiben Sie bis zum 12. April 2024.',
    '',
    'Schreiben Sie an:',
    'Botschaft der Republik Beispielland',
    'S.E. Herrn Karl Beispiel',
    'Beispielstraße 12',
    town,
    'E-Mail: botschaft@example.org',
    '',
    'Sehr geehrter Herr Botschafter,',
    'ich schreibe Ihnen, um die sofortige Freilassung von Jana Beispiel zu fordern, die nur wegen ihrer friedlichen Arbeit festgehalten wird.',
    'Mit freundlichen Grüßen',
  ].join('\n');
  const rows = [
    { town: '10557 Berlin                                   Berlin, den 03.07.2017', kept: '10557 Berlin', dateline: 'Berlin, den 03.07.2017' },
    { town: 'D-10179 Berlin Hamburg/Berlin 10.12.2010', kept: 'D-10179 Berlin', dateline: 'Hamburg/Berlin 10.12.2010' },
    { town: '10557 Berlin Berlin, 3.7.2017', kept: '10557 Berlin', dateline: 'Berlin, 3.7.2017' },
  ];
  it.each(rows)('keeps "$kept" and reports "$dateline"', ({ town, kept, dateline }) => {
    const result = importDocument(page(town), { source: 'ua.txt' });
    const [target] = draftTargets(result.caseText);
    expect(target?.address).toEqual(['Botschaft der Republik Beispielland', 'Beispielstraße 12', kept]);
    expect(target?.email).toBe('botschaft@example.org');
    expect(result.report.entries).toContainEqual(expect.objectContaining({ status: 'skipped', line: 9, value: dateline }));
  });
});
