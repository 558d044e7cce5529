// Two postal blocks copied onto the same lines with single spaces between them: the second column's
// person is never kept in the first official; he is cut out of the line and named in a TODO.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { leftColumn, personBeside } from '../../../src/import/side-by-side.js';
import { draftTargets } from './helpers.js';

describe('personBeside', () => {
  const rows: Array<{ line: string; named: string; expected: { left: string; right: string } }> = [
    { line: 'Royal Example Court H.E. Mr. John Example', named: 'Karl Example', expected: { left: 'Royal Example Court', right: 'H.E. Mr. John Example' } },
    { line: 'Embassy of Ruritania His Excellency John Example', named: 'Karl Example', expected: { left: 'Embassy of Ruritania', right: 'His Excellency John Example' } },
  ];
  for (const { line, named, expected } of rows) {
    it(`"${line}" → ${JSON.stringify(expected)}`, () => {
      expect(personBeside(line, named)).toEqual(expected);
    });
  }
});

describe('two postal columns on the same lines, imported', () => {
  const page = 'URGENT ACTION\n\nRURITANIA: BLOGGER DETAINED\n\nPlease write to:\n\nHis Majesty King Karl Example Embassy of the Kingdom of Ruritania\nRoyal Example Court H.E. Mr. John Example\nCapital City, Ruritania Examplestraat 79\n2587 CD Den Haag\nFax: +31 70 000 0000\n\nYour Majesty,\n\nI am writing to ask you to release the blogger at once.\n\nYours sincerely,\n';
  it("keeps the second column's person out of the first official, and names him in a TODO", () => {
    const { caseText } = importDocument(page, { source: 'ua.txt' });
    const [king] = draftTargets(caseText);
    expect(king).toMatchObject({ name: 'Karl Example', honorific: 'His Majesty', title: 'King' });
    expect(JSON.stringify(king)).not.toContain('John Example');
    expect(JSON.stringify(king)).not.toContain('Embassy of the Kingdom');
    expect(caseText).toMatch(/# TODO: line 8 "H\.E\. Mr\. John Example" was left out: a second official printed beside/);
  });
});

// Under the line where the second column's person was seen, every line holds both columns: the
// first official keeps his column up to his address's country, never the other's street or town.
describe('leftColumn', () => {
  const rows: Array<{ lines: string[]; expected: Array<{ left?: string; right?: string }> }> = [
    {
      lines: ['Capital City, Jordan Examplestraat 79', '2587 CD Den Haag', 'Fax: +31 70 000 0000'],
      expected: [{ left: 'Capital City, Jordan', right: 'Examplestraat 79' }, { right: '2587 CD Den Haag' }, { right: 'Fax: +31 70 000 0000' }],
    },
    {
      lines: ['Beispielstadt', 'Qatar Musterallee 12', '10115 Berlin'],
      expected: [{ left: 'Beispielstadt' }, { left: 'Qatar', right: 'Musterallee 12' }, { right: '10115 Berlin' }],
    },
    { lines: ['Doha, Qatar'], expected: [{ left: 'Doha, Qatar' }] },
  ];
  for (const { lines, expected } of rows) {
    it(`${JSON.stringify(lines)} → ${JSON.stringify(expected)}`, () => {
      const state = { leftEnded: false };
      expect(lines.map((l) => leftColumn(l, state))).toEqual(expected);
    });
  }
});

describe('two postal columns on the same lines: the first official ends where the other block is printed beside it', () => {
  const rows: Array<{ what: string; block: string[]; expected: Record<string, unknown>; never: string[] }> = [
    {
      what: "a king named with his numeral and lineage, the embassy on his name's line, a Dutch embassy's street and town beside his",
      block: ['His Majesty King Karl II ibn Al Example Embassy of the Hashemite Kingdom of Jordan', 'Royal Example Court H.E. Mr. Jan Daniel Voorbeeld', 'Capital City, Jordan Examplestraat 79', '2587 CD Den Haag'],
      expected: { name: 'Karl II ibn Al Example', title: 'King', address: ['Royal Example Court', 'Capital City, Jordan'] },
      never: ['Jan Daniel Voorbeeld', 'Examplestraat', 'Den Haag', 'Embassy of the Kingdom'],
    },
    {
      what: 'an emir, a German embassy beside him, a line of his town alone before his country',
      block: ['His Highness Emir Hamad bin Example Al Sample Botschaft des Staates Katar', 'Emiri Diwan Seine Exzellenz Herr Rolf Beispiel', 'Doha', 'Qatar Musterallee 12', '10115 Berlin'],
      expected: { name: 'Hamad bin Example Al Sample', title: 'Emir', address: ['Emiri Diwan', 'Doha', 'Qatar'] },
      never: ['Rolf Beispiel', 'Musterallee', 'Berlin', 'Botschaft'],
    },
  ];
  for (const { what, block, expected, never } of rows) {
    it(what, () => {
      const page = ['URGENT ACTION', '', 'Please write to:', '', ...block, '', 'Your Highness,', '', 'I am writing to ask you to release the teacher at once.', '', 'Yours sincerely,', ''].join('\n');
      const [first] = draftTargets(importDocument(page, { source: 'ua.txt' }).caseText);
      expect(first).toMatchObject(expected);
      for (const bad of never) expect(JSON.stringify(first)).not.toContain(bad);
    });
  }
});
