// A country named by its adjective counts as a mention ("the Liberian authorities"), but a word that
// merely begins like a country's name does not: "LIBEREN A …" (Spanish, "free them") is no Liberia.
import { describe, expect, it } from 'vitest';
import { adjectiveOfKey } from '../../../src/import/country-adjectives.js';
import { importDocument } from '../../../src/import/import-document.js';

describe('adjectiveOfKey', () => {
  const rows: Array<{ word: string; lang: 'en' | 'es' | 'fr' | 'de'; code: string | undefined }> = [
    { word: 'liberian', lang: 'en', code: 'LR' },
    { word: 'liberienne', lang: 'fr', code: 'LR' },
    { word: 'liberiano', lang: 'es', code: 'LR' },
    { word: 'tunisienne', lang: 'fr', code: 'TN' },
    { word: 'moroccan', lang: 'en', code: 'MA' },
    // Verbs that begin like "Liberia".
    { word: 'liberen', lang: 'es', code: undefined },
    { word: 'liberer', lang: 'fr', code: undefined },
  ];
  it.each(rows)('$word ($lang): $code', ({ word, lang, code }) => {
    expect(adjectiveOfKey(word, lang)).toBe(code);
  });
});

describe('a Spanish headline that asks to free someone', () => {
  it('names no country', () => {
    const page = 'LIBEREN A LA DEFENSORA JUANA EJEMPLO\nEl 3 de marzo, hombres sin identificar detuvieron a la defensora Juana Ejemplo en su casa.\n';
    expect(importDocument(page, { source: 'page.txt' }).caseText).toMatch(/^country: null/m);
  });
});
