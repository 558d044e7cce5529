// A page that names its official in a sentence may tell how to greet him in another ("Please
// address the President as Your Excellency …"): that greeting is his salutation, when the sentence
// points at him by a pronoun or a word of his office, and the page names him alone.
import { describe, expect, it } from 'vitest';
import { sentenceOfficials } from '../../../src/import/sentence-official.js';
import { doc } from './helpers.js';

const write = 'Please write to the President of Valdor Mr J K Example and plead clemency for Maria Sample. email: jk_example@example.gov';
const salutation = (under: string) => sentenceOfficials(doc([write, '', under].join('\n')))[0]?.salutation?.value;

const rows = [
  { under: 'Please address the President as Your Excellency and end the letter with "Yours sincerely".', expected: 'Your Excellency' },
  { under: "Address him as 'Dear Mr President' in your letter.", expected: 'Dear Mr President' },
];

describe('a salutation given in a sentence under the instruction', () => {
  it.each(rows)('$under → $expected', ({ under, expected }) => {
    expect(salutation(under)).toBe(expected);
  });

  it('takes none for another office than his, nor where no greeting follows "as"', () => {
    expect(salutation('Please address the Minister as Your Excellency.')).toBeUndefined();
    expect(salutation('Please address the President as soon as you can.')).toBeUndefined();
  });
});
