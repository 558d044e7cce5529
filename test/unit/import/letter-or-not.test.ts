// Whether a page prints a letter at all decides the draft's languages when it names none: the
// language of the letter it prints, else none. The points to make in a letter of one's own words,
// a one-word "act" heading over an address and a blog's chatty prose are no letter; a letter's text
// given after its own label ("Suggested body of letter: …") is, wherever the page's prose stands.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';

const rows = [
  {
    name: 'the points to make in your own letter',
    page: [
      'Act now for the protesters of Example City',
      '',
      'Police have used excessive force against peaceful protesters in Example City this week.',
      '',
      'Write to the ambassador of Exampleland in your country:',
      '',
      'Ambassador Jane Example',
      'Embassy of Exampleland',
      '12 Sample Avenue',
      'Example Town 10001',
      '',
      'What to include in your letter:',
      '',
      'A. Say that you are concerned that police routinely use excessive force against protesters in Exampleland.',
      'B. Urge the authorities to investigate every report of ill-treatment and bring those responsible to justice.',
    ],
    languages: [],
    letter: undefined,
  },
  {
    name: 'a one-word "act" heading over the address the letter goes to',
    page: [
      "Appel du mois de l'exemple",
      '',
      'Appel du mois de février 2026',
      'EXEMPLIA - Des familles déplacées sans abri',
      'Deux ans après la catastrophe, des milliers de familles vivent encore dans des camps sans eau potable ni éclairage.',
      '',
      'AGIR :',
      'Écrivez au Président de la République d’Exemplia avant le 6 mars 2026.',
      'Découpez la lettre ci-dessous, signez-la et envoyez-la à l’adresse indiquée sur la lettre.',
      '',
      'Monsieur le Président de la République',
      'Jean Exemple',
      'Palais National, rue Modèle',
      'Ville-Exemple',
    ],
    languages: [],
    letter: undefined,
  },
  {
    name: "a letter's text after its own label, under a blog's prose",
    page: [
      'Day 12: a letter for a poet',
      '',
      'Did you know that writers are still jailed for their poems? I did not, until this morning.',
      '',
      'So I sat down and wrote a letter on behalf of Lin Example, a poet held since last spring.',
      '',
      'Here is the address, if you want to write too:',
      'Minister Sam Example',
      'Ministry of Justice',
      '1 Example Road, Example City',
      'Salutation: Dear Minister',
      '',
      'Suggested body of letter: I call for the immediate and unconditional release of Lin Example, held only for his poems.',
      '',
      'I will let you know if I hear back.',
    ],
    languages: ['en'],
    letter: 'I call for the immediate and unconditional release of Lin Example',
  },
];

describe('a letter printed or none', () => {
  it.each(rows)('$name', (row) => {
    const { findings } = importDocument(row.page.join('\n'), { source: 'letter-or-not.txt' });
    expect(findings.languages.found ? findings.languages.value : []).toEqual(row.languages);
    const letter = findings.letter.found ? findings.letter.value.paragraphs.map((p) => p.text).join('\n') : undefined;
    if (row.letter === undefined) expect(letter).toBeUndefined();
    else expect(letter?.startsWith(row.letter)).toBe(true);
  });
});
