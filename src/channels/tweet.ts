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

/** The post made from suggested post `index` (0-based), and its length as X counts it. */
export function composePost(job: RenderJob, index: number, tweetLength: (text: string) => number): { text: string; length: number } {
  const context = contextFor(job, 'tweet');
  context.case = job.tweetViews[index] ?? job.caseView;
  const text = tidyTweet(withHandleOnce(job.templates.render(job.lang, 'tweet', context, job.data), job.target.view.handle));
  return { text, length: tweetLength(text) };
}

/** The post, refused past X's limit rather than cut (a cut post would lose the handle or the ask). */
function renderPost(job: RenderJob, index: number, tweetLength: (text: string) => number): { text: string; length: number } {
  const post = composePost(job, index, tweetLength);
  if (post.length > TWEET_LIMIT) throw postTooLong(job.templates, { targetId: job.target.view.id, lang: job.lang, variant: index + 1, variants: job.tweetViews.length, length: post.length });
  return post;
}

/** The refusal of a post over the limit, the same whether a signer's post or a check of them all finds it. */
export function postTooLong(templates: RenderJob['templates'], p: { targetId: string; lang: string; variant: number; variants: number; length: number }): RefusedError {
  const template = templates.path(p.lang, 'tweet') ?? `${p.lang}/tweet.hbs`;
  const which = p.variants > 1 ? ` (suggested post ${p.variant} of ${p.variants})` : '';
  return new RefusedError(
    `Tweet for ${p.targetId}${which} (${template}) is ${p.length} characters as X counts them; the limit is ${TWEET_LIMIT}`,
    'tweet.too-long',
    'Shorten the "## Tweet" section of the case (the handle and hashtags are added to it), or leave the tweet channel out.',
  );
}
