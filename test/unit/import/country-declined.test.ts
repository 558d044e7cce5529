// Lithuanian, Latvian, Estonian, Icelandic, Romanian, Finnish and Polish offices name their country
// declined ("Lietuvos Respublikos …", "Eesti Vabariigi …", "Rzeczypospolitej Polskiej"): the
// country is read from ICU's names in those languages with the language's case endings, in the
// page's own language or next to the word for a republic; never from a word that merely resembles.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';
import { declinedCountryIn } from '../../../src/import/country-declined.js';

const country = (page: string): unknown => {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(importDocument(page, { source: 'letter.txt' }).caseText);
  return (parse(m?.[1] ?? '') as { country?: unknown }).country;
};

describe('the country an official\'s declined title names', () => {
  it.each([
    { text: 'Lietuvos Respublikos Seimo pirmininkui', langs: ['fr'], expected: 'Lithuania' },
    { text: 'Latvijas Republikas Saeimas priekšsēdētājai', langs: [], expected: 'Latvia' },
    { text: 'Eesti Vabariigi president', langs: ['jv'], expected: 'Estonia' },
    { text: 'Suomen tasavallan presidentti', langs: [], expected: 'Finland' },
    { text: 'Ministrul Justiției al României', langs: ['ro'], expected: 'Romania' },
    { text: 'forsætisráðherra Íslands', langs: ['is'], expected: 'Iceland' },
    { text: 'Minister Sprawiedliwości Rzeczypospolitej Polskiej', langs: ['pl'], expected: 'Poland' },
  ])('"$text" → $expected', ({ text, langs, expected }) => expect(declinedCountryIn(text, langs)).toBe(expected));

  it.each([
    { text: 'Ministrul Justiției al României', langs: ['en'] },
    { text: 'Prime Minister of the Solomon Islands', langs: ['en'] },
    { text: 'Seimo pirmininkui', langs: ['lt'] },
  ])('"$text" names none in $langs', ({ text, langs }) => expect(declinedCountryIn(text, langs)).toBeUndefined());
});

describe('a page whose only country is in its official\'s declined title', () => {
  const letter = (greeting: string, text: string, closing: string) => ['', greeting, '', text, '', closing, ''];
  it.each([
    { page: ['Janina Pavyzdienė', 'Lietuvos Respublikos teisingumo ministrė', 'Pavyzdžio g. 1', 'LT-00000 Pavyzdys', ...letter('Gerbiamoji ministre,', 'Rašau Jums prašydamas nedelsiant paleisti žurnalistą Karimą Beispielį, kuris buvo sulaikytas dėl savo darbo ir jau tris mėnesius laikomas be teismo.', 'Pagarbiai')], expected: 'Lithuania' },
    { page: ['Jaan Näide', 'Eesti Vabariigi justiitsminister', 'Näite tn 1', '00000 Näitelinn', '', 'Kirjutan Teile, et paluda ajakirjanik Karim Beispieli viivitamatut vabastamist, kes vahistati oma töö pärast ja keda on kolm kuud kohtuta kinni peetud.', ''], expected: 'Estonia' },
    { page: ['Jan Przykładowy', 'Minister Sprawiedliwości Rzeczypospolitej Polskiej', 'ul. Przykładowa 1', '00-000 Przykładowo', ...letter('Szanowny Panie Ministrze,', 'Piszę do Pana w sprawie dziennikarza Karima Beispiela, który został zatrzymany za swoją pracę i od trzech miesięcy przebywa w areszcie bez wyroku.', 'Z poważaniem')], expected: 'Poland' },
    // The office word of the language makes the line the official's title, and the title names the country.
    { page: ['Jan Exemplu', 'Ministrul Justiției al României', 'Strada Exemplu 1', '000000 Exempleni', ...letter('Stimate domnule ministru,', 'Vă scriu pentru a vă cere eliberarea imediată a jurnalistului Karim Beispiel, care a fost arestat pentru munca sa și este deținut fără proces de trei luni.', 'Cu stimă,')], expected: 'Romania' },
    { page: ['Jón Dæmi', 'forsætisráðherra Íslands', 'Dæmigötu 1', '000 Dæmibær', ...letter('Hæstvirtur forsætisráðherra,', 'Ég skrifa yður til að biðja um að blaðamaðurinn Karim Beispiel verði tafarlaust látinn laus, en hann var handtekinn vegna starfa sinna og hefur setið í varðhaldi án dóms í þrjá mánuði.', 'Virðingarfyllst')], expected: 'Iceland' },
  ])('gives $expected', ({ page, expected }) => expect(country(page.join('\n'))).toBe(expected));
});
