import { describe, expect, it } from 'vitest';
import { asSpaced } from '../../../bench/lib/page-variants.mjs';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// Open letters that open with a stack of addressees and print no way to reach any of them: name /
// office pairs (blank lines between them or none), several names over one shared office and town,
// a "Para:" heading over "Name, Office" lines, a dative "Ao Excelentíssimo Senhor …" line. Each
// person is an official (a copy under a copies heading) with a TODO asking how to reach him; the
// people of the story, the letter's subject and a title above the stack are never officials.

/** name · honorific · title · copy · salutation · address */
const summary = (t: Record<string, unknown>) =>
  [t.name, t.honorific ?? '-', t.title ?? '-', t.copy === true ? 'copy' : 'official', t.salutation ?? '-', ([t.address ?? []].flat() as string[]).join(' / ') || '-'].join(' · ');

const carta = 'Nos dirigimos a ustedes para expresar nuestra profunda preocupación por las amenazas que reciben los defensores de la comunidad de Río Ejemplo, Luz Ejemplo y Pedro Muestra, desde hace semanas.\n\nLes pedimos que investiguen estos hechos de inmediato.\n\nAtentamente,\n\nColectivo Ejemplar\nJane Firmante\n';
const carta_pt = 'Nós, organizações da sociedade civil abaixo assinadas, vimos manifestar nossa grave preocupação com as ameaças contra lideranças indígenas da região de Rio Exemplo.\n\nSolicitamos que sejam tomadas medidas urgentes.\n\nAtenciosamente,\n\nRede Exemplo\n';

describe('a stack of addressees above an open letter, no contact printed', () => {
  const rows: Array<{ what: string; page: string; expected: string[] }> = [
    {
      what: 'name / office pairs after a dateline and "Señores", the letter with no greeting',
      page: `Carta abierta al Gobierno de Ejemplia\n\nCiudad Ejemplo, 26 de noviembre de 2015\n\nSeñores\n\nJuan Ejemplo Pérez\nPresidente de la República de Ejemplia\n\nAna Muestra\nMinistra de Relaciones Exteriores\n\nPedro Prueba\nProcurador General de la Nación\n\n${carta}`,
      expected: ['Juan Ejemplo Pérez · - · Presidente de la República de Ejemplia · official · - · -', 'Ana Muestra · - · Ministra de Relaciones Exteriores · official · - · -', 'Pedro Prueba · - · Procurador General de la Nación · official · - · -'],
    },
    {
      what: 'courtesy titles and a rank before the names, a copies heading, a greeting in the plural for those written to',
      page: `Carta pública\n\nCiudad Ejemplo, 3 de marzo de 2016\n\nSra. Ana Muestra Gil\nFiscal General de la Nación\n\nSr. Pedro Prueba\nDefensor del Pueblo\n\nSenador Luis Ejemplar\nPresidente de la Comisión de Derechos Humanos\n\nCon copia a:\n\nAbog. Eva Modelo\nCoordinadora de la Oficina de Protección\n\nSeñores Fiscales:\n\n${carta}`,
      expected: [
        'Ana Muestra Gil · Sra. · Fiscal General de la Nación · official · Señores Fiscales · -',
        'Pedro Prueba · Sr. · Defensor del Pueblo · official · Señores Fiscales · -',
        'Luis Ejemplar · Senador · Presidente de la Comisión de Derechos Humanos · official · Señores Fiscales · -',
        'Eva Modelo · Abog. · Coordinadora de la Oficina de Protección · copy · - · -',
      ],
    },
    {
      what: 'names in capitals, pairs packed with no blank line, committee offices, "C/c aos Excelentíssimos Senhores"',
      page: `CARTA ABERTA\n\nCidade Exemplo, 12 de abril de 2017\n\nExcelentíssimos Senhores\n\nJOÃO EXEMPLO SILVA\nVice-Presidente da CPI\nMARIA MODELO\nMembro da Comissão\n\nC/c aos Excelentíssimos Senhores\n\nSenador JANE EXEMPLO\nRelatora da Comissão\n\nExcelentíssimos,\n\n${carta_pt}`,
      expected: ['João Exemplo Silva · - · Vice-Presidente da CPI · official · Excelentíssimos · -', 'Maria Modelo · - · Membro da Comissão · official · Excelentíssimos · -', 'Jane Exemplo · Senador · Relatora da Comissão · copy · - · -'],
    },
    {
      what: 'several names with courtesy titles over one shared institution and town; the subject line is no address',
      page: `Abog. Ana Muestra Ruiz\n\nAbog. Pedro Prueba Gil\n\nComisión Ejemplar del Ministerio Público\n\nCiudad Ejemplo, D.C.\n\nPropuestas de la Alianza por la Justicia\n\nDe nuestra mayor consideración:\n\n${carta}`,
      expected: [
        'Ana Muestra Ruiz · Abog. · - · official · De nuestra mayor consideración · Comisión Ejemplar del Ministerio Público / Ciudad Ejemplo, D.C.',
        'Pedro Prueba Gil · Abog. · - · official · De nuestra mayor consideración · Comisión Ejemplar del Ministerio Público / Ciudad Ejemplo, D.C.',
      ],
    },
    {
      what: '"Para:" alone, then one "Name, Office" a line',
      page: `Carta aberta sobre o caso de Ana Teste\n\nPara:\nJane Exemplo, Presidenta da República Federativa de Exemplia\nSenador João Exemplo, Presidente do Congresso Nacional\n\nExcelentíssimos,\n\n${carta_pt}`,
      expected: ['Jane Exemplo · - · Presidenta da República Federativa de Exemplia · official · Excelentíssimos · -', 'João Exemplo · Senador · Presidente do Congresso Nacional · official · Excelentíssimos · -'],
    },
    {
      what: 'a dative "Ao Excelentíssimo Senhor …, Ministro …" line, the line under it the address',
      page: `Carta aberta\n\nAo Excelentíssimo Senhor Jane Exemplo, Ministro de Estado da Justiça\nGoverno Federal, Cidade Exemplo – DF\n\nPrezado Senhor:\n\n${carta_pt}`,
      expected: ['Jane Exemplo · Excelentíssimo Senhor · Ministro de Estado da Justiça · official · Prezado Senhor · Governo Federal, Cidade Exemplo – DF'],
    },
    {
      what: 'one run-on line ending in a colon that greets three officials by office and name, the letter under it',
      page: `Carta sobre el caso de Luz Ejemplo\n\nSres. Ministro de Justicia, Ana Muestra, Subsecretario de Justicia Pedro Prueba y Subsecretaria de Derechos Humanos, Eva Ejemplo:\n\n${carta}`,
      expected: ['Ana Muestra · - · Ministro de Justicia · official · - · -', 'Pedro Prueba · - · Subsecretario de Justicia · official · - · -', 'Eva Ejemplo · - · Subsecretaria de Derechos Humanos · official · - · -'],
    },
  ];
  it.each(rows)('$what', ({ page, expected }) => {
    const { caseText } = importDocument(page, { source: 'p.txt' });
    expect(draftTargets(caseText).map(summary)).toEqual(expected);
    // No contact is printed: the draft asks how to reach each one with no address.
    const bare = expected.filter((e) => e.endsWith(' · -')).length;
    expect(caseText.match(/no address, email, fax, phone or handle is printed for this official/g)?.length ?? 0).toBe(bare);
  });

  // A page that puts every line in its own paragraph: the office is the line past the blank one.
  it.each(rows.slice(0, 1))('$what, with a blank line after every line', ({ page, expected }) => {
    expect(draftTargets(importDocument(asSpaced(page), { source: 'p.txt' }).caseText).map(summary)).toEqual(expected);
  });
});

