import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// Two officials flattened onto consecutive lines with commas, no blank line between: the second
// line opens with an institution or an office and holds a courtesy title and a person's name. It is
// a new official, never an address line of the first (a second person's name in the first one's
// address sends the letter to a mix of two people).
const page = (block: string) =>
  `URGENT ACTION\nEXAMPLELAND: TEACHER DETAINED\n\nThe teacher Lena Example was arrested on 3 March 2025.\n\nPlease write to:\n${block}\n\nDear Head of Judiciary,\n\nI am writing to ask you to release the teacher Lena Example, held since March.\n\nYours sincerely,\n`;

/** name · honorific · title · address lines joined with " / " */
const summary = (t: Record<string, unknown>) => [t.name, t.honorific ?? '-', t.title ?? '-', ((t.address as string[] | undefined) ?? []).join(' / ') || '-'].join(' · ');

describe('an official on the line under another, flattened with commas', () => {
  const rows = [
    {
      what: 'an embassy, then a courtesy title and a name, then the town',
      block: 'Head of Judiciary, Jane Example, c/o Embassy of Exampleland to the European Union, BRUSSELS, BELGIUM\nBotschaft der Republik Beispielland, S. E. Herrn Karim Beispiel, BERLIN',
      expected: [
        'Jane Example · - · Head of Judiciary · c/o Embassy of Exampleland to the European Union / BRUSSELS / BELGIUM',
        'Karim Beispiel · S. E. Herrn · - · Botschaft der Republik Beispielland / BERLIN',
      ],
    },
    {
      what: 'under an official of one field a line: an embassy, its head, the street and the town, and the email under them',
      block: 'Minister of Justice\nMr Omar Example\n12 Example Road\nExample City 1010\nEmbassy of Exampleland, H.E. Jane Roe, 3 Embassy Row, London\nEmail: embassy@example.org',
      expected: ['Omar Example · Mr · Minister of Justice · 12 Example Road / Example City 1010', 'Jane Roe · H.E. · - · Embassy of Exampleland / 3 Embassy Row / London'],
    },
    {
      what: 'an office first, its holder after the courtesy title',
      block: 'Attorney General\nMs Ana Example\n4 Court Street\nExample City 2020\nMinister of the Interior, Mr Jim Doe, 9 Palace Road, Example City',
      expected: ['Ana Example · Ms · Attorney General · 4 Court Street / Example City 2020', 'Jim Doe · Mr · Minister of the Interior · 9 Palace Road / Example City'],
    },
    {
      what: 'under an official\'s address: a courtesy title and a name, the office, then the street and the town',
      block: 'Minister of Justice\nDr Omar Example\n12 Example Road\nExample City 1010\nHer Excellency Dr. Jana Roe, Ambassador for the Republic of Exampleland, 354 Example Street, Ottawa ON K1N 6K8',
      expected: ['Omar Example · Dr · Minister of Justice · 12 Example Road / Example City 1010', 'Jana Roe · Her Excellency Dr. · Ambassador for the Republic of Exampleland · 354 Example Street / Ottawa ON K1N 6K8'],
    },
  ];
  it.each(rows)('$what', ({ block, expected }) => {
    const { caseText } = importDocument(page(block), { source: 'p.txt' });
    expect(draftTargets(caseText).map(summary)).toEqual(expected);
  });

  it('leaves a care-of line with a person in it to the official above', () => {
    const { caseText } = importDocument(page('Head of Judiciary, Jane Example\nEmbassy of Exampleland, c/o Mr Jim Doe, BRUSSELS, BELGIUM'), { source: 'p.txt' });
    expect(draftTargets(caseText).map((t) => t.name)).toEqual(['Jane Example']);
  });
});
