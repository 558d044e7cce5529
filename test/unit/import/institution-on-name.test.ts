// Two officials run onto one line, the second's institution opening with words of its own ("Director
// John Roe Example City Police Bureau …"): the name is cut after the surname the greeting gives;
// with no greeting to say, it is kept as printed and a TODO asks about the words that may be the
// institution's.
import { describe, expect, it } from 'vitest';
import { greetedNameLength, institutionWordsOnName } from '../../../src/import/institution-on-name.js';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

describe('institutionWordsOnName', () => {
  const rows: Array<{ name: string; next: string; words: string | undefined }> = [
    { name: 'John Roe Example City', next: 'Police Bureau', words: 'Example City' },
    { name: 'Zhang Wei Guangzhou Public Security', next: 'Bureau', words: 'Guangzhou Public Security' },
    { name: 'Jane Doe', next: 'Police Bureau', words: undefined },
    { name: 'Jane Mary Doe', next: 'Ministry of Justice', words: undefined },
    { name: 'Jane Mary Doe', next: '2 Station Street', words: undefined },
    { name: 'Jane Mary Doe', next: 'Example Road', words: undefined },
  ];
  for (const { name, next, words } of rows) {
    it(`"${name}" before "${next}" → ${String(words)}`, () => {
      expect(institutionWordsOnName(name, next)).toBe(words);
    });
  }
});

describe('greetedNameLength', () => {
  const rows: Array<{ name: string; greetings: string[]; length: number | undefined }> = [
    { name: 'John Roe Example City', greetings: ['Dear Director Roe'], length: 2 },
    { name: 'John Roe Example City', greetings: ['Dear Director', 'Dear Mr Roe,'], length: 2 },
    { name: 'Zhang Wei Guangzhou Public Security', greetings: ['Dear Director Zhang'], length: undefined },
    { name: 'John Roe Example City', greetings: ['Dear Director'], length: undefined },
    { name: 'John Roe', greetings: ['Dear Director Roe'], length: undefined },
  ];
  for (const { name, greetings, length } of rows) {
    it(`"${name}" greeted ${JSON.stringify(greetings)} → ${String(length)}`, () => {
      expect(greetedNameLength(name, greetings)).toBe(length);
    });
  }
});

describe('two officials on one run-on line, imported', () => {
  const page = (line: string) => `URGENT ACTION\n\nEXAMPLIA: LAWYER DETAINED\n\nTAKE ACTION:\n\n${line}\n\nDear Minister,\n\nI am writing to ask you to release the lawyer at once.\n\nYours sincerely,\n`;
  const FIRST = 'Minister Jane Doe Ministry of Example 1 Example Road, Exampletown 1000 Email: m@example.gov Salutation: Dear Minister';
  const rows: Array<{ name: string; line: string; second: Record<string, unknown>; todo: RegExp | undefined }> = [
    {
      name: 'the greeting\'s surname ends the name; the words after it open the institution',
      line: `${FIRST} Director John Roe Example City Police Bureau 2 Station Street, Example City 510000 Salutation: Dear Director Roe`,
      second: { name: 'John Roe', title: 'Director', address: ['Example City Police Bureau', '2 Station Street, Example City 510000'], salutation: 'Dear Director Roe' },
      todo: undefined,
    },
    {
      name: 'with no surname greeted, the name is kept as printed and a TODO asks',
      line: `${FIRST} Director John Roe Example City Police Bureau 2 Station Street, Example City 510000 Salutation: Dear Director`,
      second: { name: 'John Roe Example City', title: 'Director', address: ['Police Bureau', '2 Station Street, Example City 510000'], salutation: 'Dear Director' },
      todo: /"Example City" was kept on the name: is it the start of the institution \("Example City Police Bureau"\)/,
    },
    {
      name: 'an institution that names what it is of begins where it is printed: nothing to ask',
      line: `${FIRST} Director John Roe Ministry of Public Order 2 Station Street, Example City 510000 Salutation: Dear Director`,
      second: { name: 'John Roe', title: 'Director', address: ['Ministry of Public Order', '2 Station Street, Example City 510000'], salutation: 'Dear Director' },
      todo: undefined,
    },
  ];
  for (const { name, line, second, todo } of rows) {
    it(name, () => {
      const { caseText } = importDocument(page(line), { source: 'page.txt' });
      const targets = draftTargets(caseText);
      expect(targets).toHaveLength(2);
      expect(targets[0]).toMatchObject({ name: 'Jane Doe', email: 'm@example.gov' });
      expect(targets[1]).toMatchObject(second);
      if (todo) expect(caseText).toMatch(todo);
      else expect(caseText).not.toMatch(/was kept on the name/);
    });
  }
});
