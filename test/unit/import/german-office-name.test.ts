import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { splitLeadingRole } from '../../../src/import/official-words.js';
import { draftTargets } from './helpers.js';

// A German page names an official by his one-word office ("Staatspräsident", "Generaldirektor")
// and his name, the office's field perhaps after the office word ("… der Haftanstalten"), or only
// his surname after it: the office is the title, the rest the name. A country, an institution or
// another office after the office word is no name.

describe('splitLeadingRole: a German compound office, then the name', () => {
  it.each([
    { text: 'Generaldirektor der Haftanstalten Karl Anton Muster', expected: { title: 'Generaldirektor der Haftanstalten', name: 'Karl Anton Muster' } },
    { text: 'Staatspräsident Muster', expected: { title: 'Staatspräsident', name: 'Muster' } },
    { text: 'Innenminister Beispiel', expected: { title: 'Innenminister', name: 'Beispiel' } },
    { text: 'Staatspräsident Frankreich', expected: undefined },
    { text: 'Generalstaatsanwalt Justizministerium', expected: undefined },
  ])('$text', ({ text, expected }) => {
    expect(splitLeadingRole(text)).toEqual(expected);
  });
});

describe('a forwarded German fax list', () => {
  it('gives each line its official, the office as title', () => {
    const page = 'Liebe Freundinnen und Freunde,\n\nbitte schickt Protestfaxe an:\n\nStaatspräsident Muster: Fax: 0090 312 555 13 30\nInnenminister Karl Beispiel: Fax: 0090 312 555 17 95\nGeneraldirektor der Haftanstalten Jan Anton Probe:\n  Fax: 0090 312 555 63 01\n';
    expect(draftTargets(importDocument(page, { source: 'p.txt' }).caseText).map((t) => [t.name, t.title, t.fax])).toEqual([
      ['Muster', 'Staatspräsident', '0090 312 555 13 30'],
      ['Karl Beispiel', 'Innenminister', '0090 312 555 17 95'],
      ['Jan Anton Probe', 'Generaldirektor der Haftanstalten', '0090 312 555 63 01'],
    ]);
  });
});
