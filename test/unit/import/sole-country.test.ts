import { describe, expect, it } from 'vitest';
import { recogniseAll } from '../../../src/import/import-document.js';
import { doc, valueOf } from './helpers.js';

// Appeals to officials at home whose offices name no country, on pages that name their country
// once, in a sentence: the one country named is the officials'. Two countries named, officials
// abroad, or a page in a language the detector cannot place: no country (a TODO, never a guess).
describe('the one country a page names, for officials whose offices name none', () => {
  const rows: Array<{ what: string; text: string; expected: string | undefined }> = [
    {
      what: 'a petition to a governor named in its headline, the country once in the story',
      text: `Pidamos al gobernador Ramón Ejemplo Prueba que detenga la tala de los montes del norte.

        Red Verde.

        Esta mañana un grupo de voluntarios frenó el paso de las máquinas en un campo cercano a Villa Muestra. Las comunidades del lugar viven del monte y piden que se cumpla la ley forestal más importante de Argentina, que el gobierno provincial ignora desde hace años.

        Firmá ahora y compartí esta petición con tus amigos.`,
      expected: 'Argentina',
    },
    {
      what: 'the same petition naming a second country: no guess',
      text: `Pidamos al gobernador Ramón Ejemplo Prueba que detenga la tala de los montes del norte.

        Red Verde.

        Esta mañana un grupo de voluntarios frenó el paso de las máquinas en un campo cercano a Villa Muestra. Las comunidades del lugar viven del monte y piden que se cumpla la ley forestal más importante de Argentina, como la que protege los bosques de Chile.

        Firmá ahora y compartí esta petición con tus amigos.`,
      expected: undefined,
    },
    {
      what: "a writers' centre naming its own country only in a copy list and its dateline: no guess",
      text: `Prime Minister
        Omar Muestra
        Office of the Prime Minister
        1 Palace Road
        Exampletown

        Oslo, 5 May 2013

        Dear Sir,

        We write about the trial of the poet Lina Prova, who faces ten years in prison for her verse. We ask you to see that the charges against her are dropped.

        Yours sincerely,

        Kari Sender

        COPY: President Jan Example, Embassy of Exampleland in Norway, The Norwegian Ministry of Foreign Affairs`,
      expected: undefined,
    },
    {
      what: "a section's letterhead naming its country above the addressee: no guess",
      text: `Amnesty International
        Sektion der Bundesrepublik Deutschland e. V.
        Musterweg 9
        10999 Berlin

        Farid Beispielmann
        Minister of Justice
        12 Liberty Avenue
        Example City 40400

        Sehr geehrter Herr Minister,

        mit großer Sorge habe ich erfahren, dass die Lehrerin Nadia Muster seit drei Monaten ohne Anklage festgehalten wird.

        Mit freundlichen Grüßen`,
      expected: undefined,
    },
    {
      what: 'a letter dated from one country, its story naming another once: the officials may be the dateline\'s, no guess',
      text: `Comparto la carta que le mandé a la fiscal.

        Honduras, 3 de marzo de 2021

        Señora
        Marta Ejemplo
        Fiscal General de la República
        Oficinas Centrales del Ministerio Público
        Calle Muestra 4, Colonia Prueba

        Señora fiscal:

        Le escribo para pedirle que deje su cargo, porque protegió a funcionarios acusados de corrupción y a un empresario que el gobierno de Estados Unidos pide en extradición.

        Atentamente,`,
      expected: undefined,
    },
    {
      what: 'an English letter signed under one country whose story names another once: no guess',
      text: `Our letter to the Attorney General

        The Attorney General
        Office of the Attorney General
        12 Example Road
        Sampleville

        Dear Attorney General,

        We write to ask that the charges against the lawyer Kofi Muestra be dropped, and that the loan from the United Kingdom he questioned be published in full.

        Yours faithfully,

        Kofi Sender, Chair
        Lawyers' Circle, Accra, Ghana`,
      expected: undefined,
    },
  ];
  it.each(rows)('$what', ({ text, expected }) => {
    expect(valueOf(recogniseAll(doc(text)).country)).toBe(expected);
  });
});

describe("Spain's Ceuta and Melilla are no country of their own", () => {
  it('reads Spain, which the letter names twice, over "Ceuta y Melilla", named three times', () => {
    const f = recogniseAll(doc(`CARTA A
      Presidente del Gobierno Andrés Ejemplo Ruiz
      Ministra del Interior Lucía Muestra Gil
      Le escribo para pedirle que retire las cuchillas de las vallas de Ceuta y Melilla, que respete los acuerdos que obligan a España y que no devuelva a nadie sin escuchar su caso.
      Las vallas de Ceuta y Melilla hieren cada semana a personas que huyen de la guerra.
      Le pido que España cumpla la ley en Ceuta y Melilla.
      Atentamente,`));
    expect(valueOf(f.country)).toBe('España');
  });
});
