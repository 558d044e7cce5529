// Two officials printed side by side (a PDF in two columns, a web table copied as text) are read
// one after the other; a label set apart from its value, a number printed with wide spaces or
// prose with a wide gap is left as printed; and nothing of the right column ever lands in the left
// official.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unfoldColumns } from '../../../src/import/columns.js';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

/** Left and right cells, parted by `gap` after the left cell is padded to `width`. */
const side = (rows: ReadonlyArray<readonly [string, string]>, width = 32, gap = ''): string[] =>
  rows.map(([l, r]) => (r === '' ? l : `${l.padEnd(width)}${gap}${r}`));

const TWO = side([
  ['President Jane Doe', 'Minister John Roe'],
  ['Office of the President', 'Ministry of Justice'],
  ['1 Example Road', '22 Sample Street'],
  ['Email: p@example.gov', 'Email: m@example.gov'],
]);

describe('unfoldColumns', () => {
  const rows: Array<{ name: string; lines: string[]; out: string[] | undefined }> = [
    {
      name: 'columns parted by spaces give the left column, a blank line, then the right',
      lines: ['Write to:', '', ...TWO, '', 'Dear President,'],
      out: ['Write to:', '', 'President Jane Doe', 'Office of the President', '1 Example Road', 'Email: p@example.gov', '', 'Minister John Roe', 'Ministry of Justice', '22 Sample Street', 'Email: m@example.gov', '', 'Dear President,'],
    },
    {
      name: 'columns parted by a tab (a web table copied as text); a line with an empty left cell is the right column\'s',
      lines: ['Minister John Roe\tJudge Ann Poe', 'Ministry of Justice\tSupreme Court', '\tFax: +1 555 0101', 'Email: m@example.gov\tEmail: j@example.gov'],
      out: ['Minister John Roe', 'Ministry of Justice', 'Email: m@example.gov', '', 'Judge Ann Poe', 'Supreme Court', 'Fax: +1 555 0101', 'Email: j@example.gov'],
    },
    {
      name: 'a page with a blank line after every line keeps it in each column',
      lines: TWO.flatMap((l) => [l, '']),
      out: ['President Jane Doe', '', 'Office of the President', '', '1 Example Road', '', 'Email: p@example.gov', '', 'Minister John Roe', '', 'Ministry of Justice', '', '22 Sample Street', '', 'Email: m@example.gov', '', ''],
    },
    {
      name: 'a line in one column only, left or right, stays in its column',
      lines: [...TWO, 'Examplia', `${''.padEnd(32)}Twitter: @mj_example`],
      out: ['President Jane Doe', 'Office of the President', '1 Example Road', 'Email: p@example.gov', 'Examplia', '', 'Minister John Roe', 'Ministry of Justice', '22 Sample Street', 'Email: m@example.gov', 'Twitter: @mj_example'],
    },
    {
      name: 'once the column is known, a long left cell may leave a single space before the right one',
      lines: [...TWO.slice(0, 2), 'Office of the Presidency, Blk 4 22 Sample Street', TWO[3] ?? ''],
      out: ['President Jane Doe', 'Office of the President', 'Office of the Presidency, Blk 4', 'Email: p@example.gov', '', 'Minister John Roe', 'Ministry of Justice', '22 Sample Street', 'Email: m@example.gov'],
    },
    {
      name: 'the letter after the columns on a page spaced throughout stays after both columns',
      lines: [...TWO, 'Dear President,', 'I am writing to ask you to release the student at once and'].flatMap((l) => [l, '']),
      out: ['President Jane Doe', '', 'Office of the President', '', '1 Example Road', '', 'Email: p@example.gov', '', 'Minister John Roe', '', 'Ministry of Justice', '', '22 Sample Street', '', 'Email: m@example.gov', '', '', 'Dear President,', '', 'I am writing to ask you to release the student at once and', ''],
    },
    {
      name: 'a line printed across the column ends the columns',
      lines: [...TWO.slice(0, 3), 'Please send appeals to both officials before 30 June 2025.', TWO[3] ?? ''],
      out: ['President Jane Doe', 'Office of the President', '1 Example Road', '', 'Minister John Roe', 'Ministry of Justice', '22 Sample Street', 'Please send appeals to both officials before 30 June 2025.', TWO[3] ?? ''],
    },
    {
      name: 'the heads above, parted by a space only where the office and name are long, open both columns',
      lines: ['Prosecutor General Peter Example President Jane Doe', ...side([['Office of the Prosecutor', 'Office of the President'], ['1 Example Road', '22 Sample Street'], ['Email: pg@example.gov', 'Email: p@example.gov']], 33)],
      out: ['Prosecutor General Peter Example', 'Office of the Prosecutor', '1 Example Road', 'Email: pg@example.gov', '', 'President Jane Doe', 'Office of the President', '22 Sample Street', 'Email: p@example.gov'],
    },
    { name: 'one official whose labels are set apart from their values is left as printed', lines: ['Minister John Roe', 'Ministry of Justice', 'Tel:      +1 202 555 0100', 'Fax:      +1 202 555 0101', 'Email:    m@example.gov'], out: undefined },
    { name: 'labels without colons beside their values are one official, not two', lines: side([['Name', 'John Roe'], ['Office', 'Minister of Justice'], ['Address', '22 Sample Street']], 12), out: undefined },
    { name: 'a phone number printed with wide spaces is left as printed', lines: ['Minister John Roe', 'Phone:  +1   202   555   0100', 'Fax:    +1   202   555   0101'], out: undefined },
    { name: 'prose with a wide gap on two lines is left as printed', lines: ['The student was arrested at her home    on 3 March and has been held', 'since then without charge or trial in a    prison far from her family.'], out: undefined },
    { name: 'a gap on one line only is no columns', lines: ['President Jane Doe         Minister John Roe', 'Office of the President', '1 Example Road'], out: undefined },
    { name: 'gaps that do not line up are no columns', lines: side([['President Jane Doe', 'Minister John Roe']], 30).concat(side([['1 Example Road', '22 Sample Street']], 44)), out: undefined },
  ];
  for (const { name, lines, out } of rows) {
    it(name, () => {
      expect(unfoldColumns(lines)?.map((l) => l.text)).toEqual(out);
    });
  }

  it('each cell keeps its source line', () => {
    expect(unfoldColumns(['Write to:', ...TWO])?.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 5, 2, 3, 4, 5]);
  });
});

