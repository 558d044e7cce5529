// Ukrainian and Russian letters name their addressees in the dative, office first, the holder by
// initials and surname, with no address or number: an open letter's stack (office over holder,
// blank lines between, an office alone for a body) and a post's list (one addressee a line). Each
// holder is an official, the name as printed; the greetings, all on one line, each end in "!".
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const ukLetter = ['', 'Ми, нижчепідписані організації, звертаємось до вас з вимогою негайно звільнити затриманих журналістів і забезпечити їм доступ до адвокатів.', '', 'З повагою,'];
const pick = (t: Record<string, unknown>) => ({ name: t.name, title: t.title, salutation: t.salutation });

describe('addressees in the dative, office then initials and surname', () => {
  const rows: Array<{ what: string; lines: string[]; targets: Array<Record<string, unknown>>; country: string }> = [
    {
      what: "an open letter's stack: office over holder, an office alone for a body, the greetings on one line",
      lines: ['10 травня 2021 року', '', 'Президенту України', 'К. Л. Зразковому', '', 'Міністру внутрішніх справ України', 'М. Н. Примірній', '', 'Народним депутатам України', '', 'Шановний пане Президенте! Шановна пані Міністре! Шановні народні депутати України!', ...ukLetter],
      targets: [
        { name: 'К. Л. Зразковому', title: 'Президенту України', salutation: 'Шановний пане Президенте' },
        { name: 'М. Н. Примірній', title: 'Міністру внутрішніх справ України', salutation: 'Шановна пані Міністре' },
        { name: 'Народним депутатам України', title: 'Народним депутатам України', salutation: 'Шановні народні депутати України' },
      ],
      country: 'Ukraine',
    },
    {
      what: 'the same stack on a page that puts a blank line after every line',
      lines: ['Президенту України', '', 'К. Л. Зразковому', '', 'Народним депутатам України', '', 'Шановний пане Президенте! Шановні народні депутати України!', ...ukLetter],
      targets: [
        { name: 'К. Л. Зразковому', title: 'Президенту України', salutation: 'Шановний пане Президенте' },
        { name: 'Народним депутатам України', title: 'Народним депутатам України', salutation: 'Шановні народні депутати України' },
      ],
      country: 'Ukraine',
    },
    {
      what: "a post's list, one addressee a line; a line whose holder is cut off is left out",
      lines: ['Пожалуйста, отправьте письма на имя трёх адресатов:', '', 'Министру юстиции России А. Б. Образцову', 'Генеральному прокурору Российской Федерации К. Л. Пробному', 'Прокурору города Москвы М. Н. Примерной', 'Заместителю начальника ГУ МВД России по г. Москве — начальнику …'],
      targets: [
        { name: 'А. Б. Образцову', title: 'Министру юстиции России', salutation: undefined },
        { name: 'К. Л. Пробному', title: 'Генеральному прокурору Российской Федерации', salutation: undefined },
        { name: 'М. Н. Примерной', title: 'Прокурору города Москвы', salutation: undefined },
      ],
      country: 'Russia',
    },
  ];
  for (const row of rows) {
    it(row.what, () => {
      const { caseText, findings } = importDocument(`${row.lines.join('\n')}\n`, { source: 'test.txt' });
      expect(draftTargets(caseText).map(pick)).toEqual(row.targets);
      expect(findings.country.found && findings.country.value).toBe(row.country);
    });
  }
});
