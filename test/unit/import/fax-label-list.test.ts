// A UA may print every official's fax under one "Fax:" label alone on its line, after the blocks,
// one official a line ("Minister of Justice: +1 555 0100"): each number is the fax of the official
// its label names, never an address line of the block above; a label that is unclear gives nobody one.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const HEAD = ['URGENT ACTION', 'ESTARIA: STUDENT LEADER HELD INCOMMUNICADO', 'Student leader Tomas Example was arrested on 2 April 2026.', '', 'PLEASE SEND APPEALS BEFORE 15 MAY 2026 TO:', ''];
const BLOCKS = ['Minister of Justice', 'Mr Paul Example', 'Ministry of Justice', '12 Courthouse Avenue', 'Vella City, Estaria', '', 'President', 'His Excellency John Sample', 'Presidential Palace', '3 Republic Square', 'Vella City, Estaria', ''];
const LETTER = ['', 'Dear Minister,', 'I urge you to reveal where Tomas Example is held and to release him at once, and to let him see his family.', 'Yours sincerely,'];
const targetsOf = (fax: readonly string[]) => draftTargets(importDocument([...HEAD, ...BLOCKS, ...fax, ...LETTER].join('\n'), { source: 'page.txt' }).caseText);

describe('a list of faxes under one "Fax:" label', () => {
  it.each([
    ['by office, in the order of the officials', ['Fax:', 'Minister of Justice: +99 21 555 0100', 'President: +99 21 555 0101']],
    ['by office, in another order', ['Fax:', 'President: +99 21 555 0101', 'Minister of Justice: +99 21 555 0100']],
    ['by name, under "Fax numbers:"', ['Fax numbers:', 'Paul Example: +99 21 555 0100', 'John Sample: +99 21 555 0101']],
  ])('%s', (_what, fax) => {
    const targets = targetsOf(fax);
    expect(targets.map((t) => [t.name, t.fax])).toEqual([['Paul Example', '+99 21 555 0100'], ['John Sample', '+99 21 555 0101']]);
    for (const t of targets) expect(JSON.stringify(t.address)).not.toMatch(/555|Fax/);
  });
});

describe('a list of faxes whose labels are unclear (guards)', () => {
  it.each([
    ['a label that names nobody', ['Fax:', 'Ministry: +99 21 555 0100', 'President: +99 21 555 0101'], [undefined, '+99 21 555 0101']],
    ['one official named twice', ['Fax:', 'President: +99 21 555 0100', 'President: +99 21 555 0101'], [undefined, undefined]],
  ])('%s', (_what, fax, want) => {
    const targets = targetsOf(fax);
    expect(targets.map((t) => t.name)).toEqual(['Paul Example', 'John Sample']);
    expect(targets.map((t) => t.fax)).toEqual(want);
    for (const t of targets) expect(JSON.stringify(t.address)).not.toMatch(/555|Fax/);
  });
});
