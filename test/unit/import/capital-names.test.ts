// The capitals are read from a copy made by scripts/capital-names.mjs (an import would otherwise
// load all of countries-list's data at every start): the copy must be what the package installed
// now gives, or the script must be run again.
import { describe, expect, it } from 'vitest';
import { capitalEntries } from '../../../scripts/lib/capital-entries.mjs';
import { CAPITALS } from '../../../src/import/capital-names.js';

describe('the copy of the capitals', () => {
  it('is what countries-list gives (run `node scripts/capital-names.mjs` when it is not)', () => {
    expect(CAPITALS.split('|')).toEqual(capitalEntries());
  });
});
