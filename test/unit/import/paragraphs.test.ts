import { describe, expect, it } from 'vitest';
import { escapeMarkdown, paragraphsToMarkdown, toParagraphs } from '../../../src/import/paragraphs.js';

const texts = (lines: string[]) => toParagraphs(lines, 1).map((p) => p.text);

describe('toParagraphs', () => {
  it('keeps one paragraph per line when the text was pasted from a web page', () => {
    expect(texts(['First sentence here.', 'Second paragraph.', 'Third one.'])).toEqual(['First sentence here.', 'Second paragraph.', 'Third one.']);
  });

  it('joins lines a PDF broke inside sentences, ending a paragraph at a short last line', () => {
    const lines = [
      'Mona Farouk, a human rights lawyer, has now spent two years in detention, a',
      'period longer than the maximum allowed by law. She was arrested after she',
      'represented families.',
      'Her detention has been renewed again and again in short hearings held by',
      'video link.',
    ];
    expect(texts(lines)).toEqual([
      'Mona Farouk, a human rights lawyer, has now spent two years in detention, a period longer than the maximum allowed by law. She was arrested after she represented families.',
      'Her detention has been renewed again and again in short hearings held by video link.',
    ]);
  });

  it('runs a full-width line that happens to end a sentence on into the next line', () => {
    const lines = [
      'The march was calm and it was over within the hour, said the',
      'witnesses. Taking part in a peaceful assembly is a human right.',
      'Prosecuting people for it sends a chilling message to us all.',
      'End.',
    ];
    expect(texts(lines)).toEqual([
      'The march was calm and it was over within the hour, said the witnesses. Taking part in a peaceful assembly is a human right. Prosecuting people for it sends a chilling message to us all. End.',
    ]);
  });

  it('continues a paragraph whenever the next line starts in lower case', () => {
    expect(texts(['A sentence ends here.', 'and this line goes on.'])).toEqual(['A sentence ends here. and this line goes on.']);
  });

  it('keeps the hyphen of a word split at a line end', () => {
    expect(texts(['without fear of arrest or of long-', 'term surveillance.'])).toEqual(['without fear of arrest or of long-term surveillance.']);
  });

  it('starts a new paragraph at a blank line and at each bullet', () => {
    const result = toParagraphs(['Intro:', '', '• one', '• two', 'Closing words.'], 10);
    expect(result).toEqual([
      { text: 'Intro:', line: 10, bullet: false },
      { text: 'one', line: 12, bullet: true },
      { text: 'two', line: 13, bullet: true },
      { text: 'Closing words.', line: 14, bullet: false },
    ]);
  });
});

describe('paragraphsToMarkdown', () => {
  it('separates paragraphs by blank lines and writes runs of bullets as a tight list', () => {
    const md = paragraphsToMarkdown([
      { text: 'Intro:', line: 1, bullet: false },
      { text: 'one', line: 2, bullet: true },
      { text: 'two', line: 3, bullet: true },
      { text: 'End.', line: 4, bullet: false },
    ]);
    expect(md).toBe('Intro:\n\n- one\n- two\n\nEnd.');
  });

  it('escapes what Markdown would read as structure at the start of a paragraph', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('2024. A year of arrests')).toBe('2024\\. A year of arrests');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('An ordinary sentence.')).toBe('An ordinary sentence.');
  });
});
