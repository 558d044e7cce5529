// A page's headline names the addressee without his second surname ("… al Secretario de Justicia,
// Ramón Ejemplo") and the letter's block names him in full ("Dr. Ramón Ejemplo Muestra" / his office /
// his town): one official, the block's. A page's campaign heading over the country's name alone
// ("Acción Exemplia" / "República de Exemplia") reaches nobody: no official.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const rows = [
  {
    layout: 'a Spanish blog post: headline, byline, the block, the greeting',
    text: [
      'Carta pública del Colectivo Ejemplo enviada al Secretario de Justicia, Ramón Ejemplo',
      '',
      'Lunes 3 de marzo de 2014, por colectivo',
      '',
      'Dr. Ramón Ejemplo Muestra',
      'Secretario de Justicia',
      'Ciudad Ejemplo',
      '',
      'Señor Secretario,',
      'Le escribimos para pedirle que investigue la desaparición de la defensora Lucía Prueba, vista por última vez el 2 de enero.',
      'Atentamente,',
    ],
    name: 'Ramón Ejemplo Muestra',
  },
  {
    layout: 'a Spanish open letter: another office in the headline, a paragraph between, the block spaced',
    text: [
      'Red Ejemplo; Carta abierta dirigida a la Fiscal General, Ana Prueba',
      '',
      'Jueves 5 de junio de 2015, por redejemplo',
      '',
      'Si la justicia es de verdad la prioridad de su gobierno, es urgente que se investiguen las amenazas contra los periodistas de la región.',
      '',
      'Lic. Ana Prueba Sánchez',
      '',
      'Fiscal General de la República',
      '',
      'Ciudad Ejemplo',
      '',
      'Señora Fiscal General:',
      'Le escribimos para pedirle que investigue la desaparición de la defensora Lucía Prueba, vista por última vez el 2 de enero.',
      'Atentamente,',
    ],
    name: 'Ana Prueba Sánchez',
  },
];

describe('the addressee named short above his block', () => {
  it.each(rows)('$layout', ({ text, name }) => {
    const targets = draftTargets(importDocument(text.join('\n'), { source: 'page.txt' }).caseText);
    expect(targets.map((t) => t.name)).toEqual([name]);
  });
});

describe("a campaign heading over a country's name", () => {
  const pages = [
    {
      layout: 'French, blank lines between',
      text: ['Action Brazzaville', '', 'République du Congo', '', 'Halte aux violences !', '', 'Rentrée 2014', '', 'Modèles de lettres à envoyer aux responsables', 'Témoignages', '', 'Nous vous proposons de recopier les lettres à la main et de les envoyer vous-même aux autorités responsables, en gardant le même contenu.', '', 'Président Jean Exemple', '', 'Présidence de la République', '', "1 avenue de l'Exemple", 'Ville-Exemple'],
      name: 'Jean Exemple',
    },
    {
      layout: 'English, the country right under the heading',
      text: ['Congo Campaign', 'Democratic Republic of the Congo', '', 'Letters to copy and send', '', 'We suggest you copy the letters by hand and send them yourself to the authorities, keeping the same content and courtesy.', '', 'President John Example', 'Presidency of the Republic', '1 Example Avenue', 'Example City'],
      name: 'John Example',
    },
  ];
  it.each(pages)('$layout: no official', ({ text, name }) => {
    const targets = draftTargets(importDocument(text.join('\n'), { source: 'page.txt' }).caseText);
    expect(targets.map((t) => t.name)).toEqual([name]);
  });
});
