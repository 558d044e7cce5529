import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocuments } from '../../../src/channels/index.js';
import { loadTweetLength } from '../../../src/channels/tweet-length.js';
import { tweetVariants, withHandleOnce } from '../../../src/channels/tweet-variants.js';
import type { TweetDocument } from '../../../src/channels/types.js';
import type { Case } from '../../../src/case/types.js';
import { builtinTemplateDir } from '../../../src/read/template-files.js';
import { RefusedError } from '../../../src/errors.js';
import { createTemplateSet, type TemplateSet } from '../../../src/render/template-set.js';
import { fixedSigner, fixedToday, twoOfficials } from '../../fixtures/render-cases/two-officials.js';

describe('tweetVariants', () => {
  it.each([
    { name: 'prose is one post', markdown: 'Free them now.\nThey did nothing wrong.', expected: ['Free them now. They did nothing wrong.'] },
    { name: 'a dash list is one post per item', markdown: '- Free them now.\n- Release the seven!\n- Let them go home.', expected: ['Free them now.', 'Release the seven!', 'Let them go home.'] },
    { name: 'stars, pluses and numbers mark items too', markdown: '* one\n+ two\n3. three\n4) four', expected: ['one', 'two', 'three', 'four'] },
    { name: 'an introduction before the list is not a post', markdown: 'Pick one:\n\n- First post\n- Second post', expected: ['First post', 'Second post'] },
    { name: 'an indented line carries an item on', markdown: '- A long post that was\n  wrapped in the editor\n- Short', expected: ['A long post that was wrapped in the editor', 'Short'] },
    { name: 'blank lines between items (a loose list)', markdown: '- One\n\n- Two\n', expected: ['One', 'Two'] },
    { name: 'markup inside an item is dropped', markdown: '- Free *them* [now](https://example.org/ua)\n- **Two**', expected: ['Free them now (https://example.org/ua)', 'Two'] },
    { name: 'an empty item is left out', markdown: '- \n- Two', expected: ['Two'] },
    { name: 'an empty section is no post', markdown: '', expected: [] },
  ])('$name', ({ markdown, expected }) => {
    expect(tweetVariants(markdown)).toEqual(expected);
  });
});

describe('withHandleOnce', () => {
  it.each([
    { text: 'Free them @fiscal @fiscal #Tag', handle: '@fiscal', expected: 'Free them @fiscal #Tag' },
    { text: '@Fiscal, free them. @fiscal #Tag', handle: '@fiscal', expected: '@Fiscal, free them. #Tag' },
    { text: 'Free them @fiscalVE @fiscal', handle: '@fiscal', expected: 'Free them @fiscalVE @fiscal' },
    { text: 'Write to me@fiscal or @fiscal', handle: '@fiscal', expected: 'Write to me@fiscal or @fiscal' },
    { text: 'Free them @fiscal', handle: null, expected: 'Free them @fiscal' },
    { text: 'Free them @a.b @a.b', handle: '@a.b', expected: 'Free them @a.b' },
  ])('"$text" with $handle → "$expected"', ({ text, handle, expected }) => {
    expect(withHandleOnce(text, handle)).toBe(expected);
  });
});

describe('several suggested posts', () => {
  let templates: TemplateSet;
  let tweetLength: (text: string) => number;
  beforeAll(async () => {
    templates = createTemplateSet([await builtinTemplateDir()]);
    tweetLength = await loadTweetLength();
  });

  const posts = [
    'Seven student journalists in Ruritania have spent three weeks in custody for reporting on a march. Release them now!',
    '@ProkuraturaRU, reporting on a peaceful march is not a crime: free the seven students of Strelsau.',
    'Three weeks without charge for covering a protest. Free the seven student journalists of Strelsau today.',
  ];
  const withPosts = (tweet: string): Case => ({
    ...twoOfficials,
    targets: [{ ...twoOfficials.targets[0]!, twitter: 'ProkuraturaRU' }],
    sections: [...twoOfficials.sections.filter((s) => s.name !== 'Tweet'), { name: 'Tweet', markdown: tweet, line: 90 }],
  });
  const signers = Array.from({ length: 30 }, (_, i) => ({ ...fixedSigner, name: `Signer ${i + 1}` }));
  const render = (c: Case, signer = fixedSigner, vary = true) =>
    renderDocuments(c, { templates, signer, today: fixedToday, lang: 'en', channels: ['tweet'], tweetLength, vary })[0] as TweetDocument;

  it('give 30 signers all three posts of a three-item list, each within 280 as X counts and naming the official once', () => {
    const c = withPosts(posts.map((p) => `- ${p}`).join('\n'));
    const docs = signers.map((s) => render(c, s));
    expect(new Set(docs.map((d) => d.variant))).toEqual(new Set([1, 2, 3]));
    for (const doc of docs) {
      expect(doc.variants).toBe(3);
      expect(doc.text.startsWith(posts[doc.variant - 1]!)).toBe(true);
      expect(doc.length).toBe(tweetLength(doc.text));
      expect(doc.length).toBeLessThanOrEqual(280);
      expect(doc.text.match(/@ProkuraturaRU/gi)).toHaveLength(1);
    }
  });

  it('give a signer the same post on every run, and the first one with --no-vary', () => {
    const c = withPosts(posts.map((p) => `- ${p}`).join('\n'));
    expect(signers.map((s) => render(c, s).text)).toEqual(signers.map((s) => render(c, s).text));
    expect(new Set(signers.map((s) => render(c, s, false).variant))).toEqual(new Set([1]));
  });

  it('add only the hashtags a post does not already hold', () => {
    const c = { ...withPosts('- Free them #Ruritania\n- Free them'), hashtags: ['Ruritania'] };
    const texts = new Set(signers.map((s) => render(c, s).text));
    expect(texts).toEqual(new Set(['Free them #Ruritania @ProkuraturaRU', 'Free them @ProkuraturaRU #Ruritania']));
  });

  it('refuse a suggested post over 280, saying which one', () => {
    const c = withPosts(`- short\n- ${'word '.repeat(60).trim()}`);
    const all = () => signers.map((s) => render(c, s));
    expect(all).toThrow(RefusedError);
    expect(all).toThrow(/Tweet for prosecutor-general \(suggested post 2 of 2\) \(.*tweet\.hbs\) is \d+ characters/);
  });
});
