// "43 étudiants victimes de disparitions", "12 activists still held": a campaign's headline that
// counts people opens with a number, as a street line does, but names no street: a number and three
// words or more in lower case is no address line, and never goes into an official's address.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { isAddressLike } from '../../../src/import/official-words.js';
import { draftTargets } from './helpers.js';

describe('a number and words in lower case', () => {
  it.each([
    ['43 étudiants victimes de disparitions', false],
    ['12 activists still held without charge', false],
    ['27 periodistas asesinados desde enero', false],
    // Streets and directions stay address lines.
    ['43 rue des Exemples', true],
    ['12 Example Street', true],
    ['2 cuadras al este', true],
    ['14 Ngo Example Hanoi', true],
  ])('"%s" is an address line: %s', (line, expected) => {
    expect(isAddressLike(line)).toBe(expected);
  });
});

describe("a counting headline under an official's block is no address line of his", () => {
  const rows = [
    {
      what: 'a French page, the headline after a blank line at the end',
      lines: ['Écrivez à :', '', 'M. Jean Exemple', 'Président de la République', 'Palais Exemple', '12 avenue des Exemples', '75008 Paris, France', '', '43 étudiants victimes de disparitions'],
      never: '43 étudiants',
    },
    {
      what: 'an English page, the headline under the block with a sentence after it',
      lines: ['Write to:', '', 'Jane Example', 'Minister of Justice', 'Ministry of Justice', '5 Example Road', 'Capital City, Kenya', '', '12 activists still held without charge', '', 'Please act before 1 June.'],
      never: '12 activists',
    },
  ];
  it.each(rows)('$what', ({ lines, never }) => {
    const targets = draftTargets(importDocument([...lines, ''].join('\n'), { source: 'ua.txt' }).caseText);
    expect(targets.length).toBeGreaterThan(0);
    expect(JSON.stringify(targets)).not.toContain(never);
  });
});
