import { describe, expect, it } from 'vitest';
import { recogniseOfficials } from '../../../src/import/officials.js';
import { splitCareOfLine } from '../../../src/import/care-of-run.js';
import { splitAddressRecord, splitSentenceAddress } from '../../../src/import/sentence-address.js';
import { doc, valueOf } from './helpers.js';

describe('splitSentenceAddress: an appeal address given inside a sentence', () => {
  const rows: Array<{ line: string; expected: string[] | undefined }> = [
    {
      line: 'Cards can be posted to the following address: Sayın Bakan Derya Sınama, T.C. İçişleri Bakanlığı, 06644 Bakanlıklar, Ankara, Türkiye.',
      expected: ['Cards can be posted to the following address:', 'Sayın Bakan Derya Sınama', 'T.C. İçişleri Bakanlığı', '06644 Bakanlıklar', 'Ankara', 'Türkiye'],
    },
    {
      line: 'Bitte schreiben Sie bald. Die Appelladresse lautet: Innenminister Karl Vorlage via Botschaft des Königreichs Exempel, Seidenweg 4, 3012 Bern. Danke fürs Mitmachen!',
      expected: ['Danke fürs Mitmachen!', 'Bitte schreiben Sie bald. Die Appelladresse lautet:', 'Innenminister Karl Vorlage', 'via Botschaft des Königreichs Exempel', 'Seidenweg 4', '3012 Bern'],
    },
    {
      line: 'Vous pouvez envoyer votre carte à l’adresse suivante : Monsieur le Ministre Jean Modèle, c/o Ambassade de la République d’Exemple, 12 avenue de l’Exemple, 75016 Paris.',
      expected: ['Vous pouvez envoyer votre carte à l’adresse suivante :', 'Monsieur le Ministre Jean Modèle', 'c/o Ambassade de la République d’Exemple', '12 avenue de l’Exemple', '75016 Paris'],
    },
    // A church page's request runs into the official with no colon; the fax after the sentence is his.
    {
      line: 'Bitte, appellieren Sie an Seine Exzellenz Jan Example, Präsident der Islamischen Republik Valdor, via Botschaft des Valdor, Beispielallee 67, D-14195 Berlin. Fax: 030 – 55529133',
      expected: ['Bitte, appellieren Sie an', 'Seine Exzellenz Jan Example', 'Präsident der Islamischen Republik Valdor', 'via Botschaft des Valdor', 'Beispielallee 67', 'D-14195 Berlin', 'Fax: 030 – 55529133'],
    },
    {
      line: 'Schreiben Sie an Frau Ministerin Erika Vorbild, c/o Botschaft des Königreichs Exempel, Seidenweg 4, 3012 Bern. Danke!',
      expected: ['Danke!', 'Schreiben Sie an', 'Frau Ministerin Erika Vorbild', 'c/o Botschaft des Königreichs Exempel', 'Seidenweg 4', '3012 Bern'],
    },
    // Under "Die Appelladresse lautet:", the address as a sentence of its own: an office, then the embassy that forwards it.
    {
      line: 'Seine Exzellenz Premierminister Jan Example, c/o Botschaft der Republik Valdor, Beispielstraße 17, 10785 Berlin.',
      expected: ['Seine Exzellenz Premierminister Jan Example', 'c/o Botschaft der Republik Valdor', 'Beispielstraße 17', '10785 Berlin'],
    },
    // A news item retelling an appeal names the official before the announcing words, then prints
    // his address (a street first) and offers his email instead ("o al email:", "or by email at").
    {
      line: 'Antes del 5 de marzo de 2031, los lectores deben dirigir cartas al presidente Juan Ejemplo Pérez, a la dirección: Calle Modelo Esq. 4, Plaza de Ejemplo, CP 10100, La Habana, Cuba o al email: despacho@example.org, pidiéndole que libere al músico.',
      expected: ['pidiéndole que libere al músico', 'Antes del 5 de marzo de 2031, los lectores deben dirigir cartas al presidente Juan Ejemplo Pérez, a la dirección:', 'Juan Ejemplo Pérez', 'Calle Modelo Esq. 4', 'Plaza de Ejemplo', 'CP 10100', 'La Habana', 'Cuba', 'Email: despacho@example.org'],
    },
    {
      line: 'También deben enviarse copias a Ana Modelo Ruiz, Embajadora de Cuba en el Reino Unido, a la siguiente dirección: Embassy of the Republic of Cuba, 12 Example Street WC1X 9ZZ o al correo electrónico embajada@example.org.',
      expected: ['También deben enviarse copias a Ana Modelo Ruiz, Embajadora de Cuba en el Reino Unido, a la siguiente dirección:', 'Ana Modelo Ruiz', 'Embajadora de Cuba en el Reino Unido', 'Embassy of the Republic of Cuba', '12 Example Street WC1X 9ZZ', 'Email: embajada@example.org'],
    },
    {
      line: 'The group urges readers to write to Prime Minister John Example, at the following address: 10 Example Road, Exampletown 10100, or by email at pm@example.org.',
      expected: ['The group urges readers to write to Prime Minister John Example, at the following address:', 'John Example', 'Prime Minister', '10 Example Road', 'Exampletown 10100', 'Email: pm@example.org'],
    },
    // A story's person before the announcing words, or words after the colon that are no address: nothing.
    { line: 'Sus amigos pueden enviar cartas de apoyo a Juan Ejemplo Pérez, a la dirección: Calle Modelo 4, CP 10100, La Habana o al email: amigos@example.org.', expected: undefined },
    { line: 'Los lectores deben dirigir cartas al presidente Juan Ejemplo Pérez, a la dirección: la que figura en la web de la presidencia.', expected: undefined },
    // A label at the line's start is a labelled record's, read elsewhere.
    { line: 'Postal address: Minister Jane Roe, 5 High Street, Exampletown AB1 2CD', expected: undefined },
    // Where readers report back, or the page's own address: never an official.
    { line: 'Please let us know about your letters at the following address: Jane Helper, Example Group, 5 High Street, Exampletown AB1 2CD.', expected: undefined },
    { line: 'Schicken Sie Ihre Briefe an unsere Adresse: Amnesty Beispiel, Musterstraße 8, 10115 Berlin.', expected: undefined },
    { line: 'Please report the letters you sent to the following address: Director Jane Helper, Example Group, 5 High Street, Exampletown AB1 2CD.', expected: undefined },
    { line: 'Schicken Sie eine Kopie Ihres Briefes an unsere Adresse: Präsidentin Erika Helferin, Amnesty-Gruppe, Musterstraße 8, 10115 Berlin.', expected: undefined },
    // Cards of solidarity go to the person the action is about: no official.
    { line: 'Messages of support can be sent to the following address: Mr Tom Roe, Central Prison No. 5, 12 Prison Road, 10100 Exampletown.', expected: undefined },
    // Nor the person the reader writes to as "him" or "her", or sends a card of hope.
    { line: 'Readers can write to him at this address: Mr Tom Roe, Central Prison No. 5, 12 Prison Road, 10100 Exampletown.', expected: undefined },
    { line: 'Please send her a card of hope at the following address: Ana Roe, Women’s Prison, 12 Gate Road, 10100 Exampletown.', expected: undefined },
    { line: 'Schreiben Sie ihm eine Karte an folgende Adresse: Tom Roe, Zentralgefängnis, Torweg 12, 10100 Beispielstadt.', expected: undefined },
    { line: 'Solidaritätskarten schicken Sie bitte an diese Adresse: Herrn Jan Muster, Gefängnis Nord, Hafenweg 3, 3000 Exempelstadt.', expected: undefined },
    // An address in the story, not one to write to.
    { line: 'His family has lived for years at this address: Mr Tom Roe, 5 High Street, Exampletown.', expected: undefined },
    // What follows the colon is no official with an address.
    { line: 'You can write to the prison at this address: please ask the group for it, since it changes often.', expected: undefined },
    { line: 'Letters can be sent to the following address: Minister Jane Roe, who has not yet replied to anyone.', expected: undefined },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    expect(splitSentenceAddress(line)).toEqual(expected);
  });
});

