// Which lines of a letter need right-to-left reordering: the body of a letter in an RTL language,
// and any address line with RTL letters. bidi-js is loaded only then (bidi-runs.ts).
import type { LetterDocument } from '../../channels/types.js';
import { hasRtlText, isRtlLanguage, lineReorder, loadBidi, type MeasureRun } from './bidi-runs.js';
import type { LetterPageContext, RtlLines } from './draw-letter.js';

export async function rtlLines(ctx: Pick<LetterPageContext, 'doc'>, letter: Pick<LetterDocument, 'lang' | 'recipientLines'>): Promise<RtlLines | undefined> {
  const rtlBody = isRtlLanguage(letter.lang);
  if (!rtlBody && !letter.recipientLines.some(hasRtlText)) return undefined;
  const bidi = await loadBidi();
  const { doc } = ctx;
  const measure: MeasureRun = (font, text) => doc.font(font).fontSize(1).widthOfString(text);
  return { body: rtlBody ? lineReorder(bidi, 'rtl', measure) : undefined, address: lineReorder(bidi, 'auto', measure) };
}
