/**
 * Outside text (a hashtag, a template's variable name, a label from a word list) made literal
 * inside a pattern built with `new RegExp`. Node 20 has no `RegExp.escape`; this is the one copy
 * every layer shares.
 */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
