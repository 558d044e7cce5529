// A page saved from a search index's excerpt stops inside its last line: a contact field cut there
// is left out and reported, never read as the number or email it is not.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { endsMidLine, isContactField } from '../../../src/import/cut-last-line.js';
import { draftTargets } from './helpers.js';

describe('isContactField: a last line whose value a cut would shorten', () => {
  it.each([
    ['Fax: +8', true],
    ['Email: jane@ministry.exam', true],
    ['Twitter: @Minis', true],
    ['Salutation: Your', true],
    ['Salutation: Dear Governor', false],
    ['Minister of Justice', false],
    ['I am writing to you about the case of', false],
    ['', false],
  ] as const)('%s → %s', (line, expected) => {
    expect(isContactField(line)).toBe(expected);
  });
});

describe('endsMidLine', () => {
  it.each([['Fax: +8', true], ['Fax: +99 1 234\n', false], ['Fax: +99 1 234\n\n', false], ['', false]] as const)('%j → %s', (text, expected) => {
    expect(endsMidLine(text)).toBe(expected);
  });
});

const PAGE = 'TAKE ACTION\nWrite to:\n\nMinister of Justice\nJane Example Doe\n4 Example Street\nCapital City 2600\nFax: +99 1 234 5678\nEmail: minister@justice.example.org';

describe('a page cut off inside its last contact field', () => {
  it('keeps the fields above it, leaves the cut one out and reports it', () => {
    const result = importDocument(PAGE.slice(0, -9), { source: 'p.txt' });
    const [target] = draftTargets(result.caseText);
    expect(target?.name).toBe('Jane Example Doe');
    expect(target?.fax).toBe('+99 1 234 5678');
    expect(target?.email).toBeUndefined();
    expect(result.caseText).not.toContain('minister@justice.exa');
  });
  it('reads the same field whole when the page ends with its line break', () => {
    const [target] = draftTargets(importDocument(`${PAGE}\n`, { source: 'p.txt' }).caseText);
    expect(target?.email).toBe('minister@justice.example.org');
  });
});
