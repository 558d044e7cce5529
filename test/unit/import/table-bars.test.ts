import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { normaliseLine } from '../../../src/import/text.js';
import { draftTargets } from './helpers.js';

// A table copied with the bars that drew its cells: a bar at either end of a line is layout, no
// part of the value; a line of bars and rules alone is the table's rule; a bar inside a line stays.

describe('the bars of a copied table', () => {
  const rows: Array<{ input: string; expected: string }> = [
    { input: '| Ministère de la Justice |', expected: 'Ministère de la Justice' },
    { input: 'Alger, Algérie |', expected: 'Alger, Algérie' },
    { input: '│ Monsieur Karim Exemple', expected: 'Monsieur Karim Exemple' },
    { input: '|---|---|', expected: '' },
    { input: '| Fax: +213 21 00 00 00 | Email: cabinet@justice.example.org |', expected: 'Fax: +213 21 00 00 00 | Email: cabinet@justice.example.org' },
  ];
  it.each(rows)('reads $input as $expected', ({ input, expected }) => {
    expect(normaliseLine(input)).toBe(expected);
  });

  it('reads an official whose block is a column of table cells', () => {
    const page = 'Écrivez à :\n| Monsieur Karim Exemple |\n| Ministre de la Justice |\n| 8 place Exemple |\nAlger, Algérie |\n\nMonsieur le Ministre,\n\nJe vous écris pour vous demander de libérer Jean Exemple immédiatement et sans condition.\n\nVeuillez agréer, Monsieur le Ministre, l\'expression de ma haute considération.\n';
    const { caseText } = importDocument(page, { source: 'p.txt' });
    expect(draftTargets(caseText).map((t) => [t.name, t.title, t.address])).toEqual([['Karim Exemple', 'Ministre de la Justice', ['8 place Exemple', 'Alger, Algérie']]]);
    expect(caseText).toMatch(/^country: Algérie$/m);
  });
});
