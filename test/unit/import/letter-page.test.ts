// A letter page: the official's address block, the letter's dateline, its greeting, and (often) the
// letter. A dateline between the address and the greeting is the letter's, never an address line.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

describe('a dateline between the address and the greeting', () => {
  const page = (dateline: string) => [
    'URGENT ACTION',
    'BEISPIELLAND: AKTIVIST IN HAFT',
    '',
    'Schreiben Sie an:',
    '',
    'Präsident Max Beispiel',
    'Präsidialamt',
    'Hauptstraße 1',
    '12345 Beispielstadt',
    '',
    dateline,
    '',
    'Sehr geehrter Herr Präsident,',
    'ich schreibe Ihnen wegen der Inhaftierung des Aktivisten. Bitte lassen Sie ihn sofort und bedingungslos frei.',
    'Mit freundlichen Grüßen',
  ].join('\n');
  const rows = ['Exampletown, 06.10.2016', '06.10.2016', 'Beispielstadt, 2016-10-06'];
  it.each(rows)('"%s" is left out of the address', (dateline) => {
    const [target] = draftTargets(importDocument(page(dateline), { source: 'ua.txt' }).caseText);
    expect(target?.name).toBe('Max Beispiel');
    expect(target?.address).toEqual(['Präsidialamt', 'Hauptstraße 1', '12345 Beispielstadt']);
  });
});

describe('courtesy titles, letters after the name and ranks are no part of the name', () => {
  const page = (head: string[]) => [
    'URGENT ACTION',
    'EXAMPLELAND: JOURNALIST DETAINED',
    '',
    'Please write to:',
    '',
    ...head,
    'State House',
    'PO Box 40530',
    'Exampletown 00100',
    'Email: office@example.org',
    '',
    'Dear Sir,',
    'I am writing to you about the journalist who is detained. Please release him at once and without conditions.',
    'Yours sincerely,',
  ].join('\n');
  const rows: Array<{ head: string[]; name: string }> = [
    { head: ['Shri Karan Example Singh', 'Minister of Home Affairs'], name: 'Karan Example Singh' },
    { head: ['H E The Hon. Jomo Example, C.G.H., President'], name: 'Jomo Example' },
    { head: ['Rt. Hon Jane Example MP,', 'Prime Minister'], name: 'Jane Example' },
    { head: ['Hon Jane Example MP', 'Minister of Justice'], name: 'Jane Example' },
    { head: ['Ayatollah Sayed ‘Ali Example', 'Office of the Supreme Leader'], name: '‘Ali Example' },
    { head: ['Major Gen (ret.) AB Example', 'Home Affairs Adviser', 'Ministry of Home Affairs'], name: 'AB Example' },
  ];
  it.each(rows)('$head.0 → $name', ({ head, name }) => {
    const [target] = draftTargets(importDocument(page(head), { source: 'ua.txt' }).caseText);
    expect(target?.name).toBe(name);
  });

  it('says which letters after the name it left out', () => {
    const result = importDocument(page(['Hon Jane Example MP', 'Minister of Justice']), { source: 'ua.txt' });
    expect(result.caseText).toContain('"MP" was left out');
  });
});

