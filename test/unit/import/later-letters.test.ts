import { describe, expect, it } from 'vitest';
import { recogniseOfficials } from '../../../src/import/officials.js';
import { doc, valueOf } from './helpers.js';

/** One letter of a page of letter downloads: the writer's blanks, the addressee, the case's name, the letter. */
function letter(blank: [string, string], addressee: string[], caseName: string, salutation: string, text: string, closing: string): string {
  return [blank[0], '', blank[1], '', ...addressee, '', caseName, '', salutation, '', text, '', closing, '', 'XXXXXXXXXXXXXXXXXXXX', ''].join('\n');
}

const DE: [string, string] = ['ABSENDER (INKL. EIGENER ANSCHRIFT)', 'DATUM'];
const EN: [string, string] = ['Your name and address', 'Date'];

describe('a page of several letter downloads', () => {
  const rows = [
    {
      name: 'German: two letters to two officials, each greeted by its own letter',
      page: ['Musterbriefe', '', 'UA-100/2030 Beispielfall - Beispielland. Appelle bis 1. Februar 2031', '',
        letter(DE, ['Anna Beispiel', 'Justizministerin', 'Hauptstraße 4', '10115 Musterstadt', 'BEISPIELLAND'], 'Max Gefangener', 'Sehr geehrte Frau Ministerin,', 'ich schreibe Ihnen wegen der Haft von Max Gefangener, der seit Monaten ohne Anklage festgehalten wird.', 'Mit freundlichen Grüßen'),
        'UA-101/2030 Zweiter Fall - Anderland. Appelle bis 3. Februar 2031', '',
        letter(DE, ['Karl Muster', 'Office of the President of Anderland', '12 Example Street', 'Andertown 1234', 'ANDERLAND'], 'Erika Beispiel', 'Sehr geehrter Herr Präsident,', 'mit Sorge habe ich erfahren, dass Erika Beispiel seit Wochen in Haft ist und keinen Anwalt sprechen darf.', 'Mit freundlichen Grüßen')].join('\n'),
      expected: [
        { name: 'Anna Beispiel', salutation: undefined },
        { name: 'Karl Muster', salutation: 'Sehr geehrter Herr Präsident' },
      ],
    },
    {
      name: 'English: the second letter to a minister, the case name under the address left out',
      page: ['Letters to print', '',
        letter(EN, ['Jane Example Doe', 'Minister of the Interior', '1 Example Road', 'Exampletown 100', 'EXAMPLIA'], 'John Prisoner', 'Dear Minister,', 'I am writing to you about John Prisoner, who has been held without charge for three months.', 'Yours sincerely'),
        letter(EN, ['Omar Example', 'Prosecutor General', '5 Justice Square', 'Exampletown 200', 'EXAMPLIA'], 'Sara Detainee', 'Dear Prosecutor General,', 'I am concerned that Sara Detainee has not been allowed to see a lawyer since her arrest.', 'Yours sincerely')].join('\n'),
      expected: [
        { name: 'Jane Example Doe', salutation: undefined },
        { name: 'Omar Example', salutation: 'Dear Prosecutor General' },
      ],
    },
    {
      name: 'the same letter printed twice: one official',
      page: ['Letters to print', '',
        letter(EN, ['Jane Example Doe', 'Minister of the Interior', '1 Example Road', 'Exampletown 100', 'EXAMPLIA'], 'John Prisoner', 'Dear Minister,', 'I am writing to you about John Prisoner, who has been held without charge for three months.', 'Yours sincerely'),
        letter(EN, ['Jane Example Doe', 'Minister of the Interior', '1 Example Road', 'Exampletown 100', 'EXAMPLIA'], 'John Prisoner', 'Dear Minister,', 'I am writing to you about John Prisoner, who has been held without charge for three months.', 'Yours sincerely')].join('\n'),
      expected: [{ name: 'Jane Example Doe', salutation: undefined }],
    },
    {
      name: "a writer's blank after the closing with no letter under it: nothing more",
      page: ['Letters to print', '',
        letter(EN, ['Jane Example Doe', 'Minister of the Interior', '1 Example Road', 'Exampletown 100', 'EXAMPLIA'], 'John Prisoner', 'Dear Minister,', 'I am writing to you about John Prisoner, who has been held without charge for three months.', 'Yours sincerely'),
        'Your name and address', '', 'Omar Example', 'Prosecutor General', '5 Justice Square', 'Exampletown 200'].join('\n'),
      expected: [{ name: 'Jane Example Doe', salutation: undefined }],
    },
    // A church group's handout: case after case, each an address block, a greeting, a note and a closing, no blanks for the writer.
    {
      name: "a handout's next address block right after the closing",
      page: ['Letters for November', '', 'Jane Example Doe', 'Minister of the Interior', '1 Example Road', 'Exampletown 100', 'EXAMPLIA', '', 'Your Excellency:', 'Please release John Prisoner, held without charge for three months.', 'Yours sincerely,', '',
        'Ayatollah Omar Example', '(care of) Public relations Office', 'Number 5, 2 Justice Lane', 'Exampletown 200', '', 'Your Excellency:', 'Please free Sara Detainee, jailed for her union work.', 'Yours sincerely,', '',
        'Président Paul Exemple', 'Présidence de la Républ', 'Avenue Exemple', 'Villemodèle', '', 'Your Excellency:', 'Please ensure the release of Erika Beispiel.', 'Yours sincerely,'].join('\n'),
      expected: [
        { name: 'Jane Example Doe', salutation: undefined },
        { name: 'Omar Example', salutation: 'Your Excellency' },
        { name: 'Paul Exemple', salutation: 'Your Excellency' },
      ],
    },
    // The same handout, its second address telling the way to the door in as many words as a sentence.
    {
      name: "a handout's next address block whose last line gives directions",
      page: ['Letters for December', '', 'Jane Example Doe', 'Minister of the Interior', '1 Example Road', 'Exampletown 100', '', 'Your Excellency:', 'Please release John Prisoner, held without charge for three months.', 'Yours sincerely,', '',
        'Ayatollah Omar Example', '(care of) Public relations Office', 'Number 5, 2 Justice Lane', 'Vali Example Ave., above Sample Street crossing', '', 'Your Excellency:', 'Please free Sara Detainee, jailed for her union work.', 'Yours sincerely,'].join('\n'),
      expected: [
        { name: 'Jane Example Doe', salutation: undefined },
        { name: 'Omar Example', salutation: 'Your Excellency' },
      ],
    },
    // A group's page: a cover letter to the embassy that ends with no closing, then the letter to
    // the president under a line of the page, his envelope's lines right above its greeting.
    {
      name: 'a first letter with no closing, then a second letter under its addressee',
      page: ['Der Brief des Monats', '', 'Hier ist das Anschreiben an die Botschaft', '', 'Botschaft der Republik Beispielland', 'S. E. Karl Muster', 'Musterstraße 62', '10559 Berlin', '', 'Exzellenz,', '',
        'hiermit übergebe ich Ihnen einen Brief an den Präsidenten Ihres Landes und bitte Sie, ihn weiterzuleiten.', '', 'Vielen Dank für Ihre Bemühungen.', '', 'Anlage:', '1 Kopie', '', 'Hier ist der Brief an das Land', '',
        'Omar Example', 'Residence of the President', '12 Example Street', '700163 Exampletown', 'BEISPIELLAND', '', 'Dear President,', '', 'I am deeply concerned about the fate of John Prisoner, who is in danger of execution after an unfair trial.', ''].join('\n'),
      expected: [
        { name: 'Karl Muster', salutation: undefined },
        { name: 'Omar Example', salutation: 'Dear President' },
      ],
    },
    // A mailing-list post of two letters: the second gives its addressee as the envelope does, his
    // name and office and no contact line, right above its own greeting.
    {
      name: "a later letter's addressee with no contact line, named by its greeting",
      page: ['Two letters to send today', '', 'Dr. Almir Exemplo', '', 'Governo do Estado do Exemplo', '', 'Fax: (91) 000-0000 / 000-0001', '', 'Senhor Governador:', '', 'Pedimos que receba os trabalhadores em audiência ainda este mês.', 'Atenciosamente', '', 'FIRMA', '', '2) Jaime Modelo <jm at pr.gov.br>', '',
        'Ao Sr. Jaime Modelo', 'DD. Governador do Estado do Modelo', '', 'Senhor Governador:', '', 'Tomamos conhecimento das ameaças de morte feitas através de telefonemas anônimos a um membro da comissão pastoral da terra, e pedimos que o governo do estado lhe garanta proteção imediata.', 'Atenciosamente'].join('\n'),
      expected: [
        { name: 'Almir Exemplo', salutation: undefined },
        { name: 'Jaime Modelo', salutation: 'Senhor Governador' },
      ],
    },
  ];
  it.each(rows)('$name', ({ page, expected }) => {
    const officials = valueOf(recogniseOfficials(doc(page)));
    expect(officials?.map((o) => ({ name: o.name?.value, salutation: o.salutation?.value }))).toEqual(expected);
    // The case's name under an addressee is nobody to write to.
    expect(JSON.stringify(officials)).not.toMatch(/Prisoner|Gefangener|Erika Beispiel|Sara Detainee/);
  });

  it("reads the office under a later addressee's name as his title, not as an address line", () => {
    const page = ['Two letters to send today', '', 'Dr. Almir Exemplo', '', 'Governo do Estado do Exemplo', '', 'Fax: (91) 000-0000', '', 'Senhor Governador:', '', 'Pedimos que receba os trabalhadores em audiência ainda este mês.', 'Atenciosamente', '', 'FIRMA', '',
      'Ao Sr. Jaime Modelo', 'Governador do Estado do Modelo', '', 'Senhor Governador:', '', 'Tomamos conhecimento das ameaças de morte feitas através de telefonemas anônimos a um membro da comissão pastoral da terra, e pedimos que o governo do estado lhe garanta proteção imediata.', 'Atenciosamente'].join('\n');
    const second = valueOf(recogniseOfficials(doc(page)))?.[1];
    expect({ name: second?.name?.value, title: second?.title?.value, address: second?.address.map((a) => a.value) }).toEqual({ name: 'Jaime Modelo', title: 'Governador do Estado do Modelo', address: [] });
  });
});
