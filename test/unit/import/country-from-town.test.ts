// Many appeals print no "COUNTRY:" headline and name the country nowhere the importer reads it,
// yet the first official's address ends in the capital or the seat of government, often in the
// country's own spelling ("118 00 Praha 1", "Tegucigalpa, M.D.C."): the country is that town's.
// An office abroad ("Embassy of …, Washington") is never read so: its town is the host's. A story
// naming another country more often does not outweigh the address. A line-wrap hyphen left in a
// country's name ("Saudi- Arabien") is joined.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

const countryOfPage = (lines: readonly string[], source = 'page.txt') =>
  (parse(/^---\n([\s\S]*?)\n---\n/.exec(importDocument(`${lines.join('\n')}\n`, { source }).caseText)?.[1] ?? '') as { country: string | null }).country;

const englishPage = (office: string, address: readonly string[]) => [
  'Teacher detained for a peaceful protest',
  '',
  'Jane Example, a teacher, was arrested after a peaceful protest.',
  '',
  'Please write to:',
  '',
  office,
  'Karl Beispiel',
  ...address,
  'Email: office@example.org',
  '',
  'Dear Minister,',
  'I am writing to ask you to release Jane Example at once and without conditions.',
  'Yours sincerely,',
];

describe('the country of the capital or seat of government in the official’s address', () => {
  it.each([
    [['Example Street 1', '11013 Berlin'], 'Germany'],
    [['Postboks 8005 Dep', '0010 Oslo'], 'Norway'],
    [['Boulevard Example', 'Tegucigalpa, M.D.C.'], 'Honduras'],
    [['Palácio Exemplo', 'Brasília – DF'], 'Brazil'],
    [['Postbus 20011', '2500 EA Den Haag'], 'Netherlands'],
    [['Example Square 5', '118 00 Praha 1'], 'Czechia'],
    [['Example Street 1', '103132 Moskva'], 'Russia'],
    [['Example Avenue 4', 'Nur-Sultan 010000'], 'Kazakhstan'],
    // Spain's head of government is written to at La Moncloa, with no town printed.
    [['Complejo de la Moncloa', 'Avenida Ejemplo s/n'], 'Spain'],
    [['Parliament House', 'Canberra ACT 2600'], 'Australia'],
    [['Example Caddesi 3', '06573 Ankara'], 'Türkiye'],
    [['Example Lane 9', '1249-010 Lisboa'], 'Portugal'],
  ])('%j gives %s', (address, country) => {
    expect(countryOfPage(englishPage('Minister of Justice', address))).toBe(country);
  });

  it('a German page names the country in German', () => {
    const page = [
      'Lehrerin nach friedlichem Protest in Haft',
      '',
      'Bitte schreiben Sie an:',
      '',
      'Justizminister',
      'Karl Beispiel',
      'Beispielplatz 5',
      '118 00 Praha 1',
      '',
      'Sehr geehrter Herr Minister,',
      'ich bitte Sie, die Lehrerin sofort und ohne Bedingungen freizulassen. Sie hat nur friedlich protestiert.',
      'Hochachtungsvoll',
    ];
    expect(countryOfPage(page, 'seite.txt')).toBe('Tschechien');
  });

  it('the address wins over a country the story names more often', () => {
    const page = [
      'Letter for a detained priest',
      '',
      'Father Example was arrested in Nicaragua. Nicaragua has held him for a year; in Nicaragua many are held.',
      '',
      'Please write to:',
      '',
      'Minister of Foreign Affairs',
      'Mario Esempio',
      'Piazzale Esempio 1',
      '00135 Roma',
      '',
      'Dear Minister,',
      'I am writing to ask you to speak for Father Example, who is held without charge.',
      'Yours sincerely,',
    ];
    expect(countryOfPage(page)).toBe('Italy');
  });
});

describe('a country name broken by a line-wrap hyphen', () => {
  it('"Riyadh 11134, Saudi- Arabien" gives Saudi-Arabien', () => {
    const page = [
      'Blogger ohne Anklage in Haft',
      '',
      'Bitte schreiben Sie an:',
      '',
      'König Beispiel',
      'Königlicher Hof',
      'Riyadh 11134, Saudi- Arabien',
      'Anrede: Majestät',
      '',
      'Majestät,',
      'ich schreibe Ihnen, um die Freilassung des Bloggers zu fordern. Bitte lassen Sie ihn sofort frei.',
    ];
    expect(countryOfPage(page, 'seite.txt')).toBe('Saudi-Arabien');
  });
});

// Guards (they held before the capitals were read, and must keep holding): an embassy abroad, and a
// capital's name that is as often another country's town.
describe('towns that do not give the country', () => {
  it.each([
    ['Embassy of Exampleland', ['1 Example Avenue NW', 'Washington DC 20008']],
    ['Embassy of Exampleland', ['Example Street 1', '10117 Berlin']],
    ['Premier of Example Province', ['Example Buildings', 'Victoria, BC V8W 9E2']],
  ])('%s at %j gives no country', (office, address) => {
    expect(countryOfPage(englishPage(office, address))).toBeNull();
  });
});

describe('the country of the officials’ government email domains, when nothing else names it', () => {
  it.each([
    ['fiscal@fiscalia.gov.co', 'Colombia'],
    ['contact@president.gov.by', 'Belarus'],
    ['poststelle@ministerium.de', 'Germany'],
  ])('%s gives %s', (email, country) => {
    const page = englishPage('Attorney General', ['Example Building']).map((l) => (l === 'Email: office@example.org' ? `Email: ${email}` : l));
    expect(countryOfPage(page)).toBe(country);
  });
});

describe('a copy’s government email', () => {
  // The reader's own foreign ministry, sent a copy, is not the case's country.
  it('gives no country', () => {
    const page = [
      ...englishPage('Attorney General', ['Example Building']).slice(0, 11),
      '',
      'Copies to:',
      'Federal Foreign Office',
      'Email: poststelle@auswaertiges-amt.de',
      '',
      ...englishPage('Attorney General', ['Example Building']).slice(11),
    ];
    expect(countryOfPage(page)).toBeNull();
  });
});

describe('a US town line: the state\'s two letters and a ZIP code', () => {
  it.each([
    [['1600 Example Avenue NW', 'Washington DC 20500']],
    [['PO Box 720', 'Jefferson City, MO 65102']],
    [['State Capitol', 'Austin, TX 78711-2428']],
  ])('%j ends an address in the United States', (address) => {
    expect(countryOfPage(englishPage('Director of the Bureau of Prisons', address))).toBe('United States');
  });
  it('gives no country from a German postcode, nor from an embassy abroad', () => {
    expect(countryOfPage(englishPage('Minister of Justice', ['Example Street 1', 'Berlin 10117']))).not.toBe('United States');
    expect(countryOfPage(englishPage('Embassy of Exampleland', ['3519 Example Court NW', 'Washington, DC 20008']))).not.toBe('United States');
  });
});
