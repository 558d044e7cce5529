import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { splitAddressedFormLine } from '../../../src/import/addressed-form-line.js';
import { draftTargets } from './helpers.js';

// A form letter forwarded by mail, each field on a line ending in a bar: the sender's name, "À" and
// the addressee's institution, street and postcode on one line, the writers' committee in copy. One
// official, the institution; the sender and the committee are none; a CEDEX postcode is France's.

describe('a form letter\'s addressee on one line after "À"', () => {
  const rows: Array<{ input: string; expected: string[] | undefined }> = [
    { input: 'À Préfecture de la Région Exempleland 3 avenue Jean Exemple 69003 LYON CEDEX 03', expected: ['À :', 'Préfecture de la Région Exempleland', '3 avenue Jean Exemple', '69003 LYON CEDEX 03'] },
    { input: 'A Ministère de l\'Intérieur 11 rue Exemple 75008 PARIS', expected: ['À :', 'Ministère de l\'Intérieur', '11 rue Exemple', '75008 PARIS'] },
    // No institution after "À": a sentence, left whole.
    { input: 'À la suite de 12 rue Exemple 75008 PARIS', expected: undefined },
  ];
  it.each(rows)('reads $input', ({ input, expected }) => {
    expect(splitAddressedFormLine(input)).toEqual(expected);
  });

  it('reads the institution alone as the official, in France, never the sender or the committee in copy', () => {
    const page = [
      'Marc Modèle',
      'Marc Modèle |',
      'A Préfecture de la Région Exempleland 3 avenue Jean Exemple 69003 LYON CEDEX 03 |',
      'copie : comité de soutien à Youssef Doe',
      'M. le préfet,',
      'Nous vous demandons de réexaminer la situation de M. Youssef Doe, qui travaille et vit en France depuis huit ans avec sa famille.',
      'Veuillez agréer, Monsieur le préfet, l\'expression de nos salutations respectueuses.',
      '',
    ].join('\n');
    const { caseText } = importDocument(page, { source: 'p.txt' });
    expect(draftTargets(caseText).map((t) => [t.name, t.address, t.salutation])).toEqual([['Préfecture de la Région Exempleland', ['3 avenue Jean Exemple', '69003 LYON CEDEX 03'], 'M. le préfet']]);
    expect(caseText).toMatch(/^country: France$/m);
  });
});
