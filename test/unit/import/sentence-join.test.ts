import { describe, expect, it } from 'vitest';
import { recogniseOfficials } from '../../../src/import/officials.js';
import { doc } from './helpers.js';

const LETTER = 'Dear Minister,\n\nI am writing to you about the student held without charge since the protest last month.\n\nYours sincerely,';

/** A UA whose officials are listed in a block, with one more instruction in the summary above it. */
const page = (instruction: string, block: string) =>
  doc(`URGENT ACTION\nPERU: STUDENT HELD WITHOUT CHARGE\nJane Roe, a student, was arrested on 2 February.\n${instruction}\n\nTAKE ACTION:\n· Write a letter to the officials below.\n${block}\n\n${LETTER}`);

const MINISTER = 'Minister of Justice Jane Example Doe\n12 Example Road, Lima 15001, Peru';
const TWO_MINISTERS = `${MINISTER}\nMinister of the Interior John Example Smith\n3 Example Street, Lima 15002, Peru`;

// An email given only in an instruction belongs to the official the sentence names: his block's, or
// a block of its own when the page has none for him; never a block it cannot tell from another.
describe('an email in an instruction, on a page whose officials are listed in blocks', () => {
  const rows: Array<{ what: string; instruction: string; block: string; expected: Array<{ name?: string; title?: string; organisation?: string; emails: string[] }> }> = [
    {
      what: 'joins the block of the office it names',
      instruction: 'Email the Minister at minister@example.gov.xx before 1 May 2025.',
      block: MINISTER,
      expected: [{ name: 'Jane Example Doe', title: 'Minister of Justice', emails: ['minister@example.gov.xx'] }],
    },
    {
      what: 'joins the block of the person it names',
      instruction: 'Please write to the Minister of Justice, Jane Doe, at jane.doe@example.gov.xx.',
      block: MINISTER,
      expected: [{ name: 'Jane Example Doe', title: 'Minister of Justice', emails: ['jane.doe@example.gov.xx'] }],
    },
    {
      what: 'makes a block of its own for an embassy the page lists no block for',
      instruction: "Envoyez votre lettre par courriel à l'ambassade : ambassade.exemple@example.org",
      block: MINISTER,
      expected: [
        { name: 'Jane Example Doe', title: 'Minister of Justice', emails: [] },
        { organisation: 'Ambassade', emails: ['ambassade.exemple@example.org'] },
      ],
    },
    {
      what: 'joins the one block of the two that holds the whole office it names',
      instruction: 'Email the Minister of the Interior at interior@example.gov.xx.',
      block: TWO_MINISTERS,
      expected: [
        { name: 'Jane Example Doe', title: 'Minister of Justice', emails: [] },
        { name: 'John Example Smith', title: 'Minister of the Interior', emails: ['interior@example.gov.xx'] },
      ],
    },
  ];
  it.each(rows)('$what', ({ instruction, block, expected }) => {
    const found = recogniseOfficials(page(instruction, block), ['Peru']);
    expect(found.found ? found.value.map((o) => ({
      ...(o.name ? { name: o.name.value } : {}),
      ...(o.title ? { title: o.title.value } : {}),
      ...(o.organisation ? { organisation: o.organisation.value } : {}),
      emails: o.emails.map((e) => e.value),
    })) : []).toEqual(expected);
  });

  it('leaves the email out when two blocks hold the office it names', () => {
    const found = recogniseOfficials(page('Email the Minister at minister@example.gov.xx before 1 May 2025.', TWO_MINISTERS), ['Peru']);
    expect(found.found ? found.value.flatMap((o) => o.emails.map((e) => e.value)) : ['not found']).toEqual([]);
    // Not lost in silence: each minister's block names it in a TODO.
    expect(found.found ? found.value.map((o) => o.unsure.map((u) => u.value)) : []).toEqual([['minister@example.gov.xx'], ['minister@example.gov.xx']]);
  });
});
