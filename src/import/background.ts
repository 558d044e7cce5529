// The additional information: from its heading to the labelled lines that close a UA
// (PREFERRED LANGUAGE…, NAME AND PREFERRED PRONOUN…), bullets kept as a Markdown list.
import { findLandmarks } from './landmarks.js';
import { isTrailerLabel } from './labels.js';
import { toParagraphs, type Paragraph } from './paragraphs.js';
import { lineAt } from './text.js';
import { found, notFound, type Finding, type ImportText } from './types.js';

export function recogniseBackground(doc: ImportText): Finding<Paragraph[]> {
  const { additional } = findLandmarks(doc);
  if (additional === undefined) return notFound('no ADDITIONAL INFORMATION heading');
  let end = additional;
  while (end + 1 <= doc.lines.length && !isTrailerLabel(lineAt(doc, end + 1))) end++;
  const paragraphs = toParagraphs(doc.lines.slice(additional, end), additional + 1);
  if (paragraphs.length === 0) return notFound(`nothing under the heading on line ${additional}`);
  return found(paragraphs, 'high', paragraphs[0]?.line ?? additional + 1);
}
