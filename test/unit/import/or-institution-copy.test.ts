import { describe, expect, it } from 'vitest';
import { sentenceClauses } from '../../../src/import/sentence-clauses.js';
import { sentenceOfficials } from '../../../src/import/sentence-official.js';
import { doc } from './helpers.js';

// "… mettez en copie l'ambassade … : a@… ou au consulat … : b@…": the second institution, joined by
// "or" and its "to", is the reader's other choice of copy, with the email printed after it.
describe('a second institution to copy after "ou au", "o al", "oder an", "or to"', () => {
  it.each([
    ['French', " et mettez en copie l'ambassade d'Exempleland à Bruxelles : amb@example.be ou au consulat d'Exempleland à Anvers : cons@example.be", [["ambassade d'Exempleland à Bruxelles", ['amb@example.be']], ["consulat d'Exempleland à Anvers", ['cons@example.be']]]],
    ['Spanish, after a comma', ', con copia a la Embajada de Ejemplia en Madrid: emb@example.es o al Consulado de Ejemplia en Sevilla: cons@example.es', [['Embajada de Ejemplia en Madrid', ['emb@example.es']], ['Consulado de Ejemplia en Sevilla', ['cons@example.es']]]],
    ['German, the copy\'s word after its institution', ', in Kopie an die Botschaft von Valdor in Berlin: bot@example.de oder an das Konsulat von Valdor in Hamburg: kons@example.de', [['Botschaft von Valdor in Berlin', ['bot@example.de']], ['Konsulat von Valdor in Hamburg', ['kons@example.de']]]],
    ['English', ' and copy the Embassy of Exampleland in London: embassy@example.org.uk or to the Consulate of Exampleland in Manchester: consulate@example.org.uk', [['Embassy of Exampleland in London', ['embassy@example.org.uk']], ['Consulate of Exampleland in Manchester', ['consulate@example.org.uk']]]],
  ])('%s', (_what, after, copies) => {
    expect(sentenceClauses(after).copies.map((c) => [c.institution, c.emails])).toEqual(copies);
  });

  it('keeps the official\'s own emails joined by "ou" his', () => {
    expect(sentenceClauses(' : cabinet@justice.example ou ministre@justice.example, mettez en copie l\'ambassade à Bruxelles : amb@example.be').own.flatMap((c) => c.match(/\S+@\S+/gu) ?? [])).toEqual(['cabinet@justice.example', 'ministre@justice.example']);
  });

  it('reads both copies of an instruction, the official written to keeping his own email', () => {
    const line = "Pour AGIR : copiez-collez le modèle et envoyez-le par email à M. Jean Exemple, Procureur général de Valdor : procureur@justice.example et mettez en copie l'ambassade de Valdor à Bruxelles : amb@valdor.example ou au consulat de Valdor à Liège : cons@valdor.example";
    expect(sentenceOfficials(doc(line)).map((o) => [o.name?.value, o.emails.map((e) => e.value), o.copy])).toEqual([
      ['M. Jean Exemple', ['procureur@justice.example'], false],
      ['Ambassade de Valdor à Bruxelles', ['amb@valdor.example'], true],
      ['Consulat de Valdor à Liège', ['cons@valdor.example'], true],
    ]);
  });
});
