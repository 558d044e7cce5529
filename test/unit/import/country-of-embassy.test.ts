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

describe('the country an embassy represents, in Dutch', () => {
  // "Ambassade van de Republiek …": Dutch puts "van" where English puts "of".
  it('"Ambassade van de Republiek Turkije" gives Turkije', () => {
    const text = [
      'Schrijf een kaart voor de gevangenen',
      '',
      'Stuur uw kaart naar:',
      'Ambassade van de Republiek Turkije',
      'Voorbeeldstraat 15',
      '2514 AB Den Haag',
      'Fax: 070 000 0000',
      '',
      // The story names the reader's own country more often than the case's: the embassy decides.
      'Groepen in heel Nederland schrijven mee; in Nederland alleen al honderden kaarten.',
    ].join('\n');
    const front = parse(/^---\n([\s\S]*?)\n---\n/.exec(importDocument(`${text}\n`, { source: 'pagina.txt' }).caseText)?.[1] ?? '') as { country: string | null };
    expect(front.country).toBe('Turkije');
  });
});