describe('splitCareOfLine: the official and the embassy that forwards the letter, with no commas', () => {
  const rows: Array<{ line: string; expected: string[] | undefined }> = [
    {
      line: 'Seine Exzellenz Staatspräsident Omar Modell ℅: Botschaft der Republik Exempel Schillerufer 12 D-10117 Berlin',
      expected: ['Seine Exzellenz Staatspräsident Omar Modell', '℅ Botschaft der Republik Exempel', 'Schillerufer 12', 'D-10117 Berlin'],
    },
    {
      line: 'Ministerpräsidentin Lena Vorbild c/o Botschaft des Königreichs Exempel Märkisches Ufer 34 10179 Berlin',
      expected: ['Ministerpräsidentin Lena Vorbild', 'c/o Botschaft des Königreichs Exempel', 'Märkisches Ufer 34', '10179 Berlin'],
    },
    // No street with its number after the institution: left whole.
    { line: 'Staatspräsident Omar Modell ℅: Botschaft der Republik Exempel in Berlin', expected: undefined },
    // A sentence that mentions a care-of address is no official's line.
    { line: 'Wir haben den Brief c/o Botschaft der Republik Exempel Schillerufer 12 10117 Berlin geschickt', expected: undefined },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    expect(splitCareOfLine(line)).toEqual(expected);
  });
});

