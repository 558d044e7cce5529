// Everything about a case that does not depend on the signer, computed once per case and
// language: Markdown → paragraphs, section lookups, salutations, address splitting. A batch of
// 10,000 signers then only fills in the signer (WeakMap: a case no longer used can be collected).
import type { Case, Localized, Target } from '../case/types.js';
import { localize } from '../case/localize.js';
import { findSection } from '../case/sections.js';
import { countryNameIn } from './country-display.js';
import { namesPattern, stripMarks } from './emphasis.js';
import { markdownToParagraphs } from './markdown-text.js';
import { destinationOf, type Destination } from './postal.js';
import { buildSalutation, cleanSalutation, salutationLanguage } from './salutation.js';
import { firstSentences } from './sentences.js';
import { tweetVariants } from './tweet-variants.js';
import { escapeRegExp } from '../regexp-escape.js';

/** What templates see as `case` (see templates/README.md). Absent values are null, never missing. */
export interface CaseView {
  id: string;
  reference: string | null;
  title: string;
  country: string;
  /** The country named in the document's language ("Vereinigtes Königreich"); as written when unknown. */
  countryName: string;
  issued: string | null;
  deadline: string;
  languages: readonly string[];
  subjects: ReadonlyArray<{ name: string; pronouns: string | null }>;
  links: Readonly<Record<string, string>>;
  /** With '#'. */
  hashtags: readonly string[];
  /** Hashtags not already written in the Tweet section, with '#'. */
  tweetHashtags: readonly string[];
  /**
   * Paragraphs of the letter section in this language (never another language's), as plain text
   * with the case's emphasis kept as marks (emphasis.ts): every output but a PDF and Markdown
   * strips them.
   */
  letter: readonly string[];
  /** The language those paragraphs are in: the document's (kept for templates written before). */
  letterLang: string | null;
  summary: string | null;
  /** The summary's first sentence. */
  summaryStart: string | null;
  /** The request in at most three sentences: the Call section, else the letter's last paragraph. */
  ask: string | null;
  /** The post this document uses: one of `tweets` (the first outside a post). */
  tweet: string | null;
  /** Every post the Tweet section suggests: one per list item, else the whole section as one. */
  tweets: readonly string[];
  /** Every section in this language, by heading, as plain text. */
  sections: Readonly<Record<string, string>>;
}

export interface TargetView {
  id: string;
  name: string;
  honorific: string | null;
  title: string | null;
  organisation: string | null;
  /** The case's salutation, else one built by the rules in salutation.ts; no final punctuation. */
  salutation: string;
  address: readonly string[];
  emails: readonly string[];
  phone: string | null;
  fax: string | null;
  /** '@handle', exactly one '@'. */
  handle: string | null;
  copy: boolean;
}

export interface PreparedTarget {
  view: TargetView;
  /** Name and title lines of the recipient block (the address follows). */
  head: readonly string[];
  destination: Destination;
}

export interface PreparedCase {
  lang: string;
  view: CaseView;
  /** The subjects' names, to set in bold wherever a letter prints them; undefined when none. */
  names: RegExp | undefined;
  /** One view per suggested post, with `tweet` and `tweetHashtags` for that post (see tweet.ts). */
  tweetViews: readonly CaseView[];
  targets: ReadonlyMap<string, PreparedTarget>;
}

const cache = new WeakMap<Case, Map<string, PreparedCase>>();

export function prepareCase(c: Case, lang: string): PreparedCase {
  let byLang = cache.get(c);
  if (!byLang) {
    byLang = new Map();
    cache.set(c, byLang);
  }
  let prepared = byLang.get(lang);
  if (!prepared) {
    const view = caseView(c, lang);
    const targets = new Map(c.targets.map((t) => [t.id, prepareTarget(c, t, lang)]));
    const frozen = deepFreeze({ lang, view, tweetViews: view.tweets.length > 1 ? view.tweets.map((t) => tweetView(view, t)) : [view], targets });
    // The pattern stays out of deepFreeze: a frozen RegExp cannot be matched with (its lastIndex).
    prepared = Object.freeze({ ...frozen, names: namesPattern(c.subjects.map((s) => s.name)) });
    byLang.set(lang, prepared);
  }
  return prepared;
}

/**
 * The letter section in `lang`, and only that: a letter is written wholly in one language, so the
 * paragraphs of another language's section never go inside this language's frame (language.ts
 * chooses a language that has one, and renderDocuments refuses one that has none).
 */
export function letterSection(c: Case, lang: string) {
  return findSection(c, 'Letter', lang);
}

