// A post on X: the case's Tweet section (or the template's sentence), the official's handle and
// the hashtags. Counted the way X counts (URLs 23, most CJK and emoji 2); over 280 is refused
// rather than cut, because a cut post would lose the handle or the ask.
import { RefusedError } from '../errors.js';
import { contextFor, type RenderJob } from './context.js';
import { pickTweetVariant, withHandleOnce } from './tweet-variants.js';
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
  const views = job.tweetViews;
  const index = pickTweetVariant(job.data.varySeed, views.length);
  const text = renderPost(job, index, job.tweetLength);
  // Property by property, not a spread: see context.ts.
  return {
    caseId: job.caseId,
    targetId: job.target.view.id,
    lang: job.lang,
    signer: job.signer,
    channel: 'tweet',
    text: text.text,
    length: text.length,
    intentUrl: tweetIntentUrl(text.text),
    variant: index + 1,
    variants: views.length,
  };
}

/**
 * The post made from suggested post `index` (0-based), refused past X's limit. Also used by
 * `validate`, which checks every suggested post for every official.
 */
export function renderPost(job: RenderJob, index: number, tweetLength: (text: string) => number): { text: string; length: number } {
  const context = contextFor(job, 'tweet');
  context.case = job.tweetViews[index] ?? job.caseView;
  const text = tidyTweet(withHandleOnce(job.templates.render(job.lang, 'tweet', context, job.data), job.target.view.handle));
  const length = tweetLength(text);
  if (length > TWEET_LIMIT) {
    const template = job.templates.path(job.lang, 'tweet') ?? `${job.lang}/tweet.hbs`;
    const which = job.tweetViews.length > 1 ? ` (suggested post ${index + 1} of ${job.tweetViews.length})` : '';
    throw new RefusedError(
      `Tweet for ${job.target.view.id}${which} (${template}) is ${length} characters as X counts them; the limit is ${TWEET_LIMIT}`,
      'tweet.too-long',
      'Shorten the "## Tweet" section of the case (the handle and hashtags are added to it), or leave out --channel tweet.',
    );
  }
  return { text, length };
}
