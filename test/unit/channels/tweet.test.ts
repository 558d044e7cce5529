import twitter from 'twitter-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocuments } from '../../../src/channels/index.js';
import { loadTweetLength } from '../../../src/channels/tweet-length.js';
import { tweetIntentUrl } from '../../../src/channels/tweet.js';
import type { TweetDocument } from '../../../src/channels/types.js';
import { RefusedError } from '../../../src/errors.js';
import { createTemplateSet, type TemplateSet } from '../../../src/render/template-set.js';
import { builtinTemplateDir } from '../../../src/read/template-files.js';
import { fixedSigner, fixedToday, twoOfficials } from '../../fixtures/render-cases/two-officials.js';
import type { Case } from '../../../src/case/types.js';

let tweetLength: (text: string) => number;
let templates: TemplateSet;
beforeAll(async () => {
  tweetLength = await loadTweetLength();
  templates = createTemplateSet([await builtinTemplateDir()]);
});

describe('loadTweetLength', () => {
  it.each([
    { name: 'plain ASCII', text: 'Release them now', expected: 16 },
    { name: 'a long URL counts 23', text: 'Read https://example.org/a/very/long/path/that/goes/on/and/on/for/a/while?x=1', expected: 5 + 23 },
    { name: 'a bare domain is a URL too', text: 'see example.org', expected: 4 + 23 },
    { name: 'an emoji counts 2', text: 'Free them 👍', expected: 10 + 2 },
    { name: 'an emoji with skin tone and ZWJ counts 2', text: '👩🏽‍⚖️', expected: 2 },
    { name: 'CJK counts 2 each', text: '释放他们', expected: 8 },
    { name: 'accented Latin counts 1', text: 'Łukaszewicz Öztürk', expected: 18 },
    { name: 'a decomposed accent is counted once (NFC)', text: 'e\u0301te\u0301', expected: 3 },
    { name: 'Cyrillic counts 1 each', text: 'Олена', expected: 5 },
  ])('counts $name as X does', ({ text, expected }) => {
    expect(tweetLength(text)).toBe(expected);
    expect(tweetLength(text)).toBe(twitter.parseTweet(text).weightedLength);
  });

  it('loads twitter-text once', async () => {
    expect(await loadTweetLength()).toBe(tweetLength);
  });
});

describe('tweets', () => {
  const withHandle = (twitterHandle: string): Case => ({
    ...twoOfficials,
    targets: [{ ...twoOfficials.targets[0]!, twitter: twitterHandle }],
  });

  it.each(['ProkuraturaRU', '@ProkuraturaRU', '@@ProkuraturaRU', ' @ProkuraturaRU '])('mention the handle "%s" with exactly one "@"', (handle) => {
    const [doc] = renderDocuments(withHandle(handle), { templates, signer: fixedSigner, today: fixedToday, lang: 'en', channels: ['tweet'], tweetLength }) as TweetDocument[];
    expect(doc!.text).toContain(' @ProkuraturaRU ');
    expect(doc!.text.match(/@/g)).toHaveLength(1);
    expect(decodeURIComponent(doc!.intentUrl.split('?text=')[1]!)).toBe(doc!.text);
  });

  it('add the hashtags not already in the text, each with one "#"', () => {
    const c: Case = { ...withHandle('x'), hashtags: ['#Ruritania', 'FreeTheSeven', 'Press'] };
    const [doc] = renderDocuments(c, { templates, signer: fixedSigner, today: fixedToday, lang: 'en', channels: ['tweet'], tweetLength }) as TweetDocument[];
    expect(doc!.text.match(/#Ruritania/g)).toHaveLength(1);
    expect(doc!.text).toMatch(/ @x #FreeTheSeven #Press$/);
  });

  it('build a sentence from the title when the case has no Tweet section in the language', () => {
    const [doc] = renderDocuments(withHandle('x'), { templates, signer: fixedSigner, today: fixedToday, lang: 'fr', channels: ['tweet'], tweetLength }) as TweetDocument[];
    expect(doc!.text).toBe("Ruritania: student journalists held without charge. J'appelle @x à agir sans attendre. #FreeTheSeven #Ruritania");
  });

  it('refuse a tweet over 280 characters, naming the official, the template and the count', () => {
    const long = { ...withHandle('x'), sections: [{ name: 'Tweet', markdown: 'word '.repeat(60).trim(), line: 1 }, ...twoOfficials.sections.filter((s) => s.name !== 'Tweet')] };
    const render = () => renderDocuments(long, { templates, signer: fixedSigner, today: fixedToday, lang: 'en', channels: ['tweet'], tweetLength });
    expect(render).toThrow(RefusedError);
    expect(render).toThrow('Tweet for prosecutor-general (templates/en/tweet.hbs) is 327 characters as X counts them; the limit is 280');
  });

  it('need a length counter', () => {
    expect(() => renderDocuments(withHandle('x'), { templates, signer: fixedSigner, today: fixedToday, lang: 'en', channels: ['tweet'] })).toThrow(/pass tweetLength/);
  });

  it.each([
    { text: 'a b', expected: 'https://twitter.com/intent/tweet?text=a%20b' },
    { text: '#Tag @x & more?', expected: 'https://twitter.com/intent/tweet?text=%23Tag%20%40x%20%26%20more%3F' },
    { text: 'línea\nnueva', expected: 'https://twitter.com/intent/tweet?text=l%C3%ADnea%0Anueva' },
  ])('intent URL for "$text"', ({ text, expected }) => {
    expect(tweetIntentUrl(text)).toBe(expected);
  });
});
