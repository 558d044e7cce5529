import { describe, expect, it } from 'vitest';
import { recogniseAll } from '../../../src/import/import-document.js';
import { doc, valueOf } from './helpers.js';
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
    // German genitive straight after the office, with no article; French elided "d'".
    { text: 'Präsident Ägyptens', lang: 'de', expected: 'Ägypten' },
    { text: 'Justizministerin Irans', lang: 'de', expected: 'Iran' },
    { text: 'Innenminister Russlands', lang: 'de', expected: 'Russland' },
    { text: "Procureur général d'Égypte", lang: 'fr', expected: 'Égypte' },
    { text: "Ministre de l'Intérieur du Maroc", lang: 'fr', expected: 'Maroc' },
    // A name a hyphen joins is one word of the page and two of the table's: given back as printed.
    { text: 'Presidente da República da Guiné-Bissau', lang: 'pt', expected: 'Guiné-Bissau' },
    { text: 'Ministro do Interior da Guiné-Bissau,', lang: 'pt', expected: 'Guiné-Bissau' },
    // The bare name after a German office word is a person's ("Präsident Jordan"), as is a
    // genitive outside the German names ("Jordans" is English's "Jordan" inflected).
    { text: 'Präsident Jordan Beispiel', lang: 'de', expected: undefined },
    { text: 'Präsident Jordans', lang: 'de', expected: undefined },
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

describe('the country from an office line with no preposition', () => {
  it('reads "Präsident Ägyptens" in a German block when nothing else names the country', () => {
    const f = recogniseAll(doc(`
      Briefaktion des Monats

      Schreiben Sie an:

      Präsident Ägyptens
      Abdel Beispiel Muster
      Palastweg 1
      Kairo
      E-Mail: buero@praesident.example.eg

      Sehr geehrter Herr Präsident,

      ich bitte Sie, den Studenten Karim Probe sofort freizulassen.

      Mit freundlichen Grüßen`));
    expect(valueOf(f.country)).toBe('Ägypten');
  });
});
