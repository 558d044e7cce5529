// An address cut at its commas: a country after the postcode and town goes back on their line;
// any other last piece stays a line of its own.
import { describe, expect, it } from 'vitest';
import { withCountryOnTown } from '../../../src/import/town-country.js';

describe('withCountryOnTown', () => {
  const rows: Array<{ pieces: string[]; expected: string[] }> = [
    { pieces: ['Rue Exemple No. 22', '1040 Bruxelles', 'Belgium'], expected: ['Rue Exemple No. 22', '1040 Bruxelles, Belgium'] },
    { pieces: ['Ulica Przykładowa 5', '00-950 Warszawa', 'Poland'], expected: ['Ulica Przykładowa 5', '00-950 Warszawa, Poland'] },
    { pieces: ['Rua do Exemplo 3', 'Lisboa 1000-001', 'Portugal'], expected: ['Rua do Exemplo 3', 'Lisboa 1000-001, Portugal'] },
    // No postcode before it: the town and the country as the page parted them.
    { pieces: ['Palace Road 1', 'Valdtown', 'Belgium'], expected: ['Palace Road 1', 'Valdtown', 'Belgium'] },
    // A last piece that is no country: a quarter, an office.
    { pieces: ['Example Street 4', '1209 Geneva', 'Petit-Saconnex'], expected: ['Example Street 4', '1209 Geneva', 'Petit-Saconnex'] },
    { pieces: ['1050 Bruxelles', 'Attn. the Ambassador'], expected: ['1050 Bruxelles', 'Attn. the Ambassador'] },
  ];
  it.each(rows)('$pieces', ({ pieces, expected }) => {
    expect(withCountryOnTown(pieces)).toEqual(expected);
  });
});
