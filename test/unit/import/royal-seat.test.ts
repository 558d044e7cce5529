// A monarch's office and his court on one flattened line, a comma after the court ("… Office of
// His Majesty the King Royal Court, Example City …"): the court is where he sits, an address line,
// and "Royal" is never cut from "Court".
import { describe, expect, it } from 'vitest';
import { isBuildingLine } from '../../../src/import/building.js';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';


describe("a monarch's court", () => {
  it('is an address line, with the place after its comma', () => {
    expect(isBuildingLine('Royal Court, Riyadh Kingdom of Saudi Arabia')).toBe(true);
    expect(isBuildingLine('Königlicher Hof')).toBe(true);
  });

  it('stays whole after his office on a flattened line', () => {
    const page = [
      'URGENT ACTION', 'SAUDI ARABIA: YOUNG MAN FACES EXECUTION', 'Jane Doe was arrested at 15 and sentenced to death.', '',
      'Write to:',
      'His Majesty King Jane Example bin Sample Office of His Majesty the King Royal Court, Riyadh Kingdom of Saudi Arabia Fax: +966 11 000 0000, Twitter: @ExampleKing',
      '', 'Your Majesty,', 'I ask you to quash the death sentence of Jane Doe.',
    ].join('\n');
    const [king] = draftTargets(importDocument(page, { source: 'ua.txt' }).caseText);
    expect(king).toMatchObject({ name: 'Jane Example bin Sample', fax: '+966 11 000 0000' });
    expect(king?.address).toEqual(['Office of His Majesty the King', 'Royal Court, Riyadh Kingdom of Saudi Arabia']);
  });
});
