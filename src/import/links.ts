// "LINK TO PREVIOUS UA: https://…" → links.previous. The "Click here to let us know the actions you
// took" line was a hyperlink on the web page; copied as text it has lost its address, so
// links.report is found only when the line still carries a URL.
import { findLabelled, LABELS } from './labels.js';
import { findLandmarks } from './landmarks.js';
import { fold, lineAt } from './text.js';
import { found, notFound, type Finding, type ImportText } from './types.js';

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'”)]+[^\s<>"'”).,;:]/i;
const REPORT_LINE = /\b(?:let us know|tell us|report|haz clic|haga clic|informarnos|cliquez ici|faire savoir|dites-nous)\b.*\b(?:actions?|acciones|accion)\b/;

export function firstUrl(text: string): string | undefined {
  return URL_PATTERN.exec(text)?.[0];
}

export function recognisePreviousLink(doc: ImportText): Finding<string> {
  const labelled = findLabelled(doc, LABELS.previous);
  if (!labelled) return notFound('no line labelled LINK TO PREVIOUS UA');
  const url = firstUrl(labelled.value);
  return url ? found(url, 'high', labelled.valueLine) : notFound(`line ${labelled.line} holds no web address`);
}

export function recogniseReportLink(doc: ImportText): Finding<string> {
  // Only before the background, which may well mention reports and actions of its own.
  const until = findLandmarks(doc).additional ?? doc.lines.length;
  for (let n = 1; n <= until; n++) {
    const line = lineAt(doc, n);
    if (!REPORT_LINE.test(fold(line))) continue;
    const url = firstUrl(line);
    if (url) return found(url, 'high', n);
    return notFound(`line ${n} asks readers to report their actions, but the link's address was lost with the formatting`);
  }
  return notFound('no line asking readers to report the actions they took');
}
