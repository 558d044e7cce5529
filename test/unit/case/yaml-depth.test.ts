import { describe, expect, it } from 'vitest';
import { positionOf, yamlTooDeep } from '../../../src/case/yaml-depth.js';

describe('yamlTooDeep', () => {
  const rows: Array<{ name: string; text: string; offset: number | undefined }> = [
    { name: 'a case-like front matter', text: 'id: x\ntargets:\n  - id: a\n    address: [a, b]\n    salutation: {en: Dear}\n', offset: undefined },
    { name: '64 levels of brackets', text: `a: ${'['.repeat(64)}${']'.repeat(64)}`, offset: undefined },
    { name: '65 levels of brackets', text: `a: ${'['.repeat(65)}`, offset: 3 + 64 },
    { name: 'brackets inside double quotes', text: `a: "${'['.repeat(100)}"`, offset: undefined },
    { name: 'brackets inside single quotes', text: `a: '${'{'.repeat(100)}'`, offset: undefined },
    { name: 'an escaped quote does not end a double-quoted scalar', text: `a: "\\"${'['.repeat(100)}"`, offset: undefined },
    { name: 'an apostrophe inside a word opens no quote', text: `a: it's ${'['.repeat(65)}`, offset: 8 + 64 },
    { name: 'brackets in a comment', text: `a: b # ${'['.repeat(100)}\nc: d`, offset: undefined },
    { name: 'closing brackets without opening ones', text: `a: ${']'.repeat(100)}`, offset: undefined },
    { name: 'list markers past 256 columns', text: `a:\n${'- '.repeat(129)}x`, offset: 3 + 256 },
  ];
  for (const { name, text, offset } of rows) {
    it(`finds ${offset === undefined ? 'nothing' : `the place at ${offset}`} in ${name}`, () => {
      expect(yamlTooDeep(text)?.offset).toBe(offset);
    });
  }

  it('gives 1-based lines and columns', () => {
    expect(positionOf('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(positionOf('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });
});
