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

  it("takes no head of state's office that a heading prints after his name, with no comma", () => {
    const text = letter(
      'EXAMPLELAND: H.E. Jan Example III President Republic of Exampleland',
      '12 May 2011',
      '',
      'Dear Mr. President',
      '',
      'We write to you on behalf of our members to ask that your new government makes the protection of human rights defenders a first task.',
      'Sincerely,',
    );
    expect(names(text)).toEqual([]);
  });

  it('takes no office that the page prints after a name and a comma', () => {
    const text = letter(
      'Libérez Paul Exemple',
      'Pétition adressée à Monsieur Jean Modèle, Procureur général de Ruritanie',
      'Monsieur le Procureur général,',
      'Je vous écris au sujet du syndicaliste Paul Exemple, détenu depuis trois mois sans avoir été présenté à un juge, et dont la famille ne reçoit aucune nouvelle.',
      'Veuillez agréer, Monsieur le Procureur général, l’expression de ma haute considération.',
    );
    expect(names(text).map((t) => t.name)).not.toContain('Procureur général');
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
