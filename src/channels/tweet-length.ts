// Tweet length as X counts it, from twitter-text. Loaded only when a tweet is rendered: the module
// costs ~70–150 ms and installs core-js polyfills that slow RegExp for the rest of the process.

export type TweetLength = (text: string) => number;

let loaded: Promise<TweetLength> | undefined;

export function loadTweetLength(): Promise<TweetLength> {
  loaded ??= (async () => {
    // The default import: `import { parseTweet }` type-checks but is undefined at run time.
    const twitter = (await import('twitter-text')).default;
    return (text: string) => twitter.parseTweet(text).weightedLength;
  })();
  return loaded;
}
