// Which way a language's text runs: the action page marks right-to-left letters with dir="rtl"
// and the Markdown letter wraps their text in a block that says so.

/** Languages written right to left (ISO 639-1 and a few 639-3 codes with such scripts). */
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku-arab', 'ps', 'sd', 'ug', 'ur', 'yi']);

export function textDirection(lang: string): 'ltr' | 'rtl' {
  const tag = lang.toLowerCase();
  return RTL.has(tag) || RTL.has(tag.split('-')[0] ?? '') || /-arab\b/.test(tag) ? 'rtl' : 'ltr';
}
