// A letter's greeting printed over two lines: the courtesy and the office with no comma, then the
// greeted person's name ending in the comma. The courtesy line is the salutation; the name line is
// neither the salutation nor the letter's first paragraph.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

const read = (page: string) => {
  const text = importDocument(page, { source: 'blog.txt' }).caseText;
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  const fm = parse(m?.[1] ?? '') as { targets: Array<Record<string, unknown>> };
  return { targets: fm.targets, body: m?.[2] ?? '' };
};

const rows = [
  {
    lang: 'pt',
    intro: 'Copie a carta em baixo e envie-a por correio, fax ou email para o ministro, com o seu nome no fim.',
    block: ['Ministério da Justiça', 'Ministra da Justiça', 'Dra. Helena Exemplar', 'Rua do Exemplo 12', '1000-001 Lisboa', 'Fax: 210 000 111', 'E-mail: gabinete@example.pt'],
    greeting: 'Excelentíssima Senhora Ministra da Justiça',
    name: 'Dra. Helena Exemplar,',
    letter: 'Venho por este meio pedir a V. Exa. que interceda pela libertação do jornalista detido no mês passado sem qualquer acusação.',
    closing: 'Com os melhores cumprimentos,',
  },
  {
    lang: 'es',
    intro: 'Copie la carta de abajo y envíela por correo postal, fax o correo electrónico al ministro indicado.',
    block: ['Ministro del Interior', 'Don Tomás Ficticio', 'Calle Inventada 45', '28000 Madrid', 'Fax: +34 91 000 2222'],
    greeting: 'Excelentísimo Señor Ministro del Interior',
    name: 'Don Tomás Ficticio:',
    letter: 'Me dirijo a usted para expresarle mi preocupación por la detención arbitraria de la periodista y pedirle su liberación inmediata.',
    closing: 'Atentamente,',
  },
  {
    lang: 'de',
    intro: 'Bitte schreiben Sie den folgenden Brief an den Minister und schicken Sie ihn per Post oder Fax ab.',
    block: ['Bundesministerium der Justiz', 'Bundesminister der Justiz', 'Dr. Max Beispielmann', 'Musterstraße 7', '10100 Berlin', 'Fax: +49 30 000 3333'],
    greeting: 'Sehr geehrter Herr Bundesminister der Justiz',
    name: 'Dr. Max Beispielmann,',
    letter: 'ich wende mich an Sie, weil der Journalist seit einem Monat ohne Anklage festgehalten wird und bitte Sie um Ihren Einsatz für ihn.',
    closing: 'Mit freundlichen Grüßen',
  },
];

describe('a greeting over two lines, the courtesy and office first, then the name with the comma', () => {
  for (const r of rows) {
    it(`takes the courtesy line as the salutation and keeps the name line out of the letter (${r.lang})`, () => {
      const page = ['Apelo urgente', '', r.intro, '', ...r.block, '', '', r.greeting, r.name, '', r.letter, '', r.closing, ''].join('\n');
      const { targets, body } = read(page);
      expect(targets.map((t) => t.salutation)).toEqual([r.greeting]);
      const letter = /## Letter\n\n([^\n]*)/.exec(body)?.[1];
      expect(letter).toBe(r.letter);
    });
  }

  it('leaves a courtesy line over an office, not a name, as it was read', () => {
    // The line under the courtesy is an office ending in a comma: no person's name, so the rule says nothing.
    const page = ['Apelo urgente', '', rows[0]!.intro, '', ...rows[0]!.block, '', '', 'Excelentíssima Senhora', 'Ministra da Justiça,', '', rows[0]!.letter, '', rows[0]!.closing, ''].join('\n');
    const { targets } = read(page);
    expect(targets.map((t) => t.salutation)).not.toEqual(['Excelentíssima Senhora']);
  });
});
