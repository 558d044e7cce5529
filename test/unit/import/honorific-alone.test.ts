// A courtesy title alone on its line, above the name, on a page with one field a line ("His
// Excellency" / "Jane Doe" / "President of Exampleland"): the title is the honorific, the line
// under it the name — never the honorific taken as the name.
import { describe, expect, it } from 'vitest';
import { honorificAlone, splitHonorific } from '../../../src/import/official-words.js';
import { readOfficials } from '../../../src/import/officials.js';
import { doc } from './helpers.js';

describe('honorificAlone', () => {
  const rows: Array<{ line: string; expected: string | undefined }> = [
    { line: 'His Excellency', expected: 'His Excellency' },
    { line: 'HIS EXCELLENCY', expected: 'HIS EXCELLENCY' },
    { line: 'His Excellency,', expected: 'His Excellency' },
    { line: 'Son Excellence', expected: 'Son Excellence' },
    { line: 'Exma. Sra.', expected: 'Exma. Sra.' },
    { line: 'Excelentísimo Señor', expected: 'Excelentísimo Señor' },
    { line: 'Seine Exzellenz', expected: 'Seine Exzellenz' },
    { line: 'Monsieur', expected: 'Monsieur' },
    // The German envelope's dative ("An Seine Exzellenz" is "Seiner Exzellenz" in its address) and "I.E." (Ihre Exzellenz).
    { line: 'Ihrer Exzellenz', expected: 'Ihrer Exzellenz' },
    { line: 'Seiner Exzellenz', expected: 'Seiner Exzellenz' },
    { line: 'Seiner Majestät', expected: 'Seiner Majestät' },
    { line: 'I.E.', expected: 'I.E.' },
    { line: 'I. E.', expected: 'I. E.' },
    // "Son Excellence Monsieur", "… Madame", by their initials as French letters print them.
    { line: 'S.E.M.', expected: 'S.E.M.' },
    { line: 'S. E. Mme', expected: 'S. E. Mme' },
    // A name, an office, a title before a name, a rank that may be half of an office: not alone.
    { line: 'Jane Doe', expected: undefined },
    { line: 'His Excellency Jane Doe', expected: undefined },
    { line: 'Monsieur le Ministre', expected: undefined },
    { line: 'President of Exampleland', expected: undefined },
    { line: 'General', expected: undefined },
    { line: 'HE', expected: undefined },
    // "i.e." is no courtesy title: only "I.E." in capitals is.
    { line: 'i.e.', expected: undefined },
  ];
  it.each(rows)('$line → $expected', ({ line, expected }) => {
    expect(honorificAlone(line)).toBe(expected);
  });
});

describe('a German courtesy title before the name on its line', () => {
  const rows: Array<{ line: string; honorific: string; rest: string }> = [
    { line: 'Ihrer Exzellenz Frau Wu Example', honorific: 'Ihrer Exzellenz Frau', rest: 'Wu Example' },
    { line: 'Seiner Exzellenz Herrn Karl Beispiel', honorific: 'Seiner Exzellenz Herrn', rest: 'Karl Beispiel' },
    { line: 'I.E. Frau Wu Example', honorific: 'I.E. Frau', rest: 'Wu Example' },
  ];
  it.each(rows)('$line', ({ line, honorific, rest }) => {
    expect(splitHonorific(line)).toEqual({ honorific, rest });
  });
});

describe('an official whose courtesy title stands alone above the name', () => {
  const LETTER = 'Dear Minister,\n\nI am writing to urge you to release the teacher Jane Roe, who was arrested only for a peaceful protest.\n\nYours sincerely,';
  const read = (officials: string) => readOfficials(doc(`URGENT ACTION\nEXAMPLELAND: TEACHER HELD\nA short summary of the case.\n\nWrite to:\n${officials}\n\n${LETTER}`), ['Exampleland']);
  const rows: Array<{ name: string; block: string[]; expected: Array<{ name: string; honorific: string; title?: string }> }> = [
    {
      name: 'English: the title above, the office under the name',
      block: ['His Excellency', 'Jane Doe', 'President of Exampleland', 'Presidential Palace', 'Exampletown', 'Email: president@example.gov'],
      expected: [{ name: 'Jane Doe', honorific: 'His Excellency', title: 'President of Exampleland' }],
    },
    {
      name: 'in capitals: the title is no office heading',
      block: ['HIS EXCELLENCY', 'JANE DOE', 'President of Exampleland', 'Presidential Palace', 'Exampletown', 'Email: president@example.gov'],
      expected: [{ name: 'JANE DOE', honorific: 'HIS EXCELLENCY', title: 'President of Exampleland' }],
    },
    {
      name: 'French: the line under it opens with a courtesy title of its own, and both are kept',
      block: ['Son Excellence', 'Monsieur Jean Dupont', 'Président de la République', 'Palais présidentiel', 'Exempleville', 'Courriel : president@example.gov'],
      expected: [{ name: 'Jean Dupont', honorific: 'Son Excellence Monsieur', title: 'Président de la République' }],
    },
    {
      name: 'Spanish: abbreviated courtesy titles',
      block: ['Exma. Sra.', 'Juana Pérez', 'Fiscal General de la República', 'Avenida del Ejemplo 12', 'Ciudad Ejemplo', 'Correo-e: fiscal@example.gov'],
      expected: [{ name: 'Juana Pérez', honorific: 'Exma. Sra.', title: 'Fiscal General de la República' }],
    },
    {
      name: 'the second official opens with the title alone, right under the first one\'s email',
      block: ['Minister of Justice Jane Doe', 'Ministry of Justice', 'Exampletown', 'Email: justice@example.gov', 'His Excellency', 'John Roe', 'Minister of the Interior', 'Ministry of the Interior', 'Exampletown', 'Email: interior@example.gov'],
      expected: [{ name: 'Jane Doe', honorific: '', title: 'Minister of Justice' }, { name: 'John Roe', honorific: 'His Excellency', title: 'Minister of the Interior' }],
    },
  ];
  it.each(rows)('$name', ({ block, expected }) => {
    const result = read(block.join('\n'));
    const officials = result.officials.found ? result.officials.value : [];
    expect(officials.map((o) => ({ name: o.name?.value, honorific: o.honorific?.value ?? '', title: o.title?.value }))).toEqual(expected);
    expect(officials.flatMap((o) => o.unsure.map((u) => u.value))).toEqual([]);
  });
});
