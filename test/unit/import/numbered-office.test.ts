// Offices and institutions whose names hold a number ("Prison No. 2", "Penal Colony No. 5",
// "District 9 Court") are offices, not address lines: with no person printed, the office stands in
// for the name. A street's "No. 5" or a postcode keeps its line an address line.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (office: string, street: string) =>
  [
    'Teacher held without contact with his family',
    '',
    'Please write to:',
    '',
    office,
    street,
    'Example City 830013',
    '',
    'Dear Director,',
    'I am writing to ask you to let the teacher see his family and a lawyer of his choice.',
    'Yours sincerely,',
  ].join('\n');

describe('an office whose name holds a number', () => {
  it.each([
    ['Director of Example Autonomous Region No. 1 Prison', '215 Example Road'],
    ['Director of Example Prison No. 2', '215 Example Road'],
    ['Head of Example Penal Colony No. 5', '1 Example Lane'],
    ['Chief of Example Police Station 14', '9 Example Street'],
  ])('"%s" is the one official, standing in for the name, above its address', (office, street) => {
    const targets = draftTargets(importDocument(`${page(office, street)}\n`, { source: 'page.txt' }).caseText);
    expect(targets).toHaveLength(1);
    expect(targets[0]?.name).toBe(office);
    expect(targets[0]?.address).toEqual([street, 'Example City 830013']);
  });
});
