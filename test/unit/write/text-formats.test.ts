import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { escapeMarkdownLine, letterMarkdown } from '../../../src/write/letter-markdown.js';
import { documentText, emailText, formatDocumentFiles } from '../../../src/write/text-formats.js';
import { call, email, letter, tweet } from './documents.js';

describe('emailText', () => {
  test('shows the headers, the body and the link that opens the email', () => {
    expect(emailText(email())).toBe(
      [
        'To: fiscal@example.gob.ve',
        'Bcc: actions@example.org',
        'Subject: Release the people detained for protesting',
        '',
        'Dear Attorney General,',
        '',
        'Please release them.',
        '',
        'Yours sincerely,',
        'Ana Silva',
        '',
        'Open it in your mail program: mailto:fiscal@example.gob.ve?subject=Release&body=Please%20release%20them.',
        'Open it in Gmail: https://mail.google.com/mail/?view=cm&fs=1&to=fiscal@example.gob.ve&su=Release&body=Please%20release%20them.',
        'Open it in Outlook on the web: https://outlook.office.com/mail/deeplink/compose?to=fiscal@example.gob.ve&subject=Release&body=Please%20release%20them.',
        '',
      ].join('\n'),
    );
  });

  test('points to the .eml draft when the link would be too long', () => {
    const text = emailText(email({ mailto: undefined, gmail: undefined, outlook: undefined, to: ['a@example.org', 'b@example.org'], bcc: [] }));
    expect(text.split('\n').slice(0, 3)).toEqual(['To: a@example.org, b@example.org', 'Subject: Release the people detained for protesting', '']);
    expect(text.endsWith(
      '\n\nThis email is too long to open from a link in most mail programs: open attorney-general.email.eml instead.\n'
      + 'Too long for a Gmail or Outlook on the web link: copy the text above into a new message there.\n',
    )).toBe(true);
  });

  test('printed (--stdout, no draft written): says how to get the draft instead of pointing to it', () => {
    const text = emailText(email({ mailto: undefined, gmail: undefined, outlook: undefined }), true);
    expect(text.endsWith(
      '\n\nThis email is too long to open from a link in most mail programs: copy it into a new message, or run without --stdout for a ready attorney-general.email.eml draft.\n'
      + 'Too long for a Gmail or Outlook on the web link: copy the text above into a new message there.\n',
    )).toBe(true);
  });

  test('a link that fits is given even when another does not (Gmail\'s address is longer than mailto:)', () => {
    const text = emailText(email({ gmail: undefined }));
    expect(text).toContain('\nOpen it in your mail program: mailto:');
    expect(text).toContain('\nOpen it in Outlook on the web: https://outlook.office.com/');
    expect(text).not.toContain('Open it in Gmail');
    expect(text.endsWith('\nToo long for a Gmail link: copy the text above into a new message there.\n')).toBe(true);
  });
});

describe('documentText', () => {
  test.each([
    { doc: tweet(), expected: '@fiscal Release the people detained for protesting. #Venezuela\n\nPost it: https://x.com/intent/post?text=%40fiscal%20Release\n' },
    { doc: call(), expected: 'Phone: +58 212 000 0001\n\nHello, my name is Ana Silva.\nI am calling about the people held since August.\n' },
    { doc: letter({ text: 'Line one\r\nLine two\n\n\n' }), expected: 'Line one\nLine two\n' },
  ])('writes the $doc.channel with LF line ends and one final newline', ({ doc, expected }) => {
    expect(documentText(doc)).toBe(expected);
  });
});

describe('letterMarkdown', () => {
  test('keeps the address blocks as lines with hard breaks', () => {
    expect(letterMarkdown(letter())).toBe(
      [
        'Ana Silva\\',
        'Rua das Flores 12\\',
        'Lisboa\\',
        'Portugal',
        '',
        '27 September 2024',
        '',
        'Attorney General\\',
        'Office of the Attorney General\\',
        '1\\. Avenida Central\\',
        'Caracas\\',
        'VENEZUELA',
        '',
        'Dear Attorney General,',
        '',
        'I am writing about the people held since August.\\',
        'Please release them.',
        '',
        'Yours sincerely,\\',
        'Ana Silva',
        '',
      ].join('\n'),
    );
  });

  test('renders, through a Markdown renderer, to exactly the lines of the letter', () => {
    const doc = letter({
      recipientLines: ['*Fiscal* General', '# 5 Calle_Mayor', '- Edificio [A]', '+ Piso 3', '2) Oficina <b>', 'Caracas & Co &amp;', 'Back\\slash `code` ~x~ | y', '==='],
      body: 'Dear Sir,\n\n**Please** act.\n1. Now.',
    });
    const html = new MarkdownIt({ breaks: false }).render(letterMarkdown(doc));
    const text = html
      .replace(/<br>\n/g, '\n')
      .replace(/<\/p>\n<p>/g, '\n\n')
      .replace(/<\/?p>\n?/g, '')
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(text).toBe([...doc.senderLines, '', doc.date, '', ...doc.recipientLines, '', 'Dear Sir,', '', '**Please** act.', '1. Now.'].join('\n'));
  });

  test('puts a right-to-left letter\'s date and text in dir="rtl" blocks, its addresses outside them', () => {
    const doc = letter({ lang: 'ar', date: '1 سبتمبر 2024', body: 'حضرة النائب العام،\n\nأكتب إليكم بشأن المحتجزين.' });
    const html = new MarkdownIt({ html: true }).render(letterMarkdown(doc)); // CommonMark keeps raw HTML blocks
    const blocks = [...html.matchAll(/<div dir="rtl">([\s\S]*?)<\/div>/g)].map((m) => m[1]?.replace(/\s+/g, ' ').trim());
    expect(blocks).toEqual(['<p>1 سبتمبر 2024</p>', '<p>حضرة النائب العام،</p> <p>أكتب إليكم بشأن المحتجزين.</p>']);
    expect(html.indexOf('Ana Silva')).toBeLessThan(html.indexOf('dir="rtl"'));
    expect(html).toMatch(/VENEZUELA<\/p>\n<div dir="rtl">\n<p>حضرة/);
    // A left-to-right letter has no such block.
    expect(letterMarkdown(letter())).not.toContain('<div');
  });

  test.each([
    ['1. Main Street', '1\\. Main Street'],
    ['- dash', '\\- dash'],
    ['under_score *star*', 'under\\_score \\*star\\*'],
    ['  indented', 'indented'],
  ])('escapes %j as %j', (line, expected) => {
    expect(escapeMarkdownLine(line)).toBe(expected);
  });
});

describe('formatDocumentFiles', () => {
  test('builds the .eml only when asked to', async () => {
    const [eml, txt] = formatDocumentFiles(email(), { letterFormat: 'txt', date: '2024-09-01' });
    expect(typeof eml?.content).toBe('function');
    expect(txt?.content).toBe(emailText(email()));
    const bytes = await (eml?.content as () => Promise<Buffer>)();
    expect(bytes.toString()).toMatch(/^X-Unsent: 1\r$/m);
  });

  test('writes the letter as Markdown when asked', () => {
    expect(formatDocumentFiles(letter(), { letterFormat: 'md', date: '2024-09-01' })).toEqual([{ suffix: 'letter.md', content: letterMarkdown(letter()) }]);
  });
});
