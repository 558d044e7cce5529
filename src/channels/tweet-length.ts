// Tweet length as X counts it (twitter-text's parseTweet, configuration v3: URLs 23, emoji 2,
// most characters up to U+10FF and some punctuation 1, everything else 2).
//
// twitter-text itself costs ~70–150 ms to load and installs core-js 2 polyfills that make RegExp
// split/replace 5–6× slower for the rest of the process: a batch of 10,000 signers spends its time
// in regular expressions. So the common case is counted here, where the rules are simple and
// provably the same: a text with no possible URL and no possible emoji. twitter-text is loaded only
// for a text that might hold either (a test compares the two on many generated texts).
import { createRequire } from 'node:module';

export type TweetLength = (text: string) => number;

interface TwitterText {
  parseTweet(text: string): { weightedLength: number };
}

let twitter: TwitterText | undefined;
/** Answers twitter-text gave, so a batch whose posts need it asks once per distinct text. */
const answers = new Map<string, number>();
const ANSWER_LIMIT = 1000;

/**
 * Every URL twitter-text finds has a domain: a dot followed by the first letter of a top-level
 * domain (it looks for none at all in a text without a dot). A dot followed by a letter, digit or
 * mark might begin one; a full stop before a space or the end of the text cannot.
 */
const MAYBE_URL = /\.[\p{L}\p{N}\p{M}]/u;

/**
 * Weight ×100 of a UTF-16 unit when no emoji can involve it, or 0 when one might. Below U+2000 no
 * character is an emoji on its own (© and ® need U+FE0F, keycaps need U+20E3, flags and modifiers
 * are astral). From U+2000 only the General Punctuation block (dashes, quotes, the ellipsis) is
 * allowed, without ‼ and ⁉ (emoji) and the zero-width joiner that glues emoji together; anything
 * else goes to twitter-text. The weights are the v3 configuration's ranges.
 */
function plainWeight(c: number): number {
  if (c <= 0x10ff) return 100;
  if (c < 0x2000) return 200;
  if (c > 0x206f || c === 0x200d || c === 0x203c || c === 0x2049) return 0;
  return c <= 0x200d || (c >= 0x2010 && c <= 0x201f) || (c >= 0x2032 && c <= 0x2037) ? 100 : 200;
}

/** The length of a text with no possible URL or emoji, else undefined (twitter-text decides). */
export function plainTweetLength(text: string): number | undefined {
  // parseTweet counts the NFC form.
  const normalized = text.normalize('NFC');
  if (MAYBE_URL.test(normalized)) return undefined;
  let weight = 0;
  for (let i = 0; i < normalized.length; i++) {
    const w = plainWeight(normalized.charCodeAt(i));
    if (w === 0) return undefined;
    weight += w;
  }
  return weight / 100;
}

function viaTwitterText(text: string): number {
  const known = answers.get(text);
  if (known !== undefined) return known;
  // Synchronous, because rendering is: a CommonJS require, once. The default export: a named
  // import of parseTweet type-checks but is undefined at run time.
  twitter ??= createRequire(import.meta.url)('twitter-text') as TwitterText;
  const length = twitter.parseTweet(text).weightedLength;
  if (answers.size >= ANSWER_LIMIT) answers.clear();
  answers.set(text, length);
  return length;
}

export const tweetLength: TweetLength = (text) => plainTweetLength(text) ?? viaTwitterText(text);

/** The counter; a promise so that callers need not change if loading ever becomes asynchronous. */
export function loadTweetLength(): Promise<TweetLength> {
  return Promise.resolve(tweetLength);
}
