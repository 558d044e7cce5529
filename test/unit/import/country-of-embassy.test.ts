// A page whose only official is an embassy (postcards to the embassy in Rome) names the case's
// country through the embassy: "Ambasciata della Federazione Russa", or with no word between,
// "Ambasciata Federazione Russa", as Italian pages write it.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

const countryOf = (embassy: string) => {
  const text = [
    'Ancora cartoline per liberare gli attivisti',
    '',
    'Il metodo funziona. Per questo vi chiediamo di continuare a mandare cartoline a:',
    embassy,
    'Via Esempio, 116 – 00161 Roma',
    'con la semplice scritta: liberate gli attivisti',
  ].join('\n');
  return (parse(/^---\n([\s\S]*?)\n---\n/.exec(importDocument(`${text}\n`, { source: 'page.txt' }).caseText)?.[1] ?? '') as { country: string | null }).country;
};

describe('the country an embassy represents, in Italian', () => {
  it.each([
    ['Ambasciata Federazione Russa', 'Federazione Russa'],
    ['Ambasciata della Federazione Russa', 'Federazione Russa'],
  ])('"%s" gives %s', (embassy, country) => {
    expect(countryOf(embassy)).toBe(country);
  });
});
