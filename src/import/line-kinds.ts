// Two questions every reader of the page asks of a line: does it open an official's block, and is
// it running text? Their own module, so that the landmarks and the officials' readers share them.
import { isTrailerLabel } from './labels.js';
import { honorificAlone, isPersonName, isRoleLike, splitHonorific } from './official-words.js';

/** The first line of an official's block: an office, an honorific or a personal name. */
export function looksLikeHeader(line: string): boolean {
  return isRoleLike(line) || splitHonorific(line).honorific !== undefined || isPersonName(line.split(',')[0] ?? '') || honorificAlone(line) !== undefined;
}

/** A sentence of running text, as opposed to an address line or a label. */
export function isProse(line: string): boolean {
  return line.length >= 40 && line.split(' ').length >= 6 && !hasAddressSign(line) && !isTrailerLabel(line);
}

/**
 * An "@" that may open a handle or hold an email. Some sites' copies print an HTML entity with "@"
 * for its "&" ("the world@quot;s most dangerous places"): such an "@" holds no address, and a letter
 * paragraph with one is still running text.
 */
function hasAddressSign(line: string): boolean {
  return line.includes('@') && /@(?!(?:quot|amp|apos|#\d{2,4});)/.test(line);
}
