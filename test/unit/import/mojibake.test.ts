import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../src/import/mojibake.js';

describe('repairMojibake', () => {
  const rows: Array<{ name: string; input: string; expected: string }> = [
    { name: 'a Spanish word read as Latin-1', input: 'Ministerio PÃºblico, DirecciÃ³n', expected: 'Ministerio Público, Dirección' },
    { name: 'a capital (its second byte a Windows-1252 quote)', input: 'ACCIÃ“N URGENTE', expected: 'ACCIÓN URGENTE' },
    { name: '"í" with its soft hyphen still there', input: 'Polic\u00c3\u00ada', expected: 'Policía' },
    { name: '"í" whose soft hyphen the copy dropped', input: 'SecretarÃa de Seguridad', expected: 'Secretaría de Seguridad' },
    { name: 'a curly apostrophe in three characters', input: 'the minister\u00e2\u20ac\u2122s office', expected: 'the minister’s office' },
    { name: 'a Polish letter', input: 'Å\u0081ódź', expected: 'Łódź' },
    { name: 'a line mixing both, the right part kept', input: 'Julián SecretarÃa', expected: 'Julián Secretaría' },
    { name: 'Portuguese capitals, which are no mojibake', input: 'SÃO PAULO, JOÃO', expected: 'SÃO PAULO, JOÃO' },
    { name: 'a Swedish capital before a closing quote', input: '”PÅ”', expected: '”PÅ”' },
    { name: 'Spanish Ñ', input: 'ESPAÑA', expected: 'ESPAÑA' },
    { name: 'a plain line', input: 'Embassy of Honduras', expected: 'Embassy of Honduras' },
  ];
  for (const row of rows) {
    it(`reads ${row.name}`, () => {
      expect(repairMojibake(row.input)).toBe(row.expected);
    });
  }
});
