import { describe, expect, it } from 'vitest';
import { furnitureKind, isContactHeading, isCopiesHeading } from '../../../src/import/furniture.js';

describe('furnitureKind', () => {
  const rows: Array<{ line: string; expected: ReturnType<typeof furnitureKind> }> = [
    { line: 'CONTACT INFORMATION', expected: 'a heading' },
    { line: 'TARGET’S CONTACT DETAILS & “COPIES TO”', expected: 'a heading' },
    { line: 'SAMPLE LETTER', expected: 'a heading' },
    { line: 'URGENT ACTION SUMMARY:', expected: undefined },
    { line: 'APPELLE AN', expected: 'a heading' },
    { line: 'KOPIEN AN', expected: 'a heading' },
    { line: 'MUSTERBRIEF', expected: 'a heading' },
    { line: 'Modèle de lettre', expected: 'a heading' },
    { line: 'Écrivez à :', expected: 'a heading' },
    { line: 'Skriv till:', expected: 'a heading' },
    { line: 'Brevförslag:', expected: 'a heading' },
    { line: '¿QUÉ PUEDES HACER?', expected: 'a heading' },
    { line: 'Actúa: redacta tu propio llamamiento o utiliza esta carta modelo', expected: 'an instruction to the reader' },
    { line: 'Due to postal restrictions caused by COVID-19, please only send physical mail to the Embassy', expected: 'an instruction to the reader' },
    { line: 'Write a letter in your own words or using the sample below as a guide.', expected: 'an instruction to the reader' },
    { line: 'Bitte schreiben Sie Ihre Appelle möglichst sofort.', expected: 'an instruction to the reader' },
    { line: 'Skriv gärna på engelska eller ryska.', expected: 'an instruction to the reader' },
    { line: "Merci d'envoyer vos appels avant le 12 mars 2024.", expected: 'an instruction to the reader' },
    { line: '2) LET US KNOW YOU TOOK ACTION Click here to let us know if you took action.', expected: 'an instruction to the reader' },
    { line: '1) TAKE ACTION', expected: 'a heading' },
    { line: 'Schreiben Sie an:', expected: 'a heading' },
    { line: 'Briefvorlage', expected: 'a heading' },
    // A Dutch page's sample letter, under the address block it would else run into.
    { line: 'Voorbeeld brief', expected: 'a heading' },
    { line: 'Voorbeeldbrief:', expected: 'a heading' },
    { line: 'Escreva para:', expected: 'a heading' },
    { line: 'Envía llamamientos a:', expected: 'a heading' },
    { line: 'Escribe a:', expected: 'a heading' },
    // The story's own section headings, under which a page tells the case: never an address line.
    { line: 'Sachlage', expected: 'a heading' },
    { line: 'Antecedentes', expected: 'a heading' },
    { line: 'La situation :', expected: 'a heading' },
    { line: 'Achtergrond', expected: 'a heading' },
    { line: 'Baggrund', expected: 'a heading' },
    { line: 'What happened', expected: 'a heading' },
    // A group's minutes: the options it offers, and "The Embassy" over an embassy's own lines.
    { line: 'Option One:', expected: 'a heading' },
    { line: 'Step 2', expected: 'a heading' },
    { line: 'The Embassy', expected: 'a heading' },
    // A campaign's slogan over the letter names the person at risk, never the official.
    { line: 'Free Jean Exemple Modèle', expected: 'a heading' },
    { line: 'Libérez Jean Exemple !', expected: 'a heading' },
    { line: 'Freiheit für Karl Muster', expected: 'a heading' },
    // The action's own dates, a label over the date on the next line.
    { line: "Date de début de l'action", expected: 'a heading' },
    { line: 'Fecha de inicio', expected: 'a heading' },
    // A Polish page's headings: the kind of action, and those that open each official.
    { line: 'PILNA AKCJA', expected: 'a heading' },
    { line: 'Adresat:', expected: 'a heading' },
    { line: 'Adresaci:', expected: 'a heading' },
    { line: 'Pisz do:', expected: 'a heading' },
    { line: 'Napisz do:', expected: 'a heading' },
    // A Dutch page's instructions and the heading over those who get a copy.
    { line: 'Stuur uw brief vóór 15 mei 2031.', expected: 'an instruction to the reader' },
    { line: 'Schrijf in uw eigen woorden of gebruik de voorbeeldbrief.', expected: 'an instruction to the reader' },
    { line: 'U kunt ook een e-mail sturen.', expected: 'an instruction to the reader' },
    { line: 'Kopie aan:', expected: 'a heading' },
    { line: 'Kopie naar:', expected: 'a heading' },
    { line: 'Complaint form online', expected: 'a web form (no field for it)' },
    { line: 'Formulaire en ligne', expected: 'a web form (no field for it)' },
    { line: 'ABSENDER (INKL. EIGENER ANSCHRIFT)', expected: "a blank for the writer's own details" },
    { line: 'DATUM', expected: "a blank for the writer's own details" },
    { line: 'UNTERSCHRIFT', expected: "a blank for the writer's own details" },
    { line: 'Your name and address:', expected: "a blank for the writer's own details" },
    { line: 'Sektion der Bundesrepublik Deutschland e. V.', expected: "the page's own organisation (the sender)" },
    { line: 'Amnesty International', expected: "the page's own organisation (the sender)" },
    { line: 'Section suisse', expected: "the page's own organisation (the sender)" },
    { line: 'Amnesty International has documented the case since 2019.', expected: undefined },
    { line: 'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', expected: 'a separator' },
    { line: 'Section 4, Block B', expected: undefined },
    { line: 'Musterbriefe', expected: 'a heading' },
    // A web form given by its address, under an official's postal address: no address line.
    { line: 'copier-coller la lettre sur : http://www.example.gouv.fr/Contact/Ecrire-au-ministre', expected: 'a web form (no field for it)' },
    { line: 'ou écrire via le formulaire : https://www.example.fr/ecrire/', expected: 'a web form (no field for it)' },
    { line: 'Minister of Security', expected: undefined },
    { line: 'Embassy of the Arab Republic of Egypt', expected: undefined },
    { line: 'Fiscal General de la República', expected: undefined },
    { line: 'Secretaría de Estado en el Despacho de Seguridad, Aldea el Ocotal', expected: undefined },
  ];
  for (const { line, expected } of rows) {
    it(`reads "${line}" as ${expected ?? 'no furniture'}`, () => {
      expect(furnitureKind(line)).toBe(expected);
    });
  }

  it('knows which headings open the officials, and which the copies', () => {
    expect(['CONTACT INFORMATION', 'APPELLE AN', 'Escribe a:', 'KOPIEN AN'].map(isContactHeading)).toEqual([true, true, true, true]);
    // The sentence under a Dutch or English letter that sends its copy on.
    expect(['Stuur een kopie van deze brief (o.v.v. copy) naar', 'Please send a copy of this letter to:', 'Stuur een kopie naar de minister van Justitie'].map(isContactHeading)).toEqual([true, true, false]);
    expect(['KOPIEN AN', 'Copia a:', 'And copies to:', 'APPELLE AN'].map(isCopiesHeading)).toEqual([true, true, true, false]);
    // An Italian group's "and a copy to the newspapers:" over the papers to copy in.
    expect(['E una copia ai quotidiani:', 'Una copia per i seguenti destinatari:', 'E una copia ai nostri amici di Roma, che ringraziamo'].map(isCopiesHeading)).toEqual([true, true, false]);
  });
});
