import { describe, expect, it } from 'vitest';
import { cutFlatBlock } from '../../../src/import/flat-block.js';
import { splitHeader } from '../../../src/import/unflatten.js';

// A post box in a flattened block, in the forms the shared list of post box words knows: its
// number ends its line, the town follows on its own (made-up officials and places).
describe("a flattened block's post box", () => {
  const rows = ['BP 12', 'Apdo. 15', 'Caixa Postal 12', 'casilla de correo 40'];
  it.each(rows)('cuts "%s" from the town after it', (box) => {
    const line = `MINISTER OF JUSTICE Jane Doe Ministry of Justice ${box} Exampleville Fax: +999 6 000 1111 Email: minister@justice.example.org Salutation: Dear Minister`;
    expect(cutFlatBlock(line, splitHeader)).toEqual(['MINISTER OF JUSTICE', 'Jane Doe', 'Ministry of Justice', box, 'Exampleville', 'Fax: +999 6 000 1111', 'Email: minister@justice.example.org', 'Salutation: Dear Minister']);
  });
});
