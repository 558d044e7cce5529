import { describe, expect, it } from 'vitest';
import { localize } from '../../../src/case/localize.js';

describe('localize', () => {
  const map = { es: 'Señor Fiscal General', en: 'Dear Attorney General' };
  const cases = [
    { name: 'a string in any language', value: 'Dear Minister', lang: 'fr', fallbacks: [], expected: 'Dear Minister' },
    { name: 'the asked language', value: map, lang: 'en', fallbacks: ['es'], expected: 'Dear Attorney General' },
    { name: 'the first fallback that exists', value: map, lang: 'fr', fallbacks: ['de', 'en'], expected: 'Dear Attorney General' },
    { name: 'the first entry when nothing matches', value: map, lang: 'fr', fallbacks: ['de'], expected: 'Señor Fiscal General' },
    { name: 'nothing for nothing', value: undefined, lang: 'en', fallbacks: ['es'], expected: undefined },
    { name: 'nothing for an empty map', value: {}, lang: 'en', fallbacks: [], expected: undefined },
  ];
  it.each(cases)('gives $name', ({ value, lang, fallbacks, expected }) => {
    expect(localize(value, lang, fallbacks)).toBe(expected);
  });
});
