// A page run onto one line glues the office's institution, the address's first line, to the
// greeting its salutation label gives ("Salutation: Dear President Example Office of the President
// of …"): the greeting ends where the institution begins, and the institution is an address line.
import { describe, expect, it } from 'vitest';
import { splitGreetingInstitution } from '../../../src/import/glued-greeting.js';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

describe('splitGreetingInstitution', () => {
  it.each([
    ['Dear President Example Office of the President of the Republic of Exampleland', ['Dear President Example', 'Office of the President of the Republic of Exampleland']],
    ['Dear Minister Ministry of Justice', ['Dear Minister', 'Ministry of Justice']],
    ['Estimado Sr. Ministro Juan Ejemplo Despacho del Ministro de Justicia', ['Estimado Sr. Ministro Juan Ejemplo', 'Despacho del Ministro de Justicia']],
    ['Sehr geehrter Herr Minister Ministerium der Justiz', ['Sehr geehrter Herr Minister', 'Ministerium der Justiz']],
    // A greeting that names an office with "of" in it, or brings the institution in with a small word, is whole.
    ['Dear Head of the Office of the President', undefined],
    ['Dear Minister of Justice', undefined],
    ['Dear President Example', undefined],
  ])('"%s"', (greeting, expected) => {
    expect(splitGreetingInstitution(greeting)).toEqual(expected);
  });
});

describe("the institution glued to a block's salutation is its address line", () => {
  const rows = [
    {
      what: 'an English block, the ministry after the greeting',
      lines: ['Write to:', '', 'Jane Example', 'Minister of Justice', 'Salutation: Dear Minister Example Ministry of Justice', '5 Example Road, Nairobi, Kenya'],
      salutation: 'Dear Minister Example',
      address: ['Ministry of Justice', '5 Example Road, Nairobi, Kenya'],
    },
    {
      what: 'a Spanish block, the minister’s office after the greeting',
      lines: ['Escribe a:', '', 'Sr. Juan Ejemplo', 'Ministro del Interior', 'Tratamiento: Estimado Sr. Ministro Despacho del Ministro del Interior', 'Avenida Ejemplo 3, Lima, Perú'],
      salutation: 'Estimado Sr. Ministro',
      address: ['Despacho del Ministro del Interior', 'Avenida Ejemplo 3, Lima, Perú'],
    },
  ];
  it.each(rows)('$what', ({ lines, salutation, address }) => {
    const [target] = draftTargets(importDocument([...lines, ''].join('\n'), { source: 'ua.txt' }).caseText);
    expect(target?.salutation).toBe(salutation);
    expect(target?.address).toEqual(address);
  });
});
