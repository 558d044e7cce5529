/**
 * The one escape for outside text on its way to a terminal: case titles, column names, ids read
 * from the action log, text quoted from an imported document. Pure, so that the core's one-line
 * messages (errors.ts) and the logger (cli/log.ts) share it.
 *
 * What is escaped, as `\u001b`:
 * - C0 controls but tab and line feed, DEL and the C1 controls (U+0080–U+009F): ESC, CSI (U+009B)
 *   and OSC start sequences that recolour, clear or retitle the terminal; a carriage return
 *   would let a value overwrite the start of its own line;
 * - the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): a right-to-left
 *   override reverses what follows on screen, so "gpj.exe" reads as "exe.jpg" (issue 16);
 * - with `oneLine`, line breaks too (LF, U+2028, U+2029), so a located message stays one line.
 * Tabs and (without oneLine) line feeds stay: our own messages use them.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
const MULTI_LINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- the same, with the line breaks
const ONE_LINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export interface VisibleOptions {
  /** Escape line breaks as well (a located message is one line). */
  oneLine?: boolean;
}

export function visible(text: string, options: VisibleOptions = {}): string {
  const pattern = options.oneLine ? ONE_LINE : MULTI_LINE;
  pattern.lastIndex = 0;
  // Most text has none of them: no new string.
  if (!pattern.test(text)) return text;
  return text.replace(pattern, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