describe('a greeting with no comma under the dateline, the page cut after it', () => {
  const page = (greeting: string, after: string[]) => [
    'Per favore scrivi una lettera al governo; puoi copiare questo testo.',
    '',
    'Shri Karan Example Singh',
    'Minister of Home Affairs',
    'North Block',
    'New Delhi – 110001',
    'India',
    '',
    '',
    'dicembre 15, 2018',
    '',
    greeting,
    '',
    '',
    ...after,
  ].join('\n');
  const rows: Array<{ greeting: string; after: string[]; lang: string }> = [
    { greeting: 'Egregio Shri Singh', after: ['La mia lettera farà la differenza?'], lang: 'it' },
    { greeting: 'Egregio Shri Singh', after: [], lang: 'it' },
    { greeting: 'Signor Presidente', after: ['Domande frequenti'], lang: 'it' },
    { greeting: 'Gentile Presidente', after: [], lang: 'it' },
    { greeting: 'Signor Primo Ministro', after: [], lang: 'it' },
    { greeting: 'Sehr verehrter Präsident', after: ['Wird mein Brief etwas bewirken?'], lang: 'de' },
    { greeting: 'Sehr geehrter Herr Premierminister', after: [], lang: 'de' },
  ];
  it.each(rows)('"$greeting" is the salutation, the letter is left out, the language is $lang', ({ greeting, after, lang }) => {
    const result = importDocument(page(greeting, after), { source: 'ua.txt' });
    const [target] = draftTargets(result.caseText);
    expect(target?.name).toBe('Karan Example Singh');
    expect(target?.address).toEqual(['North Block', 'New Delhi – 110001', 'India']);
    expect(result.report.entries).toContainEqual(expect.objectContaining({ field: 'salutation', status: 'found', value: greeting }));
    expect(result.caseText).toContain(`languages: [${lang}]`);
    expect(result.caseText).not.toContain('## Letter\n\nLa mia');
    expect(result.caseText).not.toMatch(/## Letter[^\n]*\n\n(?:Domande|Wird)/);
  });
});

describe('a published letter: its byline, its date, then the addressee right above the greeting', () => {
  const page = (addressee: string[], greeting: string) => [
    'By Jane Writer',
    'Example Watch',
    'Executive Director',
    'April 20, 2010',
    '(This letter was made public on April 28, 2010)',
    ...addressee,
    '20 April 2010',
    greeting,
    'I am writing to express our deep concern about the detention of journalists in your country. We urge you to release them.',
  ].join('\n');
  const rows: Array<{ addressee: string[]; greeting: string; name: string; address: string[] }> = [
    { addressee: ['His Excellency President Karl Example', 'Office of the President', 'Exampletown', 'Exampleland'], greeting: 'Your Excellency,', name: 'Karl Example', address: ['Office of the President', 'Exampletown', 'Exampleland'] },
    { addressee: ['Her Excellency Prime Minister Jana Example', 'Office of the Prime Minister', 'Exampletown'], greeting: 'Excellency,', name: 'Jana Example', address: ['Office of the Prime Minister', 'Exampletown'] },
  ];
  it.each(rows)('writes to $name, not to the byline', ({ addressee, greeting, name, address }) => {
    const result = importDocument(page(addressee, greeting), { source: 'ua.txt' });
    const targets = draftTargets(result.caseText);
    expect(targets).toHaveLength(1);
    expect(targets[0]?.name).toBe(name);
    expect(targets[0]?.address).toEqual(address);
    expect(targets[0]?.salutation).toBe(greeting.replace(/,$/, ''));
  });

  // Under a headline "Country: Letter to …", the byline and the addressee run into the greeting with
  // no blank line: that paragraph is where the official is, not a summary to read past.
  it('writes to the addressee under a "Country: Letter to …" headline too', () => {
    const text = `Exampleland: Letter to President Karl Example\n${page(rows[0]?.addressee ?? [], 'Your Excellency,')}`;
    expect(draftTargets(importDocument(text, { source: 'ua.txt' }).caseText).map((t) => t.name)).toEqual(['Karl Example']);
  });
});

describe('a greeting run onto the letter after its comma and a space', () => {
  const page = (nameLine: string, glued: string) => [
    'Brasil: ativista ameaçada',
    '',
    'Escreva para:',
    '',
    nameLine,
    'Palácio do Planalto',
    'Praça dos Três Poderes',
    '70150-900 Brasília DF',
    'Brasil',
    '',
    glued,
    'Atenciosamente,',
  ].join('\n');
  const glued = 'Cara Presidenta da República Jane Example, Existem hoje muitas ameaças contra defensores de direitos humanos no país. Peço que proteja a ativista.';
  const rows = [
    { nameLine: 'Presidenta da República Jane Example', glued, salutation: 'Cara Presidenta da República Jane Example', phrase: 'Existem hoje muitas ameaças' },
    // The block names her by her first name alone: the greeting gives the whole name.
    { nameLine: 'Presidenta da República Jane', glued, salutation: 'Cara Presidenta da República Jane Example', phrase: 'Existem hoje muitas ameaças' },
    { nameLine: 'Presidenta da República Jane Example', glued: 'Dear President, I am writing to you today about the activist, who has been threatened for her work.', salutation: 'Dear President', phrase: 'I am writing to you today' },
  ];
  it.each(rows)('$salutation ($nameLine)', ({ nameLine, glued, salutation, phrase }) => {
    const result = importDocument(page(nameLine, glued), { source: 'ua.txt' });
    const [target] = draftTargets(result.caseText);
    expect(target?.name).toBe('Jane Example');
    expect(target?.salutation).toBe(salutation);
    expect(result.caseText).toMatch(new RegExp(`## Letter[^\\n]*\\n\\n${phrase}`));
  });
});