function caseView(c: Case, lang: string): CaseView {
  const letter = letterSection(c, lang);
  const letterLang = letter ? lang : null;
  const paragraphs = letter ? markdownToParagraphs(letter.markdown, { marks: true }) : [];
  const sections: Record<string, string> = {};
  for (const s of c.sections) {
    if ((s.lang ?? c.languages[0]) === lang && !(s.name in sections)) sections[s.name] = markdownToParagraphs(s.markdown).join('\n\n');
  }
  const text = (name: string) => Object.entries(sections).find(([k]) => k.toLowerCase() === name)?.[1] || null;
  const summary = text('summary');
  const tweetSection = findSection(c, 'Tweet', lang);
  const tweets = tweetSection ? tweetVariants(tweetSection.markdown) : [];
  const tweet = tweets[0] ?? null;
  const callText = text('call');
  const last = paragraphs[paragraphs.length - 1];
  const lastParagraph = last === undefined ? undefined : stripMarks(last);
  const hashtags = c.hashtags.map((h) => `#${h.replace(/^#+/, '')}`);
  const view = {
    id: c.id,
    reference: c.reference ?? null,
    title: c.title,
    country: c.country,
    countryName: countryNameIn(c.country, lang),
    issued: c.issued ?? null,
    deadline: c.deadline,
    languages: [...c.languages],
    subjects: c.subjects.map((s) => ({ name: s.name, pronouns: s.pronouns ?? null })),
    links: { ...c.links },
    hashtags,
    tweetHashtags: hashtags.filter((h) => !tweet || !mentions(tweet, h)),
    letter: paragraphs,
    letterLang,
    summary,
    summaryStart: null as string | null,
    ask: null as string | null,
    tweet,
    tweets,
    sections,
  };
  // Sentence splitting loads ICU's sentence rules (~9 ms) and only the call script uses these two:
  // computed on first read, so letters, emails and posts never pay for them.
  lazy(view, 'summaryStart', () => (summary ? firstSentences(summary, 1, lang) : null));
  lazy(view, 'ask', () => (callText ? firstSentences(callText, 3, lang) : lastParagraph ? firstSentences(lastParagraph, 3, letterLang ?? lang) : null));
  return view;
}

/**
 * The case as one suggested post's document sees it. A copy of the property descriptors, so the
 * lazy properties stay lazy (and shared), and own properties, because Handlebars refuses to read
 * inherited ones.
 */
function tweetView(view: CaseView, tweet: string): CaseView {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(view)) as CaseView;
  Object.defineProperty(copy, 'tweet', { value: tweet, enumerable: true });
  Object.defineProperty(copy, 'tweetHashtags', { value: view.hashtags.filter((h) => !mentions(tweet, h)), enumerable: true });
  return copy;
}

/** An enumerable property computed once, on first read (templates see an ordinary value). */
function lazy<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  let done = false;
  let value: T[K];
  Object.defineProperty(target, key, {
    enumerable: true,
    get: () => {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
  });
}

function mentions(text: string, hashtag: string): boolean {
  const escaped = escapeRegExp(hashtag);
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'iu').test(text);
}

function prepareTarget(c: Case, t: Target, lang: string): PreparedTarget {
  const fallbacks = [...c.languages, 'en'];
  // Names and titles may come from another language (better than none); a salutation may not.
  const any = (v: Localized | undefined) => localize(v, lang, fallbacks);
  const honorific = any(t.honorific);
  const title = any(t.title);
  const given = usableSalutation(t.salutation, lang);
  const salutation = given
    ? cleanSalutation(given)
    : buildSalutation({ name: t.name, honorific: exact(t.honorific, lang), honorificForms: forms(t.honorific), title: exact(t.title, lang) }, lang);
  const handle = t.twitter ? `@${t.twitter.trim().replace(/^@+/, '')}` : null;
  const head = [honorific ? `${honorific} ${t.name}` : t.name, title ?? '', t.organisation ?? ''].map((l) => l.trim()).filter((l) => l !== '');
  return {
    view: {
      id: t.id,
      name: t.name,
      honorific: honorific ?? null,
      title: title ?? null,
      organisation: t.organisation ?? null,
      salutation,
      address: [...t.address],
      emails: [...t.emails],
      phone: t.phone ?? null,
      fax: t.fax ?? null,
      handle,
      copy: t.copy,
    },
    head: [...new Set(head)],
    destination: destinationOf(t.address, c.country),
  };
}

/** The value written for `lang` itself (a plain string counts for every language), no fallback. */
function exact(value: Localized | undefined, lang: string): string | undefined {
  return value === undefined || typeof value === 'string' ? value : value[lang];
}

function usableSalutation(value: Localized | undefined, lang: string): string | undefined {
  const given = exact(value, lang);
  if (given === undefined || typeof value !== 'string') return given;
  const writtenIn = salutationLanguage(given);
  return writtenIn === undefined || writtenIn === lang ? given : undefined;
}

const forms = (v: Localized | undefined): string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : Object.values(v));

/** Shared by every document of a batch: frozen so no template helper can change it for the next. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Data properties only: reading a lazy property here would compute it after all.
    const children = value instanceof Map ? [...value.values()] : Object.values(Object.getOwnPropertyDescriptors(value)).map((d) => d.value as unknown);
    for (const child of children) deepFreeze(child);
  }
  return value;
}
