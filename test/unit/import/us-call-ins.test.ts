// US call-in pages (death-penalty and prison campaigns): a governor named by his office and surname
// in the headline and asked for by office in the sentence with the number; a possessive "Smithers'
// office*"; the full name only in the petition; holders listed one a line under a request with no
// numbers, and the call script for the letter; "Name: number" lists with remarks in brackets and
// the reader's own representatives; and the country, a US state's name that holds a country's.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const story = 'Jo Doe has been held for 20 years. His lawyers never heard from the jury about his childhood, and his appeals have all been turned down.';
const page = (lines: string[]) => lines.join('\n');
const imported = (lines: string[]) => importDocument(page(lines), { source: 'page.txt' });
const targets = (lines: string[]) => draftTargets(imported(lines).caseText).map((t) => ({ name: t.name, title: t.title, phone: t.phone }));
const country = (lines: string[]) => /^country: (.*)$/m.exec(imported(lines).caseText)?.[1];

const officials = [
  {
    label: 'the governor by office and surname in the headline, by office alone in the sentence with the number',
    lines: ['Call Example State Governor Smithers Today to say "Stop the Execution of Jo Doe." 555–463–1782', '', story, '', 'Please call the Governor at 555–463–1782. Tell him to stop the execution.'],
    expected: [{ name: 'Smithers', title: 'Governor', phone: '555-463-1782' }],
  },
  {
    label: 'a possessive of a surname ending in s with a footnote star ("Governor Smithers\' office*")',
    lines: ['Stop the Execution of Jo Doe', '', story, '', "Please call Governor Smithers' office* at 555–656–1776 to urge him to stop the execution.", '', '*If the line is busy, please try again later.'],
    expected: [{ name: 'Smithers', title: 'Governor', phone: '555-656-1776' }],
  },
  {
    label: 'the full name in the petition, the surname alone in the call sentence',
    lines: ['Stop the Execution of Jo Doe', '', story, '', 'Please call Governor Smithers at 555-463-1782 and urge him to grant clemency.', '', 'Sign the petition:', '"The undersigned asks Governor Jane Smithers to grant clemency to Jo Doe and commute his sentence."'],
    expected: [{ name: 'Jane Smithers', title: 'Governor', phone: '555-463-1782' }],
  },
  {
    label: 'holders listed one a line under a request that names their offices, no number on the page',
    lines: ['Justice for Jo Doe', '', story, '', 'We need as many people as possible to call the governor and commissioner of the Department of Correction and demand an end to his isolation.', '', 'Governor Smithers', 'DOC Commissioner Jane Example', '', 'Sample Script:', '"Hello, I am calling because Jo Doe has been held in isolation for six years. I urge you to end it now. Thank you."'],
    expected: [{ name: 'Smithers', title: 'Governor', phone: undefined }, { name: 'Jane Example', title: 'DOC Commissioner', phone: undefined }],
  },
  {
    label: 'the same list with an exhortation between the request and the holders, two blank lines between them',
    lines: ['Justice for Jo Doe', '', story, '', 'We need as many people as possible to call the governor and commissioner of the Department of Correction and demand an end to his isolation.', '', 'The time is now, we must act before it is too late.', '', 'Governor Smithers', '', '', 'DOC Commissioner Jane Example', '', 'Sample Script:', '"Hello, I am calling because Jo Doe has been held in isolation for six years. I urge you to end it now. Thank you."'],
    expected: [{ name: 'Smithers', title: 'Governor', phone: undefined }, { name: 'Jane Example', title: 'DOC Commissioner', phone: undefined }],
  },
  {
    label: '"Name: number" lines, remarks in brackets before and after the number, the reader\'s own representatives between',
    lines: ['Free Jo Doe', '', story, '', 'Governor Smithers: 555-787-2500', "Lt. Governor Candidate Jane Example (currently Mayor of Exampleton)- 555-654-4041 (Phone Number to the Mayor's Office)", 'Your State Representative and Your Senator Senator:', 'DOC Secretary Jones: (555) 728-2573'],
    expected: [{ name: 'Smithers', title: 'Governor', phone: '555-787-2500' }, { name: 'Jane Example', title: 'Lt. Governor Candidate', phone: '555-654-4041' }, { name: 'Jones', title: 'DOC Secretary', phone: '(555) 728-2573' }],
  },
  {
    label: 'the headline alone asks to call the governor "Today to say …" and ends with the number',
    lines: ['Call Indiana Governor Smithers Today to say "Stop the Execution of Jo Doe." 555–463–1782', '', story, '', 'Please share this page with your friends.'],
    expected: [{ name: 'Smithers', title: 'Governor', phone: '555-463-1782' }],
  },
  {
    label: 'a sentence "Call Governor Smithers today:" and the number ending it',
    lines: ['Stop the Execution of Jo Doe', '', story, '', 'Call Governor Smithers today: 555–463–1782. Tell him to stop the execution.'],
    expected: [{ name: 'Smithers', title: 'Governor', phone: '555-463-1782' }],
  },
  {
    label: 'the full name after the shortened office in the headline ("Call EX Gov. Jane Smithers"), the surname in the call sentence',
    lines: ['Call EX Gov. Jane Smithers to Stop the Next Execution!', '', story, '', 'Call Governor Smithers at 555–463–1782 and ask for clemency.', '', 'Tell Governor Smithers:', '', 'Jo Doe saved a guard\'s life in 2015. We ask that you show mercy, Governor Smithers, and commute his sentence.', '', 'Please stick to this message when you call.'],
    expected: [{ name: 'Jane Smithers', title: 'Governor', phone: '555-463-1782' }],
  },
];

