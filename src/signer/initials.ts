// Signing with initials and town only. The letter-writing guides advise it for people with ties to
// the country written to, whose relatives could suffer for a letter signed in full. Done to the
// signer before anything is rendered, so no template, file name or JSON record can see more.
import type { Signer } from './types.js';

export interface InitialsResult {
  /** Name → initials, town kept; street, country and email gone from every text. The personal line
   * stays: the signer wrote it and chose to give it. */
  signer: Signer;
  /** What was left out, for the line that tells the user ("the full name", "the street address", …). */
  leftOut: string[];
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * "Ada Lovelace" → "A. L."; "Jean-Luc Picard" → "J.-L. P."; "Ђорђе Петровић" → "Ђ. П.". The first
 * grapheme of each part (so a letter with a combining accent stays whole); the letter casing kept.
 */
export function initialsOf(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map((word) =>
      word
        .split('-')
        .map((part) => part.replace(/^[^\p{L}\p{N}]+/u, ''))
        .filter((part) => part !== '')
        .map((part) => `${segmenter.segment(part)[Symbol.iterator]().next().value?.segment ?? ''}.`)
        .join('-'),
    )
    .join(' ');
}

export function signWithInitials(signer: Signer): InitialsResult {
  const leftOut = ['the full name'];
  if (signer.address.some((l) => l.trim() !== '')) leftOut.push('the street address');
  if (signer.country?.trim()) leftOut.push('the country');
  if (signer.email?.trim()) leftOut.push('the email address');
  return {
    signer: {
      name: initialsOf(signer.name),
      address: [],
      city: signer.city,
      country: undefined,
      // Kept for the .eml's From header alone (a mail program cannot send without it); the
      // channels never put it in a text when `initials` is set.
      email: signer.email,
      personal: signer.personal,
      lang: signer.lang,
      paper: signer.paper,
      initials: true,
      varyKey: varyKeyOf(signer),
    },
    leftOut,
  };
}

/**
 * Who the signer is for the choice of phrasings, without saying it: two people with the same
 * initials in the same town still get letters of their own. A hash, never printed.
 */
function varyKeyOf(signer: Signer): string {
  const text = [signer.name, signer.email ?? '', ...signer.address, signer.city ?? '', signer.country ?? ''].join('\u001f');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `initials:${(hash >>> 0).toString(36)}`;
}
