import { describe, expect, it } from 'vitest';
import { casingFrom, sentenceCase, titleCase } from '../../../src/import/recase.js';

describe('sentenceCase', () => {
  const casing = casingFrom([
    'Amnesty International met Rocío San Miguel in Caracas, and the UN was told.',
    'The mass detention of people in Venezuela continues.',
  ]);
  const rows: Array<{ input: string; expected: string }> = [
    { input: 'VENEZUELA: MASS DETENTION OF VULNERABLE GROUPS', expected: 'Venezuela: mass detention of vulnerable groups' },
    { input: 'VENEZUELA: ROCÍO SAN MIGUEL FREED, UN TOLD', expected: 'Venezuela: Rocío San Miguel freed, UN told' },
    { input: 'PRISONERS AT RISK', expected: 'Prisoners at risk' },
    { input: 'Venezuela: Already Mixed Case', expected: 'Venezuela: Already Mixed Case' },
  ];
  for (const { input, expected } of rows) {
    it(`turns "${input}" into "${expected}"`, () => {
      expect(sentenceCase(input, casing)).toBe(expected);
    });
  }
});

describe('sentenceCase in French', () => {
  it('keeps the space before the colon and lowers "un", which a French text writes in lower case', () => {
    const casing = casingFrom(["Idriss Brahim, étudiant à N'Djamena, a été arrêté par un agent."]);
    expect(sentenceCase('TCHAD : UN ÉTUDIANT DÉTENU', casing)).toBe('Tchad : un étudiant détenu');
  });
});

describe('titleCase', () => {
  it('writes Turkish capitals without a stray combining dot', () => {
    expect(titleCase('TÜRKİYE', new Map())).toBe('Türkiye');
  });

  it('keeps short acronyms and lowers small words inside', () => {
    expect(titleCase('UAE', new Map())).toBe('UAE');
    expect(titleCase('BOSNIA AND HERZEGOVINA', new Map())).toBe('Bosnia and Herzegovina');
  });
});
