/**
 * What counts as a slug, an email address, a web address, a handle, a hashtag, a phone number.
 * Pragmatic rather than RFC-complete: the aim is to catch the slips people make when copying
 * contact details from a PDF ("misionvene at venezuelaonu", "www.example.org"), not to reject
 * unusual but real addresses.
 */

export const SLUG = /^[a-z0-9-]+$/;

export function isSlug(s: string): boolean {
  return SLUG.test(s);
}

// Local part without spaces or the characters that mark a display name; a dotted domain whose
// last label is letters. Unicode letters are allowed on both sides (internationalised mail).
const EMAIL = /^(?!\.)(?!.*\.\.)[^\s@<>()[\],;:"\\]+(?<!\.)@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

export function isEmail(s: string): boolean {
  return s.length <= 254 && EMAIL.test(s);
}

/** An absolute http(s) address: links are opened in a browser or printed in letters. */
export function isWebUrl(s: string): boolean {
  if (/\s/.test(s) || !/^https?:\/\//i.test(s)) return false;
  try {
    return new URL(s).hostname !== '';
  } catch {
    return false;
  }
}

/** X/Twitter's rule for user names: 1–15 letters, digits or underscores; the '@' is optional. */
export const HANDLE = /^@?[A-Za-z0-9_]{1,15}$/;

export function isHandle(s: string): boolean {
  return HANDLE.test(s);
}

export function stripAt(handle: string): string {
  return handle.startsWith('@') ? handle.slice(1) : handle;
}

/** Letters (any script), marks, digits and '_', not only digits; a leading '#' is tolerated. */
export function isHashtag(s: string): boolean {
  const tag = stripHash(s);
  return /^[\p{L}\p{M}\p{N}_]+$/u.test(tag) && !/^\d+$/.test(tag);
}

export function stripHash(tag: string): string {
  return tag.startsWith('#') ? tag.slice(1) : tag;
}

/** Digits with the usual separators, at least five digits, optionally an extension ("ext. 12"). */
export function isPhoneNumber(s: string): boolean {
  const main = s.replace(/\s*(?:ext\.?|x)\s*\d{1,6}$/i, '');
  return /^\+?[\d\s()./-]+$/.test(main) && (main.match(/\d/g)?.length ?? 0) >= 5;
}

/** A value as it is quoted in messages: strings in double quotes, long ones shortened. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}
