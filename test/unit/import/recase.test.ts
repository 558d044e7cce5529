import { describe, expect, it } from 'vitest';
import { casingFrom, honorificCase, officeCase, sentenceCase, titleCase } from '../../../src/import/recase.js';

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

describe('officeCase', () => {
  const rows: Array<{ input: string; expected: string }> = [
    { input: 'OBERSTER RICHTER', expected: 'Oberster Richter' },
    { input: 'LEITERIN DER MENSCHENRECHTSKOMMISSION', expected: 'Leiterin der Menschenrechtskommission' },
    { input: 'MINISTER OF THE INTERIOR', expected: 'Minister of the Interior' },
    { input: 'HEAD OF THE NSA', expected: 'Head of the NSA' },
    { input: 'FISCAL GENERAL DE LA REPÚBLICA', expected: 'Fiscal General de la República' },
    { input: 'Minister of Justice', expected: 'Minister of Justice' },
  ];
  for (const { input, expected } of rows) {
    it(`writes "${input}" as "${expected}"`, () => {
      expect(officeCase(input)).toBe(expected);
    });
  }
});

describe('honorificCase', () => {
  it.each([
    { input: 'HIS EXCELLENCY MR', expected: 'His Excellency Mr' },
    { input: 'HE', expected: 'HE' },
    { input: 'H.E.', expected: 'H.E.' },
    { input: 'HRH', expected: 'HRH' },
    { input: 'Hon.', expected: 'Hon.' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(honorificCase(input)).toBe(expected);
  });
});

describe('casingFrom', () => {
  // A document whose lines cannot be read: what asks nothing of the map must not read them.
  const unreadable = new Proxy([] as string[], { get: () => { throw new Error('the document was read'); } });
  const rows: Array<{ what: string; run: () => string }> = [
    { what: 'a title in mixed case', run: () => sentenceCase('Venezuela: Already Mixed Case', casingFrom(unreadable)) },
    { what: 'a country in mixed case', run: () => titleCase('Venezuela', casingFrom(unreadable)) },
  ];
  for (const { what, run } of rows) {
    it(`reads the document only when a word is looked up: not for ${what}`, () => {
      expect(run).not.toThrow();
    });
  }
  it('reads it when a title in capitals asks', () => {
    expect(() => sentenceCase('VENEZUELA: NEWS', casingFrom(unreadable))).toThrow('the document was read');
  });
});
