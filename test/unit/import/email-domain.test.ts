import { describe, expect, it } from 'vitest';
import { trimGluedDomain } from '../../../src/import/email-domain.js';

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
