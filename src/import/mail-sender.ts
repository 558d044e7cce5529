// A mail's From: line names who sent it: the campaigner or the list's member who passed the appeal
// on, whose signature ("Jane Example" / "tel …") closes the message under the appeal. The header is
// blanked as furniture (mail-text.ts), yet the name it shows tells the signature apart from an
// official: a name the mail was sent by is never a name to write to.
import { fold } from './fold.js';
import { isListLine } from './list-furniture.js';
import type { ImportText } from './types.js';

const FROM = /^\s*(?:from|von|de|da|van|fra|från)\s?:\s*/i;

/**
 * The name a From: line shows its sender by ("Jane Example <jane@…>", "jane@… (Jane Example)",
 * "\"Example, Jane\" <…>", "Jane Example"), or undefined when it shows an address only.
 */
export function shownSender(line: string): string | undefined {
  const head = FROM.exec(line);
  if (!head || line.length > 300) return undefined;
  const rest = line.slice(head[0].length).trim();
  const named = /\(([^()@]+)\)\s*$/.exec(rest)?.[1] ?? rest.replace(/<[^<>]*>/g, '').replace(/\S+@\S+/g, '');
  const name = named.replace(/^["'\s]+|["'\s]+$/g, '').trim();
  return /\p{L}{2}/u.test(name) && name.split(/\s+/).length <= 6 ? name : undefined;
}

/** The words of a name, folded, in any order ("Example, Jane" is "Jane Example"). */
const nameWords = (name: string): string[] => fold(name).split(/[\s,.]+/u).filter((w) => w.length > 1);

/**
 * Whether `name` is the name one of the mail's From: lines shows: every word of it there, and at
 * least two (a surname alone may be an official's too).
 */
export function isMailSender(doc: ImportText, name: string): boolean {
  const words = nameWords(name);
  if (words.length < 2) return false;
  return (doc.mailedFrom ?? []).some((sender) => {
    const theirs = new Set(nameWords(sender));
    return words.every((w) => theirs.has(w));
  });
}

/** A signature under the mailers' "-- " line is short: a name, a group, an address, numbers. */
const SIGNATURE_LINES = 6;

/**
 * The 0-based indexes of the signature closing the page: the mailers' "-- " line and the few short
 * lines under it to the page's end (a list's own lines among them are the list's). Any longer run,
 * or one with running text in it, is left as it is: the dashes part something else there.
 */
export function signatureAtEnd(lines: readonly string[]): number[] {
  let dashes = -1;
  for (let i = lines.length - 1; i >= 0 && lines.length - i <= 4 * SIGNATURE_LINES; i--) {
    if ((lines[i] ?? '').trim() === '--') {
      dashes = i;
      break;
    }
  }
  if (dashes < 0) return [];
  const under = [...Array(lines.length - dashes - 1).keys()].map((k) => dashes + 1 + k).filter((k) => (lines[k] ?? '').trim() !== '' && !isListLine(lines[k] ?? ''));
  if (under.length === 0 || under.length > SIGNATURE_LINES || under.some((k) => (lines[k] ?? '').trim().length > 80 || /[.!?]\s+\p{Lu}/u.test(lines[k] ?? ''))) return [];
  return [dashes, ...under];
}
