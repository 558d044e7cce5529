import { describe, expect, it } from 'vitest';
import { attentionHead, numberedItemHead } from '../../../src/import/head-marks.js';

describe('numberedItemHead', () => {
  const rows: Array<{ input: string; expected: string | undefined }> = [
    // The number is the list's: the head that names the official is read without it (its colon kept for the heading test).
    { input: '1.  Excmo. Sr. Juan Ejemplo, Presidente de Ejemplia:', expected: 'Excmo. Sr. Juan Ejemplo, Presidente de Ejemplia:' },
    { input: '2.   Lic. Pedro Muestra,  Fiscal General de la república de Ejemplia', expected: 'Lic. Pedro Muestra,  Fiscal General de la república de Ejemplia' },
    { input: '4) Minister of Justice Jane Example', expected: 'Minister of Justice Jane Example' },
    { input: '(5) Embassy of Exampleland', expected: 'Embassy of Exampleland' },
    // A colon typed after the comma that parts the name from the office is dropped.
    { input: '3.  Dr. Ana Prueba,: Presidenta de la Corte Suprema (President of the Supreme Court)', expected: 'Dr. Ana Prueba, Presidenta de la Corte Suprema (President of the Supreme Court)' },
  ];
  for (const { input, expected } of rows) {
    it(`reads "${input}" as "${expected}"`, () => {
      expect(numberedItemHead(input)).toBe(expected);
    });
  }

  // Not the head of an official: an address line, a phone number, a line without a number.
  const notHeads = ['2. Stock, Beispielstraße 4', '1. 555 0100', 'Excmo. Sr. Juan Ejemplo, Presidente de Ejemplia:', '1.5 million people'];
  for (const input of notHeads) {
    it(`leaves "${input}" as it is`, () => {
      expect(numberedItemHead(input)).toBeUndefined();
    });
  }
});

describe('attentionHead', () => {
  const rows: Array<{ input: string; expected: string | undefined }> = [
    // The attention label is no part of the office or the name after it.
    { input: 'Attn: Minister Jane Example', expected: 'Minister Jane Example' },
    { input: 'ATTN: Prosecutor General Karim Beispiel', expected: 'Prosecutor General Karim Beispiel' },
    { input: 'Attention: Embassy of Exampleland', expected: 'Embassy of Exampleland' },
    { input: 'z. Hd.: Herrn Justizminister Tomas Ejemplo', expected: 'Herrn Justizminister Tomas Ejemplo' },
    // Only before an office, a courtesy title, a name or an institution; never before an address or a remark.
    { input: 'Attn: 12 Example Road', expected: undefined },
    { input: 'Attn: please write in English', expected: undefined },
    { input: 'Minister Jane Example', expected: undefined },
  ];
  for (const { input, expected } of rows) {
    it(`reads "${input}" as ${JSON.stringify(expected)}`, () => {
      expect(attentionHead(input)).toBe(expected);
    });
  }
});
