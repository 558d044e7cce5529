import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../../src/errors.js';
import { createTemplateSet } from '../../../src/render/template-set.js';
import { fnv1a, pickAlternative } from '../../../src/render/vary.js';

function render(source: string, varySeed?: string): string {
  const set = createTemplateSet([{ label: 't', files: new Map([['en/t.hbs', source]]) }]);
  return set.render('en', 't', { lang: 'en', name: 'Ada' }, { varySeed });
}

describe('fnv1a', () => {
  it.each([
    { text: '', expected: 0x811c9dc5 },
    { text: 'a', expected: 0xe40c292c },
    { text: 'foobar', expected: 0xbf9cf968 },
  ])('hashes "$text" to the published FNV-1a value', ({ text, expected }) => {
    expect(fnv1a(text)).toBe(expected);
  });
});

describe('pickAlternative', () => {
  it('always picks the first alternative without a seed', () => {
    expect(pickAlternative(undefined, 'opening', 4)).toBe(0);
  });

  it('picks every alternative about equally often across seeds', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[pickAlternative(`signer ${i}`, 'opening', 4)]! += 1;
    for (const n of counts) expect(n).toBeGreaterThan(800);
  });

  it('chooses independently for two passages of one signer', () => {
    const pairs = new Set<string>();
    for (let i = 0; i < 200; i++) pairs.add(`${pickAlternative(`s${i}`, 'opening', 3)}${pickAlternative(`s${i}`, 'closing', 3)}`);
    expect(pairs.size).toBe(9);
  });
});

describe('{{#vary}}', () => {
  const block = 'Start.\n{{#vary "opening"}}\nFirst, {{name}}.\n{{or}}\nSecond, {{name}}.\n{{or}}\nThird, {{name}}.\n{{/vary}}\nEnd.\n';

  it('prints the first alternative when variation is off', () => {
    expect(render(block)).toBe('Start.\nFirst, Ada.\nEnd.\n');
  });

  it('keeps the lines around the block as the template shows them, whichever alternative it picks', () => {
    const outputs = new Set(Array.from({ length: 60 }, (_, i) => render(block, `seed ${i}`)));
    expect([...outputs].sort()).toEqual(['Start.\nFirst, Ada.\nEnd.\n', 'Start.\nSecond, Ada.\nEnd.\n', 'Start.\nThird, Ada.\nEnd.\n']);
  });

  it('works inline: spaces next to {{or}} do not count', () => {
    const outputs = new Set(Array.from({ length: 60 }, (_, i) => render('I {{#vary "verb"}}write {{or}} am writing{{/vary}} to you.', `s${i}`)));
    expect([...outputs].sort()).toEqual(['I am writing to you.', 'I write to you.']);
  });

  it('gives the same text for the same seed every time', () => {
    expect(render(block, 'Ada Lovelace')).toBe(render(block, 'Ada Lovelace'));
  });

  it('lets blocks nest', () => {
    const nested = '{{#vary "a"}}x{{#vary "b"}}1{{or}}2{{/vary}}{{or}}y{{/vary}}';
    const outputs = new Set(Array.from({ length: 100 }, (_, i) => render(nested, `s${i}`)));
    expect([...outputs].sort()).toEqual(['x1', 'x2', 'y']);
  });

  it('needs a passage name, and says so with the line', () => {
    expect(() => render('\n{{#vary}}a{{or}}b{{/vary}}')).toThrow(TemplateError);
    expect(() => render('\n{{#vary}}a{{or}}b{{/vary}}')).toThrow('t/en/t.hbs:2: {{#vary}} needs a passage name, e.g. {{#vary "opening"}}…{{or}}…{{/vary}}');
  });
});
