// Whatever it is given, the importer returns a draft whose front matter is well-formed YAML:
// problems show up as validation errors on named fields, never as a crash or a syntax error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

const FRAGMENTS = [
  'URGENT ACTION', 'ACCIÓN URGENTE', 'VENEZUELA: MASS DETENTION', 'TAKE ACTION:', '· Write a letter.', '• Click here to let us know the actions you took on UA 1/24.',
  'Minister of Justice, Ms. Ana Ruiz', 'His Excellency Mr. X Y', 'Email: a@b.example.org', 'Fax: +1 555 0100', 'X: @handle', 'Twitter: @"quoted"', '10 Downing Street',
  'Caracas, Venezuela', 'Copies to:', 'Dear Minister, or Dear Governor,', 'Señor Fiscal:', 'Yours sincerely,', 'Atentamente,', 'ADDITIONAL INFORMATION',
  'PREFERRED LANGUAGE TO ADDRESS TARGET: English, Spanish', 'PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: 31 February 2024', 'NAME AND PREFERRED PRONOUN: A (she/her',
  'LINK TO PREVIOUS UA: https://example.org/ua', '', '# not a heading', '---', 'key: value', "it's: a 'quote' and \"another\"", '- a dash', '  ', '\t',
];

const line = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }));
const documents = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));

describe('importDocument on any text', () => {
  it('never throws, and writes front matter that YAML reads back', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const { caseText } = importDocument(text, { source: 'any.txt' });
        const m = /^---\n([\s\S]*?)\n---\n/.exec(caseText);
        expect(m).not.toBeNull();
        expect(() => parse(m?.[1] ?? '')).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
