import { describe, expect, it } from 'vitest';
import { splitGlued } from '../../../src/import/glued.js';

describe('splitGlued', () => {
  const rows: Array<{ name: string; input: string; expected: string[] | undefined }> = [
    {
      name: 'labels, an office and a street glued to the word before',
      input: 'They must be freed.Click here to report your action. Minister Jana Novak KovacOffice of the MinisterHarbour RoadPort Town 1200, ExamplelandTel: 12 345 6789Fax: 12 345 6790',
      expected: ['They must be freed.', 'Click here to report your action.', 'Minister Jana Novak Kovac', 'Office of the Minister', 'Harbour Road', 'Port Town 1200, Exampleland', 'Tel: 12 345 6789', 'Fax: 12 345 6790'],
    },
    {
      name: 'an embassy after a name, a handle then a label, the salutation glued to the letter',
      input: 'Ambassador Lena OrtRoyal Embassy of Exampleland 10 Main Street NW, Washington DC 20008Phone: 202 000 0001 I Fax: 202 000 0002Twitter: @ExampleEmbFacebook: @exembSalutation: Dear AmbassadorDear Minister,I am writing to you today. Yours sincerely,',
      expected: ['Ambassador Lena Ort', 'Royal Embassy of Exampleland 10 Main Street NW, Washington DC 20008', 'Phone: 202 000 0001 I Fax: 202 000 0002', 'Twitter: @ExampleEmb', 'Facebook: @exemb', 'Salutation: Dear Ambassador', 'Dear Minister,', 'I am writing to you today.', 'Yours sincerely,'],
    },
    {
      name: 'the kind glued to a headline in capitals',
      input: 'URGENT ACTIONEDITORS HELD FOR A CARTOON Three editors were jailed.TAKE ACTION: write nowTel: 1 234 5678Fax: 1 234 5679 and more words to pass the length',
      expected: ['URGENT ACTION', 'EDITORS HELD FOR A CARTOON', 'Three editors were jailed.', 'TAKE ACTION: write now', 'Tel: 1 234 5678', 'Fax: 1 234 5679 and more words to pass the length'],
    },
    {
      name: 'a long line with one glued label only (left whole)',
      input: 'Ministry of Justice, 12 Example Road, Capital CityTel: 12 345 678 — and a long remark that makes this line longer than a hundred and twenty characters',
      expected: undefined,
    },
    {
      name: 'joined names in running text (left whole)',
      input: 'Ms McDonald met DeSantis on LinkedIn and said so on her iPhone, in a long sentence that is longer than one hundred and twenty characters.',
      expected: undefined,
    },
  ];
  for (const row of rows) {
    it(`cuts ${row.name}`, () => {
      expect(splitGlued(row.input)).toEqual(row.expected);
    });
  }
});
