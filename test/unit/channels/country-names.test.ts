import { describe, expect, it } from 'vitest';
import { countryCode, englishCountryNames, normalizeCountry, sameCountry } from '../../../src/channels/countries.js';

describe('the static list of English country names', () => {
  // The list stands in for ICU's English names (the first locale countryCode looks in): each entry
  // must be what Intl.DisplayNames says. If a Node update renames a region, this names it.
  const icu = new Map<string, string>();
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = display.of(code);
      if (name && name !== code && !icu.has(normalizeCountry(name))) icu.set(normalizeCountry(name), code);
    }
  }

  it('holds only names that ICU gives in English, for the same code', () => {
    const wrong = [...englishCountryNames()].filter(([key, code]) => icu.get(key) !== code);
    expect(wrong).toEqual([]);
  });

  it('holds every English name ICU knows', () => {
    const missing = [...icu].filter(([key]) => !englishCountryNames().has(key));
    expect(missing).toEqual([]);
  });
});

describe('country answers are the same however often they are asked', () => {
  it.each(['Caracas', 'Venezuela', 'Estados Unidos', 'Ruritania', 'Россия'])('"%s" gives one answer twice', (name) => {
    expect(countryCode(name)).toBe(countryCode(name));
  });

  it.each([
    { a: 'Ruritania', b: 'RURITANIA', same: true },
    { a: 'Caracas', b: 'Venezuela', same: false },
    { a: 'Estados Unidos', b: 'United States', same: true },
    { a: 'Россия', b: 'Russia', same: true },
    { a: 'Ruritania', b: 'Venezuela', same: false },
    // The short forms French and English pages use for the Democratic Republic of the Congo.
    { a: 'RDC', b: 'Democratic Republic of the Congo', same: true },
    { a: 'DRC', b: 'Congo - Kinshasa', same: true },
    { a: 'RDC', b: 'Republic of the Congo', same: false },
    // Their formal names in German and French, as an address's last line prints them.
    { a: 'DEMOKRATISCHE REPUBLIK KONGO', b: 'DRC', same: true },
    { a: 'République démocratique du Congo', b: 'Congo - Kinshasa', same: true },
    { a: 'Demokratische Republik Kongo', b: 'Republik Kongo', same: false },
  ])('"$a" and "$b" same country: $same', ({ a, b, same }) => {
    expect(sameCountry(a, b)).toBe(same);
    expect(sameCountry(b, a)).toBe(same);
  });
});

describe('regions that are no country', () => {
  it.each(['United Nations', 'Naciones Unidas', 'Nations Unies', 'European Union', 'Unión Europea', 'Eurozone'])('"%s" has no country code', (name) => {
    expect(countryCode(name)).toBeUndefined();
  });
});
