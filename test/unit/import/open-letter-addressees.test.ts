import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// Open letters and petitions whose addressees print no way to reach them, in the layouts the
// fourteenth batch showed the importer missing: a greeting "Sr. Ministro:" (the courtesy's full stop
// before a space), a courtesy title alone over the envelope ("Su excelencia"), a Colombian letter's
// "Doctor" / NAME IN CAPITALS / office / "Ref.: …" / "Atento saludo.", a stack under a quotation
// with no greeting, and a petition's stack of "Name," / office lines over a paragraph that opens as
// a letter ("Les escribo para …") under the page's story. The people of the story, the signers
// and the headline are never officials.

/** name · honorific · title · salutation · address */
const summary = (t: Record<string, unknown>) =>
  [t.name, t.honorific ?? '-', t.title ?? '-', t.salutation ?? '-', ([t.address ?? []].flat() as string[]).join(' / ') || '-'].join(' · ');

/** The draft's letter, from its "## Letter" heading to the next section. */
const letterOf = (caseText: string): string => /^## Letter\b[^\n]*\n([\s\S]*?)(?=^## |$(?![\s\S]))/m.exec(caseText)?.[1] ?? '';

const cuerpo = 'Durante los últimos meses hemos seguido con gran preocupación la detención de varios periodistas de la ciudad de Ejemplo, acusados sin pruebas de delitos contra el orden público.\n\nLe pedimos que ordene su liberación inmediata.\n\nAtentamente,\n\nRed Ejemplar de Periodistas\n';
const body = 'For several months we have followed with deep concern the detention of three teachers from the town of Sampleton, held without charge since the strike in March.\n\nWe ask you to order their immediate release.\n\nYours sincerely,\n\nExample Teachers Network\n';

describe('open letters whose addressee is printed as an envelope, no contact', () => {
  const rows: Array<{ what: string; page: string; expected: string[]; letter: string }> = [
    {
      what: '"Su excelencia" alone over the name, office, institution and town, under "Carta abierta", greeted "Sr. Ministro:"',
      page: `Carta abierta al Ministro del Interior de Ejemplia.\n\nSu excelencia\n\nTomás Ejemplo Muestra\nMinistro del Interior\nde la República de Ejemplia,\nLa Muestra\nSr. Ministro:\n\n${cuerpo}`,
      expected: ['Tomás Ejemplo Muestra · - · Ministro del Interior · Sr. Ministro · de la República de Ejemplia / La Muestra'],
      letter: 'Durante los últimos meses hemos seguido',
    },
    {
      what: '"His Excellency" alone over the name, office, ministry and town, greeted "Dear Minister,"',
      page: `Open letter on the detained teachers\n\nHis Excellency\nJohn Sample Example\nMinister of Education\nMinistry of Education\nSampleton\n\nDear Minister,\n\n${body}`,
      expected: ['John Sample Example · - · Minister of Education · Dear Minister · Ministry of Education / Sampleton'],
      letter: 'For several months we have followed',
    },
    {
      what: 'a greeting "Sra. Presidenta," under the president\'s name, office and a town no address word marks, no courtesy line above',
      page: `Carta pública\n\nAna Modelo Ruiz\nPresidenta de la República\nValdoria\n\nSra. Presidenta,\n\n${cuerpo}`,
      expected: ['Ana Modelo Ruiz · - · Presidenta de la República · Sra. Presidenta · Valdoria'],
      letter: 'Durante los últimos meses hemos seguido',
    },
    {
      what: 'a Colombian letter: "Doctor" / NAME IN CAPITALS / office / "Ref.: …" / "Atento saludo."',
      page: `Ciudad Ejemplo, 4 de mayo de 2018\nDoctor\nPEDRO EJEMPLO MUESTRA\nPresidente de la República\nRef.: La detención de los periodistas de Ejemplo debe terminar.\nAtento saludo.\n${cuerpo}`,
      expected: ['Pedro Ejemplo Muestra · Doctor · Presidente de la República · Atento saludo · -'],
      letter: 'Durante los últimos meses hemos seguido',
    },
    {
      what: '"Ingeniero" over a mixed-case name, the governor\'s office, "Referencia: …" and "Respetuoso saludo"',
      page: `Puerto Muestra, 12 de enero de 2020\nIngeniero\nLuis Prueba Ejemplar\nGobernador del Departamento de Ejemplo\nReferencia: Desalojo de las familias de la vereda Río Ejemplo\nRespetuoso saludo\n${cuerpo}`,
      expected: ['Luis Prueba Ejemplar · Ingeniero · Gobernador del Departamento de Ejemplo · Respetuoso saludo · -'],
      letter: 'Durante los últimos meses hemos seguido',
    },
    {
      what: 'the same layout with "Doctora", a blank line between the lines, "Asunto: …" and "Cordial saludo."',
      page: `Ciudad Ejemplo, 9 de junio de 2019\n\nDoctora\n\nLUCÍA MODELO GIL\n\nFiscal General de la Nación\n\nAsunto: Amenazas contra la comunidad de Río Ejemplo\n\nCordial saludo.\n\n${cuerpo}`,
      // The blank line parts "Doctora" from the name: the envelope's name and office are read without it.
      expected: ['Lucía Modelo Gil · - · Fiscal General de la Nación · Cordial saludo · -'],
      letter: 'Durante los últimos meses hemos seguido',
    },
  ];
  it.each(rows)('$what', ({ page, expected, letter }) => {
    const { caseText } = importDocument(page, { source: 'p.txt' });
    expect(draftTargets(caseText).map(summary)).toEqual(expected);
    expect(letterOf(caseText)).toContain(letter);
  });
});

