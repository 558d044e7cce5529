// An address at Amnesty's own domains, read near an official (a report-back instruction, a copy
// to the section), is never the official's: it is left out and named in a TODO.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { copyRequest } from '../../../src/import/copy-request.js';
import { isOwnEmail } from '../../../src/import/own-emails.js';
import { sentenceOfficials } from '../../../src/import/sentence-official.js';
import { doc, draftTargets } from './helpers.js';

describe('isOwnEmail', () => {
  it.each([
    ['uan@aiusa.org', true],
    ['action@amnesty.be', true],
    ['info@amnesty.org.uk', true],
    ['ua-de@amnesty.de', true],
    ['acciones@amnistia.org.ar', true],
    // Brazil's section spells it "Anistia": its domain and a group's mailbox.
    ['contato@anistia.org.br', true],
    ['grupo.anistia.recife@example.com', true],
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

// One rule for the campaign's own addresses, wherever a reader meets one: the block of contact
// lines, the instruction naming an office or an embassy, the request for a copy. Before, the
// sentence readers refused any email with "amnesty" in it and took 'uan@aiusa.org'; the blocks took
// 'gruppe@amnesty-hamburg.de'.
describe("the campaign's own address, in every reader", () => {
  const emails: Array<{ email: string; own: boolean }> = [
    { email: 'uan@aiusa.org', own: true },
    { email: 'acciones@amnistia.org.ar', own: true },
    { email: 'groupe@amnistie.example.ca', own: true },
    { email: 'aktion@amnesty.example.de', own: true },
    { email: 'actions@amnesty.example.org', own: true },
    { email: 'info@amnesty-international.be', own: true },
    // A local group's own domain, or its mailbox at a free provider.
    { email: 'gruppe@amnesty-hamburg.de', own: true },
    { email: 'amnesty.gruppe.koeln@mail.example.de', own: true },
    // Another's domain whose sub-domain only sounds like Amnesty, and an official's.
    { email: 'info@amnesty-watch.example.org', own: false },
    { email: 'minister@justice.example.gov', own: false },
  ];
  /** The emails each reader gives the official it reads off a line naming `email`. */
  const readers: Array<{ reader: string; emails: (email: string) => string[] }> = [
    { reader: 'block', emails: (email) => (importDocument(`Please write to:\nMinister Jane Example\nMinistry of Justice, 1 Example Road, Example City\nEmail: ${email}\n\nDear Minister,\n\nI am writing to ask you to release the 12 teachers held since the strike in March without charge.\n`, { source: 'page.txt' }).findings.officials as { value?: Array<{ emails: Array<{ value: string }> }> }).value?.flatMap((o) => o.emails.map((e) => e.value)) ?? [] },
    { reader: 'an office in a sentence', emails: (email) => sentenceOfficials(doc(`Please write to the Minister of Justice: ${email}`)).flatMap((o) => o.emails.map((e) => e.value)) },
    { reader: 'an embassy in a sentence', emails: (email) => sentenceOfficials(doc(`Envoyez votre lettre par courriel à l'ambassade : ${email}`)).flatMap((o) => o.emails.map((e) => e.value)) },
    { reader: 'a copy asked for', emails: (email) => [copyRequest(`Send a copy of your letter to the Embassy of Valdor: ${email}`)?.email ?? []].flat() },
  ];
  const rows = readers.flatMap((r) => emails.map((e) => ({ ...r, ...e })));
  it.each(rows)('$reader: $email is the campaign\'s own: $own', ({ emails: read, email, own }) => {
    expect(isOwnEmail(email)).toBe(own);
    expect(read(email)).toEqual(own ? [] : [email]);
  });
});
