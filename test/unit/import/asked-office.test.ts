import { describe, expect, it } from 'vitest';
import { askedOffices } from '../../../src/import/asked-office.js';
import { importDocument } from '../../../src/import/import-document.js';
import { doc, draftTargets } from './helpers.js';

// The section's demand names the one office it asks to act, in Portuguese, Spanish or Italian.
describe('askedOffices: the office a demand asks to act', () => {
  it.each([
    ['Portuguese, "que o" and the office as subject', 'Os ativistas Ana Exemplo e João Modelo desapareceram em junho no vale do Exemplo. Pedimos que o Procurador-Geral da República garanta uma investigação rápida e imparcial.', 'Procurador-Geral da República'],
    ['Spanish, the office as object, then "que"', 'Pedimos al Fiscal General de la Nación que investigue a los altos mandos responsables de las muertes.', 'Fiscal General de la Nación'],
    ['Spanish, "Exigimos que el"', 'Exigimos que el Ministro del Interior libere de inmediato a Tomás Ejemplar.', 'Ministro del Interior'],
    ['Italian, "alla", then "di"', 'Chiediamo al Presidente della Repubblica di intervenire subito per la liberazione di Mario Esempio.', 'Presidente della Repubblica'],
  ])('%s', (_what, line, office) => {
    expect(askedOffices(doc(line)).map((o) => o.name?.value)).toEqual([office]);
  });

  it.each([
    ['the authorities', 'Pedimos que las Autoridades de Ejemplia investiguen los hechos.'],
    ['a person', 'Pedimos que o Jorge Exemplo Modelo garanta a segurança dos defensores.'],
    ['no demand', 'O Procurador-Geral da República garantiu uma investigação rápida.'],
  ])('reads none: %s', (_what, line) => {
    expect(askedOffices(doc(line))).toEqual([]);
  });
});

describe('a page whose only addressee is the office its demand asks to act', () => {
  it.each([
    ['Portuguese', ['DEFENSORES AMEAÇADOS', 'Em maio, a ativista Ana Exemplo foi ameaçada de morte depois de denunciar a invasão de terras no vale do Exemplo, e as autoridades não abriram nenhuma investigação. Pedimos que o Procurador-Geral da República garanta uma investigação completa e independente.', 'Defender os direitos humanos não pode custar a vida!'], 'Procurador-Geral da República'],
    ['Italian', ['LIBERTÀ PER MARIO', 'Il giornalista Mario Esempio è detenuto da aprile senza accusa per aver scritto della corruzione locale.', 'Chiediamo al Presidente della Repubblica di intervenire subito per la sua liberazione.'], 'Presidente della Repubblica'],
  ])('%s', (_what, lines, office) => {
    expect(draftTargets(importDocument(lines.join('\n'), { source: 'p.txt' }).caseText).map((t) => t.name)).toEqual([office]);
  });
});
