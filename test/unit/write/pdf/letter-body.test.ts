import { describe, expect, test } from 'vitest';
import { splitLetterBody } from '../../../../src/write/pdf/letter-body.js';

describe('splitLetterBody', () => {
  test.each([
    {
      name: 'the name ends the body after a closing paragraph',
      body: 'Dear Minister,\n\nPlease act now.\n\nYours sincerely,\n\nZeynep Çelik',
      signer: 'Zeynep Çelik',
      expected: { paragraphs: ['Dear Minister,', 'Please act now.'], closing: 'Yours sincerely,', signature: 'Zeynep Çelik' },
    },
    {
      name: 'closing and name in one paragraph',
      body: 'Dear Minister,\n\nPlease act now.\n\nYours sincerely,\nMałgorzata Wiśniewska',
      signer: 'Małgorzata Wiśniewska',
      expected: { paragraphs: ['Dear Minister,', 'Please act now.'], closing: 'Yours sincerely,', signature: 'Małgorzata Wiśniewska' },
    },
    {
      name: 'lines under the name stay with it',
      body: 'Dear Minister,\n\nPlease act now.\n\nС поштовањем,\n\nЂорђе Петровић\nБеоград',
      signer: 'Ђорђе Петровић',
      expected: { paragraphs: ['Dear Minister,', 'Please act now.'], closing: 'С поштовањем,', signature: 'Ђорђе Петровић\nБеоград' },
    },
    {
      name: 'the name matches whatever the case, spacing or Unicode normalisation',
      body: 'Dear Sir,\n\nText.\n\nKind regards,\n\nZEYNEP  C\u0327ELIK',
      signer: 'Zeynep Çelik',
      expected: { paragraphs: ['Dear Sir,', 'Text.'], closing: 'Kind regards,', signature: 'ZEYNEP  C\u0327ELIK' },
    },
    {
      name: 'a long paragraph before the name is not taken for a closing',
      body: `Dear Sir,\n\n${'Please act now. '.repeat(8).trim()}\n\nAna García`,
      signer: 'Ana García',
      expected: { paragraphs: ['Dear Sir,', 'Please act now. '.repeat(8).trim()], closing: undefined, signature: 'Ana García' },
    },
    {
      name: 'without the name, a short last line is still the signature',
      body: 'Dear Sir,\n\nText.\n\nYours faithfully,\n\nA. García',
      signer: 'Ana García',
      expected: { paragraphs: ['Dear Sir,', 'Text.'], closing: 'Yours faithfully,', signature: 'A. García' },
    },
    {
      name: 'a body ending in a long sentence has no signature block',
      body: `Dear Sir,\n\n${'A sentence that goes on. '.repeat(4).trim()}`,
      signer: 'Ana García',
      expected: { paragraphs: ['Dear Sir,', 'A sentence that goes on. '.repeat(4).trim()], closing: undefined, signature: undefined },
    },
    {
      name: 'CRLF line ends, extra blank lines and trailing spaces are tolerated',
      body: 'Dear Sir,\r\n\r\n\r\nText.  \r\n \r\nRegards,\r\n\r\nAna García\r\n',
      signer: 'Ana García',
      expected: { paragraphs: ['Dear Sir,', 'Text.'], closing: 'Regards,', signature: 'Ana García' },
    },
    {
      name: 'single line breaks inside a paragraph are kept',
      body: 'Dear Sir,\n\nFirst line\nsecond line.\n\nRegards,\n\nAna García',
      signer: 'Ana García',
      expected: { paragraphs: ['Dear Sir,', 'First line\nsecond line.'], closing: 'Regards,', signature: 'Ana García' },
    },
    { name: 'an empty body', body: '  \n\n ', signer: 'Ana García', expected: { paragraphs: [], closing: undefined, signature: undefined } },
  ])('$name', ({ body, signer, expected }) => {
    expect(splitLetterBody(body, signer)).toEqual(expected);
  });
});
