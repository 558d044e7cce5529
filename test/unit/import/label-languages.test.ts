// The field labels of the languages real pages come in, besides en/es/fr/de: an official's block
// with its address, phone and salutation under the page's own labels, one field a line and run
// onto one line. Each page is written for this test (made-up people and places).
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

interface Labels {
  language: string;
  address?: string;
  phone?: string;
  salutation?: string;
}

const rows: Labels[] = [
  { language: 'Dutch', address: 'Adres', phone: 'Telefoon', salutation: 'Aanhef' },
  { language: 'Italian', address: 'Indirizzo', phone: 'Telefono', salutation: 'Appellativo' },
  { language: 'Swedish', salutation: 'Inledning' },
  { language: 'Norwegian and Danish', salutation: 'Tiltale' },
  { language: 'Polish', address: 'Adres' },
  { language: 'Turkish', salutation: 'Hitap' },
];

const STORY = ['URGENT ACTION', 'EXAMPLIA: JOURNALIST DETAINED FOR A REPORT', '', 'The journalist Jane Doe was arrested on 3 March 2031 after a report on the police. She has not seen a lawyer.', '', 'Write to:'];
const LETTER = ['', 'Dear Minister,', '', 'I am writing to ask you to release the journalist Jane Doe, who is held for her work. Reporting on the police is no crime.', '', 'Yours sincerely,'];
const EMAIL = 'E-mail: minister@justice.example.org';

const onePerLine = (l: Labels) => [
  'Minister of Justice',
  'John Sample',
  `${l.address ?? 'Address'}: 1 Example Street, Example City`,
  `${l.phone ?? 'Phone'}: +999 20 000 0000`,
  EMAIL,
  `${l.salutation ?? 'Salutation'}: Your Excellency`,
];
const oneLine = (l: Labels) => [`Minister of Justice John Sample 1 Example Street, Example City ${l.phone ?? 'Phone'}: +999 20 000 0000 ${EMAIL} ${l.salutation ?? 'Salutation'}: Your Excellency`];

const expected = {
  id: 'minister-justice',
  name: 'John Sample',
  title: 'Minister of Justice',
  // The label's, not the letter's "Dear Minister,": the field was read.
  salutation: 'Your Excellency',
  address: ['1 Example Street, Example City'],
  email: 'minister@justice.example.org',
  phone: '+999 20 000 0000',
};

describe('the labels of more languages', () => {
  const forms = [
    { form: 'one field a line', block: onePerLine },
    { form: 'the block run onto one line', block: oneLine, only: (l: Labels) => l.phone !== undefined || l.salutation !== undefined },
  ];
  // A flattened block's address has no label: a language whose only new label is the address's has no row of that form.
  const cases = rows.flatMap((labels) => forms.filter((f) => f.only?.(labels) ?? true).map((f) => ({ ...f, labels, used: [labels.address, labels.phone, labels.salutation].filter((x) => x !== undefined).join(', ') })));
  it.each(cases)('$labels.language ($used), $form: the official with each field, no label left in a value', ({ labels, block }) => {
    const page = [...STORY, ...block(labels), ...LETTER].join('\n');
    expect(draftTargets(importDocument(page, { source: 'page.txt' }).caseText)).toEqual([expected]);
  });
});