describe('a stack of addressees under other text, the letter with no greeting', () => {
  const rows: Array<{ what: string; page: string; expected: string[]; letter: string }> = [
    {
      what: 'a quotation above the dateline, "Señores:", names in capitals with a repeated office line',
      page: `“La labor de quienes defienden los derechos humanos merece el respeto de todas las personas de este país, y el Estado debe protegerla sin excusas”, dijo Jane Portavoz, representante de una organización internacional.\nCiudad Ejemplo, 2 de agosto de 2013\nCARTA PÚBLICA\nAMENAZAS CONTRA DEFENSORES EN EJEMPLIA\nSeñores:\nPEDRO EJEMPLO MUESTRA\nPresidente de la República de Ejemplia\nPresidente de la República de Ejemplia\nLUCÍA MODELO GIL\nFiscal General de la Nación\nEn esta ocasión nos dirigimos a ustedes con todo respeto para pedir la protección urgente de los defensores amenazados, entre ellos Ana Testigo, Luis Prueba y Eva Ejemplar, de la Red Ejemplar.\n`,
      expected: ['Pedro Ejemplo Muestra · - · Presidente de la República de Ejemplia, Presidente de la República de Ejemplia · - · -', 'Lucía Modelo Gil · - · Fiscal General de la Nación · - · -'],
      letter: 'En esta ocasión nos dirigimos a ustedes',
    },
    {
      what: 'a news story above the dateline, "A los señores", mixed-case names',
      page: `Vecinos de Río Ejemplo denunciaron esta semana nuevas amenazas contra los líderes comunitarios de la zona, que llevan meses pidiendo protección a las autoridades.\n\nCiudad Ejemplo, 5 de octubre de 2014\n\nA los señores\n\nAna Modelo Ruiz\nMinistra del Interior\n\nTomás Ejemplo\nDefensor del Pueblo\n\nLes escribimos para pedirles que garanticen la vida de los líderes comunitarios amenazados en Río Ejemplo y que investiguen las amenazas.\n`,
      expected: ['Ana Modelo Ruiz · - · Ministra del Interior · - · -', 'Tomás Ejemplo · - · Defensor del Pueblo · - · -'],
      letter: 'Les escribimos para pedirles',
    },
    {
      what: 'a petition form and its story, then "Name," / office pairs over "Les escribo para …"',
      page: `1200 FIRMAS\n\n* Correo\n* Nombre(s) y Apellido(s)\n\nLa tortura sigue siendo una práctica habitual de las fuerzas de seguridad en Ejemplia, y casi nunca se castiga a sus autores.\n\n¡Firma y exige a las autoridades que pongan fin a la impunidad de estos abusos!\n\n\nPedro Ejemplo Muestra, \nPresidente de la República\n\nMtra. Lucía Modelo Gil, \nProcuradora General de la República\n\nLes escribo para transmitirles mi profunda preocupación por la práctica de la tortura en Ejemplia.\n\nLes pido que investiguen todas las denuncias.\n`,
      expected: ['Pedro Ejemplo Muestra · - · Presidente de la República · - · -', 'Lucía Modelo Gil · Mtra. · Procuradora General de la República · - · -'],
      letter: 'Les escribo para transmitirles',
    },
    {
      what: 'an English petition: its story, "Sign now!", then "Name," / office pairs over "I am writing to …"',
      page: `Teachers in Sampleton have been held without charge since the strike in March, and their families have not been allowed to see them.\n\nSign now and ask the authorities to release them!\n\nJohn Sample Example,\nMinister of Education\n\nDr. Jane Example Roe,\nAttorney General\n\nI am writing to urge you to release the three teachers held without charge in Sampleton.\n`,
      expected: ['John Sample Example · - · Minister of Education · - · -', 'Jane Example Roe · Dr. · Attorney General · - · -'],
      letter: 'I am writing to urge you',
    },
  ];
  it.each(rows)('$what', ({ page, expected, letter }) => {
    const { caseText } = importDocument(page, { source: 'p.txt' });
    expect(draftTargets(caseText).map(summary)).toEqual(expected);
    expect(letterOf(caseText)).toContain(letter);
  });
});

describe('what these layouts never make an official', () => {
  const rows: Array<{ what: string; page: string }> = [
    {
      what: 'a story paragraph that names people, with no letter opening under them',
      page: `La tortura sigue siendo una práctica habitual de las fuerzas de seguridad en Ejemplia, y casi nunca se castiga a sus autores.\n\nAna Testigo,\nPeriodista de Radio Ejemplo\n\nLuis Prueba,\nMaestro de la escuela de Río Ejemplo\n\nAmbos fueron detenidos en marzo y siguen sin juicio, según denunciaron sus familias ante la prensa local.\n`,
    },
    {
      what: '"Sr. Pedro Exemplar" on the name line of an official with an address is no greeting',
      page: `Escriba a:\nGobernador del Estado de Ejemplo\nSr. Pedro Exemplar\nPalacio de Gobierno, Calle Mayor 1\nCiudad Ejemplo, 12345\n\nSeñor Gobernador:\n\n${cuerpo}`,
    },
  ];
  it('leaves the story\'s people out', () => {
    expect(draftTargets(importDocument(rows[0]?.page ?? '', { source: 'p.txt' }).caseText)).toEqual([]);
  });
  it('keeps the greeting under the address', () => {
    const { caseText } = importDocument(rows[1]?.page ?? '', { source: 'p.txt' });
    expect(draftTargets(caseText).map(summary)).toEqual(['Pedro Exemplar · Sr. · Gobernador del Estado de Ejemplo · Señor Gobernador · Palacio de Gobierno, Calle Mayor 1 / Ciudad Ejemplo, 12345']);
  });
});
