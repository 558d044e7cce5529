// The first sentences of a paragraph, for the call script (a caller reads 2–3 sentences, not a
// letter). Intl.Segmenter splits after every full stop, including "Mr." — rejoin those.
import { localeFor } from '../render/intl-format.js';

const ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|No|Nº|Sr|Sra|Srta|Dra|Lic|Ing|Av|Avda|M|Mme|Mlle|Me|Pr|vs|etc|e\.g|i\.e|[A-Z])\.\s*$/;

const segmenters = new Map<string, Intl.Segmenter>();

export function firstSentences(text: string, count: number, lang: string): string {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(localeFor(lang), { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  const sentences: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    if (ABBREVIATION.test(pending)) continue;
    sentences.push(pending.trim());
    pending = '';
    if (sentences.length === count) break;
  }
  if (pending.trim() !== '' && sentences.length < count) sentences.push(pending.trim());
  return sentences.join(' ');
}
