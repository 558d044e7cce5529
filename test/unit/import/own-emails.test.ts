// An address at Amnesty's own domains, read near an official (a report-back instruction, a copy
// to the section), is never the official's: it is left out and named in a TODO.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { isOwnEmail } from '../../../src/import/own-emails.js';
import { draftTargets } from './helpers.js';

describe('isOwnEmail', () => {
  it.each([
    ['uan@aiusa.org', true],
    ['action@amnesty.be', true],
    ['info@amnesty.org.uk', true],
    ['ua-de@amnesty.de', true],
    ['acciones@amnistia.org.ar', true],
    ['ua@amnestyusa.org', true],
    ['president@example.gov', false],
    ['info@amnesty-watch.example.org', false],
  ])('%s: %s', (email, own) => {
    expect(isOwnEmail(email)).toBe(own);
  });
});

describe("an official's block next to the campaign's own address", () => {
  it('keeps the official\'s email and leaves the campaign\'s out, with a TODO', () => {
    const page = [
      'Please write to:',
      'Minister Jane Example',
      'Ministry of Justice, 1 Example Road, Example City',
      'Email: minister@justice.example.gov, ua-team@amnestyusa.org',
      '',
      'Dear Minister,',
      '',
      'I am writing to ask you to release the 12 teachers held since the strike in March without charge.',
    ].join('\n');
    const caseText = importDocument(page, { source: 'page.txt' }).caseText;
    expect(draftTargets(caseText)[0]?.email).toBe('minister@justice.example.gov');
    expect(caseText).toMatch(/# TODO: line 4 "ua-team@amnestyusa\.org" was left out: the campaign's own address/);
  });
});
