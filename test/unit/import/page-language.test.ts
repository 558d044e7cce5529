// A page with no preferred-language line, no letter and no greeting: the draft's languages are the
// page's own (low), from its sentences only, and none when the page gives too little prose.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { pageLanguage } from '../../../src/import/page-language.js';

const italianAlert = [
  'Azione urgente',
  'Home | Chi siamo | Contatti',
  '',
  "Le azioni urgenti nascono quando una persona rischia un danno grave e immediato: chi le riceve scrive subito alle autorità.",
  "Questa volta si tratta dello sgombero di un quartiere di Esempiopoli, che secondo il gruppo avverrebbe senza alcun preavviso alle famiglie.",
  'Potete scrivere al Prefetto di Esempiopoli, Dottor Mario Campione (prefettura@esempio.example.it).',
].join('\n');

describe('the language of a page with no letter', () => {
  it("is the language of the page's sentences, read from the first of them", () => {
    expect(pageLanguage(italianAlert.split('\n'))).toEqual({ lang: 'it', line: 4 });
  });

  it('goes into the draft with a low confidence and a note saying where it came from', () => {
    const { caseText, report } = importDocument(italianAlert, { source: 'alert.txt' });
    expect(caseText).toMatch(/^languages: \[it\]$/m);
    expect(report.entries).toContainEqual(expect.objectContaining({ field: 'languages', status: 'found', confidence: 'low', note: expect.stringMatching(/language the page itself is written in/) }));
  });

  it.each([
    {
      lang: 'en',
      lines: [
        'Post Body', '',
        'Minister of Justice, Jane Example C/o Embassy of Valdor',
        'On 3 March the family of the teacher Tomas Example was told that his sentence would be carried out within the week. Officials gave no date but said nothing could be done. He was moved to a cell on his own the same day. His lawyer has not been allowed to see him since then, and his wife, who lives abroad, has had one call from him lasting two minutes. The court relied on statements he says were taken from him under',
      ],
    },
    {
      lang: 'fr',
      lines: [
        'Ministre de la Justice Jean Exemple',
        "Le 3 mars, la famille de l'enseignant Tomas Exemple a appris que sa peine serait exécutée dans la semaine. Les autorités n'ont donné aucune date. Il a été placé à l'isolement le jour même. Son avocat n'a pas pu le voir depuis, et sa femme, qui vit à l'étranger, n'a reçu de lui qu'un appel de deux minutes. Le tribunal s'est appuyé sur des déclarations qui, selon lui, lui ont été arrachées sous",
      ],
    },
  ])("is read from a paragraph the copy cut off mid-sentence ($lang)", ({ lang, lines }) => {
    expect(pageLanguage(lines)?.lang).toBe(lang);
  });

  it('is none when the page is menus, names and addresses only', () => {
    const bare = ['Contacts', 'Minister of Justice', 'Jane Example', '1 Example Street', 'Exampletown 1234', 'Home | News | Donate'];
    expect(pageLanguage(bare)).toBeUndefined();
  });

  it('is never Czech for Slovak prose, which franc cannot tell from it', () => {
    const slovak = [
      'Novinár Karol Príklad bol zadržaný minulý mesiac po článku o korupcii v meste, kde pracoval mnoho rokov.',
      'Slovenská polícia ho zadržala bez obvinenia a úrady mu odopierajú prístup k advokátovi aj k rodine.',
      'Podpíšte petíciu a vyzvite prezidenta Jána Príkladného, aby zabezpečil okamžité prepustenie novinára.',
    ];
    expect(pageLanguage(slovak)?.lang).not.toBe('cs');
  });

  it('is never Bulgarian for a short Russian alert, which franc places there at times', () => {
    const russian = [
      'Активист Иван Примеров задержан в Москве после одиночного пикета. Его держат в изоляторе без доступа к адвокату.',
      '',
      'Пожалуйста, направьте письма в его защиту на имя четырёх адресатов:',
    ];
    expect(pageLanguage(russian)?.lang).not.toBe('bg');
  });
});
