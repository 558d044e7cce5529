// Open letters, clemency letters and petitions as groups and campaigners publish them: a template
// greeting the governor by office and surname with no address and a "cc:" under it, an American
// envelope with the office shortened ("Gov."), a petition's "To:" line naming a cleric with his
// courtesy title, office and town, a Belgian letter greeting "Cher Monsieur …", a page of two
// letters each with its own greeting, a building under the office, letters to the United Nations'
// offices about a case elsewhere.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const FIELDS = ['name', 'honorific', 'title', 'organisation', 'salutation', 'address', 'copy'] as const;
const pick = (t: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(FIELDS.filter((f) => t[f] !== undefined).map((f) => [f, t[f]]));

describe('open letters, clemency letters and petitions', () => {
  const rows: Array<{ what: string; lines: string[]; expected: Array<Record<string, unknown>> }> = [
    {
      what: 'a clemency template greets the governor by office and surname; the "cc:" under it is a copy with his office and board',
      lines: [
        'Clemency letter template',
        '',
        'Dear Governor Sample:',
        '',
        'I am writing to ask you to grant clemency to [_], who is on death row. The trial of [_] was unfair and the jury never heard the evidence.',
        '',
        'Please commute the sentence to life in prison.',
        '',
        'Sincerely,',
        '',
        '[Name and address]',
        '',
        'cc: Mr. Steve Example, Chairman, Examplia Board of Probation and Parole',
      ],
      expected: [
        { name: 'Sample', title: 'Governor', salutation: 'Dear Governor Sample' },
        { name: 'Steve Example', honorific: 'Mr.', title: 'Chairman', organisation: 'Examplia Board of Probation and Parole', copy: true },
      ],
    },
    {
      what: 'an American envelope prints the office shortened before the name ("Gov. Jay Sample")',
      lines: [
        'Write to the governor',
        '',
        'Gov. Jay Sample',
        'PO Box 720',
        'Jefferson City, MO 65102',
        '',
        'Dear Governor Sample:',
        '',
        'I urge you to stop the execution of John Prisoner, scheduled for next month. His lawyers were never shown the evidence.',
        '',
        'Sincerely,',
      ],
      expected: [{ name: 'Jay Sample', title: 'Governor', salutation: 'Dear Governor Sample', address: ['PO Box 720', 'Jefferson City, MO 65102'] }],
    },
    {
      what: 'a petition\'s "To:" line names a cleric with his courtesy title, his office and his town; "Your Eminence," greets him',
      lines: [
        'Petition for Karim Example',
        '',
        'To: His Eminence Grand Ayatollah Ali Sample, Supreme Leader of the Islamic Republic of Examplia, Tehran',
        '',
        'Your Eminence,',
        '',
        'We the undersigned ask you to release Karim Example, a student held without trial since January for writing a blog.',
        '',
        'Sincerely,',
      ],
      expected: [{ name: 'Ali Sample', honorific: 'His Eminence Grand Ayatollah', title: 'Supreme Leader of the Islamic Republic of Examplia', salutation: 'Your Eminence', address: ['Tehran'] }],
    },
    {
      what: 'a Belgian open letter prints the office, name, street and town on one line; "Cher Monsieur …," greets him above the subject',
      lines: [
        'Bruxelles, le 1 avril 2011',
        'Ministre de la Justice Jan Exemple, Waterloolaan 115, 1000 Bruxelles',
        '',
        'Cher Monsieur Exemple,',
        '',
        'Objet: la détention de Karim Beispiel',
        '',
        'Nous vous écrivons au sujet de Karim Beispiel, détenu depuis six mois au centre fermé sans avoir vu un juge. Nous vous demandons sa libération.',
        '',
        "Veuillez agréer, Monsieur le Ministre, l'expression de notre haute considération.",
      ],
      expected: [{ name: 'Jan Exemple', title: 'Ministre de la Justice', salutation: 'Cher Monsieur Exemple', address: ['Waterloolaan 115', '1000 Bruxelles'] }],
    },
    {
      what: 'a blog page of two letters, each to its official: the first greeting ends in "!", the second greets the second official',
      lines: [
        'Two letters for Karim Example',
        '',
        'Here are two letters you can send. Please copy them and post them today.',
        '',
        'President Ivan Sample',
        '4 Example Street',
        'Minsk 220016, Belarus',
        '',
        'Your Excellency, President Ivan Sample!',
        '',
        'I am writing to you about Karim Example, a human rights defender held in pre-trial detention since March. I urge you to release him.',
        '',
        'Sincerely,',
        '',
        'Mr. Petr Example',
        'Prosecutor General',
        '22 Internatsionalnaya Street',
        'Minsk 220030, Belarus',
        '',
        'Your Excellency,',
        '',
        'I ask you to review the charges against Karim Example, which relate only to his peaceful human rights work.',
        '',
        'Sincerely,',
      ],
      expected: [
        { name: 'Ivan Sample', title: 'President', salutation: 'Your Excellency, President Ivan Sample', address: ['4 Example Street', 'Minsk 220016, Belarus'] },
        { name: 'Petr Example', honorific: 'Mr.', title: 'Prosecutor General', salutation: 'Your Excellency', address: ['22 Internatsionalnaya Street', 'Minsk 220030, Belarus'] },
      ],
    },
    {
      what: 'a petition lists people by office and name and institutions under "To:"; the one greeting goes to each person whose office it names',
      lines: [
        'Petition: stop the deportation of Karim Example',
        '',
        'To:',
        'Prime Minister Jane Example',
        'Minister of Justice Hans Example',
        'Minister of Migration Ole Example',
        'The Parliament',
        'The Migration Board',
        'The Supreme Court',
        '',
        'Dear Prime Minister, Minister of Justice, Minister of Migration',
        '',
        'We ask you to stop the deportation of Karim Example, who fled persecution and would face torture if returned.',
        '',
        'Sincerely,',
      ],
      expected: [
        { name: 'Jane Example', title: 'Prime Minister', salutation: 'Dear Prime Minister, Minister of Justice, Minister of Migration' },
        { name: 'Hans Example', title: 'Minister of Justice', salutation: 'Dear Prime Minister, Minister of Justice, Minister of Migration' },
        { name: 'Ole Example', title: 'Minister of Migration', salutation: 'Dear Prime Minister, Minister of Justice, Minister of Migration' },
        { name: 'The Parliament' },
        { name: 'The Migration Board' },
        { name: 'The Supreme Court' },
      ],
    },
    {
      what: 'a stack of courtesy, name and office over "The Parliament Buildings, Ottawa …": the building and town are his address, no second official',
      lines: [
        'Contoh surat yang ditujukan kepada Peter Sample, Menteri Kehakiman Examplia, untuk mendukung pembela hak asasi manusia.',
        '',
        'Silakan kirim surat Anda menjadi perhatian Ms Tamara Example dan Cc ke',
        '',
        'The Honourable Peter Sample',
        'Minister of Justice and Attorney General of Examplia',
        'The Parliament Buildings, Ottawa Examplia',
        '',
        'Re: The case of Karim Beispiel',
        '',
        'We, [Name of organization], hereby certify that we support the application of Karim Beispiel for a review of his conviction and ask the Minister to order a new trial.',
      ],
      expected: [{ name: 'Peter Sample', honorific: 'The Honourable', title: 'Minister of Justice and Attorney General of Examplia', address: ['The Parliament Buildings, Ottawa Examplia'] }],
    },
  ];
  it.each(rows)('$what', ({ lines, expected }) => {
    const targets = draftTargets(importDocument(lines.join('\n'), { source: 'test.txt' }).caseText);
    expect(targets.map(pick)).toEqual(expected);
  });

  it('takes no case country from the United Nations\' offices a letter is written to: the headline names it', () => {
    const text = [
      'Committee of Concerned Scientists',
      'Letter on the case of Dr. Karim Example (Iran)',
      '',
      'Mr. Kofi Example',
      'Secretary-General',
      'United Nations',
      'New York, NY 10017',
      'Fax: (212) 000-0000',
      '',
      'Mrs. Mary Example',
      'High Commissioner for Human Rights',
      'United Nations',
      'Geneva, Switzerland',
      'Fax: 011 41-22-0000000',
      '',
      'Dear Mr. Secretary-General and Madam High Commissioner:',
      '',
      'We write about our colleague Dr. Karim Example, a physicist held in Evin prison in Tehran, Iran, since June. We ask you to raise his case with the government of Iran.',
      '',
      'Sincerely,',
    ].join('\n');
    const caseText = importDocument(text, { source: 'test.txt' }).caseText;
    expect(/^country: (.*)$/m.exec(caseText)?.[1]).toBe('Iran');
    expect(draftTargets(caseText).map((t) => t.name)).toEqual(['Kofi Example', 'Mary Example']);
  });
});
