// A heading printed under an official's last contact line, right over the page's next running text
// ("The Plight of …" under an embassy's email), is no address line; an address line over the
// contact lines stays, and so does a line under them that no running text follows.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (tail: string[]) =>
  [
    'Write to:',
    '',
    'Ambassador Jane Example',
    '',
    'Embassy of Exampleland',
    '',
    '12 Example Avenue',
    '',
    'Ottawa, ON K1A 0B1',
    '',
    'Email: embassy@example.org',
    '',
    ...tail,
  ].join('\n');

const story = 'Karim Beispiel, a teacher known for his writing on the rights of workers, has been held since the spring without charge or trial.';

describe('a heading under the contact lines', () => {
  const rows: Array<{ name: string; tail: string[]; address: string[] }> = [
    { name: 'a story heading over running text', tail: ['The Case of Karim Beispiel', '', story], address: ['Embassy of Exampleland', '12 Example Avenue', 'Ottawa, ON K1A 0B1'] },
    { name: 'a heading in capitals over running text', tail: ['MORE ABOUT KARIM', '', story], address: ['Embassy of Exampleland', '12 Example Avenue', 'Ottawa, ON K1A 0B1'] },
  ];
  for (const { name, tail, address } of rows) {
    it(`leaves out ${name}`, () => {
      const [target] = draftTargets(importDocument(page(tail), { source: 'test.txt' }).caseText);
      expect(target?.name).toBe('Jane Example');
      expect(target?.address).toEqual(address);
    });
  }
  it('keeps an address line printed over the contact lines, with running text under them', () => {
    const [target] = draftTargets(importDocument(page([story]), { source: 'test.txt' }).caseText);
    expect(target?.address).toEqual(['Embassy of Exampleland', '12 Example Avenue', 'Ottawa, ON K1A 0B1']);
  });
});
