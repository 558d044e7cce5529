import { describe, expect, it } from 'vitest';
import { governmentCountryOf, trimGluedDomain } from '../../../src/import/email-domain.js';

describe('trimGluedDomain', () => {
  const rows: Array<{ name: string; input: string; expected: string }> = [
    { name: 'a screen-reader note glued to the domain', input: 'general@embassy.orgopens', expected: 'general@embassy.org' },
    { name: "the next link's text in capitals", input: 'press@ministry.gov.zwClick', expected: 'press@ministry.gov.zw' },
    { name: 'a country domain', input: 'info@mofa.gov.saExternal', expected: 'info@mofa.gov.sa' },
    { name: 'a real long domain', input: 'office@example.international', expected: 'office@example.international' },
    { name: 'a real domain in capitals', input: 'EMBASSY@EXAMPLE.ORG', expected: 'EMBASSY@EXAMPLE.ORG' },
    { name: 'a made-up domain no real one starts', input: 'someone@ruritania.example', expected: 'someone@ruritania.example' },
    { name: 'too little left after a real domain to be glued text', input: 'a@b.comx', expected: 'a@b.comx' },
  ];
  for (const row of rows) {
    it(`reads ${row.name}`, () => {
      expect(trimGluedDomain(row.input)).toBe(row.expected);
    });
  }
});

// Many open letters print no country anywhere but in the officials' emails: a national government's
// domain under a country code names it; a generic or vanity domain never does.
describe('governmentCountryOf', () => {
  const rows: Array<{ input: string; expected: string | undefined }> = [
    { input: 'contact@president.gov.by', expected: 'BY' },
    { input: 'fiscal@fiscalia.gov.co', expected: 'CO' },
    { input: 'info@example.gob.mx', expected: 'MX' },
    { input: 'cabinet@interieur.gouv.fr', expected: 'FR' },
    { input: 'poststelle@ministerium.de', expected: 'DE' },
    { input: 'prefettura@interno.example.it', expected: 'IT' },
    { input: 'press@ministry.gov.uk', expected: 'GB' },
    { input: 'office@example.go.ke', expected: 'KE' },
    { input: 'cabinet@presidence.example.sn', expected: 'SN' },
    { input: 'contact@example.com', expected: undefined },
    { input: 'info@example.org', expected: undefined },
    { input: 'ministry@example.co', expected: undefined },
    { input: 'minister@example.tv', expected: undefined },
    { input: 'someone@example.de', expected: undefined },
    { input: 'office@un.int', expected: undefined },
  ];
  for (const row of rows) {
    it(`${row.input} is ${row.expected ?? 'no country'}`, () => {
      expect(governmentCountryOf(row.input)).toBe(row.expected);
    });
  }
});