describe('what a stack of addressees never holds', () => {
  const rows: Array<{ what: string; page: string; expected: string[] }> = [
    {
      what: 'the people at risk listed with their roles in the story above the stack are no officials',
      page: `Carta abierta\n\nLas personas amenazadas son las siguientes, todas ellas miembros de la comunidad de Río Ejemplo desde hace años:\n\nLuz Ejemplo\nDefensora de derechos humanos\n\nCiudad Ejemplo, 26 de noviembre de 2015\n\nSeñores\n\nJuan Ejemplo Pérez\nPresidente de la República de Ejemplia\n\nAna Muestra\nMinistra de Relaciones Exteriores\n\n${carta}`,
      expected: ['Juan Ejemplo Pérez · - · Presidente de la República de Ejemplia · official · - · -', 'Ana Muestra · - · Ministra de Relaciones Exteriores · official · - · -'],
    },
    {
      what: 'a title over packed pairs, a greeting under them: the title is no name',
      page: `Carta de la Alianza\nJuan Ejemplo Pérez\nPresidente de la República de Ejemplia\nAna Muestra\nMinistra de Relaciones Exteriores\n\nSeñores:\n\n${carta}`,
      expected: ['Juan Ejemplo Pérez · - · Presidente de la República de Ejemplia · official · Señores · -', 'Ana Muestra · - · Ministra de Relaciones Exteriores · official · Señores · -'],
    },
    {
      what: "the sender's own name and office alone under the dateline are no official",
      page: `Ciudad Ejemplo, 3 de marzo de 2016\n\nJane Firmante\nDirectora de Colectivo Ejemplar\n\nEstimados señores:\n\n${carta}`,
      expected: [],
    },
    {
      // The letter greets the state's head by his office: that office is the official (greeted-office.ts).
      what: 'a heading in capitals right above an office is no name',
      page: `Ciudad Ejemplo, 3 de marzo de 2016\n\nCARTA ABIERTA\nPresidente de la República\n\nSeñor Presidente:\n\n${carta}`,
      expected: ['Presidente · - · - · official · Señor Presidente · -'],
    },
  ];
  it.each(rows)('$what', ({ page, expected }) => {
    expect(draftTargets(importDocument(page, { source: 'p.txt' }).caseText).map(summary)).toEqual(expected);
  });
});
