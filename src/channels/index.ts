// Case × official × signer → documents. The channels an official can take follow from their
// details (no address, no letter); the order is stable: officials in case order, channels in
// CHANNELS order, so outputs and golden files do not shuffle.
import type { Case, PlainDate, Target } from '../case/types.js';
import { UsageError } from '../errors.js';
import { formatDate } from '../render/intl-format.js';
import type { TemplateSet } from '../render/template-set.js';
import type { Signer } from '../signer/types.js';
import { renderCall } from './call.js';
import { signerParts, type RenderJob, type SignerParts } from './context.js';
import { renderEmail } from './email.js';
import { renderFax } from './fax.js';
import { assertLetterIn } from './language.js';
import { renderLetter, renderLetterBody } from './letter.js';
import { prepareCase, type PreparedCase } from './prepare-case.js';
import { composePost, renderTweet, TWEET_LIMIT } from './tweet.js';
import { CHANNELS, type Channel, type RenderedDocument } from './types.js';

export { chooseLanguage, signerLanguage, type LanguageChoice } from './language.js';
export { prepareCase } from './prepare-case.js';
export type { CaseView, TargetView } from './prepare-case.js';
export type { DocumentContext, SignerView } from './context.js';
export { mailtoLink, MAILTO_LIMIT } from './mailto.js';
export { gmailLink, outlookLink, webmailIfShort, webmailLink, WEBMAIL_LIMIT, type WebmailService } from './webmail.js';
export { postTooLong, tweetIntentUrl, TWEET_LIMIT } from './tweet.js';
export { buildSalutation } from './salutation.js';
export { faxCoverLine } from './fax.js';

export interface RenderOptions {
  templates: TemplateSet;
  signer: Signer;
  today: PlainDate;
  lang: string;
  /** Default: every channel each official can take. */
  channels?: readonly Channel[];
  /** Official ids; default: all, in case order. */
  targets?: readonly string[];
  /** false: the first phrasing of every {{#vary}} block (default true). */
  vary?: boolean;
  /** Required when tweets are rendered: `await loadTweetLength()` from ./tweet-length.js. */
  tweetLength?: (text: string) => number;
}

export interface SkippedChannel {
  targetId: string;
  channel: Channel;
  /** "attorney-general has no phone number: no call script" */
  message: string;
}

const NEEDS: Record<Channel, [needs: string, gives: string]> = {
  letter: ['postal address', 'letter'],
  email: ['email address', 'email'],
  fax: ['fax number', 'fax'],
  tweet: ['X handle', 'post'],
  call: ['phone number', 'call script'],
};

/** What an official needs for a channel: "postal address" for a letter, "X handle" for a post… */
export function channelNeeds(channel: Channel): string {
  return NEEDS[channel][0];
}

export function availableChannels(target: Target): Channel[] {
  return CHANNELS.filter((ch) => {
    switch (ch) {
      case 'letter':
        return target.address.some((l) => l.trim() !== '');
      case 'email':
        return target.emails.length > 0;
      case 'fax':
        return !!target.fax?.trim();
      case 'tweet':
        return !!target.twitter?.replace(/^@+/, '').trim();
      case 'call':
        return !!target.phone?.trim();
    }
  });
}

/** Requested channels an official cannot take, so the caller can say so once per official. */
export function skippedChannels(c: Case, options: Pick<RenderOptions, 'channels' | 'targets'>): SkippedChannel[] {
  if (!options.channels) return [];
  return selectTargets(c, options.targets).flatMap((t) => {
    const available = availableChannels(t);
    return CHANNELS.filter((ch) => options.channels?.includes(ch) && !available.includes(ch)).map((channel) => ({
      targetId: t.id,
      channel,
      message: `${t.id} has no ${NEEDS[channel][0]}: no ${NEEDS[channel][1]}`,
    }));
  });
}

