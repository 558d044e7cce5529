import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

// A letter download that prints its addressee twice must not draft two letters to one person.
const block = (name: string, street: string) => `Prosecutor of the Region\n${name}\n${street}\n190000 Northtown\nRURITANIA\n\n`;
const page = (blocks: string) => `URGENT ACTION\n\nRURITANIA: POET HELD FOR A SONG\n\nPlease write to:\n\n${blocks}Dear Prosecutor,\n\nI ask you to free the poet held since May for a song he sang in a square.\n\nYours sincerely,\n`;

const targets = (text: string) => {
  const fm = /^---\n([\s\S]*?)\n---/.exec(importDocument(text, { source: 'p.txt' }).caseText)?.[1] ?? '';
  return ((parse(fm) as { targets?: Array<{ name?: string; address?: string[] }> }).targets ?? []).map((t) => `${t.name} · ${t.address?.[0]}`);
};

describe('an official printed twice', () => {
  it.each([
    ['the same block twice is one official', block('Ivan Petrov', '5 Harbour Street') + block('Ivan Petrov', '5 Harbour Street'), ['Ivan Petrov · 5 Harbour Street']],
    ['the same name at another address is kept', block('Ivan Petrov', '5 Harbour Street') + block('Ivan Petrov', '9 Castle Lane'), ['Ivan Petrov · 5 Harbour Street', 'Ivan Petrov · 9 Castle Lane']],
    // A sample letter's envelope prints the block again, shorter, its office line under the name.
    ['the block again, shorter, above the sample letter is one official',
      'Sr Ivan Petrov Gomez\nPresident of Ruritania\nPresidente\n5 Harbour Street\n\nRURITANIA\n\nSAMPLE LETTER\n\nIvan Petrov Gomez\nPresidente\nRURITANIA\n\n', ['Ivan Petrov Gomez · 5 Harbour Street']],
    // The repeat joins the town and the country on one line.
    ['the block again, its town and country on one line, is one official',
      'Sr Ivan Petrov Gomez\nPresident of Ruritania\nPresidente\n5 Harbour Street\nNorthtown\nRURITANIA\n\nSAMPLE LETTER\n\nIvan Petrov Gomez\nPresidente\nNorthtown, RURITANIA\n\n', ['Ivan Petrov Gomez · 5 Harbour Street']],
    ['a shorter block with a line of its own is kept',
      'Sr Ivan Petrov Gomez\nPresident of Ruritania\n5 Harbour Street\n\nRURITANIA\n\nSAMPLE LETTER\n\nIvan Petrov Gomez\n9 Castle Lane\nRURITANIA\n\n', ['Ivan Petrov Gomez · 5 Harbour Street', 'Ivan Petrov Gomez · 9 Castle Lane']],
    // A sample letter's inside address names the institution listed above at length, at the same street.
    ['an institution again above the letter, its name longer, is one official',
      'State Board of Clemency and Paroles\n2 Example Drive, SE\nSuite 458, East Tower\nNorthtown, Ruritania 30334-4909\nFax: 404-000-0000\n\nRuritania State Board of Clemency & Paroles\n2 Example Drive, SE\nSuite 458, East Tower\nNorthtown, RU 30334\n\n', ['State Board of Clemency and Paroles · 2 Example Drive, SE']],
    ['another office at the same street is kept',
      'Ministry of Justice\n2 Example Drive, SE\nSuite 458, East Tower\nNorthtown\nFax: 404-000-0000\n\nVice Ministry of Justice\n2 Example Drive, SE\nSuite 458, East Tower\nNorthtown\n\n', ['Ministry of Justice · 2 Example Drive, SE', 'Vice Ministry of Justice · 2 Example Drive, SE']],
    ['the same name at the same street with a fax of its own is kept',
      'State Board of Clemency\n2 Example Drive, SE\nSuite 458, East Tower\nFax: 404-000-0000\n\nRuritania State Board of Clemency\n2 Example Drive, SE\nSuite 458, East Tower\nFax: 404-000-0001\n\n', ['State Board of Clemency · 2 Example Drive, SE', 'Ruritania State Board of Clemency · 2 Example Drive, SE']],
    ['two officials stay two', block('Ivan Petrov', '5 Harbour Street') + block('Olga Sidorova', '5 Harbour Street'), ['Ivan Petrov · 5 Harbour Street', 'Olga Sidorova · 5 Harbour Street']],
  ])('%s', (_what, blocks, expected) => {
    expect(targets(page(blocks))).toEqual(expected);
  });

  it('reports the repeat it leaves out, with its line', () => {
    const { report } = importDocument(page(block('Ivan Petrov', '5 Harbour Street') + block('Ivan Petrov', '5 Harbour Street')), { source: 'p.txt' });
    expect(JSON.stringify(report)).toMatch(/repeats the official of line \d+/);
  });
});
