import { describe, expect, it } from 'vitest';
import { sentenceOfficials } from '../../../src/import/sentence-official.js';
import { doc } from './helpers.js';

describe('sentenceOfficials: the labelled lines under a sentence that asks to call or email one official', () => {
  type Row = { text: string; expected: Array<{ name?: string; title?: string; phone?: string; emails: string[] }> };
  const rows: Row[] = [
    // "call and e-mail Governor …", then "The phone is …" and "The email: …" on lines of their own.
    {
      text: 'If you live in Exampleton, please call and e-mail Governor Example.\n\nThe phone is 555-010-0140.\n\nThe email: Governor.Example@example.gov',
      expected: [{ name: 'Example', title: 'Governor', phone: '555-010-0140', emails: ['Governor.Example@example.gov'] }],
    },
    {
      text: 'Please call Governor Jane Example today.\nPhone: (555) 010-2233\nE-mail: office@governor.example.gov',
      expected: [{ name: 'Jane Example', title: 'Governor', phone: '(555) 010-2233', emails: ['office@governor.example.gov'] }],
    },
    // A line of another kind ends the run: a later paragraph's number is nobody's.
    {
      text: 'Please email Governor Jane Example.\n\nJohn Doe has been held for ten years.\n\nPhone: 555-010-9999',
      expected: [{ name: 'Jane Example', title: 'Governor', emails: [] }],
    },
  ];
  it.each(rows)('$text', ({ text, expected }) => {
    const got = sentenceOfficials(doc(text)).map((o) => ({
      ...(o.name ? { name: o.name.value } : {}),
      ...(o.title ? { title: o.title.value } : {}),
      ...(o.phone ? { phone: o.phone.value } : {}),
      emails: o.emails.map((e) => e.value),
    }));
    expect(got).toEqual(expected);
  });
});
