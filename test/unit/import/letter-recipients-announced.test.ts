// A petition page says who receives the letter the reader signs ("The letter you sign … will be sent
// to the following:"), lists the recipients in blocks parted by blank lines (a person and his office
// with no address, then offices with a town), then heads its letter "The Letter" and gives it a
// "Subject:" line and no greeting. The heading is never an address line, the subject no part of the
// letter. (Kept out of the layout fixtures: with a blank line after every line, the person's block
// and the office under it cannot be told apart.)
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

const frontMatter = (caseText: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as { targets?: Array<Record<string, unknown>> };
const letterOf = (caseText: string) => /^## Letter\n\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(caseText)?.[1] ?? '';

const PAGE = [
  'UGANDA: Protect refugees at the border camps',
  '',
  'Thousands of refugees who fled fighting last month are sheltering in camps near the border with too little food or water.',
  '',
  'Please take action before 15 September 2016. We will deliver the letters for you.',
  '',
  'The letter you sign with your name and town will be sent to the following:',
  '',
  'Eric P. Example',
  'Asst. Secretary of State for Population, Refugees and Migration',
  '',
  'U.S. Embassy',
  'Kampala, Uganda',
  '',
  'Office of Public Engagement',
  'The White House',
  'The Letter',
  '',
  'Subject: Protect refugees in the border camps',
  '',
  'We urge you to increase humanitarian aid to the refugees sheltering in the border camps, and to press the authorities to keep the border open.',
  '',
  'Every family in the camps must have enough food, clean water and shelter, and no one should be sent back to danger.',
].join('\n');

describe('a petition page that lists whom its letter is sent to', () => {
  const { caseText } = importDocument(PAGE, { source: 'page.txt' });

  it('reads the person named under the announcement with his office and no address, then each office with its town', () => {
    expect(frontMatter(caseText).targets).toEqual([
      { id: 'asst-secretary', name: 'Eric P. Example', title: 'Asst. Secretary of State for Population, Refugees and Migration' },
      { id: 'u-s-embassy', name: 'U.S. Embassy', address: ['Kampala, Uganda'] },
      { id: 'office-public', name: 'Office of Public Engagement', address: ['The White House'] },
    ]);
  });

  it('takes "The Letter" for the letter\'s heading, and the letter from under its subject line', () => {
    expect(caseText).not.toMatch(/- The Letter/);
    const letter = letterOf(caseText);
    expect(letter).toMatch(/^We urge you to increase humanitarian aid/);
    expect(letter).not.toContain('Subject:');
  });

  it('reads no person under a line that announces nothing', () => {
    const plain = importDocument(PAGE.replace('The letter you sign with your name and town will be sent to the following:', 'The refugees need your help.'), { source: 'page.txt' });
    expect(frontMatter(plain.caseText).targets?.map((t) => t.name)).not.toContain('Eric P. Example');
  });
});
