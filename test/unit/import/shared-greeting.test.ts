// A letter written to several officials may greet them all with one rank in the plural: "Excellencies
// --" (a typewritten letter's dashes), "Your Excellencies,". That greeting is each one's, not the
// first official's alone; with no greeting found, the sample letter itself was lost.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (greeting: string) =>
  [
    'Valdor: Release Jane Example', '', 'Write to:', '',
    'Supreme Leader Jan Example', 'Office of the Supreme Leader', '1 Example Street', 'Qomtown, Valdor', '',
    'Head of the Judiciary Omar Beispiel', 'Office of the Judiciary', '2 Example Street', 'Valdortown, Valdor', '',
    greeting, '',
    'I am writing to express my deep concern about the detention of Jane Example, who was arrested on 3 March for her peaceful protest. I urge you to release her at once.', '',
    'Sincerely,',
  ].join('\n');

describe('a greeting shared by every official', () => {
  it.each([
    ['"Excellencies --" with a typewriter\'s dashes', 'Excellencies --', 'Excellencies'],
    ['"Your Excellencies,"', 'Your Excellencies,', 'Your Excellencies'],
  ])('%s greets each official, and opens the letter', (_name, greeting, salutation) => {
    const result = importDocument(page(greeting), { source: 'ua.txt' });
    const targets = draftTargets(result.caseText);
    expect(targets.map((t) => t.salutation)).toEqual([salutation, salutation]);
    expect(result.findings.letter.found).toBe(true);
  });
});

describe('a greeting when only the copies were found', () => {
  it('gives the letter\'s "Dear Minister" to no official who only gets a copy', () => {
    const text = [
      'Valdor: Release Jane Example', '',
      'Minister of Justice Omar Beispiel', 'Ministry of Justice', '2 Example Street', 'Valdortown, Valdor', '',
      'Dear Minister,', '',
      'I am writing to express my deep concern about the detention of Jane Example, who was arrested on 3 March for her peaceful protest. I urge you to release her at once.', '',
      'Yours sincerely,', '', 'Jana Writer', '',
      'Copies to:', 'The President, His Excellency Jan Example', 'The Presidency, Example Avenue,', 'Town, Valdor',
    ].join('\n');
    const targets = draftTargets(importDocument(text, { source: 'ua.txt' }).caseText);
    for (const t of targets.filter((t) => t.copy === true)) expect(t.salutation).toBeUndefined();
    expect(targets.some((t) => t.copy === true)).toBe(true);
  });
});
