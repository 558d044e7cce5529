// A model letter alone on an action page, no address block, no email: its greeting names the
// official by his office, and that office is whom the letter goes to. An office of one word (but a
// state's head: "Monsieur le Président"), a
// greeting naming a person, and an office printed elsewhere with a name after it give no official.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { greetedOffice } from '../../../src/import/greeted-office.js';
import { draftTargets } from './helpers.js';

const letter = (...lines: string[]) => [...lines, ''].join('\n');
const names = (text: string) => draftTargets(importDocument(text, { source: 'test.txt' }).caseText).map((t) => ({ name: t.name, salutation: t.salutation }));

describe('the official a model letter greets by office alone', () => {
  const rows: Array<{ what: string; text: string; expected: Array<Record<string, unknown>> }> = [
    {
      what: 'French: a call to act in capitals, then "Monsieur le Procureur général,"',
      text: letter(
        'AGISSEZ MAINTENANT : ÉCRIVEZ AVEC VOS MOTS OU À PARTIR DU MODÈLE CI-DESSOUS',
        'Monsieur le Procureur général,',
        'Je vous écris au sujet du syndicaliste Paul Exemple, détenu depuis trois mois sans avoir été présenté à un juge, et dont la famille ne reçoit aucune nouvelle.',
        'Je vous demande de veiller à ce qu’il soit libéré sans délai et que les charges retenues contre lui soient abandonnées.',
        'Veuillez agréer, Monsieur le Procureur général, l’expression de ma haute considération.',
      ),
      expected: [{ name: 'Procureur général', salutation: 'Monsieur le Procureur général' }],
    },
    {
      what: 'English: a short introduction, then "Dear Attorney General,"',
      text: letter(
        'Write now for Maria Sample',
        'Copy the letter below, sign it and post it today.',
        '',
        'Dear Attorney General,',
        'I am writing to express my deep concern for the teacher Maria Sample, who has been held without charge since the start of the month in a police station far from her family.',
        'I urge you to see that she is released at once and that the threats against her are investigated.',
        'Yours sincerely,',
      ),
      expected: [{ name: 'Attorney General', salutation: 'Dear Attorney General' }],
    },
  ];
  it.each(rows)('$what', ({ text, expected }) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Señor Fiscal General de la Nación:', 'Fiscal General de la Nación'],
    ['Egregio Presidente del Consiglio dei Ministri,', 'Presidente del Consiglio dei Ministri'],
    ['Madame la Ministre,', undefined],
    ['Dear Governor,', undefined],
    // One word names the office only where a state has one holder of it: its head.
    ['Dear Mr. President,', 'President'],
    ['Monsieur le Président,', 'Président'],
    ['Sehr geehrter Herr Präsident,', 'Präsident'],
    ['Señor Presidente:', 'Presidente'],
    ['Caro Primo Ministro,', 'Primo Ministro'],
    // A hyphen joins an office's two words ("Procurador-Geral"): two words, enough to write to.
    ['Exmo. Sr. Procurador-Geral,', 'Procurador-Geral'],
    ['Prezado Senhor Procurador-Geral,', 'Procurador-Geral'],
    ['Monsieur le Responsable du pouvoir judiciaire,', 'Responsable du pouvoir judiciaire'],
    ['Stimato Ministro della Giustizia,', 'Ministro della Giustizia'],
    ['Monsieur le Ministre,', undefined],
    ['Dear Madam Attorney General,', 'Attorney General'],
    ['Dear President Example,', undefined],
    ['Dear Friends,', undefined],
    ['Attorney General,', undefined],
  ])('%s → %s', (greeting, office) => {
    expect(greetedOffice(greeting)).toBe(office);
  });

  it('takes no office that the page prints with a name after it: the readers missed that name', () => {
    const text = letter(
      'Write now for Maria Sample',
      'The case is in the hands of the Attorney General John Roe, who has not answered her lawyers.',
      '',
      'Dear Attorney General,',
      'I am writing to express my deep concern for the teacher Maria Sample, who has been held without charge since the start of the month in a police station far from her family.',
      'Yours sincerely,',
    );
    expect(names(text).map((t) => t.name)).not.toContain('Attorney General');
  });

  // A heading that prints the holder with the greeted office names whom the letter goes to.
  it.each([
    {
      what: "a head of state's heading, his name then his office with no comma",
      text: letter(
        'EXAMPLELAND: H.E. Jan Example III President Republic of Exampleland',
        '12 May 2011',
        '',
        'Dear Mr. President',
        '',
        'We write to you on behalf of our members to ask that your new government makes the protection of human rights defenders a first task.',
        'Sincerely,',
      ),
      expected: [{ name: 'Jan Example III', salutation: 'Dear Mr. President' }],
    },
    {
      what: 'an envelope run onto one line, the office then the name then the institution',
      text: letter(
        'The following is the letter our group sent to the chairman this spring.',
        'Chairman Tan Li Ming People\'s Government of Example Region Example City',
        'Dear Chairman,',
        'The pupils of our town send you these drawings and ask you to set the teacher Wang Sample free, held for years for defending the language of his people.',
        'Yours sincerely,',
      ),
      expected: [{ name: 'Tan Li Ming', salutation: 'Dear Chairman' }],
    },
    {
      what: 'a French petition line naming the holder, a comma, then his office',
      text: letter(
        'Libérez Paul Exemple',
        'Pétition adressée à Monsieur Jean Modèle, Procureur général de Ruritanie',
        'Monsieur le Procureur général,',
        'Je vous écris au sujet du syndicaliste Paul Exemple, détenu depuis trois mois sans avoir été présenté à un juge, et dont la famille ne reçoit aucune nouvelle.',
        'Veuillez agréer, Monsieur le Procureur général, l’expression de ma haute considération.',
      ),
      expected: [{ name: 'Jean Modèle', salutation: 'Monsieur le Procureur général' }],
    },
  ])('takes the holder a heading names: $what', ({ text, expected }) => {
    expect(names(text)).toEqual(expected);
  });

  // The line that presents the letter names the greeted office in full: that is whom it goes to.
  it.each([
    {
      what: 'French: "Signez notre pétition au ministre de la Justice" over "Monsieur le Ministre,"',
      text: letter(
        'Libérez les militants de Ruritanie !',
        'Le 3 mars, cinq jeunes militants ont été arrêtés par la police à Exempleville.',
        '',
        'Signez notre pétition au ministre de la Justice',
        '',
        'Monsieur le Ministre,',
        'Cinq jeunes militants ont été arrêtés par les forces de sécurité à Exempleville, et leurs familles ignorent où ils sont détenus.',
        'Je vous demande instamment de veiller à ce qu’ils soient libérés sans délai.',
      ),
      expected: [{ name: 'Ministre de la Justice', salutation: 'Monsieur le Ministre' }],
    },
    {
      what: 'Dutch: "Teken de petitie aan minister van Justitie" over "Geachte minister,"',
      text: letter(
        'Teken de petitie aan minister van Justitie',
        '',
        'Geachte minister,',
        'Met grote bezorgdheid heb ik vernomen dat de journalist Piet Voorbeeld al drie maanden zonder aanklacht vastzit, ver van zijn familie.',
        'Ik vraag u hem onmiddellijk vrij te laten.',
        'Hoogachtend,',
      ),
      expected: [{ name: 'Minister van Justitie', salutation: 'Geachte minister' }],
    },
    {
      what: 'Spanish: "Firma la petición al Presidente de la República" over "Señor Presidente:"',
      text: letter(
        'Firma la petición al Presidente de la República',
        'Señor Presidente:',
        'Me dirijo a usted para expresarle mi preocupación por la detención del periodista Juan Ejemplo, preso desde hace tres meses sin cargos.',
        'Le pido que sea liberado de inmediato.',
        'Atentamente,',
      ),
      expected: [{ name: 'Presidente de la República', salutation: 'Señor Presidente' }],
    },
  ])('$what', ({ text, expected }) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    {
      what: 'a bare "Monsieur le Ministre" with no line saying which minister',
      text: letter(
        'Libérez les militants de Ruritanie !',
        'Signez notre pétition',
        '',
        'Monsieur le Ministre,',
        'Cinq jeunes militants ont été arrêtés par les forces de sécurité à Exempleville, et leurs familles ignorent où ils sont détenus.',
        'Je vous demande instamment de veiller à ce qu’ils soient libérés sans délai.',
      ),
    },
    {
      what: 'a petition line that names two ministers',
      text: letter(
        'Signez notre pétition au ministre de la Justice et au ministre de l’Intérieur',
        '',
        'Monsieur le Ministre,',
        'Cinq jeunes militants ont été arrêtés par les forces de sécurité à Exempleville, et leurs familles ignorent où ils sont détenus.',
        'Je vous demande instamment de veiller à ce qu’ils soient libérés sans délai.',
      ),
    },
    {
      what: 'a story line that names a minister, not the line presenting the letter',
      text: letter(
        'Le ministre de l’Intérieur a promis une enquête qui n’a jamais commencé, selon les familles des militants arrêtés.',
        '',
        'Monsieur le Ministre,',
        'Cinq jeunes militants ont été arrêtés par les forces de sécurité à Exempleville, et leurs familles ignorent où ils sont détenus.',
        'Je vous demande instamment de veiller à ce qu’ils soient libérés sans délai.',
      ),
    },
  ])('takes no office in full from $what', ({ text }) => {
    expect(names(text)).toEqual([]);
  });


  // Two columns run together by a PDF's text: the first column's name, the second's, then the first's
  // office, with no comma. The office has a name the readers missed: it is no name of its own.
  it("takes no office that a PDF's run-together columns print after a courtesy title and names", () => {
    const text = letter(
      'TAKE ACTION: write to one or both officials listed.',
      'Mr Karl Example Ambassador Jane Roe Union Home Minister of Exampleland Embassy of Exampleland',
      'Dear Union Home Minister,',
      'I write to express my deep concern about the arrest of the peaceful protestors held for months without trial, far from their families.',
      'Yours sincerely,',
    );
    expect(names(text)).toEqual([]);
  });

  it('takes no office that run-together French columns print after two names', () => {
    const text = letter(
      'AGISSEZ : écrivez à l’un des deux responsables ci-dessous.',
      'M. Paul Modèle S. E. Madame Anne Exemple Procureur général de la République Ambassade de la République',
      'Monsieur le Procureur général de la République,',
      'Je vous écris au sujet du syndicaliste Paul Exemple, détenu depuis trois mois sans avoir été présenté à un juge.',
      'Veuillez agréer, Monsieur le Procureur général, l’expression de ma haute considération.',
    );
    expect(names(text)).toEqual([]);
  });
});
