// A newsletter greets its reader as its mail-merge prints him, above the story: "Dear Activist,",
// "Dear Friend of Example,", "Dear Example Network Supporter,". That is no salutation of a letter to
// any official: the story under it is no sample letter, and the officials further down are read.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (greeting: string) =>
  [
    greeting,
    '',
    'Karim Beispiel, a trade unionist in Ruritania, was arrested on 3 May after a peaceful strike. He has not been seen since.',
    '',
    'Please write to:',
    'Minister of Justice Jane Example',
    'Ministry of Justice',
    '1 Example Street',
    'Capital City, Ruritania',
    'Email: minister@justice.example.gov',
    '',
    'Dear Minister,',
    'I am writing to ask you to release Karim Beispiel at once and without conditions.',
    'Yours sincerely,',
  ].join('\n');

const rows = ['Dear Activist,', 'Dear Friend of Example,', 'Dear Example Network Supporter,', 'Dear Amnesty Supporter,', 'Dear Reader,'];

describe("a newsletter's greeting to its reader", () => {
  it.each(rows)('%s opens no letter: the official under the story is read', (greeting) => {
    const result = importDocument(page(greeting), { source: 'newsletter.txt' });
    expect(draftTargets(result.caseText)).toMatchObject([{ name: 'Jane Example', email: 'minister@justice.example.gov', salutation: 'Dear Minister' }]);
    expect(result.caseText).not.toContain('was arrested on 3 May after a peaceful strike. He has not been seen since.\n\nPlease');
    expect(result.caseText).toContain('I am writing to ask you to release Karim Beispiel');
  });

  it('"Dear Honourable Member," still greets an official', () => {
    const text = ['Please write to:', 'Jane Example MP', 'House of Parliament', '1 Example Street', 'Capital City, Ruritania', '', 'Dear Honourable Member,', 'I am writing to ask you to raise the case of Karim Beispiel in parliament.', 'Yours sincerely,'].join('\n');
    expect(importDocument(text, { source: 'mp.txt' }).caseText).toContain('I am writing to ask you to raise the case');
  });
});
