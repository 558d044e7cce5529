import { describe, expect, it } from 'vitest';
import { recogniseAll } from '../../../src/import/import-document.js';
import { mentionsInLine } from '../../../src/import/country-mentions.js';
import { recogniseCountry } from '../../../src/import/country.js';
import { doc, valueOf } from './helpers.js';

// The case's country as one decision over the page's evidence (case-country.ts). Invented pages.
describe('caseCountry: the sender\'s own country is not the case\'s', () => {
  const rows: Array<{ what: string; text: string; expected: string | undefined }> = [
    {
      what: 'an English letter from "AI Exampleland section" (Japan) to Myanmar, naming Japan most',
      text: `
        From the archive

        AI Japanese section

        Dear Minister,
        I write for Amnesty International Japanese Section, whose members live all over Japan.
        Japanese readers follow the news from Myanmar closely, and many Japanese citizens wrote to us.
        We ask you to free the student Aung Example, held since March without charge.
        Yours sincerely, Taro Example`,
      expected: undefined,
    },
    {
      what: 'a Spanish page signed by "AI España", its prose naming Spain most, the case in Peru',
      text: `
        Boletín del grupo local

        Carta de AI España

        Los miembros en España enviaron cartas. Desde España pedimos a las autoridades de Perú
        que liberen a la defensora Rosa Ejemplo, detenida en Lima. España y sus grupos seguirán el caso.
        Un saludo, el grupo`,
      expected: undefined,
    },
  ];
  for (const row of rows) {
    it(row.what, () => {
      expect(valueOf(recogniseAll(doc(row.text)).country)).toBe(row.expected);
    });
  }

  it('keeps the sender\'s country where other evidence names it: the embassy the page asks you to write to', () => {
    const text = `
      Action of the month

      Please share the messages below, tagging the account of AI Turkey.
      Write to the Turkish ambassador in your country and send letters to the embassy:
      Embassy, Republic of Turkey
      12 Example Row, Exampletown

      Protesters from Greece and Bulgaria joined the march, which the police broke up with tear gas.`;
    expect(valueOf(recogniseAll(doc(text)).country)).toBe('Turkey');
  });

  it('keeps a section\'s own country when the page names no other', () => {
    const text = `
      Newsletter of the group

      Amnesty International Canada section

      Write to the Minister of Public Safety about the prison in Canada where Jane Example is held.
      Canada must end solitary confinement in its federal prisons, members in Canada say.`;
    expect(valueOf(recogniseAll(doc(text)).country)).toBe('Canada');
  });
});

describe('country mentions: the page\'s own spelling and two-word adjectives', () => {
  it('keeps the hyphen the page joins a name with ("Wit-Rusland", "Guinea-Bissau")', () => {
    expect(mentionsInLine('de president van Wit-Rusland. Roep hem op', 1, 'nl').map((m) => m.name)).toEqual(['Wit-Rusland']);
    expect(mentionsInLine('the authorities of Guinea-Bissau must act', 1, 'en').map((m) => m.name)).toEqual(['Guinea-Bissau']);
  });

  it.each([
    ['in breach of South Sudanese law and treaties', 'South Sudan'],
    ['SOUTH SUDANESE ACTIVIST HELD WITHOUT CHARGE', 'South Sudan'],
  ])('reads a compass word and an adjective as the two-word country: %s', (line, expected) => {
    const mentions = mentionsInLine(line, 1, 'en');
    expect(mentions.map((m) => m.country)).toEqual([expected]);
  });

  it.each([
    ['Av. Ejemplo cruce con Av. México, Edificio Fiscalía', []],
    ['Calle Venezuela 12, Torre Ejemplo', []],
    ['Avenida de Francia 3', []],
    ['Rue du Liban 14, Exampleville', []],
    // A street's word must be printed as an address prints it: "via" in a sentence is a preposition.
    ['he was deported via Egypt last year', ['Egypt']],
  ])('reads no country in a street named after one: %s', (line, expected) => {
    expect(mentionsInLine(line, 1, 'es').map((m) => m.country)).toEqual(expected);
  });

  it('a page naming its one country in prose, whose official\'s street is named after another, is that country\'s', () => {
    const text = `
      Martes, 3 de marzo

      La detención de Ana Ejemplo ocurre en un contexto de persecución contra las maestras en Venezuela.
      Ana Ejemplo es una maestra del estado Ejemplo. El Fiscal General debe retirar los cargos contra ella.
      ACTÚEN: REDACTEN SU PROPIO LLAMAMIENTO
      Fiscal General
      Pedro Ejemplo Ruiz
      Av. Ejemplo cruce con Av. México,
      Edificio Fiscalía
      Señor Fiscal General Pedro Ejemplo Ruiz,
      Escribo con preocupación por la detención arbitraria de Ana Ejemplo, maestra y defensora en Venezuela.
      Le pido que retire los cargos y la ponga en libertad de inmediato.`;
    expect(valueOf(recogniseAll(doc(text)).country)).toBe('Venezuela');
  });

  it('reads an adjective alone as its one-word country still ("Sudanese law")', () => {
    expect(mentionsInLine('in breach of Sudanese law', 1, 'en').map((m) => m.country)).toEqual(['Sudan']);
  });

  it('a page naming a country only by its compass adjective takes the two-word country', () => {
    const text = `
      Write for Rights

      Among the people we campaign for this year is a young man sentenced to death as a child under South Sudanese law.
      Write to the President and ask him to commute the sentence, supporters around the world are asked.`;
    expect(valueOf(recogniseAll(doc(text)).country)).toBe('South Sudan');
  });
});

describe('header: a state\'s formal name before the headline\'s colon', () => {
  it.each([
    ['KINGDOM OF SAUDI ARABIA: Release the blogger Sami Example\n\nHe was arrested in May.', 'Kingdom of Saudi Arabia'],
    ['República Bolivariana de Venezuela: liberen a la periodista Ana Ejemplo\n\nFue detenida en Caracas.', 'República Bolivariana de Venezuela'],
    ['Arab Republic of Egypt: free the lawyer Omar Example\n\nHe is held in Cairo.', 'Arab Republic of Egypt'],
  ])('%s', (text, expected) => {
    expect(valueOf(recogniseCountry(doc(text)))).toBe(expected);
  });

  it('reads no federal state\'s name so ("Estado de México: …")', () => {
    expect(recogniseCountry(doc('Estado de México: liberen al activista Juan Ejemplo\n\nFue detenido en Toluca.')).found).toBe(false);
  });
});
