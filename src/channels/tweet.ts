// A post on X: the case's Tweet section (or the template's sentence), the official's handle and
// the hashtags. Counted the way X counts (URLs 23, most CJK and emoji 2); over 280 is refused
// rather than cut, because a cut post would lose the handle or the ask.
import { RefusedError } from '../errors.js';
import { contextFor, type RenderJob } from './context.js';
import type { TweetDocument } from './types.js';

export const TWEET_LIMIT = 280;

export function tweetIntentUrl(text: string): string {
  return `https://twitter.com/intent/tweet?text=${encodeURIComponent(text)}`;
}

/** One line per line, single spaces (template conditionals leave doubles), no blank-line runs. */
export function tidyTweet(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function renderTweet(job: RenderJob): TweetDocument {
  if (!job.tweetLength) throw new Error('renderDocuments: pass tweetLength (await loadTweetLength()) to render tweets');
  const text = tidyTweet(job.templates.render(job.lang, 'tweet', contextFor(job, 'tweet'), job.data));
  const length = job.tweetLength(text);
  if (length > TWEET_LIMIT) {
    const template = job.templates.path(job.lang, 'tweet') ?? `${job.lang}/tweet.hbs`;
    throw new RefusedError(
      `Tweet for ${job.target.view.id} (${template}) is ${length} characters as X counts them; the limit is ${TWEET_LIMIT}`,
      'tweet.too-long',
      'Shorten the "## Tweet" section of the case (the handle and hashtags are added to it), or leave out --channel tweet.',
    );
  }
  // Property by property, not a spread: see context.ts.
  return { caseId: job.caseId, targetId: job.target.view.id, lang: job.lang, signer: job.signer, channel: 'tweet', text, length, intentUrl: tweetIntentUrl(text) };
}
