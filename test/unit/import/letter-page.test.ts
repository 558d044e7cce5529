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
