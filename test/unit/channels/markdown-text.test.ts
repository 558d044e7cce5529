import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isPlainProse, markdownToParagraphs, proseParagraphs, viaMarkdownIt } from '../../../src/channels/markdown-text.js';

describe('markdownToParagraphs', () => {
  it.each([
    { name: 'paragraphs, lines joined', md: 'One line\nand the next.\n\nSecond   paragraph.', expected: ['One line and the next.', 'Second   paragraph.'] },
    { name: 'emphasis dropped', md: 'It is *not* a **crime** to _speak_.', expected: ['It is not a crime to speak.'] },
    { name: 'a link keeps its address', md: 'See [the report](https://example.org/r) now.', expected: ['See the report (https://example.org/r) now.'] },
    { name: 'an autolink is not doubled', md: 'See <https://example.org/r>.', expected: ['See https://example.org/r.'] },
    { name: 'a bullet list, one item per line', md: 'Demands:\n\n- release them\n- let them see lawyers\n', expected: ['Demands:', '- release them\n- let them see lawyers'] },
    { name: 'an ordered list keeps its numbers', md: '3. three\n4. four', expected: ['3. three\n4. four'] },
    { name: 'a nested list is indented', md: '- a\n  - b\n- c', expected: ['- a\n  - b\n- c'] },
    { name: 'a heading becomes a paragraph', md: '### Demands\nRelease them.', expected: ['Demands', 'Release them.'] },
    { name: 'raw HTML stays literal text', md: 'Hello <script>alert(1)</script> there', expected: ['Hello <script>alert(1)</script> there'] },
    { name: 'entities are decoded', md: 'Smith &amp; Co &copy; 2024', expected: ['Smith & Co © 2024'] },
    { name: 'a hard break stays a line break', md: 'Line one\\\nLine two', expected: ['Line one\nLine two'] },
    { name: 'a quote is kept as its text', md: '> We will not be silenced.', expected: ['We will not be silenced.'] },
    { name: 'escaped markup is literal', md: 'Case \\*123\\*', expected: ['Case *123*'] },
    { name: 'accents and other scripts pass through', md: 'Şükrü Öztürk, Łukaszewicz, Олена.', expected: ['Şükrü Öztürk, Łukaszewicz, Олена.'] },
    { name: 'CRLF line ends', md: 'One\r\ntwo\r\n\r\nThree', expected: ['One two', 'Three'] },
  ])('$name', ({ md, expected }) => {
    expect(markdownToParagraphs(md)).toEqual(expected);
  });

  it.each([
    { md: 'Plain prose, with commas; and (parentheses) — dashes — and "quotes".', plain: true },
    { md: 'It is *not* a crime.', plain: false },
    { md: '- item', plain: false },
    { md: '1. item', plain: false },
    { md: 'Smith &amp; Co', plain: false },
    { md: 'Hello  \nworld', plain: false },
  ])('takes the short path only for prose without markup: $md', ({ md, plain }) => {
    expect(isPlainProse(md)).toBe(plain);
  });

  const word = fc.stringMatching(/^[A-Za-zÀ-ÿĀ-žА-я0-9,.;:'"()?!–—-]{1,12}$/);
  const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
  const paragraph = fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('\n'));
  const prose = fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((ps) => ps.join('\n\n'));

  test.prop([prose])('the short path agrees with markdown-it on plain prose', (md) => {
    fc.pre(isPlainProse(md));
    expect(proseParagraphs(md)).toEqual(viaMarkdownIt(md));
  });
});
