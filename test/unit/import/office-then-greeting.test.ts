import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// Letters whose official is only an office: flattened onto one line with its mission's address and
// the letter's greeting ("Supreme Leader C/o Permanent Mission … Geneva, Switzerland Dear Mr
// Example,"), or alone at the top above a greeting by rank ("President of …," / "His Excellency,").
const page = (head: string) =>
  [
    'URGENT ACTION',
    'STUDENT SENTENCED TO DEATH IN IRAN',
    '',
    'Karim Beispiel, a student, was sentenced to death on 2 February 2024 after an unfair trial.',
    '',
    head,
    'I urge you to quash the death sentence of Karim Beispiel and to ensure he receives a fair retrial.',
    'Yours sincerely,',
    '',
  ].join('\n');

interface Row {
  what: string;
  head: string;
  expected: Record<string, unknown>;
}

describe('an office as the official, named by the letter around it', () => {
  const rows: Row[] = [
    {
      what: 'the greeting at the end of the flattened line is no part of the address',
      head: 'Write to the Supreme Leader:\nSupreme Leader C/o Permanent Mission of to the UN Chemin du Example 28 1209 Geneva, Switzerland Dear Mr Example,',
      expected: { salutation: 'Dear Mr Example' },
    },
    {
      what: 'the mission, its street with an opening word and its town with the country are address lines',
      head: 'Write to the Supreme Leader:\nSupreme Leader C/o Permanent Mission of to the UN Chemin du Example 28 1209 Geneva, Switzerland Dear Mr Example,',
      expected: { address: ['C/o Permanent Mission of to the UN', 'Chemin du Example 28', '1209 Geneva, Switzerland'] },
    },
    {
      what: 'the greeting on the office\'s own line names its holder; the office is his title',
      head: 'Write to the Supreme Leader:\nSupreme Leader C/o Permanent Mission of to the UN Chemin du Example 28 1209 Geneva, Switzerland Dear Mr Example,',
      expected: { name: 'Example', title: 'Supreme Leader' },
    },
    {
      what: 'an office alone above a greeting by rank is the official',
      head: 'President of the Republic of Ruritania,\n\nHis Excellency,\n',
      expected: { name: 'President of the Republic of Ruritania', salutation: 'His Excellency' },
    },
  ];
  for (const r of rows) {
    it(r.what, () => {
      const { caseText } = importDocument(page(r.head), { source: 'p.txt' });
      expect(draftTargets(caseText)).toMatchObject([r.expected]);
    });
  }
});
