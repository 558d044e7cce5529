// One official with two X/Twitter handles: the case file holds one. The first is kept and the
// second named in a TODO with its line; it had been dropped without a word.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { parseContactLine } from '../../../src/import/contact-line.js';
import { draftTargets } from './helpers.js';

const page = (...fields: string[]) =>
  ['URGENT ACTION', 'EXAMPLELAND: JOURNALIST HELD', '', 'Write to:', 'Minister of Justice Jane Example', '1 Example Street', 'Example City, Exampleland', ...fields, '', 'Dear Minister,', '', 'I am writing to ask you to release Karim Example.'].join('\n');

describe('a second handle printed for one official', () => {
  const rows: Array<{ what: string; fields: string[]; line: number }> = [
    { what: 'two handles joined by "and"', fields: ['Twitter: @JusticeEx and @PresidencyEx'], line: 8 },
    { what: 'two handles after a comma', fields: ['X: @JusticeEx, @PresidencyEx'], line: 8 },
    { what: 'two handles after a semicolon', fields: ['Twitter: @JusticeEx ; @PresidencyEx'], line: 8 },
    { what: 'two X lines', fields: ['X: @JusticeEx', 'X: @PresidencyEx'], line: 9 },
    { what: 'a bare handle under the X line', fields: ['X: @JusticeEx', '@PresidencyEx'], line: 9 },
    { what: 'a twitter.com address, then an X line', fields: ['Twitter: https://twitter.com/JusticeEx', 'X: @PresidencyEx'], line: 9 },
  ];
  it.each(rows)('$what: the first is kept, the second named in a TODO with its line', ({ fields, line }) => {
    const text = importDocument(page(...fields), { source: 't.txt' }).caseText;
    expect(draftTargets(text)[0]?.twitter).toBe('@JusticeEx');
    expect(text).toContain(`# TODO: line ${line} "@PresidencyEx" was left out: a second X/Twitter handle`);
  });

  it('on a flattened line', () => {
    const text = importDocument(page('Email: jane@example.org Twitter: @JusticeEx @PresidencyEx Fax: +1 555 0100 200'), { source: 't.txt' }).caseText;
    expect(draftTargets(text)[0]?.twitter).toBe('@JusticeEx');
    expect(text).toMatch(/# TODO: line 8 "@PresidencyEx" was left out/);
  });
});

describe('the contact line keeps the first handle and leaves the next out', () => {
  const rows: Array<{ line: string; twitter: string; left: string[] }> = [
    { line: 'Twitter: @JusticeEx and @PresidencyEx', twitter: '@JusticeEx', left: ['@PresidencyEx'] },
    // The second had replaced the first.
    { line: 'X: @JusticeEx | X: @PresidencyEx', twitter: '@JusticeEx', left: ['@PresidencyEx'] },
    { line: 'Twitter: @JusticeEx, @PresidencyEx, @InteriorEx', twitter: '@JusticeEx', left: ['@PresidencyEx', '@InteriorEx'] },
  ];
  it.each(rows)('$line', ({ line, twitter, left }) => {
    const c = parseContactLine(line);
    expect(c?.twitter).toBe(twitter);
    expect(c?.leftOut?.map((l) => l.value)).toEqual(left);
  });
});
