import { describe, expect, it } from 'vitest';
import { findSection, letterLanguages, parseHeading, splitSections } from '../../../src/case/sections.js';
import type { Case, Section } from '../../../src/case/types.js';

describe('parseHeading', () => {
  const cases = [
    { text: 'Letter', expected: { name: 'Letter' } },
    { text: 'Letter (es)', expected: { name: 'Letter', lang: 'es' } },
    { text: 'Letter(fr)', expected: { name: 'Letter', lang: 'fr' } },
    { text: 'Tweet (es)', expected: { name: 'Tweet', lang: 'es' } },
    { text: 'Tweet (short)', expected: { name: 'Tweet (short)' } },
    { text: 'Letter (Spanish)', expected: { name: 'Letter', badLang: 'Spanish' } },
    { text: 'Letter (ES)', expected: { name: 'Letter', badLang: 'ES' } },
    { text: '(es)', expected: { name: '(es)' } },
  ];
  it.each(cases)('reads "## $text"', ({ text, expected }) => {
    expect(parseHeading(text)).toEqual(expected);
  });
});

describe('splitSections', () => {
  const cases: { name: string; body: string; expected: Pick<Section, 'name' | 'lang' | 'markdown' | 'line'>[] }[] = [
    {
      name: 'level-2 headings start sections; text before the first is no section',
      body: 'intro\n## Summary\nOne.\n\n## Letter (es)\n\nDos.\n### Not a section\nTres.\n',
      expected: [
        { name: 'Summary', lang: undefined, markdown: 'One.', line: 2 },
        { name: 'Letter', lang: 'es', markdown: 'Dos.\n### Not a section\nTres.', line: 5 },
      ],
    },
    {
      name: 'headings inside fenced code are text',
      body: '## Letter\n```md\n## Letter (es)\n```\n~~~~\n## Tweet\n~~~\n~~~~\nend\n',
      expected: [{ name: 'Letter', lang: undefined, markdown: '```md\n## Letter (es)\n```\n~~~~\n## Tweet\n~~~\n~~~~\nend', line: 1 }],
    },
    {
      name: 'headings inside an HTML comment are text',
      body: '## Letter\nHi.\n<!--\n## Tweet\n-->\n',
      expected: [{ name: 'Letter', lang: undefined, markdown: 'Hi.\n<!--\n## Tweet\n-->', line: 1 }],
    },
    {
      name: 'closing hashes, up to three spaces of indent, and an empty section',
      body: '   ## Letter ##\nHi.\n## Background\n',
      expected: [
        { name: 'Letter', lang: undefined, markdown: 'Hi.', line: 1 },
        { name: 'Background', lang: undefined, markdown: '', line: 3 },
      ],
    },
    {
      name: 'four spaces of indent or no space after ## is no heading',
      body: '## Letter\n    ## Tweet\n##Tweet\n',
      expected: [{ name: 'Letter', lang: undefined, markdown: '## Tweet\n##Tweet', line: 1 }],
    },
  ];
  it.each(cases)('$name', ({ body, expected }) => {
    expect(splitSections(body)).toEqual(expected);
  });

  it('numbers lines from the line the body starts on', () => {
    expect(splitSections('\n## Letter\nHi.', 12)[0]?.line).toBe(13);
  });
});

const sample = (languages: string[], sections: [string, string | undefined][]): Case => ({
  file: 'x.md', id: 'x', title: 'T', country: 'C', deadline: '2024-01-01', languages, subjects: [], links: {}, hashtags: [],
  status: 'open', bcc: [], targets: [], extra: {},
  sections: sections.map(([name, lang], i) => ({ name, lang, markdown: `${name} ${lang ?? ''}`, line: i + 1 })),
});

describe('findSection', () => {
  const c = sample(['es', 'en'], [['Letter', undefined], ['Letter', 'en'], ['Tweet', 'en']]);
  const cases = [
    { name: 'Letter', lang: 'es', expected: 'Letter ' },
    { name: 'Letter', lang: 'en', expected: 'Letter en' },
    { name: 'letter', lang: 'en', expected: 'Letter en' },
    { name: 'Tweet', lang: 'es', expected: undefined },
    { name: 'Letter', lang: 'fr', expected: undefined },
  ];
  it.each(cases)('finds $name in $lang (a section without a code is in the first language)', ({ name, lang, expected }) => {
    expect(findSection(c, name, lang)?.markdown).toBe(expected);
  });
});

describe('letterLanguages', () => {
  const cases = [
    { languages: ['en', 'es'], sections: [['Letter', undefined], ['Letter', 'es']] as [string, string | undefined][], expected: ['en', 'es'] },
    { languages: ['es', 'en'], sections: [['Letter', 'en'], ['Summary', 'es']] as [string, string | undefined][], expected: ['en'] },
    { languages: ['en', 'es'], sections: [['Letter', 'fr'], ['Letter', 'es']] as [string, string | undefined][], expected: ['es', 'fr'] },
  ];
  it.each(cases)('lists the preferred languages with a letter first, then the others: $expected', ({ languages, sections, expected }) => {
    expect(letterLanguages(sample(languages, sections))).toEqual(expected);
  });
});
