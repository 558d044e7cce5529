// A blog's list of places to write, one a line: the office or person before a colon, the email
// after it; a line naming an office with labelled lines under it; a country before the office.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const head = ['Write for the monks of Ruritania', '', 'The crackdown goes on. Here are some places you can write or email to.', ''];
const read = (lines: string[]) => draftTargets(importDocument([...head, ...lines, '', 'Thanks for reading.', ''].join('\n'), { source: 'blog.txt' }).caseText);

const rows = [
  {
    label: 'an office and a surname before each email',
    lines: ['President Example: comments@example.gov', 'Vice President Sample: vp@example.gov', 'Chairperson Muster: senator@example.gov'],
    want: [{ name: 'Example', title: 'President', email: 'comments@example.gov' }, { name: 'Sample', title: 'Vice President', email: 'vp@example.gov' }, { name: 'Muster', title: 'Chairperson', email: 'senator@example.gov' }],
  },
  {
    label: 'an office with labelled lines under it, a name alone between',
    lines: ['President Example: comments@example.gov', 'Sample, email', 'European Union', 'Economic sanctions: a@example.eu', "President's mail: b@example.eu", 'UN Commission On Human Rights: ngo@example.org'],
    want: [{ name: 'Example', email: 'comments@example.gov' }, { name: 'European Union', email: ['a@example.eu', 'b@example.eu'] }, { name: 'UN Commission On Human Rights', email: 'ngo@example.org' }],
  },
  {
    // The list's first lines printed without the colon: read as a block, they took the entries' emails into one official.
    label: 'the first lines without the colon (an office and street, then an office, person and email) are left out',
    lines: ['Office: email', 'The White House, 1600 Example Ave NW', 'US State Department, Secretary Example, example@state.example', 'Senator Sample: sample@senate.example', 'Representative Model: model@house.example', 'Embassy of Ruritania: info@ruritania.example'],
    want: [{ name: 'Sample', title: 'Senator', email: 'sample@senate.example' }, { name: 'Model', title: 'Representative', email: 'model@house.example' }, { name: 'Embassy of Ruritania', email: 'info@ruritania.example' }],
  },
  {
    label: 'a country before the office, an address before the email',
    lines: ['President Example: comments@example.gov', 'China, Ministry Of Foreign Affairs: No. 2, Example Street, Beijing, 100701 webmaster@example.cn', 'UN Commission On Human Rights: ngo@example.org'],
    want: [{ name: 'Example' }, { name: 'Ministry Of Foreign Affairs', address: ['No. 2, Example Street, Beijing, 100701', 'China'], email: 'webmaster@example.cn' }, { name: 'UN Commission On Human Rights' }],
  },
];

describe('a list of officials one a line, each before a colon with his email after it', () => {
  it.each(rows)('$label: one official a line, each with his own email', ({ lines, want }) => {
    const targets = read(lines);
    expect(targets).toHaveLength(want.length);
    expect(targets).toMatchObject(want);
  });

  it('an official\'s labelled block is no such list', () => {
    const targets = read(['Minister of Justice Jane Example', 'Email: minister@example.gov', 'Fax: +1 555 0100', 'Twitter: @JaneExample']);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ email: 'minister@example.gov' });
  });
});