const countries = [
  { label: '"Indiana" is no mention of India', lines: ['Stop the Execution of Jo Doe', '', 'Jo Doe has been on death row in Indiana for 20 years. The Indiana Parole Board meets on 2 May.', '', 'Please write a letter asking for clemency.'], expected: 'United States' },
  { label: '"New Mexico" is no mention of Mexico', lines: ['Justice for Jo Doe', '', 'Jo Doe is held in a New Mexico prison. The New Mexico Governor can pardon him, and the New Mexico Parole Board can hear him.'], expected: 'United States' },
  { label: '"New Jersey" is no mention of Jersey', lines: ['Justice for Jo Doe', '', 'Jo Doe is held in a New Jersey prison. The New Jersey Governor can pardon him, and the New Jersey Parole Board can hear him.'], expected: 'United States' },
  { label: '"Georgia" with the state\'s own offices is the state', lines: ['Justice for Jo Doe', '', 'Jo Doe is held by the Georgia Department of Corrections. The Georgia State Board of Pardons and Paroles can spare him; Georgia has executed many.'], expected: 'United States' },
];

describe('US call-in pages', () => {
  it.each(officials)('$label', ({ lines, expected }) => {
    expect(targets(lines)).toEqual(expected);
  });

  it.each(countries)('$label', ({ lines, expected }) => {
    expect(country(lines)).toBe(expected);
  });

  it('takes the call script for the letter on a page with nobody to write to', () => {
    const result = imported(officials[3]?.lines ?? []);
    expect(result.caseText).toContain('## Letter\n\nHello, I am calling because Jo Doe has been held in isolation for six years.');
    expect(result.caseText).toMatch(/^languages: \[en\]$/m);
  });

  it('takes the one paragraph under "Tell Governor …:" for the letter, not the page\'s remark after it', () => {
    const result = imported(officials.at(-1)?.lines ?? []);
    expect(result.caseText).toContain("## Letter\n\nJo Doe saved a guard's life in 2015. We ask that you show mercy, Governor Smithers, and commute his sentence.\n");
    expect(result.caseText).not.toContain('stick to this message');
  });

  it('never takes "Sign the petition:" for a salutation', () => {
    expect(imported(officials[2]?.lines ?? []).caseText).not.toMatch(/salutation: .*petition/);
  });

  it('leaves the office alone when the page names two holders of it', () => {
    const lines = ['Stop the Execution of Jo Doe', '', 'Governor Smithers signed the warrant; Governor Jones, before him, had refused.', '', 'Please call the Governor at 555-463-1782 and ask for a reprieve.'];
    expect(targets(lines)).toEqual([{ name: 'Governor', title: undefined, phone: '555-463-1782' }]);
  });

  it('never takes the page\'s own office, asked to be called today, for an official', () => {
    const lines = ['Stop the Execution of Jo Doe', '', story, '', 'Call our office today: 555-463-1700. We will tell you how to help.'];
    expect(targets(lines)).toEqual([]);
  });

  it('never takes the country Georgia for the state on a page about the country', () => {
    const lines = ['Georgia: Journalist detained', '', 'Nino Example, a journalist, was detained in Tbilisi, Georgia, on 3 March.', '', 'Copies to: Embassy of Georgia, 1824 Example Street NW, Washington DC 20009. Tel: (202) 555-0190'];
    expect(country(lines)).toBe('Georgia');
  });
});
