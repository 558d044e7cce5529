import { describe, expect, test } from 'vitest';
import { EM_CLOSE as e, EM_OPEN as E, markNames, namesPattern, STRONG_CLOSE as s, STRONG_OPEN as S, stripMarks, styledRuns } from '../../../src/channels/emphasis.js';
import { markdownToParagraphs } from '../../../src/channels/markdown-text.js';

describe('emphasis marks', () => {
  test.each([
    { markdown: 'Free **Ana Pérez** now.', marked: `Free ${S}Ana Pérez${s} now.` },
    { markdown: 'It is *urgent*.', marked: `It is ${E}urgent${e}.` },
    { markdown: 'Plain prose stays plain.', marked: 'Plain prose stays plain.' },
    { markdown: 'A **bold *and italic* phrase**', marked: `A ${S}bold ${E}and italic${e} phrase${s}` },
  ])('the case letter "$markdown" keeps its emphasis as marks, and strips to plain text', ({ markdown, marked }) => {
    const [paragraph = ''] = markdownToParagraphs(markdown, { marks: true });
    expect(paragraph).toBe(marked);
    expect(stripMarks(paragraph)).toBe(markdownToParagraphs(markdown)[0]);
  });

  test.each([
    { text: 'Ana Pérez was arrested; Ana Pérez must be freed.', names: ['Ana Pérez'], expected: `${S}Ana Pérez${s} was arrested; ${S}Ana Pérez${s} must be freed.` },
    { text: 'Banana Pérezz is not the name.', names: ['Ana Pérez'], expected: 'Banana Pérezz is not the name.' },
    { text: 'Ana and Ana Pérez', names: ['Ana', 'Ana Pérez'], expected: `${S}Ana${s} and ${S}Ana Pérez${s}` },
    { text: `Already ${S}Ana Pérez${s} in bold`, names: ['Ana Pérez'], expected: `Already ${S}Ana Pérez${s} in bold` },
    { text: 'Ana\nPérez across a line break', names: ['Ana Pérez'], expected: `${S}Ana\nPérez${s} across a line break` },
    { text: 'No names given', names: [], expected: 'No names given' },
  ])('names $names are set bold in "$text"', ({ text, names, expected }) => {
    expect(markNames(text, namesPattern(names))).toBe(expected);
  });

  test('marked text splits into runs of one style each', () => {
    expect(styledRuns(`a ${S}b ${E}c${e}${s} d`)).toEqual([
      { text: 'a ', bold: false, italic: false },
      { text: 'b ', bold: true, italic: false },
      { text: 'c', bold: true, italic: true },
      { text: ' d', bold: false, italic: false },
    ]);
  });

  test('the shared names pattern is usable again and again (never frozen mid-match)', () => {
    const pattern = namesPattern(['Ana']);
    for (let i = 0; i < 3; i++) expect(markNames('Ana', pattern)).toBe(`${S}Ana${s}`);
  });
});
