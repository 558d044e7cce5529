// Where the officials are listed: the first line asking the reader to write to someone. An old
// template's "PLEASE SEND APPEALS TO ARRIVE AS QUICKLY AS POSSIBLE" asks for speed, not for a
// recipient: taken as the place, it hid the German "Appell an" blocks above it and the page had no official.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const blocks = [
  'Appell an',
  '',
  'STAATSCHEF',
  'Son Excellence Jean Exemple',
  'Président de la République',
  'Palais de l’Exemple',
  'Villexemple',
  '(korrekte Anrede: Monsieur le Président)',
  'E-Mail: president@example.org',
  '',
];

describe('the place where the officials are listed', () => {
  const rows = [
    { tail: ['PLEASE SEND APPEALS TO ARRIVE AS QUICKLY AS POSSIBLE, IN FRENCH,'], names: ['Jean Exemple'] },
    { tail: ['Please send appeals to arrive as quickly as possible.'], names: ['Jean Exemple'] },
    { tail: [], names: ['Jean Exemple'] },
  ];
  it.each(rows)('"Appell an" blocks, then $tail', ({ tail, names }) => {
    const page = ['Haft ohne Kontakt zur Außenwelt', '', 'Ein Lehrer wurde am 3. März festgenommen.', '', ...blocks, ...tail].join('\n');
    const targets = draftTargets(importDocument(page, { source: 'page.txt' }).caseText);
    expect(targets.map((t) => t.name)).toEqual(names);
    expect(targets[0]?.email).toBe('president@example.org');
  });
});
