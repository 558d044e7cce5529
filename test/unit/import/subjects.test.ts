import { describe, expect, it } from 'vitest';
import { normalisePronouns, parseSubjects, recogniseSubjects } from '../../../src/import/subjects.js';
import { doc } from './helpers.js';

describe('parseSubjects', () => {
  const rows: Array<{ input: string; expected: unknown }> = [
    { input: 'Persons detained for protesting (they, them, their)', expected: [{ name: 'Persons detained for protesting', pronouns: 'they/them' }] },
    { input: 'Rosa Quispe Mamani (she/her)', expected: [{ name: 'Rosa Quispe Mamani', pronouns: 'she/her' }] },
    { input: 'Ardi Wenda (he/him) and Maria Kogoya (she/her)', expected: [{ name: 'Ardi Wenda', pronouns: 'he/him' }, { name: 'Maria Kogoya', pronouns: 'she/her' }] },
    { input: 'Lucía Ajanel Tzul (ella) y Juan Pérez (él)', expected: [{ name: 'Lucía Ajanel Tzul', pronouns: 'ella' }, { name: 'Juan Pérez', pronouns: 'él' }] },
    { input: 'Idriss Brahim (il)', expected: [{ name: 'Idriss Brahim', pronouns: 'il' }] },
    { input: 'Twelve students (they/ them)', expected: [{ name: 'Twelve students', pronouns: 'they/them' }] },
    { input: 'Mona Farouk', expected: [{ name: 'Mona Farouk' }] },
  ];
  for (const { input, expected } of rows) {
    it(`reads "${input}"`, () => {
      expect(parseSubjects(input)).toEqual(expected);
    });
  }

  it('shortens English pronoun lists to the subject and object forms', () => {
    expect(normalisePronouns('he, him, his')).toBe('he/him');
    expect(normalisePronouns('ella')).toBe('ella');
  });
});

describe('recogniseSubjects', () => {
  it('reads the labelled line with its pronouns at high confidence', () => {
    const text = 'NAME AND PREFERRED PRONOUN: Persons detained for protesting (they, them, their)';
    expect(recogniseSubjects(doc(text))).toMatchObject({ found: true, confidence: 'high', line: 1 });
  });

  it('is less sure when no pronouns are given', () => {
    expect(recogniseSubjects(doc('NOMBRE Y GÉNERO GRAMATICAL PREFERIDO: Lucía Ajanel Tzul'))).toMatchObject({ confidence: 'medium', note: 'no pronouns given' });
  });
});
