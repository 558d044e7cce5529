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

  // A circle's list of items: the addressee before the colon, all his emails after it (perhaps with
  // " at " for the "@"), a copy marked by the item's first words; items to anyone else left out.
  const items: Array<{ what: string; text: string; expected: Array<Record<string, unknown>> }> = [
    {
      what: 'Italian: emails written with " at ", a copy "per conoscenza", the campaign\'s own committee left out',
      text: page(
        'Una lettera per Marta Esempio',
        'Vi chiediamo di scrivere una lettera al Ministro della Giustizia per la liberazione di Marta Esempio.',
        'Inviate la lettera ai seguenti indirizzi:',
        '- al Ministro della Giustizia: ministro at giustizia.example, gabinetto at giustizia.example,',
        '- per conoscenza al Presidente del Senato: presidente at senato.example,',
        '- per conoscenza al Comitato di solidarietà con Marta Esempio: info at comitato.example',
      ),
      expected: [
        { name: 'Ministro della Giustizia', email: ['ministro@giustizia.example', 'gabinetto@giustizia.example'], copy: undefined },
        { name: 'Presidente del Senato', email: 'presidente@senato.example', copy: true },
      ],
    },
    {
      what: 'French and English bullets, the copy first, "[at]", " at " and a plain email',
      text: page(
        'Exampleland : un syndicaliste détenu',
        'Le syndicaliste Paul Exemple est détenu depuis le 2 mars.',
        'Écrivez aux adresses suivantes :',
        '• en copie au Président de l’Assemblée nationale : cabinet[at]assemblee.example',
        '• au Ministre de l’Intérieur : ministre at interieur.example ; secretariat at interieur.example',
        '• a copy to the Embassy of Exampleland: london@mfa.example',
      ),
      expected: [
        { name: 'Président de l’Assemblée nationale', email: 'cabinet@assemblee.example', copy: true },
        { name: 'Ministre de l’Intérieur', email: ['ministre@interieur.example', 'secretariat@interieur.example'], copy: undefined },
        { name: 'Embassy of Exampleland', email: 'london@mfa.example', copy: true },
      ],
    },
  ];
  it.each(items)('$what', ({ text, expected }) => {
    const targets = draftTargets(importDocument(text, { source: 'test.txt' }).caseText);
    expect(targets.map((t) => ({ name: t.name, email: t.email, copy: t.copy }))).toEqual(expected);
  });

  it('reads no item whose value holds more than emails, nor one that opens as a sentence', () => {
    const text = page(
      'Exampleland: journalist detained',
      'The journalist Karim Example was arrested on 4 May.',
      'How to help:',
      '- to the Minister of Justice: write at least once a week to minister at justice.example',
      '- Please write to the President: office at president.example',
    );
    const emails = draftTargets(importDocument(text, { source: 'test.txt' }).caseText).flatMap((t) => [t.email ?? []].flat());
    expect(emails).toEqual([]);
  });

  it('takes no person named so for an official: he may be the one at risk', () => {
    const text = page('Exampleland: journalist detained', 'The journalist Karim Example was arrested on 4 May.', 'How to help:', '• send greetings to Karim Example by email to: support@ngo.example');
    expect(draftTargets(importDocument(text, { source: 'test.txt' }).caseText).map((t) => t.name)).not.toContain('Karim Example');
  });
});
