import { describe, expect, it } from 'vitest';
import { joinWrappedSalutations } from '../../../src/import/wrapped-bracket.js';

describe('joinWrappedSalutations', () => {
  const rows: Array<{ what: string; lines: string[]; expected: string[] | undefined }> = [
    {
      what: 'joins a bracketed salutation label wrapped onto the next line',
      lines: ['UKRAINE', '(Anrede: Dear Prosecutor General /', 'Sehr geehrter Herr Generalstaatsanwalt)', 'Fax: 1'],
      expected: ['UKRAINE', '(Anrede: Dear Prosecutor General / Sehr geehrter Herr Generalstaatsanwalt)', 'Fax: 1'],
    },
    {
      what: 'joins the Spanish and French labels too',
      lines: ['(Tratamiento: Señor Fiscal /', 'Dear Prosecutor)', "(Formule d'appel : Monsieur le Ministre /", 'Dear Minister).'],
      expected: ['(Tratamiento: Señor Fiscal / Dear Prosecutor)', "(Formule d'appel : Monsieur le Ministre / Dear Minister)."],
    },
    {
      what: 'joins them across the one blank line of a spaced page',
      lines: ['UKRAINE', '', '(Anrede: Dear Prosecutor General /', '', 'Sehr geehrter Herr Generalstaatsanwalt)', '', 'Fax: 1'],
      expected: ['UKRAINE', '', '(Anrede: Dear Prosecutor General / Sehr geehrter Herr Generalstaatsanwalt)', '', 'Fax: 1'],
    },
    { what: 'leaves a bracket closed on its own line', lines: ['(Anrede: Dear Minister / Sehr geehrter Herr Minister)', 'Fax: 1'], expected: undefined },
    { what: 'leaves a bracket that opens no salutation label', lines: ['(Standardbrief Luftpost bis 20 g:', '1,10 €)'], expected: undefined },
    { what: 'leaves a next line that does not close the bracket', lines: ['(Anrede: Dear Minister /', 'Fax: 0049 30 000'], expected: undefined },
  ];
  it.each(rows)('$what', ({ lines, expected }) => {
    const joined = joinWrappedSalutations(lines, lines.map((_, i) => i + 1));
    expect(joined?.lines).toEqual(expected);
  });

  it('keeps each joined line at its first source line, and the lines after it at theirs', () => {
    const lines = ['Jane Doe', '(Anrede: Dear Minister /', 'Sehr geehrte Frau Ministerin)', 'Fax: 1'];
    expect(joinWrappedSalutations(lines, [1, 2, 3, 4])?.origin).toEqual([1, 2, 4]);
  });
});
