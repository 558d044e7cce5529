import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/import/html-text.js';

describe('htmlToText', () => {
  const rows: Array<{ name: string; html: string; text: string }> = [
    { name: 'paragraphs and headings end with a blank line', html: '<h1>PERU: X</h1><p>One.</p><p>Two.</p>', text: 'PERU: X\n\nOne.\n\nTwo.\n' },
    { name: '<br> ends a line inside a paragraph', html: '<p>Minister<br>Jane Doe<br/>1 Main St</p>', text: 'Minister\nJane Doe\n1 Main St\n' },
    { name: 'entities are decoded', html: '<p>Fiscal&iacute;a &amp; Co&nbsp;Ltd &#8211; &lt;x&gt;</p>', text: 'Fiscalía & Co Ltd – <x>\n' },
    { name: 'list items are bullets', html: '<ul><li>Write.</li><li>Click.</li></ul>', text: '• Write.\n• Click.\n' },
    { name: 'a mailto link showing other words gives its address', html: '<p>Email: <a href="mailto:a%40x.example.org">write to her</a></p>', text: 'Email: a@x.example.org\n' },
    { name: 'a mailto link showing the address is kept once', html: '<p><a href="mailto:a@x.example.org">a@x.example.org</a></p>', text: 'a@x.example.org\n' },
    { name: 'the robot protection placeholder is kept as written, not decoded', html: '<p>Correo-e: <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="4f2b3a">[email&#160;protected]</a></p>', text: 'Correo-e: [email protected]\n' },
    { name: 'scripts, styles, menus, forms and hidden parts are left out', html: '<nav>Home</nav><script>x()</script><style>p{}</style><p>Text</p><div hidden>no</div><div style="display: none">no</div><form><button>Go</button></form>', text: 'Text\n' },
    { name: 'only <main> is read when the page has one', html: '<header>Site</header><main><p>UA</p></main><footer>© Site</footer>', text: 'UA\n' },
    { name: 'else <article>', html: '<div>Menu</div><article><p>UA</p></article>', text: 'UA\n' },
    { name: 'an element with role="main" counts as <main>', html: '<div>Menu</div><div role="main"><p>UA</p></div><div>Foot</div>', text: 'UA\n' },
    { name: 'the longest <article>, not the first: teaser cards of other cases come before it', html: '<aside><article><p>Other case</p></article></aside><article><p>The UA, with its officials.</p></article>', text: 'The UA, with its officials.\n' },
    { name: 'a doctype and comments on a page without <main> or <article> give no text', html: '<!DOCTYPE html><!-- saved --><html><body><p>UA</p><?xml-stylesheet x?></body></html>', text: 'UA\n' },
    { name: 'parts hidden from assistive technology are left out', html: '<p>UA<span aria-hidden="true">★</span></p>', text: 'UA\n' },
    { name: 'table cells share a line parted by a tab, rows do not', html: '<table><tr><td>Fax:</td><td>+1 555</td></tr><tr><td>Email:</td><td>a@x.example.org</td></tr></table>', text: 'Fax:\t+1 555\nEmail:\ta@x.example.org\n' },
    { name: 'an empty first cell leaves its tab, so the line stays in the right column', html: '<table><tr><td>A</td><td>B</td></tr><tr><td></td><td>C</td></tr></table>', text: 'A\tB\n\tC\n' },
    {
      name: 'cells of lines side by side are read as blocks, one after the other',
      html: '<table><tr><td>President Jane Doe<br>1 Example Road</td><td>Minister John Roe<br>22 Sample Street</td><td>Judge Ann Poe<br>3 Court Lane</td></tr></table>',
      text: 'President Jane Doe\n1 Example Road\n\nMinister John Roe\n22 Sample Street\n\nJudge Ann Poe\n3 Court Lane\n',
    },
    { name: 'a row with one cell of lines keeps its label on the first line', html: '<table><tr><th>Address</th><td>1 Example Road<br>Exampletown</td></tr></table>', text: 'Address\t1 Example Road\nExampletown\n' },
    { name: 'source line breaks and runs of spaces inside a paragraph are one space', html: '<p>Dear\n   Minister,</p>', text: 'Dear Minister,\n' },
  ];
  for (const { name, html, text } of rows) {
    it(name, () => {
      expect(htmlToText(html)).toBe(text);
    });
  }

  it('never throws on broken markup', () => {
    expect(htmlToText('<p>unclosed <b>bold <div></p></i>&bogus; <a href="mailto:%E0%A4%A">x</a>')).toBe('unclosed bold\n\n&bogus; x\n');
  });

  // A saved page holds more than elements: a doctype, comments, processing instructions, CDATA.
  const PIECES = [
    '<!DOCTYPE html>', '<!doctype html public "-//W3C//DTD HTML 4.01//EN">', '<!-- note -->', '<?xml version="1.0"?>', '<![CDATA[x]]>', '<html>', '</html>', '<body>',
    '<main>', '</main>', '<article>', '</article>', '<aside>', '<p>', '</p>', '<br>', '<div role="main">', '</div>', '<span aria-hidden="true">', '<a href="mailto:">',
    '<a href="mailto:x@y.example.org">', '</a>', '<td>', '<tr>', '<script>', '</script>', '&nbsp;', '&#xD800;', '&bogus', 'Minister', 'Dear Minister,',
  ];
  it('never throws on any mix of doctypes, comments, instructions and tags', () => {
    const pages = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(pages, (html) => {
        expect(typeof htmlToText(html)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
