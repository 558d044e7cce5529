import { describe, expect, it } from 'vitest';
import { languageCodes, recogniseLanguages } from '../../../src/import/languages.js';
import { doc } from './helpers.js';

describe('languageCodes', () => {
  const rows: Array<{ input: string; expected: string[] }> = [
    { input: 'English, Spanish, or your own language.', expected: ['en', 'es'] },
    { input: 'Spanish, English', expected: ['es', 'en'] },
    { input: 'español, inglés o su propio idioma', expected: ['es', 'en'] },
    { input: 'français, arabe', expected: ['fr', 'ar'] },
    { input: 'Belarusian, Russian, English', expected: ['be', 'ru', 'en'] },
    { input: 'Farsi or English', expected: ['fa', 'en'] },
    { input: 'Indonesian, English or your own language', expected: ['id', 'en'] },
    { input: 'your own language', expected: [] },
  ];
  for (const { input, expected } of rows) {
    it(`reads "${input}" as [${expected.join(', ')}]`, () => {
      expect(languageCodes(input)).toEqual(expected);
    });
  }
});

describe('recogniseLanguages', () => {
  it('reads the labelled line in English, Spanish and French', () => {
    expect(recogniseLanguages(doc('PREFERRED LANGUAGE TO ADDRESS TARGET: English, Spanish, or your own language.'))).toMatchObject({ value: ['en', 'es'], line: 1, confidence: 'high' });
    expect(recogniseLanguages(doc('IDIOMA PREFERIDO PARA DIRIGIRSE A LOS DESTINATARIOS: español'))).toMatchObject({ value: ['es'] });
    expect(recogniseLanguages(doc('LANGUE À PRIVILÉGIER POUR LA RÉDACTION DE VOS APPELS : français'))).toMatchObject({ value: ['fr'] });
  });

  it('reports a label without a language it knows', () => {
    expect(recogniseLanguages(doc('PREFERRED LANGUAGE TO ADDRESS TARGET: Klingon'))).toEqual({ found: false, reason: 'line 1: no language name in "Klingon"' });
  });

  it('reports a missing label', () => {
    expect(recogniseLanguages(doc('URGENT ACTION'))).toMatchObject({ found: false });
  });
});