describe('two officials side by side, imported', () => {
  const OFFICES = ['President', 'Minister of Justice', 'Prosecutor General', 'Ambassador'];
  const NAMES = ['Jane Doe', 'Ana Modelo', 'Peter Example', 'Olga Sample', 'Karl Muster', 'Rita Model'];
  const STREETS = ['1 Example Road', '22 Sample Street', 'Harbour Road 7', '14 Freedom Avenue'];
  const TOWNS = ['Exampletown 1000', 'Port Example 20200', 'Capital City 10100'];
  const official = fc.record({
    office: fc.constantFrom(...OFFICES),
    name: fc.constantFrom(...NAMES),
    street: fc.constantFrom(...STREETS),
    town: fc.constantFrom(...TOWNS),
    user: fc.constantFrom('office', 'minister', 'info', 'pg'),
  });
  const pair = fc.record({ left: official, right: official, pad: fc.integer({ min: 0, max: 9 }), tab: fc.boolean(), spaced: fc.boolean(), handle: fc.boolean() }).filter((p) => p.left.name !== p.right.name && p.left.street !== p.right.street && p.left.town !== p.right.town);

  it('nothing of the right column lands in the left official, nor the left in the right', () => {
    fc.assert(
      fc.property(pair, ({ left, right, pad, tab, spaced, handle }) => {
        const lines = (o: typeof left, domain: string) => [`${o.office} ${o.name}`, o.street, o.town, `Email: ${o.user}@${domain}.example.org`];
        const [l, r] = [lines(left, 'left'), lines(right, 'right')];
        // The right column stands where the longest left line allows; the first (office and name) may leave one space only.
        const width = Math.max((l[0] ?? '').length + 1, ...l.slice(1).map((x) => x.length + 3)) + pad;
        const block = l.map((x, i) => (tab ? `${x}\t${r[i]}` : `${x.padEnd(width)}${r[i]}`));
        // The right official may have a line more: printed under the right column alone.
        if (handle) block.push(tab ? '\tTwitter: @right_example' : `${''.padEnd(width)}Twitter: @right_example`);
        const page = ['URGENT ACTION', '', 'Write to:', '', ...block, '', `Dear ${left.office},`, '', 'I am writing to ask you to release the student.', '', 'Yours sincerely,'];
        const text = (spaced ? page.filter((x) => x !== '').join('\n\n') : page.join('\n')) + '\n';
        const targets = draftTargets(importDocument(text, { source: 'page.txt' }).caseText);
        expect(targets.map((t) => t.name)).toEqual([left.name, right.name]);
        const [a, b] = targets.map((t) => JSON.stringify(t));
        for (const x of [right.street, right.town, 'right.example', 'right_example']) expect(a).not.toContain(x);
        if (handle) expect(b).toContain('right_example');
        for (const x of [left.street, left.town, 'left.example']) expect(b).not.toContain(x);
      }),
      { numRuns: 200 },
    );
  });
});
