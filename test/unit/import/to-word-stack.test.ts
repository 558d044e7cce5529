import { describe, expect, it } from 'vitest';
import { asSpaced } from '../../../bench/lib/page-variants.mjs';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// Open letters and appeals whose addressees stand one a line at their head, each line opened by a
// "to" word ("- al …", "Ao …", "À …", "To the …", or under "CARTA A"), with no way to reach any of
// them. Each office is an official: the person named on the line under it, with the office as title,
// else the office itself. A plural greeting under the stack greets them all; with none, the running
// text under the stack is the letter. The media, the page's prose and its headings are never officials.

/** name · honorific · title · copy · salutation */
const summary = (t: Record<string, unknown>) => [t.name, t.honorific ?? '-', t.title ?? '-', t.copy === true ? 'copy' : 'official', t.salutation ?? '-'].join(' · ');
const letterOf = (caseText: string) => /## Letter\n\n([\s\S]*?)(?=\n## |$(?![\s\S]))/.exec(caseText)?.[1]?.trim().split('\n')[0] ?? '';

const appello = 'vi scriviamo per chiedere la liberazione immediata di Luca Prova, giornalista arrestato il mese scorso senza alcuna accusa formale.\n\nDistinti saluti,\n\nComitato Esempio\n';
const carta = 'As organizações abaixo assinadas manifestam a sua profunda preocupação com a detenção do ativista Paulo Testemunha, preso há três semanas sem acusação.\n\nCom os melhores cumprimentos,\n\nLiga Modelo\n';
const letter = 'We are writing to express our deep concern about the case against the journalist Ivan Probin, held in pre-trial detention since last autumn.\n\nMembers of the Sample Group\n';

