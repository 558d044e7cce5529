import fc from 'fast-check';
import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { plainTweetLength, tweetLength } from '../../../src/channels/tweet-length.js';

// Pieces that exercise every rule of parseTweet: URLs with and without a scheme, top-level
// domains in several scripts, t.co links, emoji (skin tones, ZWJ sequences, keycaps, flags,
// text-style © with VS16), the weight-1 punctuation ranges and the weight-2 scripts around them.
const PIECES = [
  ' ', '  ', '.', '. ', '..', ',', ':', '/', '//', '?', '#', '@', '-', '_', '(', ')', '"', "'", '\n',
  'a', 'Z', 'free', 'them', 'now', '0', '7', '42', 'e\u0301', 'Ł', 'ö', 'İ', 'ß', 'Олена', 'Ђ', 'ελ',
  '释放', 'みんな', '한', '\u1100', '\u10ff', '\u1fff', 'ไทย', 'مصر', 'भारत',
  '\u2000', '\u200b', '\u200c', '\u200d', '\u200e', '\u2010', '\u2013', '\u2019', '\u201c', '\u201d', '\u2020', '\u2026', '\u2030', '\u2032', '\u2037', '\u2038', '\u2039', '\u203c', '\u2049', '\u2060', '\u206f', '\u2070', '\u20ac',
  '\u00a9', '\u00ae', '\u00a9\ufe0f', '\ufe0f', '\u20e3', '1\ufe0f\u20e3', '#\u20e3', '👍', '👍🏽', '👩🏽‍⚖️', '🇬🇧', '🏴‍☠️', '❤', '❤️', '™', '\u2122\ufe0f',
  'com', 'org', 'co', 'uk', 'рф', '中国', 'xn--p1ai', 'example', 'http://', 'https://', 'www.', 't.co/', 'abc123', '.com', '.org/x', '.рф', '.中国',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const parse = (t: string) => twitter.parseTweet(t).weightedLength;

describe('tweet length without twitter-text', () => {
  it('agrees with twitter-text whenever it answers, on generated texts', () => {
    fc.assert(
      fc.property(text, (t) => {
        const plain = plainTweetLength(t);
        if (plain !== undefined) expect(plain).toBe(parse(t));
        expect(tweetLength(t)).toBe(parse(t));
      }),
      { seed: 42, numRuns: 20_000 },
    );
  });

  it.each([
    'Free everyone held for peaceful protest and let them see their lawyers and families now. @benchminister #FreeThemAll',
    'Venezuela: mass detention of vulnerable groups. I urge @AttorneyGeneral to act now. #Venezuela',
    '“Release them” – families are waiting… @x #FreeTheSeven',
    'Освободите всех задержанных! @ProkuraturaRU #Россия',
    'Zwolnijcie ich natychmiast. Łódź pamięta. #Polska',
    'Gözaltındakileri serbest bırakın. @adalet_bakanligi #Türkiye',
  ])('counts an ordinary post itself: %s', (t) => {
    expect(plainTweetLength(t)).toBe(parse(t));
  });

  it.each(['see example.org', 'Free them 👍', '释放他们', 'Read https://t.co/abc now', '©️ 2024'])('leaves "%s" to twitter-text', (t) => {
    if (plainTweetLength(t) !== undefined) expect(plainTweetLength(t)).toBe(parse(t));
    expect(tweetLength(t)).toBe(parse(t));
  });
});
