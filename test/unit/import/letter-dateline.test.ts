import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// A letter's dateline printed right under the addressee's block, in a shape the date readers did
// not know as a date alone: a place and the date in figures with slashes, a dateline left for the
// writer to fill in, the writer's placeholders before the date. None is an address line.

const letter = '\nDear Minister,\n\nI am writing to ask you to release the journalist Ann Example, held since May without charge.\n\nYours sincerely,\n';
const block = 'Write to:\n\nMinister Karl Example\nMinistry of the Interior\n5 Example Road\nRuriton\nRuritania\n';

describe("a letter's dateline under the addressee's block", () => {
  const rows: Array<{ what: string; line: string }> = [
    { what: 'a place, then the date in figures with slashes', line: 'Exempleville, le 30/07/2015' },
    { what: 'a dateline left for the writer to fill in', line: 'City …............, June … 2021' },
    { what: 'a dateline of dots to fill in', line: 'Town ........, 12 ....... 2021' },
    { what: "the writer's placeholders before the date", line: '[Your Name] [Your Address] 6th June 2009' },
  ];
  it.each(rows)('$what is no address line', ({ line }) => {
    const { caseText, report } = importDocument(`${block}${line}\n${letter}`, { source: 'p.txt' });
    expect(draftTargets(caseText).map((t) => [t.name, t.address])).toEqual([['Karl Example', ['Ministry of the Interior', '5 Example Road', 'Ruriton', 'Ruritania']]]);
    expect(report.entries.some((e) => e.status === 'skipped' && e.value === line)).toBe(true);
  });
});
