import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { recogniseLanguages } from '../../../src/import/languages.js';
import { doc, draftTargets, valueOf } from './helpers.js';

// A 1990s UA: one field a line with blank lines between, "Telexes:"/"Telegrams:"/"Faxes:" labels,
// the languages named in the action line, and "COPIES TO:" naming whom by what they are.
const page = (officials: string, action = 'Please send telegrams/telexes/faxes/express/airmail letters in English or your own language:') =>
  [
    'UA 101/95          Fear of torture          12 March 1995',
    '',
    'RURITANIA:         Karim Beispiel, aged 34, teacher',
    '',
    'Karim Beispiel was arrested on 2 March 1995 at his home by members of the security forces.',
    '',
    `RECOMMENDED ACTION: ${action}`,
    '- urging that he be released immediately.',
    '',
    'APPEALS TO:',
    '',
    officials,
    '',
    'PLEASE SEND APPEALS IMMEDIATELY.',
    '',
  ].join('\n');

const AMIR = ['His Highness', 'Shaikh Jan Bin Example Al Example', 'Amir of the State of Ruritania', 'The Amiri Court, Example Palace, Ruritania'];

interface Row {
  what: string;
  lines: string[];
  expected: Record<string, unknown>;
  /** Words the official's fields must not hold. */
  never?: string[];
}

describe('an older UA one field a line', () => {
  const rows: Row[] = [
    { what: '"Faxes:" is a fax label', lines: [...AMIR, 'Faxes: +999 668884', 'Salutation: Your Highness'], expected: { fax: '+999 668884', address: ['The Amiri Court, Example Palace, Ruritania'] }, never: ['Faxes'] },
    { what: 'a second line of the same exchange by its ending after "or"', lines: [...AMIR, 'Faxes: +999 276765 or 290526'], expected: { fax: '+999 276765 / 290526' } },
    { what: 'a "Telexes:" line is no address line', lines: [...AMIR, 'Telexes: 8666 EXAMPL RU; 8500 EXAMPL RU', 'Salutation: Your Highness'], expected: { address: ['The Amiri Court, Example Palace, Ruritania'] }, never: ['Telex', 'EXAMPL RU'] },
    { what: 'an Amir is an office', lines: [...AMIR, 'Faxes: +999 668884'], expected: { name: 'Jan Bin Example Al Example', title: 'Amir of the State of Ruritania' } },
  ];
  for (const r of rows) {
    it(r.what, () => {
      const { caseText } = importDocument(page(r.lines.join('\n\n')), { source: 'p.txt' });
      const t = draftTargets(caseText)[0] ?? {};
      expect(t).toMatchObject(r.expected);
      for (const word of r.never ?? []) expect(JSON.stringify(t)).not.toContain(word);
    });
  }
});

describe('"COPIES TO:" naming whom by what they are', () => {
  const rows: Array<{ line: string; expected: string }> = [
    { line: 'COPIES TO: diplomatic representatives of Ruritania accredited to your country.', expected: 'Diplomatic representatives of Ruritania accredited to your country' },
    { line: 'Copies to: the Embassy of Ruritania in your country', expected: 'The Embassy of Ruritania in your country' },
  ];
  for (const r of rows) {
    it(`"${r.line}"`, () => {
      const { caseText } = importDocument(page([...AMIR, 'Faxes: +999 668884', r.line].join('\n\n')), { source: 'p.txt' });
      expect(draftTargets(caseText).filter((t) => t.copy === true)).toMatchObject([{ name: r.expected, copy: true }]);
    });
  }
});

describe('languages named in the action line', () => {
  const rows: Array<{ line: string; expected: string[] }> = [
    { line: 'RECOMMENDED ACTION: Please send telegrams/telexes/faxes/express/airmail letters in English, Arabic or your own language:', expected: ['en', 'ar'] },
    { line: 'Please send appeals to arrive as quickly as possible, in Spanish or your own language:', expected: ['es'] },
    { line: 'APPEALS IN ARABIC OR FRENCH IF POSSIBLE TO:', expected: ['ar', 'fr'] },
  ];
  for (const r of rows) {
    it(`"${r.line}"`, () => {
      const f = recogniseLanguages(doc(r.line));
      expect(valueOf(f)).toEqual(r.expected);
    });
  }
});
