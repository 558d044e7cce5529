// One unlabelled line with an office, a name and an address that opens with its house number
// ("Minister of Justice Jane Example 12 Example Road, Example City"): the office and the name are a
// line, the address the next lines. A date after the name ("President Jane Example 12 March 2021")
// is never an address.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { unflattenLine } from '../../../src/import/unflatten.js';
import { draftTargets } from './helpers.js';

describe('unflattenLine: office and name, then a numbered address', () => {
  it.each([
    // "Example City" alone would read as a person's name: the address stays one line.
    ['Minister of Justice Jane Example 12 Example Road, Example City', ['Minister of Justice Jane Example', '12 Example Road, Example City']],
    ['MINISTER OF PUBLIC SECURITY Wang Example 14 Example Jie, Beijing', ['MINISTER OF PUBLIC SECURITY Wang Example', '14 Example Jie', 'Beijing']],
    ["Procureur général Jean Exemple 1 rue de l'Exemple, 75001 Paris", ['Procureur général Jean Exemple', "1 rue de l'Exemple", '75001 Paris']],
    ['President Jane Example 4b Example Avenue', ['President Jane Example', '4b Example Avenue']],
  ])('%s', (line, expected) => {
    expect(unflattenLine(line)).toEqual(expected);
  });
});

describe('a draft from such a line', () => {
  const page = (lines: string) => `URGENT ACTION\nEXAMPLELAND: LAWYER HELD\nWrite to:\n${lines}\nDear Minister,\nI am writing to you about the lawyer Sam Example, who was detained for his work.\n`;
  it.each([
    ['Minister of Justice Jane Example 12 Example Road, Example City', { name: 'Jane Example', title: 'Minister of Justice', address: ['12 Example Road, Example City'] }],
    ['Minister of Justice Jane Example 12 Example Road, Example City\nEmail: mj@example.gov', { name: 'Jane Example', title: 'Minister of Justice', address: ['12 Example Road, Example City'] }],
    ['MINISTER OF PUBLIC SECURITY Wang Example 14 Example Jie, Beijing', { name: 'Wang Example', title: 'Minister of Public Security', address: ['14 Example Jie', 'Beijing'] }],
  ])('%s', (lines, expected) => {
    const [target] = draftTargets(importDocument(page(lines), { source: 'test.txt' }).caseText);
    expect({ name: target?.name, title: target?.title, address: target?.address }).toEqual(expected);
  });
});

// Guards: a date, or a sentence with a number, after the name opens no address.
describe('unflattenLine: what follows the name is no address', () => {
  it.each([
    'President Jane Example 12 March 2021',
    'President Jane Example 12 March 2021, Example City',
    'Presidente Juan Ejemplo 12 de marzo de 2021',
    'President Jane Example 12 people were arrested in Example City',
  ])('%s', (line) => {
    expect(unflattenLine(line)).toEqual([line]);
  });
});
