// Several suggested posts. X filters many identical posts as spam, so a `## Tweet` section may hold
// a list, one suggested post per item; each signer gets one of them, chosen like the letter's
// phrasings (a hash of case, official and signer: a rerun gives the same post).
import { pickAlternative } from '../render/vary.js';
import { markdownToParagraphs } from './markdown-text.js';
import { escapeRegExp } from '../regexp-escape.js';

const ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;

/**
 * The posts a Tweet section suggests: each item of its list, as plain text; a section without a
 * list is one post (its paragraphs, as before). Text before or between the items is an
 * introduction for the reader of the case ("Pick one:"), not part of any post.
 */
export function tweetVariants(markdown: string): string[] {
  const items: string[][] = [];
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    const item = ITEM.exec(line);
    if (item) {
      current = [item[1] ?? ''];
      items.push(current);
    } else if (line.trim() === '') {
      current = undefined;
    } else if (current && /^[ \t]/.test(line)) {
      // An indented line carries the item on (a long post wrapped in the editor).
      current.push(line);
    } else {
      current = undefined;
    }
  }
  const posts = items.map((lines) => markdownToParagraphs(lines.join('\n')).join(' ').trim()).filter((p) => p !== '');
  if (posts.length > 0) return posts;
  const whole = markdownToParagraphs(markdown).join('\n\n');
  return whole === '' ? [] : [whole];
}

/** Which suggested post a signer gets (0-based); no seed (--no-vary) → the first. */
export function pickTweetVariant(varySeed: string | undefined, count: number): number {
  return pickAlternative(varySeed, 'tweet', count);
}

/**
 * The handle once: a Tweet item that already names the official ("@fiscal, free them") and a
 * template that adds the handle would mention it twice. Later mentions go, with the space before them.
 */
export function withHandleOnce(text: string, handle: string | null): string {
  const name = handle?.replace(/^@+/, '');
  if (!name) return text;
  // The usual post names the official once: a string search settles it without a pattern.
  const lower = text.toLowerCase();
  const at = `@${name.toLowerCase()}`;
  const first = lower.indexOf(at);
  if (first < 0 || lower.indexOf(at, first + 1) < 0) return text;
  const mention = new RegExp(`([ \\t]?)@${escapeRegExp(name)}(?![A-Za-z0-9_])`, 'gi');
  let seen = false;
  return text.replace(mention, (whole: string, before: string, offset: number) => {
    // A handle glued to a word ("me@fiscal") is not a mention.
    const previous = offset > 0 && before === '' ? text[offset - 1] : undefined;
    if (previous !== undefined && /[A-Za-z0-9_@]/.test(previous)) return whole;
    if (!seen) {
      seen = true;
      return whole;
    }
    return '';
  });
}
