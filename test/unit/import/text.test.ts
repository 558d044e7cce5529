import { describe, expect, it } from 'vitest';
import { fold, isAllCaps, normaliseLine, toImportText } from '../../../src/import/text.js';

describe('normaliseLine', () => {
  const rows: Array<{ input: string; expected: string }> = [
    { input: ' Attorney General of the Republic, Tarek William Saab ', expected: 'Attorney General of the Republic, Tarek William Saab' },
    { input: 'His Excellency Mr. H\u00e9ctor\u00a0 Constant Rosales ', expected: 'His Excellency Mr. H\u00e9ctor Constant Rosales' },
    { input: '· Write a letter', expected: '• Write a letter' },
    { input: '\uf0b7 Click here', expected: '• Click here' },
    { input: '•Tweet them', expected: '• Tweet them' },
    { input: 'Page 2 of 3', expected: '' },
    // A letter template's stamp box set far right of the address's first line is dropped; other wide gaps are kept as spaces.
    { input: 'President of Exampleland, Jane Doe               postzegel internationaal', expected: 'President of Exampleland, Jane Doe' },
    { input: 'Embassy of Exampleland\t\tBriefmarke', expected: 'Embassy of Exampleland' },
    { input: 'Jane Doe               Porto Alegre', expected: 'Jane Doe Porto Alegre' },
    { input: 'Página 1 de 2', expected: '' },
    { input: '2/3', expected: '' },
    { input: 'UA 72/24', expected: 'UA 72/24' },
    { input: 'soft\u00adhyphen and zero\u200bwidth', expected: 'softhyphen and zerowidth' },
    { input: 'a\t\tb', expected: 'a b' },
    { input: 'Email: general@embassy.example.orgopens in a new tab', expected: 'Email: general@embassy.example.org' },
    { input: 'Read the report (opens in new window) here', expected: 'Read the report here' },
    { input: 'Twitter: @Example_ex external link', expected: 'Twitter: @Example_ex' },
    { input: 'A new tab opens in a new window of her life.', expected: 'A new tab opens in a new window of her life.' },
    { input: 'Secretar\u00c3\u00ada de Seguridad', expected: 'Secretaría de Seguridad' },
  ];
  for (const { input, expected } of rows) {
    it(`turns ${JSON.stringify(input)} into ${JSON.stringify(expected)}`, () => {
      expect(normaliseLine(input)).toBe(expected);
    });
  }
});

describe('toImportText', () => {
  it('keeps one entry per source line, so that reports can cite line numbers', () => {
    const doc = toImportText('\ufeffone\r\ntwo\rthree\n', 'x');
    expect(doc.lines).toEqual(['one', 'two', 'three', '']);
  });

  it('composes decomposed accents so that folded text keeps the same offsets', () => {
    const doc = toImportText('Me\u0301xico', 'x');
    expect(doc.lines[0]).toBe('México');
    expect(fold(doc.lines[0] ?? '')).toHaveLength(doc.lines[0]?.length ?? 0);
  });
});

describe('fold and isAllCaps', () => {
  it('folds accents, case and curly apostrophes for matching labels', () => {
    expect(fold('ACTÚEN LO ANTES POSIBLE')).toBe('actuen lo antes posible');
    expect(fold('LIEN VERS L’AU PRÉCÉDENTE')).toBe("lien vers l'au precedente");
  });

  it('tells a headline in capitals from mixed case', () => {
    expect(isAllCaps('VENEZUELA: MASS DETENTION')).toBe(true);
    expect(isAllCaps('Venezuela: mass detention')).toBe(false);
    expect(isAllCaps('72/24')).toBe(false);
  });
});
