// A page may ask, in a sentence above the postal block, to tweet the official it then gives the
// address of: "A quick way is to tweet the Prime Minister of Ruritania @PMExample and encourage
// him …", then "Prime Minister Jane Example" / "Office of the Prime Minister" / …. The block has no
// handle, and the sentence's handle is that official's. It is given to him only when exactly one
// official the blocks read is the one the sentence names — by his office (the words it opens with)
// or his name; otherwise whose it is would be a guess, and it is left where it was printed.
import type { ImportedOfficial } from './official-block.js';
import type { OfficialsResult } from './officials.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "tweet the Prime Minister of Ruritania @PMExample", "tweeting Jane Example (@JaneEx)". */
const TWEET_WHO = /\btweet(?:ing)?\s+(?:to\s+|at\s+)?(?:the\s+)?(\p{Lu}[^@.!?;:()]{2,100}?)\s*\(?\s*@([A-Za-z0-9_]{1,15})\b/u;
/** How far down the page such a sentence is looked for. */
const LIMIT = 300;

export function withTweetedHandle(doc: ImportText, read: OfficialsResult): OfficialsResult {
  if (!read.officials.found) return read;
  const officials = read.officials.value;
  for (let n = 1; n <= Math.min(doc.lines.length, LIMIT); n++) {
    const line = lineAt(doc, n);
    // Cheap test first: the sentence says "tweet" and holds an "@".
    if (line.length > 1000 || !line.includes('@') || !/tweet/i.test(line)) continue;
    const m = TWEET_WHO.exec(line);
    if (!m) continue;
    const handle = `@${m[2] ?? ''}`;
    if (officials.some((o) => fold(o.twitter?.value ?? '') === fold(handle))) continue;
    const who = fold(m[1] ?? '').replace(/\s+/g, ' ');
    const named = officials.filter((o) => names(o, who));
    const [only] = named;
    if (named.length === 1 && only !== undefined && only.twitter === undefined) only.twitter = { value: handle, line: n };
  }
  return read;
}

/** Whether the words a tweet sentence names someone by ("prime minister of ruritania") are this official's office or name. */
function names(o: ImportedOfficial, who: string): boolean {
  const opens = (office: string | undefined) => office !== undefined && office.length > 3 && (who === office || who.startsWith(`${office} `));
  const title = o.title === undefined ? undefined : fold(o.title.value).replace(/\s+/g, ' ');
  const name = o.name === undefined ? undefined : fold(o.name.value).replace(/\s+/g, ' ');
  if (o.nameFromOffice) return opens(name) || opens(title);
  return opens(title) || (name !== undefined && name.split(' ').length >= 2 && who.includes(name));
}
