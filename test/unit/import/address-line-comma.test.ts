import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// An envelope's address line may print a comma inside it ("Grey Hall, Queen Harbour East", a street named for a queen): under
// the named official and his office it is one line of the address as printed, not two.
const page = (line: string) =>
  [
    'PLEASE WRITE IMMEDIATELY in English or your own language:',
    '',
    'Prime Minister',
    '',
    'The Rt. Honourable Pat Example,',
    '',
    'The Office of the Prime Minister',
    '',
    line,
    '',
    'Port of Example',
    '',
    'Exampleland',
    '',
    'Fax: +1 555 010 2030',
    '',
    'Salutation: Dear Prime Minister',
    '',
  ].join('\n');

describe('an address line with a comma inside it, under the official', () => {
  it('keeps "Grey Hall, Queen Harbour East" as the one line it is', () => {
    const [target] = draftTargets(importDocument(page('Grey Hall, Queen Harbour East'), { source: 'p.txt' }).caseText);
    expect(target?.address).toEqual(['The Office of the Prime Minister', 'Grey Hall, Queen Harbour East', 'Port of Example', 'Exampleland']);
    expect(target?.name).toBe('Pat Example');
  });
});
