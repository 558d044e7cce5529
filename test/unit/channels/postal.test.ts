import { describe, expect, it } from 'vitest';
import { countryCode, sameCountry } from '../../../src/channels/countries.js';
import { destinationOf, isAbroad, recipientLines, senderLines } from '../../../src/channels/postal.js';

describe('countries', () => {
  it.each([
    { name: 'Venezuela', code: 'VE' },
    { name: 'United States', code: 'US' },
    { name: 'USA', code: 'US' },
    { name: 'U.S.A.', code: 'US' },
    { name: 'Estados Unidos', code: 'US' },
    { name: 'Royaume-Uni', code: 'GB' },
    { name: 'UK', code: 'GB' },
    { name: 'Türkiye', code: 'TR' },
    { name: 'Turkey', code: 'TR' },
    { name: 'Россия', code: 'RU' },
    { name: 'Polska', code: 'PL' },
    { name: 'méxico', code: 'MX' },
    { name: 'Repubblica di Corea', code: 'KR' },
    { name: 'République de Corée', code: 'KR' },
    { name: 'New York, NY 10017', code: undefined },
    { name: 'Caracas', code: undefined },
    { name: 'Ruritania', code: undefined },
  ])('"$name" is $code', ({ name, code }) => {
    expect(countryCode(name)).toBe(code);
  });

  it.each([
    { a: 'United Kingdom', b: 'UK', same: true },
    { a: 'Venezuela', b: 'VENEZUELA', same: true },
    { a: 'Ruritania', b: 'ruritania', same: true },
    { a: 'Ruritania', b: 'Venezuela', same: false },
    { a: 'Belgium', b: 'Belgique', same: true },
  ])('"$a" and "$b" same country: $same', ({ a, b, same }) => {
    expect(sameCountry(a, b)).toBe(same);
  });
});

describe('the recipient block', () => {
  const head = ['His Excellency Tarek William Saab', 'Attorney General of the Republic'];
  it.each([
    {
      name: 'from abroad: the country alone in capitals',
      address: ['Edificio Sede Principal', 'Avenida México', 'Caracas', 'Venezuela'],
      signerCountry: 'United Kingdom',
      expected: ['Edificio Sede Principal', 'Avenida México', 'Caracas', 'VENEZUELA'],
    },
    {
      name: 'from abroad: a country on the city line is split off',
      address: ['Avenida México', 'Caracas, Venezuela'],
      signerCountry: 'Spain',
      expected: ['Avenida México', 'Caracas', 'VENEZUELA'],
    },
    {
      name: 'from abroad: a missing country is added',
      address: ['Avenida México', 'Caracas'],
      signerCountry: 'Spain',
      expected: ['Avenida México', 'Caracas', 'VENEZUELA'],
    },
    {
      name: 'unknown sender country counts as abroad',
      address: ['Avenida México', 'Caracas'],
      signerCountry: undefined,
      expected: ['Avenida México', 'Caracas', 'VENEZUELA'],
    },
    {
      name: 'a mission abroad keeps its own country',
      address: ['335 East 46th Street', 'New York, NY 10017', 'USA'],
      signerCountry: 'Canada',
      expected: ['335 East 46th Street', 'New York, NY 10017', 'USA'],
    },
    {
      name: 'within the country: as the case wrote it',
      address: ['Avenida México', 'Caracas, Venezuela'],
      signerCountry: 'venezuela',
      expected: ['Avenida México', 'Caracas, Venezuela'],
    },
    {
      name: 'a mission in the signer\'s own country: domestic post',
      address: ['335 East 46th Street', 'New York, NY 10017', 'United States'],
      signerCountry: 'USA',
      expected: ['335 East 46th Street', 'New York, NY 10017', 'United States'],
    },
    {
      name: 'a mission in New York written without a country line goes to the United States, not the case\'s country',
      address: ['335 East 46th Street', 'New York, NY 10017'],
      signerCountry: 'United Kingdom',
      expected: ['335 East 46th Street', 'New York, NY 10017', 'UNITED STATES'],
    },
    {
      name: 'the same mission from within the United States: domestic post, as written',
      address: ['335 East 46th Street', 'New York, NY 10017'],
      signerCountry: 'USA',
      expected: ['335 East 46th Street', 'New York, NY 10017'],
    },
    {
      name: 'an embassy in Ottawa written without a country line goes to Canada',
      address: ['32 Range Road', 'Ottawa, ON K1N 8J4'],
      signerCountry: undefined,
      expected: ['32 Range Road', 'Ottawa, ON K1N 8J4', 'CANADA'],
    },
    {
      name: 'an embassy in London written without a country line goes to the United Kingdom',
      address: ['1 Example Gardens', 'London SW1A 2AA'],
      signerCountry: 'Ireland',
      expected: ['1 Example Gardens', 'London SW1A 2AA', 'UNITED KINGDOM'],
    },
    {
      name: 'a postcode that names no country keeps the case\'s country',
      address: ['Avenida México', 'Caracas 1010'],
      signerCountry: 'Spain',
      expected: ['Avenida México', 'Caracas 1010', 'VENEZUELA'],
    },
  ])('$name', ({ address, signerCountry, expected }) => {
    const destination = destinationOf(address, 'Venezuela');
    const abroad = isAbroad(signerCountry, destination);
    expect(recipientLines(head, destination, abroad)).toEqual([...head, ...expected]);
  });

  it('writes the sender block as name, street lines, city, country', () => {
    expect(senderLines({ name: 'Jane Example', address: ['Flat 2', '12 Sample Road', ' '], city: 'Leeds LS1 1AA', country: 'United Kingdom' })).toEqual([
      'Jane Example', 'Flat 2', '12 Sample Road', 'Leeds LS1 1AA', 'United Kingdom',
    ]);
    expect(senderLines({ name: 'Jane Example', address: [] })).toEqual(['Jane Example']);
  });
});
