// A newsletter's action alert: its own contents (one headline a line, blank lines between) head the
// page, and the call "Call or write the Ministry directly" stands over the officials. The call opens
// the officials' place as "Write to:" does, so the headlines above it are never officials.
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/import/fold.js';
import { importDocument } from '../../../src/import/import-document.js';
import { isWriteToLine } from '../../../src/import/landmarks.js';
import { draftTargets } from './helpers.js';

describe('isWriteToLine: a call to phone or write to someone', () => {
  const rows: Array<{ line: string; expected: boolean }> = [
    { line: 'Call or write the Foreign Ministry directly', expected: true },
    { line: 'Phone, fax or write the Embassy:', expected: true },
    { line: 'Please call or fax the Governor today', expected: true },
    { line: 'Call or fax us with your questions', expected: false },
    { line: 'Call the Governor today', expected: false },
  ];
  it.each(rows)('$line → $expected', ({ line, expected }) => {
    expect(isWriteToLine(fold(line))).toBe(expected);
  });
});

describe("a newsletter's contents above its call to phone or write", () => {
  const contents = ['Quayland Hints at Talks', '', 'Minister on Fishing Rights', '', 'Members Plan for Spring', '', 'Volunteers Tour Harbour Towns', '', 'Relief Fund Seeks Gifts', '', 'About the Network', '', 'Action Alert', ''];
  const rows: Array<{ what: string; page: string[]; names: string[] }> = [
    {
      what: 'a minister, his phone and fax on one line',
      page: [...contents, 'The Network welcomes the talks, but arrests go on in the harbour towns.', '', 'Call or write the Foreign Ministry directly', '', 'FOREIGN MINISTER ANN EXAMPLE, Ministry of Foreign Affairs: (555) 010-2233; fax: (555) 010-2234;', '', 'Ask the Minister to press for the release of the fishermen.'],
      names: ['Ann Example'],
    },
  ];
  it.each(rows)('$what', ({ page, names }) => {
    const targets = draftTargets(importDocument(page.join('\n'), { source: 'newsletter.txt' }).caseText);
    expect(targets.map((t) => t['name'])).toEqual(names);
  });
});
