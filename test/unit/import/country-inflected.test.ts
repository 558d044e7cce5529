import { describe, expect, it } from 'vitest';
import { countryInPhrase } from '../../../src/import/country-inflected.js';
import type { LangCode } from '../../../src/case/types.js';

describe('countryInPhrase', () => {
  const rows: Array<{ text: string; lang: LangCode; expected: string | undefined }> = [
    { text: 'Generalstaatsanwalt der Russischen Föderation', lang: 'de', expected: 'Russische Föderation' },
    { text: 'Botschafterin der Türkei', lang: 'de', expected: 'Türkei' },
    { text: 'Justizminister des Irans', lang: 'de', expected: 'Iran' },
    { text: 'Präsident der Vereinigten Arabischen Emirate', lang: 'de', expected: 'Vereinigte Arabische Emirate' },
    { text: 'Oberster Führer der Islamischen Republik Iran', lang: 'de', expected: 'Iran' },
    { text: 'Justizminister der Republik Türkei', lang: 'en', expected: 'Türkei' },
    { text: 'Fiscal General de Egipto', lang: 'es', expected: 'Egipto' },
    { text: 'Fiscal General de la República Bolivariana de Venezuela', lang: 'es', expected: 'Venezuela' },
    { text: 'Ministre de la Justice de la Russie', lang: 'fr', expected: 'Russie' },
    { text: 'Prosecutor General of the Russian Federation', lang: 'en', expected: 'Russian Federation' },
    // A name after an office word is a person's, not a country ("Jordan"); an ending that is no
    // inflection makes another word ("Indiana" is not India, "Malik" not Mali).
    { text: 'Commissioner of Police Jordan Smith', lang: 'en', expected: undefined },
    { text: 'Chief of Police of Indiana', lang: 'en', expected: undefined },
    { text: 'Procureur général de Malik', lang: 'fr', expected: undefined },
    { text: 'Head of the Judiciary', lang: 'en', expected: undefined },
  ];
  for (const { text, lang, expected } of rows) {
    it(`reads "${text}" as ${expected ?? 'naming no country'}`, () => {
      expect(countryInPhrase(text, lang)).toBe(expected);
    });
  }
});