export function renderDocuments(c: Case, options: RenderOptions): RenderedDocument[] {
  // Never a frame in one language around a letter in another: LanguageError (exit 2) instead.
  assertLetterIn(c, options.lang);
  const prepared = prepareCase(c, options.lang);
  const parts = signerParts(options.signer, options.lang);
  const date = formatDate(options.today, options.lang);
  const docs: RenderedDocument[] = [];
  for (const target of selectTargets(c, options.targets)) {
    const channels = availableChannels(target).filter((ch) => !options.channels || options.channels.includes(ch));
    if (channels.length === 0) continue;
    const job = renderJob(c, prepared, target, parts, date, options);
    for (const channel of channels) docs.push(renderChannel(job, channel, c.bcc));
  }
  return docs;
}

function renderChannel(job: RenderJob, channel: Channel, bcc: readonly string[]): RenderedDocument {
  switch (channel) {
    case 'letter':
      return renderLetter(job);
    case 'email':
      return renderEmail(job, bcc);
    case 'fax':
      return renderFax(job);
    case 'tweet':
      return renderTweet(job);
    case 'call':
      return renderCall(job);
  }
}

function renderJob(c: Case, prepared: PreparedCase, target: Target, parts: SignerParts, date: string, options: RenderOptions): RenderJob {
  const preparedTarget = prepared.targets.get(target.id);
  if (!preparedTarget) throw new Error(`prepareCase: no official ${target.id}`);
  // Case, official and signer: the same signer writes differently to each official and case.
  const varySeed = options.vary === false ? undefined : `${c.id}\u001f${target.id}\u001f${parts.key}`;
  let body: string | undefined;
  const job: RenderJob = {
    templates: options.templates,
    lang: options.lang,
    caseId: c.id,
    caseView: prepared.view,
    tweetViews: prepared.tweetViews,
    target: preparedTarget,
    signer: options.signer,
    parts,
    today: options.today,
    date,
    data: { varySeed },
    tweetLength: options.tweetLength,
    names: prepared.names,
    letterBody: () => (body ??= renderLetterBody(job)),
    letterVariation: '',
  };
  return job;
}

/** A post over X's limit, found before anything is written (`validate`, see postsOverLimit). */
export interface PostOverLimit {
  targetId: string;
  lang: string;
  /** 1-based suggested post, and how many the Tweet section offers. */
  variant: number;
  variants: number;
  length: number;
}

/**
 * Every post `generate` would refuse for this case in `lang`: each official with a handle × each
 * suggested post. The built-in templates do not use the signer in a post; a placeholder stands in.
 */
export function postsOverLimit(c: Case, options: { templates: TemplateSet; lang: string; today: PlainDate; tweetLength: (text: string) => number; targets?: readonly string[] | undefined }): PostOverLimit[] {
  const prepared = prepareCase(c, options.lang);
  const parts = signerParts({ name: 'A', address: [] }, options.lang);
  const date = formatDate(options.today, options.lang);
  const render: RenderOptions = { templates: options.templates, signer: { name: 'A', address: [] }, today: options.today, lang: options.lang, vary: false, tweetLength: options.tweetLength };
  const found: PostOverLimit[] = [];
  for (const target of selectTargets(c, options.targets)) {
    if (!availableChannels(target).includes('tweet')) continue;
    const job = renderJob(c, prepared, target, parts, date, render);
    job.tweetViews.forEach((_, index) => {
      const { length } = composePost(job, index, options.tweetLength);
      if (length > TWEET_LIMIT) found.push({ targetId: target.id, lang: options.lang, variant: index + 1, variants: job.tweetViews.length, length });
    });
  }
  return found;
}

function selectTargets(c: Case, ids: readonly string[] | undefined): Target[] {
  if (!ids) return c.targets;
  const unknown = ids.filter((id) => !c.targets.some((t) => t.id === id));
  if (unknown.length > 0) {
    throw new UsageError(
      `${c.file}: no official ${unknown.map((id) => `"${id}"`).join(', ')}; the officials of this case are ${c.targets.map((t) => t.id).join(', ')}`,
      'Choose targets among these ids, or leave targets out to write to all of them.',
      'target.unknown',
    );
  }
  return c.targets.filter((t) => ids.includes(t.id));
}
