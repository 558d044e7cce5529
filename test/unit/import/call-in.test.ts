// Call-in pages: a campaign or prisoner-support post asking readers to phone officials, with no
// postal address and often no letter. Each callee under a call heading or in a "Call … at …"
// sentence is an official with his name and number; a mailing list's headline and the readers'
// greeting never are; handles go to the callees in order only when there are as many of each; the
// page is in the United States when a US state's officials are called at US numbers; a deadline with
// no year takes the mail's year.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const post = (lines: string[], top = ['[yard-support] Calls needed this week', 'Sam Poster sam at example.org', 'Thu Apr  4 10:12:09 EDT 2024']) =>
  [...top, '', 'The Longest Lockdown Yet', 'Start Calling Now!', '', 'Dear Friends,', '', 'People held at Example Hill have been locked in their cells for three weeks without showers, calls or visits.', '', ...lines].join('\n');

const imported = (text: string) => importDocument(text, { source: 'post.txt' });
const targets = (text: string) => draftTargets(imported(text).caseText);
const field = (text: string, name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(imported(text).caseText)?.[1];

const rows = [
  {
    label: 'a callee on his line, the number under it ("Phone: …"), then an office with its number on its line',
    text: post(['Make Calls to:', '', 'Commissioner Rowan Example, Department of Corrections', 'Phone: (555) 010-5100', '', 'DOC Media Office: (555)010-5200']),
    expected: [{ name: 'Rowan Example', title: 'Commissioner', organisation: 'Department of Corrections', phone: '(555) 010-5100' }, { name: 'DOC Media Office', phone: '(555)010-5200' }],
  },
  {
    label: 'an office with no person, its number after a colon: the office is the name',
    text: post(['Who to Call:', '', 'DOC Media Office: (555)010-5200']),
    expected: [{ name: 'DOC Media Office', phone: '(555)010-5200' }],
  },
  {
    label: 'the state word before the office is neither name nor title ("NY Governor …")',
    text: post(['Call these offices:', 'NY Governor Avery Sample: (555) 010-5300']),
    expected: [{ name: 'Avery Sample', title: 'Governor', phone: '(555) 010-5300' }],
  },
  {
    label: 'name and number on one line with no colon',
    text: post(['Call these offices:', 'Governor Avery Sample (555) 010-5300']),
    expected: [{ name: 'Avery Sample', title: 'Governor', phone: '(555) 010-5300' }],
  },
  {
    label: "the governor's office, named by his surname",
    text: post(['Who to Call:', "Governor Sample's Office: (555) 010-5400"]),
    expected: [{ name: 'Sample', title: 'Governor', phone: '(555) 010-5400' }],
  },
  {
    label: 'a remark in brackets wrapped onto the next line: the official is kept, the remark left out',
    text: post(['Call these offices:', '', 'Warden Jesse Example (the operator says he', 'retired last month)', 'phone: 555.010.5500', 'fax: 555.010.5501']),
    expected: [{ name: 'Jesse Example', title: 'Warden', phone: '555.010.5500', fax: '555.010.5501' }],
  },
  {
    label: 'bullets asking to call, the number with en dashes, the state word before the office',
    text: post(['• Please call Ohio Governor Drew Example at 555–010–5600 to ask him to end the lockdown.', '• Call Attorney General Morgan Sample at 555-010-5700 and tell her to investigate.']),
    expected: [{ name: 'Drew Example', title: 'Governor', phone: '555-010-5600' }, { name: 'Morgan Sample', title: 'Attorney General', phone: '555-010-5700' }],
  },
  {
    label: 'a later "tweet @A and @B" gives the handles in order when there are as many as callees',
    text: post(['Call Governor Drew Example at 555-010-5600 and ask him to end the lockdown.', 'Call Attorney General Morgan Sample at 555-010-5700 and ask her to investigate.', '', 'Then tweet @GovExampleOH and @OhioAGex to say you called.']),
    expected: [{ name: 'Drew Example', twitter: '@GovExampleOH' }, { name: 'Morgan Sample', twitter: '@OhioAGex' }],
  },
  {
    label: 'after the name, an office is the title and an institution the organisation',
    text: post(['Who to Call:', 'Jesse Example, Warden, Example Hill Correctional Facility: 555-010-5500']),
    expected: [{ name: 'Jesse Example', title: 'Warden', organisation: 'Example Hill Correctional Facility', phone: '555-010-5500' }],
  },
  {
    label: 'a block official with his phone stays, though a sentence asks to call someone else',
    text: ['Exampleland: Journalist detained', '', 'Journalist Ana Example was detained on 2 May 2026.', '', 'TAKE ACTION', 'Write to:', 'President Jane Example', 'Phone: +1 555 010 9000', '', 'You can also call Attorney General Robin Sample at 555-010-3300.', '', 'Dear President,', 'I am writing to ask you to release Ana Example at once and without conditions, as she is held only for her work.', 'Yours sincerely,'].join('\n'),
    expected: [{ name: 'Jane Example', title: 'President', phone: '+1 555 010 9000' }],
  },
];

describe('the officials of a call-in page', () => {
  it.each(rows)('$label', ({ text, expected }) => {
    const got = targets(text);
    expect(got).toHaveLength(expected.length);
    expected.forEach((want, i) => expect(got[i]).toMatchObject(want));
  });

  it('the headline, the call to action and the readers\' greeting are never officials or salutations', () => {
    const text = post(['Make Calls to:', '', 'Commissioner Rowan Example, Department of Corrections', 'Phone: (555) 010-5100']);
    const draft = imported(text).caseText;
    expect(draftTargets(draft).map((t) => t.name)).toEqual(['Rowan Example']);
    expect(draft).not.toMatch(/Longest Lockdown|Start Calling|Dear Friends|Make Calls to|yard-support/);
  });

  it('handles fewer than the callees are left out, each named in a TODO', () => {
    const text = post(['Call Governor Drew Example at 555-010-5600 and ask him to end the lockdown.', 'Call Attorney General Morgan Sample at 555-010-5700 and ask her to investigate.', '', 'Then tweet @GovExampleOH to say you called.']);
    const draft = imported(text).caseText;
    expect(draftTargets(draft).map((t) => t.twitter)).toEqual([undefined, undefined]);
    expect(draft).toMatch(/# TODO: line 15 "@GovExampleOH" was left out: one of 1 handles/);
  });
});

const georgia = (phone1: string, phone2: string) =>
  ['Georgia: Stop the execution of Lou Example', '', 'Lou Example is set to be executed on June 12. New evidence was never heard by any court.', '', `• Please call Governor Riley Example at ${phone1} to ask for clemency.`, `• Call Attorney General Quinn Sample at ${phone2} and ask for a stay.`].join('\n');

const countryRows = [
  { label: 'a "Georgia:" headline over a US state\'s governor and attorney general at US numbers', text: georgia('(555) 010-8100', '555.010.8200'), expected: 'United States' },
  { label: 'a mailing-list post naming the state before the governor', text: post(['Make Calls to:', 'Ohio Governor Drew Example: (555) 010-5600', 'Warden Jesse Example: 555-010-5500']), expected: 'United States' },
];

describe('the country of a call-in page', () => {
  it.each(countryRows)('$label → $expected', ({ text, expected }) => {
    expect(field(text, 'country')).toBe(expected);
  });

  it('a US-shaped number alone is no US state: a page with no state named gets no country from it', () => {
    const text = post(['Make Calls to:', 'Warden Jesse Example: 555-010-5500']);
    expect(field(text, 'country')).not.toBe('United States');
  });
});

const deadlineRows = [
  { label: '"before Wed April 10th" in a post dated Thu Apr 4 2024', text: post(['Please call before Wed April 10th and pass this on.']), expected: '2024-04-10' },
  { label: '"by Friday, April 12" in a post with a Date: line', text: post(['Keep calling by Friday, April 12.'], ['[yard-support] Calls needed', 'Date: Thu, 4 Apr 2024 10:12:09 -0400']), expected: '2024-04-12' },
];

describe('a deadline without a year in a mailing-list post', () => {
  it.each(deadlineRows)('$label → $expected', ({ text, expected }) => {
    expect(field(text, 'deadline')).toBe(expected);
  });

  it('is left a TODO when the weekday does not fit the mail\'s year, or the page has no mail date', () => {
    expect(field(post(['Please call before Mon April 10th.']), 'deadline')).toMatch(/^TODO/);
    expect(field(post(['Please call before Wed April 10th.'], ['[yard-support] Calls needed']), 'deadline')).toMatch(/^TODO/);
  });
});
