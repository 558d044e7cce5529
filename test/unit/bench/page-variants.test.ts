import { describe, expect, it } from 'vitest';
import { asHtml, asSpaced } from '../../../bench/lib/page-variants.mjs';
import { htmlToText } from '../../../src/import/html-text.js';

// The variants measure whether import reads a page alike in another form: each must keep every
// line of the page, or the figure would measure the variant, not the importer.
const page = 'URGENT ACTION\n\nWrite to:\nMinister Jane Doe\n1 Example Road <Block A>\nEmail: minister@example.org\n\nDear Minister,\nI ask you & your office…\n';
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

describe('page variants', () => {
  it('keeps every line of the page as a web page, and an email as a mailto: link', () => {
    const html = asHtml(page);
    expect(html).toContain('<a href="mailto:minister@example.org">minister@example.org</a>');
    expect(lines(htmlToText(html))).toEqual(lines(page));
  });

  it('puts a blank line after every line, and keeps every line', () => {
    const spaced = asSpaced(page);
    expect(spaced).not.toMatch(/\S\n\S/);
    expect(lines(spaced)).toEqual(lines(page));
  });
});
