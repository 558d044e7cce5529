import { describe, expect, it } from 'vitest';
import { splitInstitutionPlace } from '../../../src/import/institution-place.js';

describe('splitInstitutionPlace', () => {
  const rows: Array<{ line: string; expected: [string, string] | undefined }> = [
    { line: 'Ambassade du Royaume de Valdor, Paris, France.', expected: ['Ambassade du Royaume de Valdor', 'Paris, France'] },
    { line: 'Embassy of the Republic of Valdor, Ottawa, Canada', expected: ['Embassy of the Republic of Valdor', 'Ottawa, Canada'] },
    { line: 'Botschaft der Republik Valdor, Berlin, Deutschland', expected: ['Botschaft der Republik Valdor', 'Berlin, Deutschland'] },
    { line: 'Embajada de Valdor, Madrid, España', expected: ['Embajada de Valdor', 'Madrid, España'] },
    // The last part is no country: left whole.
    { line: 'Embassy of Valdor, Ottawa, Ontario', expected: undefined },
    // A person, not an institution; a sentence; a street with a number.
    { line: 'Jane Doe, Paris, France', expected: undefined },
    { line: 'The embassy said it would reply, in Paris, France.', expected: undefined },
    { line: 'Embassy of Valdor, 12 Harbour Road, Canada', expected: undefined },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    expect(splitInstitutionPlace(line)).toEqual(expected);
  });
});
