// A page of suggested tweets names whom to target in sentences, each handle in brackets after the
// office or the person, and gives the tweets' texts under them:
//   We suggest targeting Exampleland’s Supreme Leader (@leader_handle) on Twitter.
//   The minister of foreign affairs Jane Example (@JExample) may also be targeted on Twitter as well.
//   The head of judiciary John Example is on Instagram at john_org.
// Each such sentence is an official: the person's name and the office before it, or the office
// alone (a country's possessive is no part of it), with the handle in brackets. One named on
// another network has no X handle: that channel is named in a TODO, never taken as his handle.
// Handles inside the tweets' texts ("… call on @leader_handle to …") name no one new.
import type { ImportedOfficial } from './official-block.js';
import { hasOfficeWord } from './office-words.js';
import { isPersonName } from './official-words.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "… targeting <who> (@handle) on Twitter", "<who> (@handle) may also be targeted": the sentence names whom to target. */
const TARGETED = /\b(?:target(?:ing|ed|s)?|tag(?:ging|ged)?)\b/u;
/** "was targeted", "have been targeted", "were being tagged": a report, not a suggestion. */
const REPORTED = /\b(?:was|were|been|being|got)\s+(?:\w+\s+)?(?:target|tagg)/u;
/** "<who> (@handle)": the phrase before the bracket, from the sentence's start or after "targeting". */
const WHO_HANDLE = /(?:^|\b(?:targeting|target|tagging|tag)\s+)((?:the\s+)?[^()@.!?;:]{3,120}?)\s*\(\s*@([A-Za-z0-9_]{1,15})\s*\)/u;
/** "<who> is on Instagram at john_org": another network's account. */
const OTHER_NETWORK = /^((?:the\s+)?[^()@.!?;:]{3,120}?)\s+is\s+(?:also\s+)?on\s+(Instagram|Facebook|TikTok|Telegram|Threads|Bluesky|YouTube|LinkedIn)\s+(?:at|as)\s+@?([\w.]{1,40}?)\.?$/u;
/** How far down the page such sentences are looked for. */
const LIMIT = 120;

/** The officials such sentences name; none when the page has no such sentence. */
export function tweetTargets(doc: ImportText): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  for (let n = 1; n <= Math.min(doc.lines.length, LIMIT); n++) {
    const line = lineAt(doc, n).trim();
    // Cheap first: a sentence about targeting, or about another network.
    if (line.length > 400 || !/target|tag|instagram|facebook|tiktok|telegram|threads|bluesky|youtube|linkedin/iu.test(line)) continue;
    const official = readLine(line, n);
    if (official) out.push(official);
  }
  return out;
}

function readLine(line: string, at: number): ImportedOfficial | undefined {
  // "Jane Doe (@jdoe) was targeted by the police": a report of what was done to someone, never whom to target.
  const handled = TARGETED.test(fold(line)) && !REPORTED.test(fold(line)) ? WHO_HANDLE.exec(line) : null;
  if (handled) {
    const o = whoOf(handled[1] ?? '', at);
    if (o) o.twitter = { value: `@${handled[2] ?? ''}`, line: at };
    return o;
  }
  const other = OTHER_NETWORK.exec(line);
  if (!other) return undefined;
  const o = whoOf(other[1] ?? '', at);
  o?.unsure.push({ value: `${other[2] ?? ''}: ${other[3] ?? ''}`, line: at, why: `an account on ${other[2] ?? ''}, which the case file has no field for: no X handle is printed for this official` });
  return o;
}

/** "Exampleland’s Supreme Leader" → the office; "the minister of foreign affairs Jane Example" → the name and the office before it. */
function whoOf(phrase: string, at: number): ImportedOfficial | undefined {
  const words = phrase.replace(/^.*\b(?:targeting|target|tagging|tag)\s+/iu, '').replace(/^the\s+/iu, '').replace(/^\S+['’]s\s+/u, '').trim().split(/\s+/u);
  const base: ImportedOfficial = { line: at, confidence: 'low', nameFromOffice: false, address: [], emails: [], copy: false, unsure: [] };
  // The person's name: two to four capitalised words at the end, none of them an office word.
  for (let k = Math.min(4, words.length); k >= 2; k--) {
    const name = words.slice(-k).join(' ');
    const title = words.slice(0, -k).join(' ');
    if (!isPersonName(name) || words.slice(-k).some((w) => hasOfficeWord(fold(w)))) continue;
    if (title !== '' && !hasOfficeWord(fold(title))) return undefined;
    return { ...base, name: { value: name, line: at }, ...(title === '' ? {} : { title: { value: title.charAt(0).toUpperCase() + title.slice(1), line: at } }) };
  }
  // No person: the office alone, a few words with an office word among them.
  const office = words.join(' ');
  if (words.length > 6 || !hasOfficeWord(fold(office)) || !/^\p{Lu}/u.test(office)) return undefined;
  return { ...base, nameFromOffice: true, name: { value: office, line: at } };
}
