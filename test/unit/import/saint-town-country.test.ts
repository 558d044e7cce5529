// "San Salvador", "Santa Lucía": a saint's name opens a town's, and the country's name inside it
// names no country; a country whose own name opens with the saint's word is still read whole.
import { describe, expect, it } from 'vitest';
import { mentionsInLine } from '../../../src/import/country-mentions.js';

const countries = (text: string, lang: 'en' | 'es' | 'fr') => mentionsInLine(text, 1, lang).map((m) => m.country);

describe("a country's name inside a saint's town", () => {
  it.each([
    ['fr', 'Dans les villes de Villaejemplo et de San Salvador, au moins vingt personnes ont été interpellées.', []],
    ['es', 'La marcha salió de San Salvador de Ejemplo hacia la capital provincial.', []],
    ['en', 'The activist was moved to a prison in El Salvador last week.', ['El Salvador']],
    ['fr', 'Le militant a quitté le Salvador pour rejoindre sa famille.', ['El Salvador']],
    ['en', 'The delegation flew on to San Marino the next day.', ['San Marino']],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(countries(text, lang)).toEqual(expected);
  });
});
