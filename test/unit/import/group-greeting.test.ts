// A private appeal opens by greeting its readers in a sentence of its own ("Sehr geehrte
// zeitkritische Geister in kritischer Zeit."): a greeting to a group, ending in a full stop, is no
// letter's salutation; the official's block under "Postadresse:" and the letter further down are read.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

describe('a greeting to the readers in a sentence of its own', () => {
  const rows: Array<{ what: string; lines: string[]; expected: Record<string, unknown> }> = [
    {
      what: 'German: the readers greeted, then the postal address and the email under labels alone',
      lines: [
        'Sehr geehrte zeitkritische Geister in kritischer Zeit.',
        '',
        'Ich habe heute an den Außenminister geschrieben, wegen des Falls von Karim Beispiel. Wer mag, kann es mir gleichtun.',
        '',
        'Postadresse:',
        'An den Bundesaußenminister',
        'Herrn F.W. Example',
        'Auswärtiges Amt',
        '11013 Berlin',
        'E-Mail:',
        'poststelle@example.de',
        '',
        'Sehr geehrter Herr Bundesaußenminister,',
        '',
        'bitte setzen Sie sich für die Freilassung von Karim Beispiel ein, der seit Mai ohne Anklage in Haft ist.',
        '',
        'Mit nachdenklichem Gruß',
        'Hans Schreiber',
      ],
      expected: { name: 'F.W. Example', title: 'Bundesaußenminister', email: 'poststelle@example.de', address: ['Auswärtiges Amt', '11013 Berlin'] },
    },
    {
      what: 'English: the readers greeted, then the postal address and the email',
      lines: [
        'Dear fellow writers in troubled times.',
        '',
        'Today I wrote about the case of Karim Example. If you like, you can do the same.',
        '',
        'Postal address:',
        'Minister of Foreign Affairs',
        'Mr Jan Example',
        'Ministry of Foreign Affairs',
        '1 Example Square',
        'Example City 10100',
        'Email:',
        'minister@mfa.example',
        '',
        'Dear Minister,',
        '',
        'Please work for the release of Karim Example, who has been held without charge since May.',
        '',
        'With thoughtful regards',
        'Anna Writer',
      ],
      expected: { name: 'Jan Example', title: 'Minister of Foreign Affairs', email: 'minister@mfa.example', address: ['Ministry of Foreign Affairs', '1 Example Square', 'Example City 10100'] },
    },
  ];
  it.each(rows)('$what', ({ lines, expected }) => {
    const targets = draftTargets(importDocument(lines.join('\n'), { source: 'test.txt' }).caseText);
    expect(targets.map((t) => ({ name: t.name, title: t.title, email: t.email, address: t.address }))).toEqual([expected]);
  });
});
