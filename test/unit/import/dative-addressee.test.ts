// A petition names its addressee in the dative right above the greeting, office then name, ending
// with a full stop ("Al Ministro della Giustizia, Mario Esempio."): he is the official when the
// greeting addresses the same office (dative-addressee.ts).
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const rows = [
  {
    layout: 'Italian petition: headline, the dative line, the greeting',
    text: ['Petizione per la liberazione del giornalista Luca Esempio, detenuto da due anni senza processo.', 'Al Ministro della Giustizia e dei Rapporti con il Parlamento della Repubblica Esempiana, Mario Esempio.', 'Signor Ministro,', 'le scriviamo per chiederle di intervenire affinché il giornalista Luca Esempio sia rilasciato subito, come chiedono da mesi molte associazioni.', 'Cordiali saluti,'],
    name: 'Mario Esempio',
    title: 'Ministro della Giustizia e dei Rapporti con il Parlamento della Repubblica Esempiana',
  },
  {
    layout: 'Portuguese open letter: a blank line before the greeting, a colon after the name',
    text: ['Carta pela libertação da ativista Rita Amostra', '', 'Ao Presidente da Assembleia Nacional, João Exemplo Prudente:', '', 'Senhor Presidente,', 'escrevemos-lhe para pedir a libertação imediata da ativista Rita Amostra, detida desde março por ter participado numa manifestação pacífica.', 'Atenciosamente,'],
    name: 'João Exemplo Prudente',
    title: 'Presidente da Assembleia Nacional',
  },
];

describe('the addressee in the dative above the greeting', () => {
  it.each(rows)('$layout', ({ text, name, title }) => {
    const targets = draftTargets(importDocument(text.join('\n'), { source: 'petition.txt' }).caseText);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ name, title });
  });
});
