import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// An older page gives each official as one sentence: office and name, the address's parts after
// commas, then labelled fields after semicolons (or after commas, once the first label is reached).
// The officials and the copy are read; telegram and telex addresses are left out with a TODO; the
// sentence's full stop is no part of the last value.
const page = (block: string) =>
  `URGENT ACTION\nBeispielland: Journalist in Haft\n\nDer Journalist Karim Beispiel wurde am 3. März 1986 in Beispielstadt festgenommen.\n\n${block}\n\nBitte schreiben Sie höfliche Briefe.\n`;

/** name · title · address lines joined with " / " · fax · copy */
const summary = (t: Record<string, unknown>) =>
  [t.name, t.title ?? '-', ((t.address as string[] | undefined) ?? []).join(' / ') || '-', t.fax ?? '-', t.copy === true ? 'copy' : 'official'].join(' · ');

describe('officials given as one sentence with fields after semicolons', () => {
  const rows = [
    {
      what: 'two officials under "Appelle an:", each up to the first semicolon, then the embassy to copy',
      block:
        'Appelle an: Ministerpräsident Max Muster, Büro des Ministerpräsidenten, Basbakanlik, Ankara, Türkei; Telegramme: Ministerpräsident Ankara, Türkei; Telex: 0607 42293;\n' +
        'Justizminister Erika Beispiel, Adalet Bakanligi, Ankara, Türkei; Telegramme: Justizminister Ankara, Türkei.\n' +
        'Kopien an: Kanzlei der Botschaft der Republik Türkei, Utestraße 47, 5300 Bonn 2, Telex: 885521 und 885596, Telefax: 0228-348373.',
      expected: [
        'Max Muster · Ministerpräsident · Büro des Ministerpräsidenten / Basbakanlik / Ankara, Türkei · - · official',
        'Erika Beispiel · Justizminister · Adalet Bakanligi / Ankara, Türkei · - · official',
        'Kanzlei der Botschaft der Republik Türkei · - · Utestraße 47 / 5300 Bonn 2 · 0228-348373 · copy',
      ],
      todo: ['Telegramme: Ministerpräsident Ankara, Türkei', 'Telex: 0607 42293', 'Telegramme: Justizminister Ankara, Türkei', 'Telex: 885521 und 885596'],
    },
    {
      what: 'a courtesy title before the name, a fax after the semicolon ending the sentence',
      block: 'Appelle an: Herrn Max Muster, Innenministerium, Hauptstraße 4, Beispielstadt; Telefax: 0049 30 123456.',
      expected: ['Max Muster · - · Innenministerium / Hauptstraße 4 / Beispielstadt · 0049 30 123456 · official'],
      todo: [],
    },
  ];
  it.each(rows)('$what', ({ block, expected, todo }) => {
    const { caseText } = importDocument(page(block), { source: 'p.txt' });
    expect(draftTargets(caseText).map(summary)).toEqual(expected);
    const comments = caseText.split('\n').filter((l) => l.includes('# TODO: line'));
    for (const value of todo) expect(comments.filter((c) => c.includes(`"${value}"`))).toHaveLength(1);
  });
});
