// A letter exported from a word processor may reach the page with its address lines joined by the
// replacement character where the line breaks were ("Jane Example�President of Ruritania�Example
// Palace�1850 Capital City"), and with a picture's file name glued where the letterhead's logo was
// ("Sr. Presidente:image1.png"). The first is read as the lines it was, the second as if never there.

/**
 * The pieces of a line whose breaks became U+FFFD. A lost accent prints the same character inside
 * a word ("Pe�a", "M�xico"): only a character with a capital or a digit after it counts as a
 * break, and only on a line with two such or more (an address has several lines).
 */
export function splitReplacementBreaks(line: string): string[] {
  if (!line.includes('\ufffd')) return [line];
  const breaks = line.match(BREAK)?.length ?? 0;
  return breaks >= 2 ? line.split(BREAK).map((p) => p.trim()).filter((p) => p !== '') : [line];
}
const BREAK = /(?<=[\p{L}\p{N}.,)])\s*\ufffd\s*(?=[\p{Lu}\p{N}])/gu;

/** "Sr. Presidente:image1.png": an exported picture's file name glued to the text beside it. */
export const withoutPictureNames = (line: string): string => (line.includes('image') ? line.replace(PICTURE_NAME, '') : line);
const PICTURE_NAME = /(?<=^|[\s:;,.])image\d{0,3}\.(?:png|jpe?g|gif|emf|wmf)\b/giu;
