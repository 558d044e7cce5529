// A parish or NGO page gives the fax in a sentence under the address ("Versand per Brief oder per Fax
// 030 …"): the fax of the one official it asks to write to; with two officials, a copy, or two
// such sentences, the number is nobody's.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const HEAD = ['Gefangener des Monats: Karim Beispiel', '', 'Der Journalist Karim Beispiel wurde im Mai festgenommen.', '', 'Schreiben Sie an:'];
const ONE = ['Justizminister Jan Example', 'Ministerium der Justiz', 'Beispielweg 4', '12345 Beispielstadt', 'Nordland'];
const TWO = ['', 'Innenministerin Erika Muster', 'Innenministerium', 'Musterplatz 1', '12345 Beispielstadt', 'Nordland'];
const LETTER = ['', 'Sehr geehrter Herr Minister,', 'ich bitte Sie, Karim Beispiel sofort und bedingungslos freizulassen, da er nur wegen seiner friedlichen Arbeit festgehalten wird.', 'Mit freundlichen Grüßen'];

describe('a fax given in a sentence of the page', () => {
  const rows: Array<{ sentence: string; fax: string }> = [
    { sentence: 'Sie können den Musterbrief unten verwenden. Versand per Brief (95 ct) oder per Fax 030 5555000.', fax: '030 5555000' },
    { sentence: 'Vous pouvez aussi envoyer la lettre par fax au 01 23 45 67 89.', fax: '01 23 45 67 89' },
    { sentence: 'You can also send the letter by fax to +1 555 010 2030.', fax: '+1 555 010 2030' },
  ];
  it.each(rows)('$sentence', ({ sentence, fax }) => {
    const targets = draftTargets(importDocument([...HEAD, ...ONE, '', sentence, ...LETTER].join('\n'), { source: 'page.txt' }).caseText);
    expect(targets).toHaveLength(1);
    expect(targets[0]?.fax).toBe(fax);
  });
});

describe('a fax in a sentence that is not the one official’s (guards)', () => {
  it.each([
    { what: 'two officials', lines: [...HEAD, ...ONE, ...TWO, '', 'Versand per Brief oder per Fax 030 5555000.', ...LETTER] },
    { what: 'a copy to the page’s group', lines: [...HEAD, ...ONE, '', 'Bitte schicken Sie eine Kopie per Fax 030 5555000 an unsere Gruppe.', ...LETTER] },
    { what: 'two fax sentences', lines: [...HEAD, ...ONE, '', 'Versand per Fax 030 5555000.', 'Oder an das Büro per Fax 030 5555111.', ...LETTER] },
  ])('$what: no fax taken', ({ lines }) => {
    for (const t of draftTargets(importDocument(lines.join('\n'), { source: 'page.txt' }).caseText)) expect(t.fax).toBeUndefined();
  });
});
