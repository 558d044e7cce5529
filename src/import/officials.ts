// The officials to write to: the lines between the TAKE ACTION bullets (or "Write to:") and the
// salutation, cut into one block per official. UAs often run the blocks together without blank
// lines, so a block ends where a new header starts after address or contact lines — a line with
// an office word ("Permanent Mission…"), an honorific or a personal name that is not an address.
import { parseContactLine } from './contact-line.js';
import { isTrailerLabel } from './labels.js';
import { findLandmarks, isProse, looksLikeHeader } from './landmarks.js';
import { parseBlock, type BlockLine, type ImportedOfficial } from './official-block.js';
import { isAddressLike, isPersonName, isRoleLike, splitHonorific } from './official-words.js';
import { summaryRange, type LineRange } from './summary.js';
import { fold, isBlank, lineAt } from './text.js';
import { found, notFound, type Finding, type ImportText } from './types.js';

const COPIES = /^(?:(?:and|also send|send)\s+)?cop(?:y|ies)\s+(?:to|of)\b|^(?:con )?copias?\s+a\b|^copies?\s+(?:a|au|aux)\b/;
const HEADING = /:\s*$/;

/**
 * Where the officials are listed: after the last of "Write to:", the TAKE ACTION bullets, the
 * summary and the headline; up to the salutation, or else to the first closing, ADDITIONAL
 * INFORMATION heading or trailer label after that start (older UAs put "PLEASE SEND APPEALS
 * BEFORE … TO:" above the officials, so a label before the start does not end the list).
 */
export function officialsRange(doc: ImportText): LineRange | undefined {
  const m = findLandmarks(doc);
  const limit = m.salutation ?? doc.lines.length + 1;
  const starts = [m.writeTo, m.bulletsEnd, m.bulletsEnd === undefined ? m.takeAction : undefined, summaryRange(doc)?.to, m.titleEnd, m.kind];
  const start = Math.max(0, ...starts.filter((n): n is number => n !== undefined && n < limit));
  let end = limit - 1;
  if (m.salutation === undefined) {
    const stops = [m.closing, m.additional].filter((n): n is number => n !== undefined && n > start);
    for (let n = start + 1; n <= end; n++) if (isTrailerLabel(lineAt(doc, n))) stops.push(n);
    end = Math.min(end, ...stops.map((n) => n - 1));
  }
  return start + 1 <= end ? { from: start + 1, to: end } : undefined;
}

export interface Block { lines: BlockLine[]; copy: boolean; body: boolean; blankSeen: boolean; header: boolean; contact: boolean }

/** Cuts the range into blocks; a block without any address or contact line is not an official. */
export function splitBlocks(doc: ImportText, range: LineRange, countries: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let copy = false;
  for (let n = range.from; n <= range.to; n++) {
    const text = lineAt(doc, n);
    if (isBlank(text)) {
      if (current?.body) current.blankSeen = true;
      continue;
    }
    if (COPIES.test(fold(text))) {
      [current, copy] = [undefined, true];
      continue;
    }
    const contact = parseContactLine(text) !== undefined;
    if (!contact && (isInstruction(text) || (HEADING.test(text) && !current?.body))) {
      current = undefined;
      continue;
    }
    const address = !contact && isAddressLike(text, countries);
    const header = !contact && !address && looksLikeHeader(text);
    const startsNew = !current || (current.body && (header || (current.blankSeen && !contact && !address)));
    if (startsNew && !(contact && current)) {
      current = { lines: [], copy, body: false, blankSeen: false, header: false, contact: false };
      blocks.push(current);
    }
    const block = current as Block;
    // Once the header has a name and an office, a line that is neither is the address.
    const inBody = block.body || address || (!header && headerComplete(block.lines));
    block.lines.push({ n, text, address: !contact && inBody });
    if (contact || address) block.body = true;
    block.contact ||= contact;
    block.header ||= !contact && !inBody;
  }
  // Address lines alone, with nobody named and no way to reach anyone, are not an official.
  return blocks.filter((b) => b.body && (b.header || b.contact));
}

function headerComplete(lines: readonly BlockLine[]): boolean {
  const parts = lines.flatMap((l) => l.text.split(/\s*,\s+/));
  const named = parts.some((p) => splitHonorific(p).honorific !== undefined || isPersonName(p));
  return named && parts.some((p) => isRoleLike(p));
}

/** Running text among the officials ("Write a letter in your own words…") is skipped. */
function isInstruction(line: string): boolean {
  return isProse(line) && /[.!?]["”]?$/.test(line) && line.split(' ').length >= 10;
}

export function recogniseOfficials(doc: ImportText, countries: readonly string[] = []): Finding<ImportedOfficial[]> {
  const range = officialsRange(doc);
  if (!range) return notFound('no place between TAKE ACTION and the letter where officials are listed');
  const officials = splitBlocks(doc, range, countries).map((b) => parseBlock(b.lines, b.copy));
  if (officials.length === 0) return notFound(`lines ${range.from}–${range.to} hold no address, email, fax, phone or handle`);
  const worst = officials.some((o) => o.confidence === 'low') ? 'low' : officials.some((o) => o.confidence === 'medium') ? 'medium' : 'high';
  return found(officials, worst, range.from);
}
