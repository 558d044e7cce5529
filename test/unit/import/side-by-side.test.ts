// Two postal blocks copied onto the same lines with single spaces between them: the second column's
// person is never kept in the first official; he is cut out of the line and named in a TODO.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { personBeside } from '../../../src/import/side-by-side.js';
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
