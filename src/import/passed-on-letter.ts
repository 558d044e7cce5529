// A letter passed on by e-mail or a repost under the sender's own note, which greets its reader:
//   Dear Ruth,                       ← the note's greeting, to the reader
//   Nadia asked me to pass this on … Many thanks for your help.
//   Harold Example                   ← the letter's addressee, his office and address
//   Minister for Immigration
//   Parliament House
//   Dear Mr. Example                 ← the letter's greeting
// The letter is the one under the addressee's block, not the note: its greeting is the sample
// letter's, and the note's reader is no one to write to.
import { isClosing } from './closing.js';
import { isMailHeader } from './mail-headers.js';
import { greetedSurname } from './official-name.js';
import { isAddressLike } from './official-words.js';
import { fold, isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** A note is short: the letter's greeting comes within this many lines of the note's. */
const NOTE_LINES = 24;
/** An addressee's block of lines: a name, an office, an address. */
const BLOCK_LINES = { min: 3, max: 9 };
/** How many filled lines above the note's greeting are looked at for an addressee's. */
const ABOVE_LINES = 4;
/** A line of such a block is short; a longer one, or one that ends a sentence, is the note's. */
const BLOCK_LINE_LENGTH = 60;

/**
 * The letter's greeting under a note greeted at line `greeting`: the next greeting (`nextGreeting`
 * finds one as the first was found) with an addressee's block right above it, holding an address
 * line, and no closing between the two; undefined when there is none, or when that greeting calls
 * someone by a surname the block does not print ("Dear Mr. Sample" under "Tom Example"'s block).
 */
export function letterUnderNote(doc: ImportText, folded: readonly string[], greeting: number, nextGreeting: (after: number, until: number) => number | undefined): number | undefined {
  // A first letter under its own addressee ("S. E. Karl Muster" / "Musterstraße 62" / "Exzellenz,") is a letter, no note.
  if (addressAbove(doc, greeting)) return undefined;
  const second = nextGreeting(greeting, Math.min(doc.lines.length, greeting + NOTE_LINES));
  if (second === undefined) return undefined;
  for (let n = greeting + 1; n < second; n++) if (isClosing(folded[n - 1] ?? '')) return undefined;
  const block: string[] = [];
  let n = second - 1;
  for (; n > greeting; n--) {
    const line = lineAt(doc, n).trim();
    if (isBlank(line)) continue;
    if (line.length > BLOCK_LINE_LENGTH || /[.!?;:,]$/.test(line) || block.length >= BLOCK_LINES.max) break;
    block.push(line);
  }
  // The note itself stands between the two greetings: some of its lines are left above the block.
  const noteLeft = n > greeting;
  const surname = greetedSurname(lineAt(doc, second));
  if (surname !== undefined && !block.some((l) => l.split(/\s+/u).includes(surname))) return undefined;
  return noteLeft && block.length >= BLOCK_LINES.min && block.length < BLOCK_LINES.max && block.some((l) => isAddressLike(l)) ? second : undefined;
}

/**
 * Whether an addressee's address stands right above line `n`: two address lines among the few
 * filled lines there (one alone may be the writer's signature, "Jane Example, Group for Peace,"),
 * a mail's header line ("Date: 19 Oct 2003") counting for none, and none under a closing.
 */
function addressAbove(doc: ImportText, n: number): boolean {
  let filled = 0;
  let address = 0;
  for (let k = n - 1; k >= 1 && filled < ABOVE_LINES; k--) {
    const line = lineAt(doc, k);
    if (isBlank(line)) continue;
    // "venlig hilsen" / "Jane Example, Group for Peace,": the lines under a closing sign the message above.
    if (isClosing(fold(line))) return false;
    filled++;
    if (!isMailHeader(line) && isAddressLike(line)) address++;
  }
  return address >= 2;
}
