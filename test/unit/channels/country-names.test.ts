import { describe, expect, it } from 'vitest';
import { COUNTRY_NAME_LOCALES, DECLINED_NAME_LOCALES, MENTION_NAME_LOCALES, countryCode, normalizeCountry, sameCountry } from '../../../src/channels/countries.js';
import { COUNTRY_NAMES } from '../../../src/channels/country-names.js';
import { icuCountryNames } from '../../../scripts/lib/icu-country-names.mjs';

describe('the copy of ICU\'s country names', () => {
  // countries.ts reads names from a copy (scripts/country-names.mjs) instead of asking
  // Intl.DisplayNames: each entry must be what the running ICU says. If a Node update renames a
  // region, this names it, and running the script again updates the copy.
  it.each([...COUNTRY_NAME_LOCALES, ...DECLINED_NAME_LOCALES, ...MENTION_NAME_LOCALES])('holds exactly the names ICU gives in "%s", each with its code', (locale) => {
    const copy = new Map(COUNTRY_NAMES[locale]!.split('|').map((entry) => [entry.slice(3), entry.slice(0, 2)]));
    expect(Object.fromEntries(copy)).toEqual(Object.fromEntries(icuCountryNames(locale, normalizeCountry)));
  });

  it('gives a name today\'s code, never a withdrawn one that shares it', () => {
    expect(['Germany', 'Myanmar', 'Vietnam', 'Yemen', 'Serbia', 'Curaçao'].map(countryCode)).toEqual(['DE', 'MM', 'VN', 'YE', 'RS', 'CW']);
    expect(sameCountry('Burma', 'Myanmar (Burma)')).toBe(true);
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

describe('Belarus by its older Dutch name', () => {
  // Pages still print it, hyphenated or in one word; never Russia, whose Dutch name is half of it.
  it.each(['Wit-Rusland', 'Witrusland', 'WIT-RUSLAND'])('"%s" is Belarus', (name) => {
    expect(countryCode(name)).toBe('BY');
  });
});

describe('regions that are no country', () => {
  it.each(['United Nations', 'Naciones Unidas', 'Nations Unies', 'European Union', 'Unión Europea', 'Eurozone'])('"%s" has no country code', (name) => {
    expect(countryCode(name)).toBeUndefined();
  });
});
