// The person at risk is never an official: the address a page gives for cards to him, printed as an
// official's block is, is his own. The page names him elsewhere as the one whose release it asks
// for, or to whom it asks for cards.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

describe("the prisoner's address for cards is no official's", () => {
  const rows = [
    {
      what: 'a German page: solidarity cards to him, then the letter to the president asking to free him',
      lines: [
        'BRIEFE GEGEN DAS VERGESSEN - JUNI 2031',
        '',
        'JAN MUSTERMANN - BEISPIELLAND',
        'Jan Mustermann, ein bekannter Gewerkschafter, wurde am 3. Mai 2030 festgenommen.',
        'Zeigen Sie sich solidarisch mit Jan Mustermann.',
        'Schreiben Sie Postkarten an:',
        '',
        'Jan Mustermann',
        'Straflager Nr. 7',
        'Beispielstraße 12, Musterstadt',
        'BEISPIELLAND',
        '',
        'Schreiben Sie bitte an den Präsidenten und fordern Sie ihn auf, Jan Mustermann unverzüglich und bedingungslos freizulassen.',
      ],
      prisoner: 'Jan Mustermann',
    },
    {
      what: 'an English page: a card to him at the prison, the release asked in the summary, an official below',
      lines: [
        'Exampleland: Teacher jailed for a poem',
        '',
        "Call for Ana Roe's release. She is a prisoner of conscience.",
        '',
        'Send a card to Ana Roe at:',
        'Ana Roe',
        'Women’s Prison No. 2',
        '9 Example Road, Example City',
        'Exampleland',
        '',
        'Write to:',
        'Jane Example',
        'Minister of Justice',
        'Ministry of Justice',
        '1 Example Square',
        'Example City, Exampleland',
        'Fax: +99 555 0100',
      ],
      prisoner: 'Ana Roe',
      official: 'Jane Example',
    },
    {
      what: 'a Spanish page: the release asked in a sentence, a postcard of support to the prisoner',
      lines: ['Ejemplolandia: periodista encarcelada', '', 'Pedimos la liberación de Ana Roe Pérez, periodista.', '', 'Envíale una postal de apoyo a:', '', 'Ana Roe Pérez', 'Centro Penitenciario Nº 3', 'Calle Ejemplo 9, Ciudad Ejemplo', 'EJEMPLOLANDIA'],
      prisoner: 'Ana Roe Pérez',
    },
  ];
  it.each(rows)('$what', ({ lines, prisoner, official }) => {
    const targets = draftTargets(importDocument([...lines, ''].join('\n'), { source: 'ua.txt' }).caseText);
    expect(targets.map((t) => t.name)).not.toContain(prisoner);
    if (official !== undefined) expect(targets.map((t) => t.name)).toContain(official);
  });

  it('an official the page asks to release someone stays an official', () => {
    const lines = ['Write to:', 'Jane Example', 'Minister of Justice', 'Ministry of Justice', '1 Example Square', 'Example City, Exampleland', '', 'Urge Jane Example to release Ana Roe immediately.', ''];
    const targets = draftTargets(importDocument(lines.join('\n'), { source: 'ua.txt' }).caseText);
    expect(targets.map((t) => t.name)).toContain('Jane Example');
  });
});
