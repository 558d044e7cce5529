// A petition's "Para:" label alone on its line, its recipients one a line (courtesy title, rank,
// name, a comma, the office) and the petition's own words right under them, with no greeting: each
// line is an official, the words under them the letter, and the story's "write to President Jane"
// above them is the same person named short, not another official (petition-para-list.ts).
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const rows = [
  {
    layout: 'Portuguese, two recipients, the story naming the first by her first name',
    text: [
      'MÃE PEDE AJUDA PARA LIBERTAR O FILHO',
      '',
      'Sou a mãe do Pedro e peço que escrevam para a presidente Joana, para que ela interceda junto ao governo de Exemplândia. Obrigada a todos!',
      '',
      'Para:',
      'Excelentíssima Presidenta Joana Exemplo, Presidenta da República',
      'Vossa Excelência Embaixador Ivan Exemplov, Embaixador da Exemplândia no Brasil',
      'Manifestamos todo o nosso apoio ao fotógrafo Pedro Amostra, detido há três semanas em Exemplândia depois de uma manifestação pacífica.',
    ],
    names: ['Joana Exemplo', 'Ivan Exemplov'],
    letter: 'Manifestamos todo o nosso apoio',
  },
  {
    layout: 'Spanish, one recipient, a blank line under the list',
    text: [
      'Firma por la liberación de Marta Prueba',
      '',
      'Para:',
      'Excmo. Sr. Presidente Juan Ejemplo Ruiz, Presidente de la República',
      '',
      'Le pedimos que ponga en libertad de inmediato a la periodista Marta Prueba, encarcelada desde marzo por informar sobre la corrupción.',
    ],
    names: ['Juan Ejemplo Ruiz'],
    letter: 'Le pedimos que ponga en libertad',
  },
];

describe('a petition\'s "Para:" list over its text', () => {
  it.each(rows)('$layout', ({ text, names, letter }) => {
    const result = importDocument(text.join('\n'), { source: 'petition.txt' });
    const targets = draftTargets(result.caseText);
    expect(targets.map((t) => t.name)).toEqual(names);
    expect(result.caseText.slice(result.caseText.lastIndexOf('## Letter'))).toContain(letter);
  });

  it('reads nothing when a line under the label is no recipient and no running text (a mail header, a block of details)', () => {
    const text = ['Para:', 'Excelentíssima Presidenta Joana Exemplo, Presidenta da República', 'Praça dos Exemplos 1', 'Brasília', '', 'Senhora Presidenta,', 'Pedimos a libertação de Pedro Amostra, detido sem acusação desde abril.'].join('\n');
    const targets = draftTargets(importDocument(text, { source: 'petition.txt' }).caseText);
    expect(targets.map((t) => t.name)).not.toContain('Ivan Exemplov');
    expect(JSON.stringify(targets)).not.toContain('Para:');
  });
});
