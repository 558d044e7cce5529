// A list of ways to send the appeal, each naming its addressee in prose and its email after "E-Mail
// an:": the addressee as printed (an office or an institution) with that email; the way that sends
// the copy names a copy; the remark in brackets is no address.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (title: string, story: string, heading: string, ...ways: string[]) => [title, '', story, '', heading, ...ways, ''].join('\n');

describe('addressees of a list of ways to send, with "E-Mail an:"', () => {
  const rows: Array<{ what: string; text: string; expected: Array<Record<string, unknown>> }> = [
    {
      what: 'German: the appeal to the President, the copy to the embassy',
      text: page(
        'Exampleland: Journalist in Haft',
        'Der Journalist Karim Beispiel wurde am 4. Mai festgenommen.',
        'So können Sie helfen:',
        '• den Appell per Post an den Präsidenten von Exampleland (Adresse am Anfang des Briefes) oder per E-Mail an: contact@president.example',
        '• die Kopie an die Botschaft von Exampleland in Bern (siehe Adresse am Ende des Briefes) oder per E-Mail an: bern@mfa.example',
      ),
      expected: [
        { name: 'Präsidenten von Exampleland', email: 'contact@president.example', copy: undefined },
        { name: 'Botschaft von Exampleland in Bern', email: 'bern@mfa.example', copy: true },
      ],
    },
    {
      what: 'English: the appeal to the Minister, a copy to the embassy',
      text: page(
        'Exampleland: journalist detained',
        'The journalist Karim Example was arrested on 4 May.',
        'How to help:',
        '• send the appeal by post to the Minister of Justice of Exampleland (address at the top of the letter) or by email to: minister@justice.example',
        '• send a copy to the Embassy of Exampleland in London (see the address below) or by email to: london@mfa.example',
      ),
      expected: [
        { name: 'Minister of Justice of Exampleland', email: 'minister@justice.example', copy: undefined },
        { name: 'Embassy of Exampleland in London', email: 'london@mfa.example', copy: true },
      ],
    },
  ];
  it.each(rows)('$what', ({ text, expected }) => {
    const targets = draftTargets(importDocument(text, { source: 'test.txt' }).caseText);
    expect(targets.map((t) => ({ name: t.name, email: t.email, copy: t.copy }))).toEqual(expected);
  });

  it('takes no person named so for an official: he may be the one at risk', () => {
    const text = page('Exampleland: journalist detained', 'The journalist Karim Example was arrested on 4 May.', 'How to help:', '• send greetings to Karim Example by email to: support@ngo.example');
    expect(draftTargets(importDocument(text, { source: 'test.txt' }).caseText).map((t) => t.name)).not.toContain('Karim Example');
  });
});