describe('officials whose address a sentence gives', () => {
  const rows = [
    {
      text: `
        Please write before 30 April 2026. The letter can be sent to the following address: Sayın Bakan Derya Sınama, T.C. İçişleri Bakanlığı, 06644 Bakanlıklar, Ankara, Türkiye. Postage is the usual European rate.

        Dear Minister,
      `,
      expected: [{ name: 'Derya Sınama', honorific: 'Sayın Bakan', title: undefined, organisation: undefined, address: ['T.C. İçişleri Bakanlığı', '06644 Bakanlıklar', 'Ankara', 'Türkiye'] }],
    },
    {
      text: `
        Bitte schreiben Sie bis Ende April. Die Appelladresse lautet: Innenminister Karl Vorlage via Botschaft des Königreichs Exempel, Seidenweg 4, 3012 Bern. Das Porto beträgt 1,20 Franken.

        Sehr geehrter Herr Minister,
      `,
      expected: [{ name: 'Karl Vorlage', honorific: undefined, title: 'Innenminister', organisation: undefined, address: ['via Botschaft des Königreichs Exempel', 'Seidenweg 4', '3012 Bern'] }],
    },
    {
      text: `
        Schreiben Sie bitte an:

        Seine Exzellenz Staatspräsident Omar Modell ℅: Botschaft der Republik Exempel Schillerufer 12 D-10117 Berlin

        Sehr geehrter Herr Präsident,
      `,
      // The institution on the care-of line is his organisation; the draft prints it as the address's first line (targets.ts).
      expected: [{ name: 'Omar Modell', honorific: 'Seine Exzellenz', title: 'Staatspräsident', organisation: '℅ Botschaft der Republik Exempel', address: ['Schillerufer 12', 'D-10117 Berlin'] }],
    },
  ];
  it.each(rows)('reads $expected.0.name with the address pieces, never the sentence', ({ text, expected }) => {
    const officials = valueOf(recogniseOfficials(doc(text)));
    expect(officials?.map((o) => ({ name: o.name?.value, honorific: o.honorific?.value, title: o.title?.value, organisation: o.organisation?.value, address: o.address.map((a) => a.value) }))).toEqual(expected);
  });
});

describe('splitSentenceAddress: with no colon, less than an official and his address is left whole (guards)', () => {
  // With no colon, only a courtesy title opens the official: the story's words after "an" are not read.
  // A prisoner's address for cards names no office; a sentence that goes on is no address.
  it.each([
    'Bitte appellieren Sie an Präsident Jan Example, der seit 2019 regiert, und an das Parlament.',
    'Schreiben Sie an Jan Example, Beispielallee 67, D-14195 Berlin.',
    'Herrn Tom Roe, c/o Zentralgefängnis Nord, Torweg 12, 10100 Beispielstadt.',
    'Premierminister Jan Example, c/o Botschaft der Republik Valdor, Beispielstraße 17, 10785 Berlin. Er antwortet nie.',
  ])('%s', (line) => {
    expect(splitSentenceAddress(line)).toBeUndefined();
  });
});

describe('splitAddressRecord: an announced address printed on one line, parted by commas', () => {
  const rows: Array<{ line: string; expected: string[] }> = [
    // The bare "email" whose link was lost is no part of the address: a line of its own.
    { line: 'Mr Karl Example, High Commissioner for Valdor, 9 Example Crescent Belgravia, London SW1X 8SP, email', expected: ['Mr Karl Example', 'High Commissioner for Valdor', '9 Example Crescent Belgravia', 'London SW1X 8SP', 'email'] },
    { line: 'Ms Jane Example, Minister of Justice, 12 Example Road, 10115 Berlin', expected: ['Ms Jane Example', 'Minister of Justice', '12 Example Road', '10115 Berlin'] },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    expect(splitAddressRecord(line)).toEqual(expected);
  });

  it('leaves a line whole when no person opens it, or no street or postcode is printed', () => {
    expect(splitAddressRecord('Head of Judiciary, Jane Example, c/o Embassy of Valdor to the European Union, BRUSSELS, BELGIUM')).toBeUndefined();
    expect(splitAddressRecord('Mr Karl Example, High Commissioner for Valdor, London')).toBeUndefined();
  });

  it('leaves whole a person with no office after his name: a prisoner\'s address for cards is no official', () => {
    expect(splitAddressRecord('Mr Tom Beispiel, Example Prison, 12 Prison Road, London SW1A 1AA')).toBeUndefined();
  });
});

describe("a news item's retelling: the official before the announcing words, read whole", () => {
  it('reads the official, his address and the email the sentence offers instead, under a head that opens with a date', () => {
    const text = [
      'La organización lanzó un llamado por el músico preso Pedro Ejemplo.',
      'Antes del 5 de marzo de 2031, los lectores deben dirigir cartas al presidente Juan Ejemplo Pérez, a la dirección: Calle Modelo Esq. 4, Plaza de Ejemplo, CP 10100, La Habana, Cuba o al email: despacho@example.org, pidiéndole que libere al músico.',
      'El músico está preso desde hace dos años.',
    ].join('\n');
    const officials = valueOf(recogniseOfficials(doc(text)));
    expect(officials?.map((o) => ({ name: o.name?.value, address: o.address.map((a) => a.value), emails: o.emails.map((e) => e.value) }))).toEqual([
      { name: 'Juan Ejemplo Pérez', address: ['Calle Modelo Esq. 4', 'Plaza de Ejemplo', 'CP 10100', 'La Habana', 'Cuba'], emails: ['despacho@example.org'] },
    ]);
  });
});