describe('addressees opened by "to" words above a letter', () => {
  const rows: Array<{ what: string; page: string; expected: string[]; first: string }> = [
    {
      what: 'an Italian dashed list of offices with their articles, copies after "e per opportuna conoscenza", the media left out',
      page: `Appello urgente\n\n- al Segretario generale dell'Organizzazione Esempio\n- agli Alti commissari per i diritti umani\n- alla Corte Costituzionale\n- a tutti i parlamentari italiani\n\ne per opportuna conoscenza\n\n- al Ministro della Giustizia\n- ai mezzi d'informazione\n\nEgregi signori,\n\n${appello}`,
      expected: [
        "Segretario generale dell'Organizzazione Esempio · - · - · official · Egregi signori",
        'Alti commissari per i diritti umani · - · - · official · Egregi signori',
        'Corte Costituzionale · - · - · official · Egregi signori',
        'Tutti i parlamentari italiani · - · - · official · Egregi signori',
        'Ministro della Giustizia · - · - · copy · Egregi signori',
      ],
      first: 'vi scriviamo per chiedere',
    },
    {
      what: 'a Portuguese stack of offices over names, "A Sua Excelência o Senhor", glued "ÀMinistra" and "SenhoraCicrana", a plural office named by itself',
      page: `Carta Aberta (3 de maio de 2019)\n\nA Sua Excelência o Senhor Presidente da República da Exemplândia\nFulano Exemplo\nÀMinistra da Justiça da Exemplândia,\nExcelentíssima SenhoraCicrana Exemplo\nAos Presidentes dos Partidos na Assembleia da República\n\nCidade Exemplo, 3 de maio de 2019\n\nExcelentíssimos Dignatários,\n\n${carta}`,
      expected: [
        'Fulano Exemplo · - · Presidente da República da Exemplândia · official · Excelentíssimos Dignatários',
        'Cicrana Exemplo · Excelentíssima Senhora · Ministra da Justiça da Exemplândia · official · Excelentíssimos Dignatários',
        'Presidentes dos Partidos na Assembleia da República · - · - · official · Excelentíssimos Dignatários',
      ],
      first: 'As organizações abaixo assinadas',
    },
    {
      what: 'a Portuguese stack with a lost space ("Humanosda"), a courtesy missing its "e" ("Exclentíssima") over a name the office\'s first words follow, blank lines between offices',
      page: `Carta Aberta (9.10.2020)\n\nA Sua Excelência o Senhor Presidente da República da Exemplândia\nFulano Exemplo\nÀMinistra da Justiça e dos Direitos Humanosda Republica da Exemplândia,\nExclentíssima SenhoraCicrana Maria da Prova Ministra da Justiça\n\nAo Presidente da Assembleia Nacional da Exemplândia,\nExcelentíssimo Senhor Beltrano Teste\n\nAos Presidentes dos Partidos na Assembleia Nacional\n\n\nCidade Exemplo, 9 de outubro de 2020\nExcelentíssimos Dignatários,\n${carta}`,
      expected: [
        'Fulano Exemplo · - · Presidente da República da Exemplândia · official · Excelentíssimos Dignatários',
        'Cicrana Maria da Prova · Exclentíssima Senhora · Ministra da Justiça e dos Direitos Humanos da Republica da Exemplândia · official · Excelentíssimos Dignatários',
        'Beltrano Teste · Excelentíssimo Senhor · Presidente da Assembleia Nacional da Exemplândia · official · Excelentíssimos Dignatários',
        'Presidentes dos Partidos na Assembleia Nacional · - · - · official · Excelentíssimos Dignatários',
      ],
      first: 'As organizações abaixo assinadas',
    },
    {
      what: 'an English open letter: "To the …" over names with initials, a heading and the group, the letter with no greeting',
      page: `To the Prosecutor General of the Republic of Exampleland\nB. N. Sampleov\nTo the Commissioner for Human Rights in the Republic of Exampleland\nA. Ye. Testova\n\nOPEN LETTER\n\nExampleland Sample Group\n\n${letter}`,
      expected: ['B. N. Sampleov · - · Prosecutor General of the Republic of Exampleland · official · -', 'A. Ye. Testova · - · Commissioner for Human Rights in the Republic of Exampleland · official · -'],
      first: 'We are writing to express',
    },
    {
      what: '"CARTA A" over office-then-name lines, an office ending in its article\'s noun ("Ministro del Interior"), the letter with no greeting',
      page: 'CARTA A\nPresidente del Gobierno Mariano Ejemplo Ruiz\nMinistro del Interior Jorge Muestra Díaz\n\nComo ciudadano/a preocupado/a por los derechos humanos, me dirijo a ustedes para pedir que se investigue la agresión sufrida por una periodista.\n\nAtentamente,\n',
      expected: ['Mariano Ejemplo Ruiz · - · Presidente del Gobierno · official · -', 'Jorge Muestra Díaz · - · Ministro del Interior · official · -'],
      first: 'Como ciudadano/a preocupado/a',
    },
    {
      what: '"CARTA A" under a blog\'s paragraphs, the letter\'s first paragraph right under the offices with no blank line',
      page: 'Moitas veces a veciñanza quere mellorar o mundo e tamén o que pasa no seu barrio, e por iso escribe cartas coma esta.\nAquí tedes a carta que mandamos ao goberno contra os valos das fronteiras do sur.\nCARTA A\nPresidente del Gobierno Mariano Ejemplo Ruiz\nMinistro del Interior Jorge Muestra Díaz\nComo vecino/a preocupado/a por los derechos humanos, le ruego que ordene retirar las cuchillas de las vallas y que se dejen de usar pelotas de goma contra quienes llegan.\nAtentamente,\n',
      expected: ['Mariano Ejemplo Ruiz · - · Presidente del Gobierno · official · -', 'Jorge Muestra Díaz · - · Ministro del Interior · official · -'],
      first: 'Como vecino/a preocupado/a',
    },
    {
      what: 'a Portuguese stack of offices, a copy after "para conhecimento": the plural greeting greets the copy too',
      page: `Carta Aberta (4 de junho de 2021)\n\nAo Presidente da Assembleia da República\nÀ Provedora de Justiça\n\npara conhecimento\n\nAo Ministro da Administração Interna\n\nExcelentíssimos Senhores,\n\n${carta}`,
      expected: [
        'Presidente da Assembleia da República · - · - · official · Excelentíssimos Senhores',
        'Provedora de Justiça · - · - · official · Excelentíssimos Senhores',
        'Ministro da Administração Interna · - · - · copy · Excelentíssimos Senhores',
      ],
      first: 'As organizações abaixo assinadas',
    },
  ];
  it.each(rows)('$what', ({ page, expected, first }) => {
    const { caseText } = importDocument(page, { source: 'p.txt' });
    expect(draftTargets(caseText).map(summary)).toEqual(expected);
    expect(letterOf(caseText)).toContain(first);
  });

  it.each(rows.slice(1, 4))('$what, with a blank line after every line', ({ page, expected }) => {
    expect(draftTargets(importDocument(asSpaced(page), { source: 'p.txt' }).caseText).map(summary)).toEqual(expected);
  });
});

describe('what a stack of "to" lines never takes', () => {
  const rows: Array<{ what: string; page: string }> = [
    {
      what: 'one "To the …" line alone: no stack',
      page: `To the Prosecutor General of the Republic of Exampleland\nB. N. Sampleov\n\n${letter}`,
    },
    {
      what: 'sentences of the story opened by "Al" and "A": prose, no office',
      page: `Al Ministro della Giustizia abbiamo già scritto il mese scorso, senza risposta.\nA Corte Esempio il processo è stato rinviato di nuovo.\n\n${appello}`,
    },
    {
      what: 'a list of offices with no letter under it: a page\'s menu, no addressees',
      page: '- al Segretario generale\n- alla Corte Costituzionale\n\n- Chi siamo\n- Contatti\n- Archivio\n',
    },
  ];
  it.each(rows)('$what', ({ page }) => {
    expect(draftTargets(importDocument(page, { source: 'p.txt' }).caseText)).toEqual([]);
  });
});
