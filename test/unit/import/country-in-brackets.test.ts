// The last line of an official's address names the case's country when no headline does; a page may
// add another name for it in brackets ("Myanmar (Birma)"), which must not hide the country. A
// ministry the letter goes "c/o" is at home: only an embassy or mission makes an address one abroad.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

const countryOf = (countryLine: string) => {
  const text = [
    'Subject: example letter for a detained doctor',
    '',
    'General Aung Example',
    'Chairman, Example Council',
    'c/o Ministry of Defence',
    'Example Pagoda Road, Yangon',
    countryLine,
    'Fax: + 95 1 000000',
    '',
    'Dear General,',
    'I ask you to release the doctor, who is old and ill, and to let his family see him.',
    'Yours respectfully,',
  ].join('\n');
  return (parse(/^---\n([\s\S]*?)\n---\n/.exec(importDocument(`${text}\n`, { source: 'page.txt' }).caseText)?.[1] ?? '') as { country: string | null }).country;
};

describe('the country of the official’s address, another name beside it in brackets', () => {
  it.each([
    ['Myanmar (Birma)', 'Myanmar'],
    ['Myanmar (Burma)', 'Myanmar'],
    ['Myanmar', 'Myanmar'],
  ])('"%s" is %s', (line, country) => {
    expect(countryOf(line)).toBe(country);
  });
});
